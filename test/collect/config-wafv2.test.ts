/**
 * `--source config` for AWS WAF (v2) web ACLs and rule groups against
 * `--source api` on the same recorded account: the resources served both as
 * AWS WAF's own answers (listings by NextMarker per scope, REGIONAL in both
 * regions and CLOUDFRONT in us-east-1 only; GetWebACL,
 * GetLoggingConfiguration and GetRuleGroup per resource) and as AWS
 * Config's (two advanced query pages in each region of Configuration Items
 * holding what AWS's Config resource schemas list, camelCase), collected through the real SDK clients each way. The
 * resources must be equal, with the rules, default action and logging the
 * items lack read with one Get call of each kind per resource, and no
 * listing.
 */
import { describe, expect, it } from 'vitest';
import { wafv2RuleGroups } from '../../src/collect/aws/wafv2/rule-groups.js';
import { wafv2WebAcls } from '../../src/collect/aws/wafv2/web-acls.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { wafv2RuleGroupFromConfig } from '../../src/collect/config/mappers/wafv2-rule-group.js';
import { wafv2WebAclFromConfig } from '../../src/collect/config/mappers/wafv2-web-acl.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { configRoutes } from '../support/config-recorded.js';
import { byTarget, json, jsonError, type Route, type WireRequest } from '../support/recorded-aws.js';
import { isOp, listRoute, notFound, regionOf, vis, wafArn } from '../support/wafv2.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

interface Model { readonly Name: string; readonly Id: string; readonly scope: string; readonly region: string }
const ACLS: Model[] = [
  { Name: 'api', Id: 'acl-api', scope: 'REGIONAL', region: 'us-east-1' },
  { Name: 'empty', Id: 'acl-empty', scope: 'REGIONAL', region: 'us-east-1' },
  { Name: 'edge', Id: 'acl-edge', scope: 'CLOUDFRONT', region: 'us-east-1' },
  { Name: 'west', Id: 'acl-west', scope: 'REGIONAL', region: 'eu-west-1' },
];
const GROUPS: Model[] = [
  { Name: 'bots', Id: 'rg-bots', scope: 'REGIONAL', region: 'us-east-1' },
  { Name: 'quiet', Id: 'rg-quiet', scope: 'REGIONAL', region: 'us-east-1' },
  { Name: 'edge', Id: 'rg-edge', scope: 'CLOUDFRONT', region: 'us-east-1' },
  { Name: 'west', Id: 'rg-west', scope: 'REGIONAL', region: 'eu-west-1' },
];
/** Deleted since Config recorded it: AWS WAF answers WAFNonexistentItemException for it. */
const RETIRED: Model = { Name: 'retired', Id: 'retired', scope: 'REGIONAL', region: 'us-east-1' };

