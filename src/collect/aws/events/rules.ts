/**
 * aws.events.rule: the rules of every event bus of the region, each with its
 * targets. Buses come from ListEventBuses, their rules from ListRules one bus
 * at a time; a bus whose rules could not be listed makes the type's coverage
 * partial (failed when no bus could be listed), so "no rule catches these
 * events" is ERROR, not FAIL. A rule's targets are one complete listing or a
 * failure recorded on its `targets`: half a list would read as "the rest do
 * not exist". A bus or rule deleted while it is read
 * (ResourceNotFoundException) has no rules, or is not emitted.
 */
import { EventBridgeClient, ListEventBusesCommand, ListRulesCommand, ListTargetsByRuleCommand, type Rule } from '@aws-sdk/client-eventbridge';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId, listingFetch, readPages, tokenPages, type Listing } from '../../listing.js';
import { inWindow } from '../../window.js';
import { ruleFields, ruleId, targets } from './map.js';

export const ruleCalls = callTable('EventBridge', 'events', {
  // The bus a rule is on is the one whose listing named it.
  ListEventBuses: { iam: 'events:ListEventBuses', fills: ['eventBusName'] },
  ListRules: { iam: 'events:ListRules', absentOn: ['ResourceNotFoundException'], fills: ['name', 'arn', 'state', 'eventPattern', 'scheduleExpression', 'managedBy', 'description', 'roleArn'] },
  ListTargetsByRule: { iam: 'events:ListTargetsByRule', absentOn: ['ResourceNotFoundException'], fills: ['targets'] },
});

export const eventsRules = defineCollector({
  type: 'aws.events.rule',
  scope: 'regional',
  calls: [ruleCalls],
  async collect(ctx) {
    const events = ctx.clients.get(EventBridgeClient, ctx.region);
    const buses = await listResources(ctx, ruleCalls.ListEventBuses, () => tokenPages((NextToken) => events.send(new ListEventBusesCommand({ NextToken }))), (page) => page.EventBuses);
    const names = buses.flatMap((bus) => listedId(ctx, bus.Name, ruleCalls.ListEventBuses, 'an event bus', 'Name') ?? []);
    const listings = await inWindow(names, (bus): Promise<Listing<Rule>> =>
      readPages(ruleCalls.ListRules, tokenPages((NextToken) => events.send(new ListRulesCommand({ EventBusName: bus, NextToken }))), (page) => page.Rules));
    // A bus deleted since it was listed has no rules; any other failure leaves the bus's rules unknown.
    const failures = listings.flatMap((listing) => (listing.failure === undefined || ruleCalls.ListRules.absentOn.includes(listing.failure.code) ? [] : [listing.failure]));
    const someListed = listings.some((listing) => listing.failure === undefined || listing.items.length > 0);
    for (const failure of failures) ctx.listingFailed(failure, someListed);
    const rules = names.flatMap((bus, i) => (listings[i]?.items ?? []).map((rule) => ({ bus, rule })));
    await inWindow(rules, async ({ bus, rule }) => {
      const name = listedId(ctx, rule.Name, ruleCalls.ListRules, 'a rule', 'Name');
      if (name === undefined) return;
      const listed = listingFetch(await readPages(ruleCalls.ListTargetsByRule,
        tokenPages((NextToken) => events.send(new ListTargetsByRuleCommand({ Rule: name, EventBusName: bus, NextToken }))), (page) => page.Targets));
      if (listed.kind === 'failed' && ruleCalls.ListTargetsByRule.absentOn.includes(listed.failure.code)) return;
      const draft = ctx.draft({ type: 'aws.events.rule', id: ruleId(bus, name), ...(rule.Arn === undefined || rule.Arn === '' ? {} : { arn: rule.Arn }) });
      setFields(draft, ruleFields(rule, bus), ruleCalls.ListRules.label);
      if (listed.kind === 'ok') setFields(draft, { targets: () => targets(listed.value) }, ruleCalls.ListTargetsByRule.label);
      else draft.unanswered('targets', listed);
      ctx.emit(draft.build());
    });
  },
});
