import { defineResourceType } from '../define.js';
import { list, obj, oneOf, str } from '../fields.js';

export const networkFirewallFirewallPolicy = defineResourceType({
  type: 'aws.network-firewall.firewall-policy',
  service: 'network-firewall',
  scope: 'regional',
  awsTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
  description: 'An AWS Network Firewall firewall policy: the rule groups it runs and what it does with packets no stateless rule matched.',
  idDescription: 'the firewall policy name',
  data: obj({
    firewallPolicyName: str('Firewall policy name (FirewallPolicyResponse.FirewallPolicyName).'),
    firewallPolicyId: str('Firewall policy id (FirewallPolicyResponse.FirewallPolicyId).'),
    status: oneOf(['ACTIVE', 'DELETING', 'ERROR'], 'Whether the policy is in use or being deleted (FirewallPolicyResponse.FirewallPolicyStatus).'),
    statelessRuleGroupArns: list(str('A rule group ARN.'), 'Stateless rule groups the policy runs, in priority order (FirewallPolicy.StatelessRuleGroupReferences[].ResourceArn); empty when none.'),
    statefulRuleGroupArns: list(str('A rule group ARN.'), 'Stateful rule groups the policy runs (FirewallPolicy.StatefulRuleGroupReferences[].ResourceArn); empty when none.'),
    statelessDefaultActions: list(str('An action: aws:pass, aws:drop, aws:forward_to_sfe, or the name of a custom action.'), 'What the policy does with a full packet no stateless rule matched (FirewallPolicy.StatelessDefaultActions).'),
    statelessFragmentDefaultActions: list(str('An action: aws:pass, aws:drop, aws:forward_to_sfe, or the name of a custom action.'), 'What the policy does with a fragmented packet no stateless rule matched (FirewallPolicy.StatelessFragmentDefaultActions).'),
  }, 'Network Firewall firewall policy settings.'),
  example: {
    firewallPolicyName: 'egress-policy',
    firewallPolicyId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE22222',
    status: 'ACTIVE',
    statelessRuleGroupArns: ['arn:aws:network-firewall:us-east-1:123456789012:stateless-rulegroup/block-bogons'],
    statefulRuleGroupArns: ['arn:aws:network-firewall:us-east-1:123456789012:stateful-rulegroup/allowed-domains'],
    statelessDefaultActions: ['aws:forward_to_sfe'],
    statelessFragmentDefaultActions: ['aws:forward_to_sfe'],
  },
});
