/**
 * AWS::Events::Rule → aws.events.rule. AWS's Config resource schema for the
 * type (awslabs/aws-config-resource-schema) records, PascalCase as
 * CloudFormation spells them, the rule's Name, Arn, EventBusName, State,
 * Description, ScheduleExpression, RoleArn and Targets — but not its
 * EventPattern (CloudFormation holds it as a JSON object, not the text
 * EventBridge returns), not ManagedBy, and no target's InputTransformer, so a
 * target without one cannot be told from one Config did not record. What
 * the item holds as a value is read from it; what it lacks or spells null
 * (none, or not recorded: the schema does not say) is read from EventBridge
 * in the same run with the API collector's rows and mappings: the pattern,
 * managedBy and any missing optional field from one ListRules listing per
 * bus, the targets from ListTargetsByRule (not with an aggregator, where
 * they are errors on the rule). The API collector reads no tags, so neither
 * does this mapping.
 */
import { EventBridgeClient, ListRulesCommand, ListTargetsByRuleCommand, RuleState, type Rule } from '@aws-sdk/client-eventbridge';
import { readFields, type ReadersOf } from '../../answers.js';
import { ruleCalls } from '../../aws/events/rules.js';
import { ruleFields, ruleId, targets } from '../../aws/events/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import type { CallFailure } from '../../failure.js';
import { listFetch, tokenPages } from '../../listing.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { fieldOf } from '../fill.js';
import { defineConfigMapper, known, stringOf } from '../mapper.js';
import { fromItem, type Unreadable } from '../read.js';
import type { ConfigurationItem } from '../item.js';

type RuleData = CatalogData['aws.events.rule'];

/** "<bus>/<name>" or "<name>" (the default bus), from a rule ARN `arn:…:rule/[bus/]name`. */
function fromArn(arn: string | undefined): { bus: string; name: string } | undefined {
  const resource = arn?.split(':').slice(5).join(':');
  if (resource?.startsWith('rule/') !== true) return undefined;
  const [first, second] = resource.slice('rule/'.length).split('/');
  if (first === undefined || first === '') return undefined;
  return second === undefined ? { bus: 'default', name: first } : { bus: first, name: second };
}

/** CloudFormation's EventBusName may be the bus's name or its ARN (…:event-bus/<name>). */
const busOf = (value: string | undefined): string | undefined => (value?.startsWith('arn:') === true ? value.split(':event-bus/')[1] : value);

interface Where { readonly bus: string; readonly name: string }

function whereOf(item: ConfigurationItem): Where | undefined {
  const c = item.configuration ?? {};
  const arn = fromArn(stringOf(c.Arn) ?? item.arn);
  const name = stringOf(c.Name) ?? arn?.name;
  const bus = busOf(stringOf(c.EventBusName)) ?? arn?.bus;
  return name === undefined || bus === undefined ? undefined : { bus, name };
}

/** The item's optional strings, by the catalog field each fills. */
const OPTIONAL = [['Description', 'description'], ['ScheduleExpression', 'scheduleExpression'], ['RoleArn', 'roleArn']] as const;

/** Paths the item may lack that ListRules answers. */
const LISTED = ['name', 'arn', 'state', 'eventPattern', 'scheduleExpression', 'managedBy', 'description', 'roleArn'] as const;
const isListed = (path: string): path is (typeof LISTED)[number] => (LISTED as readonly string[]).includes(path);

/** Each bus's rules, listed once per collector run (a run is one account and region), however many rules lack fields. */
const listings = new WeakMap<CollectContext, Map<string, Promise<Fetch<Rule[]>>>>();

function rulesOf(ctx: CollectContext, bus: string): Promise<Fetch<Rule[]>> {
  let byBus = listings.get(ctx);
  if (byBus === undefined) listings.set(ctx, (byBus = new Map<string, Promise<Fetch<Rule[]>>>()));
  let listing = byBus.get(bus);
  if (listing === undefined) {
    const events = ctx.clients.get(EventBridgeClient, ctx.region);
    listing = listFetch(ruleCalls.ListRules, () => tokenPages((NextToken) => events.send(new ListRulesCommand({ EventBusName: bus, NextToken }))), (page) => page.Rules);
    byBus.set(bus, listing);
  }
  return listing;
}

