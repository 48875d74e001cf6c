/**
 * Pure mapping from Network Firewall's Describe* answers to the
 * aws.network-firewall.* catalog shapes, one reader per field (answers.ts),
 * so one value AWS left out fails alone.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - DescribeLoggingConfiguration without a LoggingConfiguration is no
 *   logging (empty): the member is optional and only set once logging was
 *   configured. A configuration without its LogDestinationConfigs, a
 *   required member, is unknown, never "no logging".
 * - A firewall without SubnetMappings is unknown: the member is required
 *   (a firewall on a transit gateway answers an empty list).
 * - DeleteProtection, SubnetChangeProtection and
 *   FirewallPolicyChangeProtection absent are unknown, never off: the
 *   firewall always has each setting, and NetworkFirewall.9 and .10 judge
 *   two of them.
 * - A policy's stateless and stateful rule group references absent are
 *   none: both members are optional. Its stateless default actions for full
 *   and fragmented packets are required: absent is unknown.
 * - A stateless rule group without RuleGroup, RulesSource,
 *   StatelessRulesAndCustomActions or StatelessRules is unknown, never
 *   empty (NetworkFirewall.6 fails an empty group); a stateful group has no
 *   stateless rules (null).
 */
import type { FirewallPolicy, FirewallPolicyResponse, Firewall, FirewallStatus, LoggingConfiguration, RuleGroup, RuleGroupResponse } from '@aws-sdk/client-network-firewall';
import { eachOf, knownValue, required, tagMap, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type FirewallData = CatalogData['aws.network-firewall.firewall'];
type PolicyData = CatalogData['aws.network-firewall.firewall-policy'];
type RuleGroupData = CatalogData['aws.network-firewall.rule-group'];

const FIREWALL_STATUSES = ['PROVISIONING', 'DELETING', 'READY'] as const;
const RESOURCE_STATUSES = ['ACTIVE', 'DELETING', 'ERROR'] as const;
const LOG_TYPES = ['ALERT', 'FLOW', 'TLS'] as const;
const DESTINATION_TYPES = ['S3', 'CloudWatchLogs', 'KinesisDataFirehose'] as const;
const RULE_GROUP_TYPES = ['STATELESS', 'STATEFUL'] as const;

/** The fields DescribeFirewall fills; `firewallName` comes from the listing. */
export const DESCRIBE_FIREWALL_FIELDS = ['firewallId', 'vpcId', 'firewallPolicyArn', 'subnetIds', 'deleteProtection', 'subnetChangeProtection', 'firewallPolicyChangeProtection', 'status'] as const;

export function firewallTags(firewall: Firewall | undefined): Record<string, string> {
  return tagMap(firewall?.Tags);
}

export function firewallFields(firewall: Firewall, status: FirewallStatus | undefined): ReadersOf<FirewallData> {
  return {
    firewallId: () => text(firewall.FirewallId, 'FirewallId'),
    vpcId: () => text(firewall.VpcId, 'VpcId'),
    firewallPolicyArn: () => text(firewall.FirewallPolicyArn, 'FirewallPolicyArn'),
    subnetIds: () => required(firewall.SubnetMappings, 'SubnetMappings').map((m, i) => text(m.SubnetId, `SubnetMappings[${i}].SubnetId`)),
    deleteProtection: () => required(firewall.DeleteProtection, 'DeleteProtection'),
    subnetChangeProtection: () => required(firewall.SubnetChangeProtection, 'SubnetChangeProtection'),
    firewallPolicyChangeProtection: () => required(firewall.FirewallPolicyChangeProtection, 'FirewallPolicyChangeProtection'),
    status: () => knownValue(status?.Status, FIREWALL_STATUSES, 'FirewallStatus.Status'),
  };
}

export function loggingFields(logging: LoggingConfiguration | undefined): ReadersOf<FirewallData> {
  return { logDestinations: () => (logging === undefined ? [] : eachOf(logging.LogDestinationConfigs, 'LoggingConfiguration.LogDestinationConfigs', (config) => ({
    logType: knownValue(config.LogType, LOG_TYPES, 'LogType'),
    destinationType: knownValue(config.LogDestinationType, DESTINATION_TYPES, 'LogDestinationType'),
    destination: { ...required(config.LogDestination, 'LogDestination') },
  }))) };
}

/** The fields DescribeFirewallPolicy fills; `firewallPolicyName` comes from the listing. */
export const DESCRIBE_POLICY_FIELDS = ['firewallPolicyId', 'status', 'statelessRuleGroupArns', 'statefulRuleGroupArns', 'statelessDefaultActions', 'statelessFragmentDefaultActions'] as const;

export function policyFields(response: FirewallPolicyResponse | undefined, policy: FirewallPolicy | undefined): ReadersOf<PolicyData> {
  const body = (): FirewallPolicy => required(policy, 'FirewallPolicy');
  return {
    firewallPolicyId: () => text(response?.FirewallPolicyId, 'FirewallPolicyResponse.FirewallPolicyId'),
    status: () => knownValue(response?.FirewallPolicyStatus, RESOURCE_STATUSES, 'FirewallPolicyResponse.FirewallPolicyStatus'),
    statelessRuleGroupArns: () => (body().StatelessRuleGroupReferences ?? []).map((r, i) => text(r.ResourceArn, `StatelessRuleGroupReferences[${i}].ResourceArn`)),
    statefulRuleGroupArns: () => (body().StatefulRuleGroupReferences ?? []).map((r, i) => text(r.ResourceArn, `StatefulRuleGroupReferences[${i}].ResourceArn`)),
    statelessDefaultActions: () => required(body().StatelessDefaultActions, 'FirewallPolicy.StatelessDefaultActions'),
    statelessFragmentDefaultActions: () => required(body().StatelessFragmentDefaultActions, 'FirewallPolicy.StatelessFragmentDefaultActions'),
  };
}

/** The fields DescribeRuleGroup fills; `ruleGroupName` comes from the listing. */
export const DESCRIBE_RULE_GROUP_FIELDS = ['ruleGroupId', 'type', 'status', 'statelessRuleCount'] as const;

export function ruleGroupFields(response: RuleGroupResponse | undefined, group: RuleGroup | undefined): ReadersOf<RuleGroupData> {
  const type = (): RuleGroupData['type'] => knownValue(response?.Type, RULE_GROUP_TYPES, 'RuleGroupResponse.Type');
  return {
    ruleGroupId: () => text(response?.RuleGroupId, 'RuleGroupResponse.RuleGroupId'),
    type,
    status: () => knownValue(response?.RuleGroupStatus, RESOURCE_STATUSES, 'RuleGroupResponse.RuleGroupStatus'),
    statelessRuleCount: () => {
      if (type() === 'STATEFUL') return null;
      const source = required(required(group, 'RuleGroup').RulesSource, 'RuleGroup.RulesSource');
      return required(required(source.StatelessRulesAndCustomActions, 'RulesSource.StatelessRulesAndCustomActions').StatelessRules, 'StatelessRulesAndCustomActions.StatelessRules').length;
    },
  };
}
