/** wafv2WebAcls through the real WAFV2 client, fed recorded JSON-protocol answers: REGIONAL in every region, CLOUDFRONT in us-east-1 only. */
import { describe, expect, it } from 'vitest';
import { wafv2WebAcls } from './web-acls.js';
import { json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { isOp, listRoute, notFound, vis, wafArn } from '../../../../test/support/wafv2.js';

const ACLS = [
  { Name: 'api', Id: 'acl-api', scope: 'REGIONAL', region: 'us-east-1' },
  { Name: 'empty', Id: 'acl-empty', scope: 'REGIONAL', region: 'us-east-1' },
  { Name: 'edge', Id: 'acl-edge', scope: 'CLOUDFRONT', region: 'us-east-1' },
  { Name: 'west', Id: 'acl-west', scope: 'REGIONAL', region: 'eu-west-1' },
];
const groupArn = wafArn('us-east-1', 'REGIONAL', 'rulegroup', 'bots', 'rg-1');
const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:aws-waf-logs-api`;

const aclBody = (id: string) => {
  const acl = ACLS.find((a) => a.Id === id);
  const name = acl?.Name ?? '';
  const rules = id === 'acl-empty' ? [] : [
    { Name: 'common', Priority: 0, Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } }, OverrideAction: { None: {} }, VisibilityConfig: vis('common') },
    { Name: 'bots', Priority: 1, Statement: { RuleGroupReferenceStatement: { ARN: groupArn } }, OverrideAction: { None: {} }, VisibilityConfig: vis('bots', id !== 'acl-edge') },
    { Name: 'rate', Priority: 2, Statement: { RateBasedStatement: { Limit: 1000, AggregateKeyType: 'IP' } }, Action: { Block: {} }, VisibilityConfig: vis('rate') },
  ];
  return json({
    WebACL: { Name: name, Id: id, ARN: wafArn(acl?.region ?? '', acl?.scope ?? '', 'webacl', name, id), DefaultAction: id === 'acl-edge' ? { Block: {} } : { Allow: {} }, Rules: rules, VisibilityConfig: vis(name, id !== 'acl-empty'), Capacity: 700 },
    LockToken: 'lock',
  });
};

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1', 'eu-west-1']),
    listRoute('ListWebACLs', 'WebACLs', 'webacl', ACLS),
    { name: 'GetWebACL', match: isOp('GetWebACL'), respond: (r) => aclBody(String(r.params.Id)) },
    {
      name: 'GetLoggingConfiguration', match: isOp('GetLoggingConfiguration'),
      respond: (r) => (String(r.params.ResourceArn).endsWith('/acl-api')
        ? json({ LoggingConfiguration: { ResourceArn: r.params.ResourceArn, LogDestinationConfigs: [LOG_GROUP], RedactedFields: [{ SingleHeader: { Name: 'authorization' } }] } })
        : notFound('No logging configuration')),
    },
  ];
}

describe('wafv2WebAcls', () => {
  it('lists REGIONAL web ACLs in every region and CLOUDFRONT ones in us-east-1, page by page, with rules, metrics and logging', async () => {
    const run = await collectRecorded([wafv2WebAcls], routes(), { regions: ['us-east-1', 'eu-west-1'] });
    expect(run.problems).toEqual([]);
    const lists = run.aws.requests.filter(isOp('ListWebACLs')).map((r) => `${r.hostname.split('.')[1] ?? ''} ${String(r.params.Scope)} ${typeof r.params.NextMarker === 'string' ? r.params.NextMarker : '-'} ${String(r.params.Limit)}`).sort();
    expect(lists).toEqual([
      // One web ACL and a marker on its page: the next page is empty, which ends the listing.
      'eu-west-1 REGIONAL - 100', 'eu-west-1 REGIONAL end-of-list 100',
      'us-east-1 CLOUDFRONT - 100', 'us-east-1 CLOUDFRONT end-of-list 100',
      'us-east-1 REGIONAL - 100', 'us-east-1 REGIONAL acl-empty 100', 'us-east-1 REGIONAL end-of-list 100',
    ].sort());
    const acls = run.snapshot.resources.filter((r) => r.type === 'aws.wafv2.web-acl');
    expect(acls.map((a) => `${a.region} ${a.id}`).sort()).toEqual(['eu-west-1 acl-west', 'us-east-1 acl-api', 'us-east-1 acl-edge', 'us-east-1 acl-empty']);
    const api = acls.find((a) => a.id === 'acl-api');
    expect(api).toMatchObject({ name: 'api', arn: wafArn('us-east-1', 'REGIONAL', 'webacl', 'api', 'acl-api') });
    expect(api?.data).toEqual({
      webAclId: 'acl-api', scope: 'REGIONAL', defaultAction: 'ALLOW',
      rules: [
        { name: 'common', priority: 0, ruleGroupArn: null, managedRuleGroup: 'AWS/AWSManagedRulesCommonRuleSet', visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'common' } },
        { name: 'bots', priority: 1, ruleGroupArn: groupArn, managedRuleGroup: null, visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'bots' } },
        { name: 'rate', priority: 2, ruleGroupArn: null, managedRuleGroup: null, visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'rate' } },
      ],
      visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'api' },
      logging: { logDestinationConfigs: [LOG_GROUP], redactedFieldCount: 1 },
    });
    // WAFNonexistentItemException on GetLoggingConfiguration is "not configured": null, no error.
    const empty = acls.find((a) => a.id === 'acl-empty');
    expect(empty?.errors).toBeUndefined();
    expect(empty?.data).toMatchObject({ rules: [], logging: null, visibilityConfig: { cloudWatchMetricsEnabled: false } });
    expect(acls.find((a) => a.id === 'acl-edge')?.data).toMatchObject({ scope: 'CLOUDFRONT', defaultAction: 'BLOCK', logging: null });
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage.map((c) => `${c.region} ${c.status}`).sort()).toEqual(['eu-west-1 complete', 'us-east-1 complete']);
  });

  it('records AccessDenied on GetWebACL on the fields it fills, and on GetLoggingConfiguration on logging alone', async () => {
    const denied: Route[] = [
      { name: 'get-denied', match: (r) => isOp('GetWebACL')(r) && r.params.Id === 'acl-api', respond: jsonError('AccessDeniedException', 'not authorized to perform: wafv2:GetWebACL') },
      { name: 'log-denied', match: (r) => isOp('GetLoggingConfiguration')(r) && String(r.params.ResourceArn).endsWith('/acl-west'), respond: jsonError('AccessDeniedException', 'not authorized to perform: wafv2:GetLoggingConfiguration') },
    ];
    const run = await collectRecorded([wafv2WebAcls], routes(denied), { regions: ['us-east-1', 'eu-west-1'] });
    expect(run.problems).toEqual([]);
    const api = run.snapshot.resources.find((r) => r.id === 'acl-api');
    expect(api?.data).toEqual({ webAclId: 'acl-api', scope: 'REGIONAL', logging: { logDestinationConfigs: [LOG_GROUP], redactedFieldCount: 1 } });
    expect(api?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual(['defaultAction', 'rules', 'visibilityConfig'].map((p) => [p, 'AccessDeniedException', 'wafv2:GetWebACL']));
    const west = run.snapshot.resources.find((r) => r.id === 'acl-west');
    expect('logging' in (west?.data ?? {})).toBe(false);
    expect(west?.errors).toEqual([{ path: 'logging', code: 'AccessDeniedException', message: 'not authorized to perform: wafv2:GetLoggingConfiguration', operation: 'wafv2:GetLoggingConfiguration' }]);
    expect(west?.data).toMatchObject({ defaultAction: 'ALLOW' });
  });

  it('marks us-east-1 partial when the CLOUDFRONT listing is denied and the REGIONAL one answered', async () => {
    const denied: Route = { name: 'cf-denied', match: (r) => isOp('ListWebACLs')(r) && r.params.Scope === 'CLOUDFRONT', respond: jsonError('AccessDeniedException', 'not authorized to perform: wafv2:ListWebACLs') };
    const run = await collectRecorded([wafv2WebAcls], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['acl-api', 'acl-empty']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ region: 'us-east-1', status: 'partial' })]);
  });

  it('fails the coverage of a region whose listing is denied', async () => {
    const denied: Route = { name: 'list-denied', match: isOp('ListWebACLs'), respond: jsonError('AccessDeniedException', 'not authorized to perform: wafv2:ListWebACLs') };
    const run = await collectRecorded([wafv2WebAcls], routes([denied]), { regions: ['eu-west-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ region: 'eu-west-1', status: 'failed', reason: 'AccessDeniedException on wafv2:ListWebACLs: not authorized to perform: wafv2:ListWebACLs' })]);
  });
});

describe('wafv2WebAcls call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(wafv2WebAcls)).toEqual([]);
  });
});
