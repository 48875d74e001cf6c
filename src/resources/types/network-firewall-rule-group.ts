import { defineResourceType } from '../define.js';
import { int, nullable, obj, oneOf, str } from '../fields.js';

export const networkFirewallRuleGroup = defineResourceType({
  type: 'aws.network-firewall.rule-group',
  service: 'network-firewall',
  scope: 'regional',
  awsTypes: ['AWS::NetworkFirewall::RuleGroup'],
  description: 'An AWS Network Firewall rule group of the account (not one AWS manages): stateless or stateful, and how many stateless rules it holds.',
  idDescription: 'the rule group ARN (a stateless and a stateful group may share a name)',
  data: obj({
    ruleGroupName: str('Rule group name (RuleGroupResponse.RuleGroupName).'),
    ruleGroupId: str('Rule group id (RuleGroupResponse.RuleGroupId).'),
    type: oneOf(['STATELESS', 'STATEFUL'], 'Whether the group inspects packets alone or in their flow (RuleGroupResponse.Type).'),
    status: oneOf(['ACTIVE', 'DELETING', 'ERROR'], 'Whether the group is in use or being deleted (RuleGroupResponse.RuleGroupStatus).'),
    statelessRuleCount: nullable(int('Number of stateless rules in the group (RuleGroup.RulesSource.StatelessRulesAndCustomActions.StatelessRules); null for a stateful group, which holds none.', { minimum: 0 })),
  }, 'Network Firewall rule group settings.'),
  example: {
    ruleGroupName: 'block-bogons',
    ruleGroupId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE33333',
    type: 'STATELESS',
    status: 'ACTIVE',
    statelessRuleCount: 4,
  },
});
