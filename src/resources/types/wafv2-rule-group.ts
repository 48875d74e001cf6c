import { defineResourceType } from '../define.js';
import { bool, int, list, obj, oneOf, str } from '../fields.js';

const visibility = (what: string) => obj({
  cloudWatchMetricsEnabled: bool(`Whether ${what} sends metrics to CloudWatch (VisibilityConfig.CloudWatchMetricsEnabled).`),
  sampledRequestsEnabled: bool(`Whether AWS WAF keeps samples of the requests ${what} matches (VisibilityConfig.SampledRequestsEnabled).`),
  metricName: str(`Name of ${what}'s CloudWatch metric (VisibilityConfig.MetricName).`),
}, `Metrics and request sampling of ${what} (GetRuleGroup).`);

export const wafv2RuleGroup = defineResourceType({
  type: 'aws.wafv2.rule-group',
  service: 'wafv2',
  scope: 'regional',
  awsTypes: ['AWS::WAFv2::RuleGroup'],
  description: 'A customer-managed AWS WAF (v2) rule group with its rules and their CloudWatch metrics; CLOUDFRONT-scope rule groups are recorded in us-east-1 (the partition\'s home region), where AWS WAF answers for them.',
  idDescription: 'the rule group id (a UUID)',
  data: obj({
    ruleGroupId: str('Rule group id (ListRuleGroups Id).'),
    scope: oneOf(['REGIONAL', 'CLOUDFRONT'], 'The Scope the rule group was listed under.'),
    capacity: int('Web ACL capacity units the rule group uses (GetRuleGroup Capacity).', { minimum: 0 }),
    rules: list(obj({
      name: str('Rule name.'),
      priority: int('Order in which AWS WAF evaluates the rule, lowest first.', { minimum: 0 }),
      visibilityConfig: visibility('the rule'),
    }, 'One rule of the group (GetRuleGroup Rules[]).'), 'The group\'s rules in priority order; empty when it has none.'),
    visibilityConfig: visibility('the rule group'),
  }, 'AWS WAF rule group settings.'),
  example: {
    ruleGroupId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE22222',
    scope: 'REGIONAL',
    capacity: 50,
    rules: [{ name: 'block-bad-bots', priority: 0, visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'block-bad-bots' } }],
    visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'example-rule-group' },
  },
});
