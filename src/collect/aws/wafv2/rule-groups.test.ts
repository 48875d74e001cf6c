/** wafv2RuleGroups through the real WAFV2 client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { wafv2RuleGroups } from './rule-groups.js';
import { json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { isOp, listRoute, vis, wafArn } from '../../../../test/support/wafv2.js';

const GROUPS = [
  { Name: 'bots', Id: 'rg-bots', scope: 'REGIONAL', region: 'us-east-1' },
  { Name: 'quiet', Id: 'rg-quiet', scope: 'REGIONAL', region: 'us-east-1' },
  { Name: 'edge', Id: 'rg-edge', scope: 'CLOUDFRONT', region: 'us-east-1' },
];

const groupBody = (id: string) => {
  const group = GROUPS.find((g) => g.Id === id);
  const name = group?.Name ?? '';
  return json({
    RuleGroup: {
      Name: name, Id: id, ARN: wafArn('us-east-1', group?.scope ?? '', 'rulegroup', name, id), Capacity: 25,
      Rules: id === 'rg-edge' ? [] : [
        { Name: 'block-bad-ua', Priority: 0, Statement: { ByteMatchStatement: {} }, Action: { Block: {} }, VisibilityConfig: vis('block-bad-ua', id !== 'rg-quiet') },
        { Name: 'count-scrapers', Priority: 1, Statement: { ByteMatchStatement: {} }, Action: { Count: {} }, VisibilityConfig: vis('count-scrapers') },
      ],
      VisibilityConfig: vis(name),
    },
    LockToken: 'lock',
  });
};

const routes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  listRoute('ListRuleGroups', 'RuleGroups', 'rulegroup', GROUPS),
  { name: 'GetRuleGroup', match: isOp('GetRuleGroup'), respond: (r) => groupBody(String(r.params.Id)) },
];

describe('wafv2RuleGroups', () => {
  it('lists both scopes page by page and reads each group\'s rules and metrics', async () => {
    const run = await collectRecorded([wafv2RuleGroups], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => isOp('ListRuleGroups')(r) && r.params.Scope === 'REGIONAL').map((r) => r.params.NextMarker)).toEqual([undefined, 'rg-quiet', 'end-of-list']);
    const groups = run.snapshot.resources.filter((r) => r.type === 'aws.wafv2.rule-group');
    expect(groups.map((g) => g.id).sort()).toEqual(['rg-bots', 'rg-edge', 'rg-quiet']);
    expect(groups.find((g) => g.id === 'rg-quiet')).toMatchObject({ name: 'quiet', arn: wafArn('us-east-1', 'REGIONAL', 'rulegroup', 'quiet', 'rg-quiet') });
    expect(groups.find((g) => g.id === 'rg-quiet')?.data).toEqual({
      ruleGroupId: 'rg-quiet', scope: 'REGIONAL', capacity: 25,
      rules: [
        { name: 'block-bad-ua', priority: 0, visibilityConfig: { cloudWatchMetricsEnabled: false, sampledRequestsEnabled: true, metricName: 'block-bad-ua' } },
        { name: 'count-scrapers', priority: 1, visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'count-scrapers' } },
      ],
      visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'quiet' },
    });
    expect(groups.find((g) => g.id === 'rg-edge')?.data).toMatchObject({ scope: 'CLOUDFRONT', rules: [] });
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('records AccessDenied on GetRuleGroup on that group\'s fields only', async () => {
    const denied: Route = { name: 'get-denied', match: (r) => isOp('GetRuleGroup')(r) && r.params.Id === 'rg-bots', respond: jsonError('AccessDeniedException', 'not authorized to perform: wafv2:GetRuleGroup') };
    const run = await collectRecorded([wafv2RuleGroups], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const bots = run.snapshot.resources.find((r) => r.id === 'rg-bots');
    expect(bots?.data).toEqual({ ruleGroupId: 'rg-bots', scope: 'REGIONAL' });
    expect(bots?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual(['capacity', 'rules', 'visibilityConfig'].map((p) => [p, 'AccessDeniedException', 'wafv2:GetRuleGroup']));
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['rg-bots']);
  });

  it('fails a rule AWS answered without its visibility config at its own index', async () => {
    const partial: Route = {
      name: 'partial', match: (r) => isOp('GetRuleGroup')(r) && r.params.Id === 'rg-bots',
      respond: json({ RuleGroup: { Name: 'bots', Id: 'rg-bots', ARN: 'x', Capacity: 5, Rules: [{ Name: 'a', Priority: 0, Statement: {}, Action: { Block: {} } }], VisibilityConfig: vis('bots') } }),
    };
    const run = await collectRecorded([wafv2RuleGroups], routes([partial]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'rg-bots')?.errors).toEqual([expect.objectContaining({ path: 'rules[0]', code: 'IncompleteResponse', operation: 'wafv2:GetRuleGroup' })]);
  });

  it('fails the coverage when rule groups cannot be listed', async () => {
    const denied: Route = { name: 'list-denied', match: isOp('ListRuleGroups'), respond: jsonError('AccessDeniedException', 'not authorized to perform: wafv2:ListRuleGroups') };
    const run = await collectRecorded([wafv2RuleGroups], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
  });
});

describe('wafv2RuleGroups call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(wafv2RuleGroups)).toEqual([]);
  });
});
