import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, str } from '../fields.js';

/** VisibilityConfig, shared by a web ACL and each of its rules. */
const visibility = (what: string) => obj({
  cloudWatchMetricsEnabled: bool(`Whether ${what} sends metrics to CloudWatch (VisibilityConfig.CloudWatchMetricsEnabled).`),
  sampledRequestsEnabled: bool(`Whether AWS WAF keeps samples of the requests ${what} matches (VisibilityConfig.SampledRequestsEnabled).`),
  metricName: str(`Name of ${what}'s CloudWatch metric (VisibilityConfig.MetricName).`),
}, `Metrics and request sampling of ${what} (GetWebACL).`);

export const wafv2WebAcl = defineResourceType({
  type: 'aws.wafv2.web-acl',
  service: 'wafv2',
  scope: 'regional',
  awsTypes: ['AWS::WAFv2::WebACL'],
  description: 'An AWS WAF (v2) web ACL with its rules, metrics and logging configuration; CLOUDFRONT-scope web ACLs are recorded in us-east-1 (the partition\'s home region), where AWS WAF answers for them.',
  idDescription: 'the web ACL id (a UUID)',
  data: obj({
    webAclId: str('Web ACL id (ListWebACLs Id).'),
    scope: oneOf(['REGIONAL', 'CLOUDFRONT'], 'The Scope the web ACL was listed under: REGIONAL for ALB, API Gateway, AppSync, Cognito and the like, CLOUDFRONT for CloudFront distributions.'),
    defaultAction: oneOf(['ALLOW', 'BLOCK'], 'What the web ACL does with a request no rule matched (GetWebACL DefaultAction).'),
    rules: list(obj({
      name: str('Rule name.'),
      priority: int('Order in which AWS WAF evaluates the rule, lowest first.', { minimum: 0 }),
      ruleGroupArn: nullable(str('ARN of the customer rule group the rule references (RuleGroupReferenceStatement.ARN); null when it references none.')),
      managedRuleGroup: nullable(str('The managed rule group the rule references, as "Vendor/Name" (ManagedRuleGroupStatement); null when it references none.')),
      visibilityConfig: visibility('the rule'),
    }, 'One rule of the web ACL (GetWebACL Rules[]).'), 'The web ACL\'s rules in priority order (GetWebACL Rules); empty when it has none.'),
    visibilityConfig: visibility('the web ACL'),
    logging: nullable(obj({
      logDestinationConfigs: list(str('ARN of a destination: a CloudWatch Logs log group, an S3 bucket or a Data Firehose stream.'), 'Where the logs go (LoggingConfiguration.LogDestinationConfigs).'),
      redactedFieldCount: int('Number of request fields kept out of the logs (LoggingConfiguration.RedactedFields).', { minimum: 0 }),
    }, 'The web ACL\'s logging configuration (GetLoggingConfiguration); null when logging is not configured (WAFNonexistentItemException).')),
  }, 'AWS WAF web ACL settings.'),
  example: {
    webAclId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
    scope: 'REGIONAL',
    defaultAction: 'ALLOW',
    rules: [{
      name: 'AWS-AWSManagedRulesCommonRuleSet',
      priority: 0,
      ruleGroupArn: null,
      managedRuleGroup: 'AWS/AWSManagedRulesCommonRuleSet',
      visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'common-rule-set' },
    }],
    visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'example-web-acl' },
    logging: { logDestinationConfigs: ['arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-example'], redactedFieldCount: 0 },
  },
});
