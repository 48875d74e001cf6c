/**
 * aws.wafv2.rule-group: the customer rule groups of each scope the region
 * answers for (scopes.ts), each with GetRuleGroup for its capacity, rules
 * and metrics; a failure of GetRuleGroup fails the fields it fills.
 * Managed rule groups (AWS's and Marketplace sellers') are not listed: the
 * web ACLs that use them name them.
 */
import { GetRuleGroupCommand, ListRuleGroupsCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { callTable } from '../../calls.js';
import { INCOMPLETE, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { GET_RULE_GROUP_FIELDS, ruleGroupFields } from './map.js';
import { listInScopes } from './scopes.js';

export const ruleGroupCalls = callTable('WAFV2', 'wafv2', {
  ListRuleGroups: { iam: 'wafv2:ListRuleGroups', fills: ['ruleGroupId', 'scope'] },
  GetRuleGroup: { iam: 'wafv2:GetRuleGroup', fills: ['capacity', 'rules', 'visibilityConfig'] },
});

export const wafv2RuleGroups = defineCollector({
  type: 'aws.wafv2.rule-group',
  scope: 'regional',
  calls: [ruleGroupCalls],
  async collect(ctx) {
    const waf = ctx.clients.get(WAFV2Client, ctx.region);
    const listed = await listInScopes(ctx, ruleGroupCalls.ListRuleGroups, async (scope, marker, limit) => {
      const page = await waf.send(new ListRuleGroupsCommand({ Scope: scope, Limit: limit, ...(marker === undefined ? {} : { NextMarker: marker }) }));
      return { NextMarker: page.NextMarker, items: page.RuleGroups };
    });
    await inWindow(listed, async ({ scope, item }) => {
      const id = listedId(ctx, item.Id, ruleGroupCalls.ListRuleGroups, 'a rule group', 'Id');
      if (id === undefined) return;
      const draft = ctx.draft({ type: 'aws.wafv2.rule-group', id, ...(item.ARN === undefined ? {} : { arn: item.ARN }), ...(item.Name === undefined ? {} : { name: item.Name }) })
        .set('ruleGroupId', id).set('scope', scope);
      const group = await ctx.call(ruleGroupCalls.GetRuleGroup, () => waf.send(new GetRuleGroupCommand({ Name: item.Name, Scope: scope, Id: id })));
      if (group.kind === 'ok') setFields(draft, ruleGroupFields(group.value), ruleGroupCalls.GetRuleGroup.label);
      else {
        const failure = group.kind === 'failed' ? group.failure : { code: INCOMPLETE, message: 'GetRuleGroup answered nothing for a rule group ListRuleGroups named', operation: ruleGroupCalls.GetRuleGroup.label };
        for (const path of GET_RULE_GROUP_FIELDS) draft.fail(path, failure);
      }
      ctx.emit(draft.build());
    });
  },
});
