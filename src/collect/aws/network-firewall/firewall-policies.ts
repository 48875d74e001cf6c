/**
 * aws.network-firewall.firewall-policy: the firewall policies of the
 * region. ListFirewallPolicies names them; DescribeFirewallPolicy answers
 * each one's rule groups and stateless default actions, recorded on every
 * field it fills when it fails. A policy deleted between listing and
 * describing is not emitted.
 */
import { DescribeFirewallPolicyCommand, NetworkFirewallClient, paginateListFirewallPolicies } from '@aws-sdk/client-network-firewall';
import { setFields, tagMap } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { DESCRIBE_POLICY_FIELDS, policyFields } from './map.js';

export const firewallPolicyCalls = callTable('NetworkFirewall', 'network-firewall', {
  ListFirewallPolicies: { iam: 'network-firewall:ListFirewallPolicies', fills: ['firewallPolicyName'] },
  DescribeFirewallPolicy: { iam: 'network-firewall:DescribeFirewallPolicy', absentOn: ['ResourceNotFoundException'], fills: [...DESCRIBE_POLICY_FIELDS] },
});

export const networkFirewallFirewallPolicies = defineCollector({
  type: 'aws.network-firewall.firewall-policy',
  scope: 'regional',
  calls: [firewallPolicyCalls],
  async collect(ctx) {
    const nfw = ctx.clients.get(NetworkFirewallClient, ctx.region);
    const listed = await listResources(ctx, firewallPolicyCalls.ListFirewallPolicies, () => paginateListFirewallPolicies({ client: nfw, pageSize: 100 }, {}), (page) => page.FirewallPolicies);
    await inWindow(listed, async (entry) => {
      const name = listedId(ctx, entry.Name, firewallPolicyCalls.ListFirewallPolicies, 'a firewall policy', 'Name');
      if (name === undefined) return;
      const described = await ctx.call(firewallPolicyCalls.DescribeFirewallPolicy, () => nfw.send(new DescribeFirewallPolicyCommand({ FirewallPolicyName: name })));
      if (described.kind === 'absent') return;
      const answer = described.kind === 'ok' ? described.value : undefined;
      const arn = answer?.FirewallPolicyResponse?.FirewallPolicyArn ?? entry.Arn;
      const draft = ctx.draft({ type: 'aws.network-firewall.firewall-policy', id: name, ...(arn === undefined || arn === '' ? {} : { arn }), tags: tagMap(answer?.FirewallPolicyResponse?.Tags) }).set('firewallPolicyName', name);
      if (described.kind === 'failed') {
        for (const path of DESCRIBE_POLICY_FIELDS) draft.fail(path, described.failure);
        // The tags come with the description: without it they are unknown, never "untagged".
        draft.fail(TAGS_ERROR_PATH, described.failure);
      } else {
        setFields(draft, policyFields(answer?.FirewallPolicyResponse, answer?.FirewallPolicy), firewallPolicyCalls.DescribeFirewallPolicy.label);
      }
      ctx.emit(draft.build());
    });
  },
});
