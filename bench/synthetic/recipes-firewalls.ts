/**
 * AWS Network Firewall: firewalls with or without deletion and subnet
 * change protection and flow, alert or TLS logs; firewall policies with or
 * without rule groups whose stateless default actions pass, drop or
 * forward; stateless rule groups with rules or empty, and stateful ones.
 */
import { networkFirewallFirewall } from '../../src/resources/types/network-firewall-firewall.js';
import { networkFirewallFirewallPolicy } from '../../src/resources/types/network-firewall-firewall-policy.js';
import { networkFirewallRuleGroup } from '../../src/resources/types/network-firewall-rule-group.js';
import { defineRecipe, field, refsOr, type Recipe, type Variation } from './recipe.js';

const LOG_DESTINATIONS = {
  ALERT: { logType: 'ALERT', destinationType: 'CloudWatchLogs', destination: { logGroup: '/network-firewall/alert' } },
  FLOW: { logType: 'FLOW', destinationType: 'S3', destination: { bucketName: 'network-firewall-logs', prefix: 'flow' } },
  TLS: { logType: 'TLS', destinationType: 'KinesisDataFirehose', destination: { deliveryStream: 'network-firewall-tls' } },
} as const;

export const networkFirewallFirewallRecipe: Recipe = defineRecipe({
  definition: networkFirewallFirewall,
  weight: 2,
  vary(rng): Variation<typeof networkFirewallFirewall.data> {
    const logged = (['ALERT', 'FLOW', 'TLS'] as const).filter((type) => rng.chance(type === 'TLS' ? 0.15 : 0.6));
    return {
      data: {
        deleteProtection: rng.chance(0.7),
        subnetChangeProtection: rng.chance(0.7),
        firewallPolicyChangeProtection: rng.chance(0.6),
        logDestinations: logged.map((type) => LOG_DESTINATIONS[type]),
      },
      ...(rng.chance(0.03) ? { errors: [{ path: 'logDestinations', code: 'AccessDeniedException', message: 'not authorized to perform: network-firewall:DescribeLoggingConfiguration', operation: 'network-firewall:DescribeLoggingConfiguration' }] } : {}),
    };
  },
  identify(seq, place, _template, refs, rng) {
    const name = `firewall-${seq}`;
    return {
      id: name,
      arn: `arn:aws:network-firewall:${place.region}:${place.account}:firewall/${name}`,
      data: {
        firewallName: name,
        firewallId: `${String(seq).padStart(8, '0')}-5678-90ab-cdef-000000000001`,
        firewallPolicyArn: `arn:aws:network-firewall:${place.region}:${place.account}:firewall-policy/firewall-policy-${seq}`,
        vpcId: refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, ['vpc-0a1b2c3d4e5f67890'])[0] ?? 'vpc-0a1b2c3d4e5f67890',
        subnetIds: refsOr(refs.ids('aws.ec2.subnet', place.account, place.region), rng, 2, ['subnet-0a1b2c3d4e5f67890']),
      },
    };
  },
});

export const networkFirewallFirewallPolicyRecipe: Recipe = defineRecipe({
  definition: networkFirewallFirewallPolicy,
  weight: 2,
  vary(rng): Variation<typeof networkFirewallFirewallPolicy.data> {
    const action = () => rng.pick(['aws:forward_to_sfe', 'aws:forward_to_sfe', 'aws:drop', 'aws:pass'] as const);
    return {
      data: {
        statelessRuleGroupArns: rng.chance(0.5) ? networkFirewallFirewallPolicy.example.statelessRuleGroupArns : [],
        statefulRuleGroupArns: rng.chance(0.75) ? networkFirewallFirewallPolicy.example.statefulRuleGroupArns : [],
        statelessDefaultActions: rng.chance(0.1) ? [action(), 'count-unmatched'] : [action()],
        statelessFragmentDefaultActions: [action()],
      },
    };
  },
  identify(seq, place) {
    const name = `firewall-policy-${seq}`;
    return {
      id: name,
      arn: `arn:aws:network-firewall:${place.region}:${place.account}:firewall-policy/${name}`,
      data: { firewallPolicyName: name, firewallPolicyId: `${String(seq).padStart(8, '0')}-5678-90ab-cdef-000000000002` },
    };
  },
});

export const networkFirewallRuleGroupRecipe: Recipe = defineRecipe({
  definition: networkFirewallRuleGroup,
  weight: 3,
  vary(rng): Variation<typeof networkFirewallRuleGroup.data> {
    const stateless = rng.chance(0.5);
    return {
      data: { type: stateless ? 'STATELESS' : 'STATEFUL', statelessRuleCount: stateless ? rng.pick([0, 1, 4, 12, 30]) : null },
      ...(stateless && rng.chance(0.03) ? { errors: [{ path: 'statelessRuleCount', code: 'IncompleteResponse', message: 'the answer has no RuleGroup', operation: 'network-firewall:DescribeRuleGroup' }] } : {}),
    };
  },
  identify(seq, place, template) {
    const name = `rule-group-${seq}`;
    const kind = field(template, 'type') === 'STATEFUL' ? 'stateful' : 'stateless';
    const arn = `arn:aws:network-firewall:${place.region}:${place.account}:${kind}-rulegroup/${name}`;
    return { id: arn, arn, name, data: { ruleGroupName: name, ruleGroupId: `${String(seq).padStart(8, '0')}-5678-90ab-cdef-000000000003` } };
  },
});