const failed = (failure: CallFailure): Fetch<never> => ({ kind: 'failed', failure });
const gone = (what: string, operation: string): Fetch<never> => failed({ code: 'ResourceNotFoundException', message: `EventBridge no longer has the ${what} AWS Config recorded`, operation });

const field = (readers: ReadersOf<RuleData>, path: string, operation: string): Fetch<unknown> => fieldOf(readers, path, operation);

async function listedField(ctx: CollectContext, where: Where, path: string): Promise<Fetch<unknown>> {
  const listing = await rulesOf(ctx, where.bus);
  if (listing.kind === 'absent') return gone('bus', ruleCalls.ListRules.label);
  if (listing.kind === 'failed') return ruleCalls.ListRules.absentOn.includes(listing.failure.code) ? gone('bus', ruleCalls.ListRules.label) : listing;
  const rule = listing.value.find((r) => r.Name === where.name);
  return rule === undefined ? gone('rule', ruleCalls.ListRules.label) : field(ruleFields(rule, where.bus), path, ruleCalls.ListRules.label);
}

async function targetsField(ctx: CollectContext, where: Where): Promise<Fetch<unknown>> {
  const events = ctx.clients.get(EventBridgeClient, ctx.region);
  const listed = await listFetch(ruleCalls.ListTargetsByRule, () => tokenPages((NextToken) => events.send(new ListTargetsByRuleCommand({ Rule: where.name, EventBusName: where.bus, NextToken }))), (page) => page.Targets);
  if (listed.kind === 'absent') return gone('rule', ruleCalls.ListTargetsByRule.label);
  if (listed.kind === 'failed') return ruleCalls.ListTargetsByRule.absentOn.includes(listed.failure.code) ? gone('rule', ruleCalls.ListTargetsByRule.label) : listed;
  // A target AWS answered incompletely fails the whole list here (a fill sets one field): never a list without it.
  return field({ targets: () => targets(listed.value) }, 'targets', ruleCalls.ListTargetsByRule.label);
}

export const eventsRuleFromConfig = defineConfigMapper({
  configType: 'AWS::Events::Rule',
  catalogType: 'aws.events.rule',
  fill: {
    calls: [ruleCalls],
    read(ctx, item, path) {
      const where = whereOf(item);
      if (where === undefined) return undefined;
      if (path === 'targets') return () => targetsField(ctx, where);
      if (isListed(path)) return () => listedField(ctx, where, path);
      return undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const where = whereOf(item);
    // A string the item holds is the rule's value; absent or null could be "none" or "not recorded".
    const held = (key: string): string | undefined => stringOf(c[key]);
    // A state this version does not know reads as missing, and is then asked of ListRules.
    const rule: Rule = {
      Name: where?.name, Arn: held('Arn') ?? item.arn, State: known(RuleState, c.State),
      Description: held('Description'), ScheduleExpression: held('ScheduleExpression'), RoleArn: held('RoleArn'),
    };
    const reason = (key: string): string => `the Configuration Item holds no configuration.${key} (none and not recorded look the same)`;
    const own: Unreadable[] = [
      ...(where === undefined ? [{ path: 'eventBusName', reason: 'the Configuration Item names no bus (configuration.EventBusName) and its ARN no rule' }] : []),
      { path: 'eventPattern', reason: 'AWS Config does not hold the event pattern as the text EventBridge returns (configuration.EventPattern is not in its resource schema)' },
      { path: 'managedBy', reason: 'AWS Config does not record ManagedBy for AWS::Events::Rule' },
      { path: 'targets', reason: 'AWS Config does not record a target\'s InputTransformer, so a target without one cannot be told from one not recorded' },
      ...OPTIONAL.flatMap(([key, path]) => (held(key) === undefined ? [{ path, reason: reason(key) }] : [])),
    ];
    const read = fromItem(readFields(ruleFields(rule, where?.bus ?? '')), own);
    const id = where === undefined ? item.resourceId : ruleId(where.bus, where.name);
    return {
      envelope: { type: 'aws.events.rule', id, arn: rule.Arn ?? `arn:${place.partition}:events:${place.region}:${place.account}:rule/${id}`, tags: {} },
      fields: read.fields,
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
