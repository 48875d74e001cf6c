/**
 * AWS Network Firewall: an egress firewall in the prod VPC run as every
 * control asks (protected, flow and alert logs, a policy that forwards
 * unmatched packets to a stateful domain allow-list); a lab firewall on
 * the old defaults (no protections, no logging) running a policy without
 * rule groups that passes every unmatched packet; and an EU firewall with
 * the edge cases: only TLS logs sent (NetworkFirewall.2 fails by default),
 * subnet change protection unreadable, and a policy that drops unmatched
 * full packets but passes fragments with a custom metric action beside.
 * Rule groups: a stateless group with rules, an empty stateless one left
 * as a placeholder, and a stateful group of the same name as the first.
 */
import { networkFirewallFirewall } from '../../src/resources/types/network-firewall-firewall.js';
import { networkFirewallFirewallPolicy } from '../../src/resources/types/network-firewall-firewall-policy.js';
import { networkFirewallRuleGroup } from '../../src/resources/types/network-firewall-rule-group.js';
import type { Resource, ResourceError } from '../../src/resources/resource.js';
import { arn, buckets, make, subnets, vpcs, type DemoRegion, type Overrides } from './demo.js';

const policyArn = (region: DemoRegion, name: string): string => arn.in('network-firewall', region, `firewall-policy/${name}`);
const groupArn = (region: DemoRegion, kind: 'stateless' | 'stateful', name: string): string => arn.in('network-firewall', region, `${kind}-rulegroup/${name}`);

function firewall(region: DemoRegion, name: string, data: Overrides<typeof networkFirewallFirewall>, errors?: ResourceError[]): Resource {
  return make(networkFirewallFirewall, {
    id: name, region, arn: arn.in('network-firewall', region, `firewall/${name}`), tags: { team: 'network' },
    data: { firewallName: name, ...data },
    ...(errors === undefined ? {} : { errors }),
  });
}

function policy(region: DemoRegion, name: string, data: Overrides<typeof networkFirewallFirewallPolicy>): Resource {
  return make(networkFirewallFirewallPolicy, { id: name, region, arn: policyArn(region, name), tags: { team: 'network' }, data: { firewallPolicyName: name, ...data } });
}

function ruleGroup(region: DemoRegion, kind: 'stateless' | 'stateful', name: string, data: Overrides<typeof networkFirewallRuleGroup>): Resource {
  const groupId = groupArn(region, kind, name);
  return make(networkFirewallRuleGroup, { id: groupId, region, arn: groupId, name, tags: { team: 'network' }, data: { ruleGroupName: name, ...data } });
}

export function networkFirewallFirewalls(): Resource[] {
  return [
    // Compliant: deletion and subnet change protection, alert logs to CloudWatch Logs and flow logs to S3.
    firewall('us-east-1', 'prod-egress', {
      firewallId: 'b1c2d3e4-0001-4a5b-8c9d-0e1f2a3b4c5d', vpcId: vpcs.prodUsEast1, subnetIds: [subnets.prodUsEast1Public], firewallPolicyArn: policyArn('us-east-1', 'prod-egress-policy'),
      logDestinations: [
        { logType: 'ALERT', destinationType: 'CloudWatchLogs', destination: { logGroup: '/network-firewall/prod-egress/alert' } },
        { logType: 'FLOW', destinationType: 'S3', destination: { bucketName: buckets.accessLogs, prefix: 'network-firewall/flow' } },
      ],
    }),
    // Fails NetworkFirewall.2, .9 and .10: created with no protections and never given logging.
    firewall('us-east-1', 'lab-inspection', {
      firewallId: 'b1c2d3e4-0002-4a5b-8c9d-0e1f2a3b4c5d', vpcId: vpcs.defaultUsEast1, subnetIds: [subnets.defaultUsEast1a], firewallPolicyArn: policyArn('us-east-1', 'lab-open-policy'),
      deleteProtection: false, subnetChangeProtection: false, firewallPolicyChangeProtection: false, logDestinations: [],
    }),
    // Edge cases: only TLS inspection logs sent (NetworkFirewall.2 fails by default), and subnet change protection
    // left out of the answer, so NetworkFirewall.10 is unknown, never "off".
    firewall('eu-west-1', 'orders-egress-eu', {
      firewallId: 'b1c2d3e4-0003-4a5b-8c9d-0e1f2a3b4c5d', vpcId: vpcs.prodEuWest1, subnetIds: [subnets.prodEuWest1Private], firewallPolicyArn: policyArn('eu-west-1', 'eu-fragments-policy'),
      logDestinations: [{ logType: 'TLS', destinationType: 'S3', destination: { bucketName: buckets.accessLogs, prefix: 'network-firewall/tls' } }],
    }, [{ path: 'subnetChangeProtection', code: 'IncompleteResponse', message: 'the answer has no SubnetChangeProtection', operation: 'network-firewall:DescribeFirewall' }]),
  ];
}