const arnOf = (m: Model, kind: string): string => wafArn(m.region, m.scope, kind, m.Name, m.Id);
const metricsOn = (m: Model): boolean => m.Id !== 'acl-empty' && m.Id !== 'rg-quiet';
const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:aws-waf-logs-api`;
const GROUP_ARN = arnOf(GROUPS[0] as Model, 'rulegroup');

const found = (models: readonly Model[], r: WireRequest): Model | undefined => models.find((m) => m.Id === r.params.Id && m.region === regionOf(r) && m.scope === r.params.Scope);

function aclAnswer(m: Model): Record<string, unknown> {
  const rules = m.Id === 'acl-empty' ? [] : [
    { Name: 'common', Priority: 0, Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } }, OverrideAction: { None: {} }, VisibilityConfig: vis('common') },
    { Name: 'bots', Priority: 1, Statement: { RuleGroupReferenceStatement: { ARN: GROUP_ARN } }, OverrideAction: { None: {} }, VisibilityConfig: vis('bots', m.Id !== 'acl-edge') },
  ];
  return { WebACL: { Name: m.Name, Id: m.Id, ARN: arnOf(m, 'webacl'), DefaultAction: m.Id === 'acl-edge' ? { Block: {} } : { Allow: {} }, Rules: rules, VisibilityConfig: vis(m.Name, metricsOn(m)), Capacity: 700 }, LockToken: 'lock' };
}

function groupAnswer(m: Model): Record<string, unknown> {
  const rules = m.Id === 'rg-edge' ? [] : [
    { Name: 'block-bad-ua', Priority: 0, Statement: { ByteMatchStatement: {} }, Action: { Block: {} }, VisibilityConfig: vis('block-bad-ua', m.Id !== 'rg-quiet') },
    { Name: 'count-scrapers', Priority: 1, Statement: { ByteMatchStatement: {} }, Action: { Count: {} }, VisibilityConfig: vis('count-scrapers') },
  ];
  return { RuleGroup: { Name: m.Name, Id: m.Id, ARN: arnOf(m, 'rulegroup'), Capacity: 25, Rules: rules, VisibilityConfig: vis(m.Name, metricsOn(m)) }, LockToken: 'lock' };
}

/** AWS WAF's own answers for both types. */
const wafRoutes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(REGIONS),
  listRoute('ListWebACLs', 'WebACLs', 'webacl', ACLS),
  listRoute('ListRuleGroups', 'RuleGroups', 'rulegroup', GROUPS),
  { name: 'GetWebACL', match: isOp('GetWebACL'), respond: (r) => { const m = found(ACLS, r); return m === undefined ? notFound('No web ACL') : json(aclAnswer(m)); } },
  { name: 'GetRuleGroup', match: isOp('GetRuleGroup'), respond: (r) => { const m = found(GROUPS, r); return m === undefined ? notFound('No rule group') : json(groupAnswer(m)); } },
  {
    name: 'GetLoggingConfiguration', match: isOp('GetLoggingConfiguration'),
    respond: (r) => (r.params.ResourceArn === arnOf(ACLS[0] as Model, 'webacl')
      ? json({ LoggingConfiguration: { ResourceArn: r.params.ResourceArn, LogDestinationConfigs: [LOG_GROUP], RedactedFields: [{ SingleHeader: { Name: 'authorization' } }] } })
      : notFound('No logging configuration')),
  },
];

/** A resource as Config records it: the item's ARN and what the resource schema lists, camelCase; no rules, no logging. */
function item(m: Model, configType: string, kind: string, change: Record<string, unknown> = {}): string {
  const answer = kind === 'webacl' ? aclAnswer(m).WebACL : groupAnswer(m).RuleGroup;
  const v = (answer as { VisibilityConfig: { CloudWatchMetricsEnabled: boolean; SampledRequestsEnabled: boolean; MetricName: string } }).VisibilityConfig;
  return JSON.stringify({
    resourceId: m.Id, resourceType: configType, resourceName: m.Name, arn: arnOf(m, kind), accountId: ACCOUNT, awsRegion: m.region,
    configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
    configuration: {
      name: m.Name, id: m.Id, description: '', capacity: kind === 'webacl' ? 700 : 25, ...(kind === 'webacl' ? { defaultAction: m.Id === 'acl-edge' ? 'BLOCK' : 'ALLOW' } : {}),
      visibilityConfig: { cloudWatchMetricsEnabled: v.CloudWatchMetricsEnabled, sampledRequestsEnabled: v.SampledRequestsEnabled, metricName: v.MetricName }, ...change,
    },
    supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'edge' }], relationships: [],
  });
}

/** AWS Config in each region answering that region's items in two query pages, then AWS WAF's own answers. */
function config(configType: string, byRegion: Readonly<Record<string, string[]>>, overrides: Route[] = []): Route[] {
  const inRegion = (region: string, routes: Route[]): Route[] => routes.map((route) => ({ ...route, match: (r: WireRequest) => regionOf(r) === region && route.match(r) }));
  return [...overrides, ...REGIONS.flatMap((region) => inRegion(region, configRoutes(byRegion[region] ?? [], { region, resourceType: configType }))), ...wafRoutes()];
}

const aclItems = (models: readonly Model[], change: Record<string, unknown> = {}): Record<string, string[]> =>
  Object.fromEntries(REGIONS.map((region) => [region, models.filter((m) => m.region === region).map((m) => item(m, 'AWS::WAFv2::WebACL', 'webacl', change))]));
const groupItems = (models: readonly Model[]): Record<string, string[]> =>
  Object.fromEntries(REGIONS.map((region) => [region, models.filter((m) => m.region === region).map((m) => item(m, 'AWS::WAFv2::RuleGroup', 'rulegroup'))]));

const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => `${a.region} ${a.id}`.localeCompare(`${b.region} ${b.id}`));
const idsOf = (requests: readonly WireRequest[], op: string): string[] => requests.filter(isOp(op)).map((r) => `${regionOf(r)} ${String(r.params.Id ?? r.params.ResourceArn)}`).sort();
const aclsFromConfig = configCollectors([wafv2WebAclFromConfig]);
const groupsFromConfig = configCollectors([wafv2RuleGroupFromConfig]);

describe('--source config for WAFv2 web ACLs', () => {
  it('gives the same web ACLs as --source api in the same regions, with one GetWebACL and one GetLoggingConfiguration per web ACL and no listing', async () => {
    const api = await collectRecorded([wafv2WebAcls], wafRoutes(), { regions: REGIONS });
    const run = await collectRecorded(aclsFromConfig, config('AWS::WAFv2::WebACL', aclItems(ACLS)), { regions: REGIONS });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(sorted(run.snapshot).map((r) => `${r.region} ${r.id} ${String(r.data.scope)}`)).toEqual(['eu-west-1 acl-west REGIONAL', 'us-east-1 acl-api REGIONAL', 'us-east-1 acl-edge CLOUDFRONT', 'us-east-1 acl-empty REGIONAL']);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.aws.requests.filter(byTarget('StarlingDoveService.SelectResourceConfig')).map(regionOf).sort()).toEqual(['eu-west-1', 'eu-west-1', 'us-east-1', 'us-east-1']);
    expect(idsOf(run.aws.requests, 'GetWebACL')).toEqual(['eu-west-1 acl-west', 'us-east-1 acl-api', 'us-east-1 acl-edge', 'us-east-1 acl-empty']);
    expect(run.aws.requests.filter(isOp('GetLoggingConfiguration'))).toHaveLength(4);
    expect(run.aws.requests.some(isOp('ListWebACLs'))).toBe(false);
  });

  it('reads metrics the items lack from the same GetWebACL, never as "off"', async () => {
    const api = await collectRecorded([wafv2WebAcls], wafRoutes(), { regions: REGIONS });
    const run = await collectRecorded(aclsFromConfig, config('AWS::WAFv2::WebACL', aclItems(ACLS, { visibilityConfig: null })), { regions: REGIONS });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.aws.requests.filter(isOp('GetWebACL'))).toHaveLength(4);
  });

  it('names a web ACL deleted since Config recorded it as gone on the fields it must read, logging included, never "none"', async () => {
    const run = await collectRecorded(aclsFromConfig, config('AWS::WAFv2::WebACL', aclItems([...ACLS, RETIRED])), { regions: REGIONS });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'retired');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual(['defaultAction', 'rules', 'logging'].map((p) => [p, 'WAFNonexistentItemException']));
    expect(gone?.data).toEqual({ webAclId: 'retired', scope: 'REGIONAL', visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'retired' } });
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['retired']);
  });

  it('records a denied GetWebACL or GetLoggingConfiguration on that web ACL\'s fields of that call only', async () => {
    const denied: Route[] = [
      { name: 'get-denied', match: (r) => isOp('GetWebACL')(r) && r.params.Id === 'acl-api', respond: jsonError('AccessDeniedException', 'not authorized to perform: wafv2:GetWebACL') },
      { name: 'log-denied', match: (r) => isOp('GetLoggingConfiguration')(r) && String(r.params.ResourceArn).endsWith('/acl-west'), respond: jsonError('AccessDeniedException', 'not authorized to perform: wafv2:GetLoggingConfiguration') },
    ];
    const run = await collectRecorded(aclsFromConfig, config('AWS::WAFv2::WebACL', aclItems(ACLS), denied), { regions: REGIONS });
    expect(run.problems).toEqual([]);
    const errors = run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => `${e.path} ${e.code} ${e.operation ?? ''}`)]);
    expect(errors).toEqual([
      ['acl-api', ['defaultAction AccessDeniedException wafv2:GetWebACL', 'rules AccessDeniedException wafv2:GetWebACL']],
      ['acl-west', ['logging AccessDeniedException wafv2:GetLoggingConfiguration']],
    ]);
    expect(run.snapshot.resources.find((r) => r.id === 'acl-api')?.data).toMatchObject({ logging: { logDestinationConfigs: [LOG_GROUP], redactedFieldCount: 1 }, visibilityConfig: { cloudWatchMetricsEnabled: true } });
    expect(run.snapshot.resources.find((r) => r.id === 'acl-west')?.data).toMatchObject({ defaultAction: 'ALLOW', rules: [{ name: 'common' }, { name: 'bots' }] });
  });
});

describe('--source config for WAFv2 rule groups', () => {
  it('gives the same rule groups as --source api in the same regions, with one GetRuleGroup per group and no listing', async () => {
    const api = await collectRecorded([wafv2RuleGroups], wafRoutes(), { regions: REGIONS });
    const run = await collectRecorded(groupsFromConfig, config('AWS::WAFv2::RuleGroup', groupItems(GROUPS)), { regions: REGIONS });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(4);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(idsOf(run.aws.requests, 'GetRuleGroup')).toEqual(['eu-west-1 rg-west', 'us-east-1 rg-bots', 'us-east-1 rg-edge', 'us-east-1 rg-quiet']);
    expect(run.aws.requests.some(isOp('ListRuleGroups'))).toBe(false);
  });

  it('names a rule group deleted since Config recorded it as gone on its rules, never "none"', async () => {
    const run = await collectRecorded(groupsFromConfig, config('AWS::WAFv2::RuleGroup', groupItems([...GROUPS, RETIRED])), { regions: REGIONS });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'retired');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual([['rules', 'WAFNonexistentItemException']]);
    expect(gone?.data).toMatchObject({ ruleGroupId: 'retired', scope: 'REGIONAL', capacity: 25 });
  });

  it('records a denied GetRuleGroup on that group\'s rules only', async () => {
    const denied: Route = { name: 'denied', match: (r) => isOp('GetRuleGroup')(r) && r.params.Id === 'rg-bots', respond: jsonError('AccessDeniedException', 'not authorized to perform: wafv2:GetRuleGroup') };
    const run = await collectRecorded(groupsFromConfig, config('AWS::WAFv2::RuleGroup', groupItems(GROUPS), [denied]), { regions: REGIONS });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => `${e.path} ${e.code}`)])).toEqual([['rg-bots', ['rules AccessDeniedException']]]);
    expect(run.snapshot.resources.find((r) => r.id === 'rg-bots')?.data).toMatchObject({ capacity: 25, visibilityConfig: { cloudWatchMetricsEnabled: true } });
  });
});

describe('the Config collectors for WAFv2', () => {
  it('have no row the recorded runs above leave unsent', async () => {
    // An item without its configuration, which BatchGetResourceConfig cannot complete either: the listing is partial.
    for (const [collectors, configType] of [[aclsFromConfig, 'AWS::WAFv2::WebACL'], [groupsFromConfig, 'AWS::WAFv2::RuleGroup']] as const) {
      const bare = JSON.stringify({ resourceId: 'bare', resourceType: configType, accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
      const run = await collectRecorded(collectors, config(configType, { 'us-east-1': [bare] }), { regions: ['us-east-1'] });
      expect(run.snapshot.coverage.find((c) => c.region === 'us-east-1')).toEqual(expect.objectContaining({ status: 'partial' }));
      expect(unsentCalls(collectors[0] as (typeof collectors)[number])).toEqual([]);
    }
  });
});
