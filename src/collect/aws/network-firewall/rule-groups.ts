/**
 * aws.network-firewall.rule-group: the account's own rule groups of the
 * region (ListRuleGroups with Scope ACCOUNT: the groups AWS manages are the
 * vendor's, not the account's to fill), stateless and stateful.
 * DescribeRuleGroup answers each one's type and rules, recorded on every
 * field it fills when it fails. A group deleted between listing and
 * describing is not emitted.
 */
import { DescribeRuleGroupCommand, NetworkFirewallClient, paginateListRuleGroups } from '@aws-sdk/client-network-firewall';
import { setFields, tagMap, text } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { DESCRIBE_RULE_GROUP_FIELDS, ruleGroupFields } from './map.js';

export const ruleGroupCalls = callTable('NetworkFirewall', 'network-firewall', {
  ListRuleGroups: { iam: 'network-firewall:ListRuleGroups', fills: ['ruleGroupName'] },
  DescribeRuleGroup: { iam: 'network-firewall:DescribeRuleGroup', absentOn: ['ResourceNotFoundException'], fills: [...DESCRIBE_RULE_GROUP_FIELDS] },
});

export const networkFirewallRuleGroups = defineCollector({
  type: 'aws.network-firewall.rule-group',
  scope: 'regional',
  calls: [ruleGroupCalls],
  async collect(ctx) {
    const nfw = ctx.clients.get(NetworkFirewallClient, ctx.region);
    const listed = await listResources(ctx, ruleGroupCalls.ListRuleGroups, () => paginateListRuleGroups({ client: nfw, pageSize: 100 }, { Scope: 'ACCOUNT' }), (page) => page.RuleGroups);
    await inWindow(listed, async (entry) => {
      // Stateless and stateful groups may share a name; the ARN tells them apart.
      const arn = listedId(ctx, entry.Arn, ruleGroupCalls.ListRuleGroups, 'a rule group', 'Arn');
      const name = entry.Name;
      if (arn === undefined) return;
      const described = await ctx.call(ruleGroupCalls.DescribeRuleGroup, () => nfw.send(new DescribeRuleGroupCommand({ RuleGroupArn: arn })));
      if (described.kind === 'absent') return;
      const answer = described.kind === 'ok' ? described.value : undefined;
      const draft = ctx.draft({ type: 'aws.network-firewall.rule-group', id: arn, arn, ...(name === undefined || name === '' ? {} : { name }), tags: tagMap(answer?.RuleGroupResponse?.Tags) });
      setFields(draft, { ruleGroupName: () => text(name, 'Name') }, ruleGroupCalls.ListRuleGroups.label);
      if (described.kind === 'failed') {
        for (const path of DESCRIBE_RULE_GROUP_FIELDS) draft.fail(path, described.failure);
        // The tags come with the description: without it they are unknown, never "untagged".
        draft.fail(TAGS_ERROR_PATH, described.failure);
      } else {
        setFields(draft, ruleGroupFields(answer?.RuleGroupResponse, answer?.RuleGroup), ruleGroupCalls.DescribeRuleGroup.label);
      }
      ctx.emit(draft.build());
    });
  },
});