export function networkFirewallPolicies(): Resource[] {
  return [
    // Compliant: a stateless and a stateful rule group; unmatched packets, whole or fragmented, go to the stateful rules.
    policy('us-east-1', 'prod-egress-policy', {
      firewallPolicyId: 'c1d2e3f4-0001-4a5b-8c9d-0e1f2a3b4c5d',
      statelessRuleGroupArns: [groupArn('us-east-1', 'stateless', 'block-bogons')], statefulRuleGroupArns: [groupArn('us-east-1', 'stateful', 'block-bogons')],
    }),
    // Fails NetworkFirewall.3, .4 and .5: no rule groups, and every unmatched packet passes.
    policy('us-east-1', 'lab-open-policy', {
      firewallPolicyId: 'c1d2e3f4-0002-4a5b-8c9d-0e1f2a3b4c5d', statelessRuleGroupArns: [], statefulRuleGroupArns: [],
      statelessDefaultActions: ['aws:pass'], statelessFragmentDefaultActions: ['aws:pass'],
    }),
    // Edge case: full packets dropped (NetworkFirewall.4 passes) while fragments pass beside a custom metric action
    // (NetworkFirewall.5 fails: the custom action only counts them).
    policy('eu-west-1', 'eu-fragments-policy', {
      firewallPolicyId: 'c1d2e3f4-0003-4a5b-8c9d-0e1f2a3b4c5d', statelessRuleGroupArns: [], statefulRuleGroupArns: [groupArn('eu-west-1', 'stateful', 'eu-allowed-domains')],
      statelessDefaultActions: ['aws:drop'], statelessFragmentDefaultActions: ['aws:pass', 'count-fragments'],
    }),
  ];
}

export function networkFirewallRuleGroups(): Resource[] {
  return [
    ruleGroup('us-east-1', 'stateless', 'block-bogons', { ruleGroupId: 'd1e2f3a4-0001-4a5b-8c9d-0e1f2a3b4c5d', statelessRuleCount: 6 }),
    // A stateful group of the same name: out of NetworkFirewall.6's scope.
    ruleGroup('us-east-1', 'stateful', 'block-bogons', { ruleGroupId: 'd1e2f3a4-0002-4a5b-8c9d-0e1f2a3b4c5d', type: 'STATEFUL', statelessRuleCount: null }),
    // Fails NetworkFirewall.6: a placeholder created empty and never filled.
    ruleGroup('us-east-1', 'stateless', 'placeholder', { ruleGroupId: 'd1e2f3a4-0003-4a5b-8c9d-0e1f2a3b4c5d', statelessRuleCount: 0 }),
    ruleGroup('eu-west-1', 'stateful', 'eu-allowed-domains', { ruleGroupId: 'd1e2f3a4-0004-4a5b-8c9d-0e1f2a3b4c5d', type: 'STATEFUL', statelessRuleCount: null }),
  ];
}
