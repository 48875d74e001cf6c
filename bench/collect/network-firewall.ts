/**
 * AWS Network Firewall (JSON 1.0) for the fake account, in every region:
 * two firewalls — one protected and logging flow and alert logs, one on
 * the old defaults (no protections, no logging); two firewall policies —
 * one forwarding unmatched packets to a stateful rule group, one without
 * rule groups passing them; and two rule groups of the account — a
 * stateless one with rules and an empty stateless placeholder.
 */
import { ACCOUNT, ec2Id, type Estate } from './estate.js';
import { json, jsonError, type Answer, type WireRequest } from './wire.js';

const PER_REGION = 2;

const firewallName = (r: number, i: number): string => `bench-${r}-firewall-${i}`;
const policyName = (r: number, i: number): string => `bench-${r}-firewall-policy-${i}`;
const groupName = (r: number, i: number): string => `bench-${r}-rule-group-${i}`;
const arnOf = (region: string, resource: string): string => `arn:aws:network-firewall:${region}:${ACCOUNT}:${resource}`;
const id = (kind: number, r: number, i: number): string => `${String(kind).padStart(8, '0')}-${String(r).padStart(4, '0')}-4000-8000-${String(i).padStart(12, '0')}`;

function firewall(region: string, r: number, i: number): Record<string, unknown> {
  const hardened = i % 2 === 0;
  const name = firewallName(r, i);
  return {
    FirewallName: name, FirewallArn: arnOf(region, `firewall/${name}`), FirewallId: id(1, r, i), FirewallPolicyArn: arnOf(region, `firewall-policy/${policyName(r, i)}`),
    VpcId: ec2Id('vpc', r, 0), SubnetMappings: [{ SubnetId: ec2Id('subnet', r, 0), IPAddressType: 'IPV4' }],
    DeleteProtection: hardened, SubnetChangeProtection: hardened, FirewallPolicyChangeProtection: hardened, Tags: hardened ? [{ Key: 'team', Value: 'network' }] : [],
  };
}

function logging(region: string, r: number, i: number): Record<string, unknown> {
  const name = firewallName(r, i);
  return {
    FirewallArn: arnOf(region, `firewall/${name}`),
    ...(i % 2 === 0 ? { LoggingConfiguration: { LogDestinationConfigs: [
      { LogType: 'ALERT', LogDestinationType: 'CloudWatchLogs', LogDestination: { logGroup: `/network-firewall/${name}/alert` } },
      { LogType: 'FLOW', LogDestinationType: 'S3', LogDestination: { bucketName: `bench-network-firewall-${r}`, prefix: 'flow' } },
    ] } } : {}),
  };
}

function policy(region: string, r: number, i: number): Record<string, unknown> {
  const hardened = i % 2 === 0;
  const name = policyName(r, i);
  return {
    UpdateToken: 'bench',
    FirewallPolicyResponse: { FirewallPolicyName: name, FirewallPolicyArn: arnOf(region, `firewall-policy/${name}`), FirewallPolicyId: id(2, r, i), FirewallPolicyStatus: 'ACTIVE', Tags: [] },
    FirewallPolicy: hardened
      ? { StatelessRuleGroupReferences: [{ ResourceArn: arnOf(region, `stateless-rulegroup/${groupName(r, 0)}`), Priority: 10 }], StatelessDefaultActions: ['aws:forward_to_sfe'], StatelessFragmentDefaultActions: ['aws:forward_to_sfe'] }
      : { StatelessDefaultActions: ['aws:pass'], StatelessFragmentDefaultActions: ['aws:pass'] },
  };
}

function ruleGroup(region: string, r: number, i: number): Record<string, unknown> {
  const name = groupName(r, i);
  const rules = i % 2 === 0 ? [{ Priority: 10, RuleDefinition: { MatchAttributes: { Sources: [{ AddressDefinition: '0.0.0.0/8' }] }, Actions: ['aws:drop'] } }] : [];
  return {
    UpdateToken: 'bench',
    RuleGroupResponse: { RuleGroupArn: arnOf(region, `stateless-rulegroup/${name}`), RuleGroupName: name, RuleGroupId: id(3, r, i), Type: 'STATELESS', RuleGroupStatus: 'ACTIVE', Capacity: 100, Tags: [] },
    RuleGroup: { RulesSource: { StatelessRulesAndCustomActions: { StatelessRules: rules } } },
  };
}

export function answerNetworkFirewall(estate: Estate, request: WireRequest): Answer {
  const r = estate.regionIndex(request.region);
  const indexes = r < 0 ? [] : Array.from({ length: PER_REGION }, (_, i) => i);
  const notFound = jsonError('ResourceNotFoundException', 'Resource not found');
  switch (request.operation) {
    case 'ListFirewalls':
      return json({ Firewalls: indexes.map((i) => ({ FirewallName: firewallName(r, i), FirewallArn: arnOf(request.region, `firewall/${firewallName(r, i)}`) })) }, '1.0');
    case 'DescribeFirewall':
    case 'DescribeLoggingConfiguration': {
      const i = indexes.find((n) => firewallName(r, n) === request.params.FirewallName);
      if (i === undefined) return notFound;
      return request.operation === 'DescribeFirewall'
        ? json({ UpdateToken: 'bench', Firewall: firewall(request.region, r, i), FirewallStatus: { Status: 'READY', ConfigurationSyncStateSummary: 'IN_SYNC' } }, '1.0')
        : json(logging(request.region, r, i), '1.0');
    }
    case 'ListFirewallPolicies':
      return json({ FirewallPolicies: indexes.map((i) => ({ Name: policyName(r, i), Arn: arnOf(request.region, `firewall-policy/${policyName(r, i)}`) })) }, '1.0');
    case 'DescribeFirewallPolicy': {
      const i = indexes.find((n) => policyName(r, n) === request.params.FirewallPolicyName);
      return i === undefined ? notFound : json(policy(request.region, r, i), '1.0');
    }
    case 'ListRuleGroups':
      return json({ RuleGroups: indexes.map((i) => ({ Name: groupName(r, i), Arn: arnOf(request.region, `stateless-rulegroup/${groupName(r, i)}`) })) }, '1.0');
    case 'DescribeRuleGroup': {
      const i = indexes.find((n) => arnOf(request.region, `stateless-rulegroup/${groupName(r, n)}`) === request.params.RuleGroupArn);
      return i === undefined ? notFound : json(ruleGroup(request.region, r, i), '1.0');
    }
    default:
      return json({}, '1.0');
  }
}
