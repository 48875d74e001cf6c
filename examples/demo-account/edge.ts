/**
 * The edge: AWS WAF web ACLs and rule groups, and Route 53 hosted zones.
 * A compliant regional web ACL in front of web-prod using a managed group
 * and the account's bot rule group; a CLOUDFRONT web ACL (recorded in
 * us-east-1) that logs nothing and has a rule without metrics; an empty
 * web ACL in eu-west-1 that only applies its default action; a rule group
 * in eu-west-1 with a rule that sends no metrics; a public zone that logs
 * its queries, one that does not, and a private zone (out of scope).
 */
import { route53HostedZone } from '../../src/resources/types/route53-hosted-zone.js';
import { wafv2RuleGroup } from '../../src/resources/types/wafv2-rule-group.js';
import { wafv2WebAcl } from '../../src/resources/types/wafv2-web-acl.js';
import type { Resource } from '../../src/resources/resource.js';
import { GLOBAL_REGION } from '../../src/resources/define.js';
import { arn, make, type DemoRegion, type Overrides } from './demo.js';

const metrics = (metricName: string, on = true) => ({ cloudWatchMetricsEnabled: on, sampledRequestsEnabled: true, metricName });
const wafArn = (region: DemoRegion, scope: 'REGIONAL' | 'CLOUDFRONT', kind: string, name: string, id: string): string =>
  arn.in('wafv2', region, `${scope === 'CLOUDFRONT' ? 'global' : 'regional'}/${kind}/${name}/${id}`);

const ids = {
  webProd: '3f1c2b4a-6d5e-4f70-8a9b-0c1d2e3f4a5b',
  cdn: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  ordersEu: 'e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9',
  badBots: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  legacyEu: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
} as const;
const badBotsArn = wafArn('us-east-1', 'REGIONAL', 'rulegroup', 'bad-bots', ids.badBots);

function webAcl(region: DemoRegion, scope: 'REGIONAL' | 'CLOUDFRONT', name: string, id: string, data: Overrides<typeof wafv2WebAcl>): Resource {
  return make(wafv2WebAcl, { id, region, name, arn: wafArn(region, scope, 'webacl', name, id), data: { webAclId: id, scope, visibilityConfig: metrics(name), ...data } });
}

function ruleGroup(region: DemoRegion, name: string, id: string, data: Overrides<typeof wafv2RuleGroup>): Resource {
  return make(wafv2RuleGroup, { id, region, name, arn: wafArn(region, 'REGIONAL', 'rulegroup', name, id), data: { ruleGroupId: id, scope: 'REGIONAL', visibilityConfig: metrics(name), ...data } });
}

export function wafWebAcls(): Resource[] {
  const common = { name: 'common-rule-set', priority: 0, ruleGroupArn: null, managedRuleGroup: 'AWS/AWSManagedRulesCommonRuleSet', visibilityConfig: metrics('common-rule-set') };
  return [
    // Compliant: a managed group and the account's own bot group, metrics everywhere, logged to CloudWatch Logs.
    webAcl('us-east-1', 'REGIONAL', 'web-prod-acl', ids.webProd, {
      rules: [common, { name: 'bad-bots', priority: 1, ruleGroupArn: badBotsArn, managedRuleGroup: null, visibilityConfig: metrics('bad-bots') }],
      logging: { logDestinationConfigs: [arn.logGroup('us-east-1', 'aws-waf-logs-web-prod')], redactedFieldCount: 1 },
    }),
    // CloudFront's web ACL: listed under CLOUDFRONT scope in us-east-1; no logging and a rate rule without metrics.
    webAcl('us-east-1', 'CLOUDFRONT', 'cdn-edge-acl', ids.cdn, {
      rules: [common, { name: 'rate-limit', priority: 1, ruleGroupArn: null, managedRuleGroup: null, visibilityConfig: metrics('rate-limit', false) }],
      logging: null,
    }),
    // Created for the orders NLB's API and never given a rule: every request meets only the default action.
    webAcl('eu-west-1', 'REGIONAL', 'orders-eu-acl', ids.ordersEu, {
      rules: [],
      logging: { logDestinationConfigs: [arn.in('firehose', 'eu-west-1', 'deliverystream/aws-waf-logs-orders-eu')], redactedFieldCount: 0 },
    }),
  ];
}

export function wafRuleGroups(): Resource[] {
  return [
    ruleGroup('us-east-1', 'bad-bots', ids.badBots, {
      capacity: 30,
      rules: [{ name: 'block-bad-user-agents', priority: 0, visibilityConfig: metrics('block-bad-user-agents') }],
    }),
    // An old IP block list: the group sends metrics, its second rule does not (Security Hub WAF.12 fails it).
    ruleGroup('eu-west-1', 'legacy-ip-block', ids.legacyEu, {
      capacity: 2,
      rules: [
        { name: 'block-known-bad-ips', priority: 0, visibilityConfig: metrics('block-known-bad-ips') },
        { name: 'block-old-office', priority: 1, visibilityConfig: metrics('block-old-office', false) },
      ],
    }),
  ];
}

function zone(id: string, zoneName: string, data: Overrides<typeof route53HostedZone>): Resource {
  return make(route53HostedZone, { id, region: GLOBAL_REGION, name: zoneName, arn: `arn:aws:route53:::hostedzone/${id}`, data: { hostedZoneId: id, zoneName, ...data } });
}

export function hostedZones(): Resource[] {
  return [
    zone('Z04517273A1EXAMPLE01', 'acme-example.com.', {
      resourceRecordSetCount: 12,
      queryLoggingConfigs: [{ id: '6c1f2e3d-4b5a-4968-8776-a5b4c3d2e1f0', cloudWatchLogsLogGroupArn: arn.logGroup('us-east-1', '/aws/route53/acme-example.com') }],
    }),
    // A marketing domain whose queries nobody logs.
    zone('Z08812345B2EXAMPLE02', 'acme-example.net.', { resourceRecordSetCount: 3, queryLoggingConfigs: [] }),
    // Private: Resolver query logging covers it, Route53.2 does not apply.
    zone('Z09923456C3EXAMPLE03', 'internal.acme.', { privateZone: true, resourceRecordSetCount: 7, queryLoggingConfigs: [] }),
  ];
}

