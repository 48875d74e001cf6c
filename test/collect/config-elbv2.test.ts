/**
 * `--source config` for ELBv2 load balancers against `--source api` on the
 * same recorded account (test/support/elbv2.ts): the Configuration Items
 * hold what AWS's Config resource schema lists for
 * AWS::ElasticLoadBalancingV2::LoadBalancer (DescribeLoadBalancers' answer in
 * camelCase), and the attributes and listeners — which Config does not hold
 * in the item — are read from Elastic Load Balancing in the same run,
 * through the real SDK clients. The resources must be equal, with no
 * DescribeLoadBalancers listing when the items hold its fields.
 */
import { describe, expect, it } from 'vitest';
import { elbv2LoadBalancers } from '../../src/collect/aws/elbv2/load-balancers.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { elbv2LoadBalancerFromConfig } from '../../src/collect/config/mappers/elbv2-load-balancer.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, unsentCalls } from '../support/collect.js';
import { elbError } from '../support/elb-xml.js';
import { ACCOUNT, arn, elbv2Routes } from '../support/elbv2.js';
import { byActionWith } from '../support/iam-xml.js';
import { type Route } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

/** The three load balancers of test/support/elbv2.ts as Config records them; `edge` and `inspect` have no security groups (null). */
const estate = [
  { name: 'web', kind: 'app', type: 'application', zones: [['us-east-1a', 'subnet-a'], ['us-east-1b', 'subnet-b']], groups: ['sg-1'] },
  { name: 'edge', kind: 'net', type: 'network', zones: [['us-east-1a', 'subnet-a']], groups: null },
  { name: 'inspect', kind: 'gwy', type: 'gateway', zones: [['us-east-1a', 'subnet-a'], ['us-east-1c', 'subnet-c']], groups: null },
] as const;

const item = (lb: (typeof estate)[number], change: Record<string, unknown> = {}): string => JSON.stringify({
  resourceId: arn(lb.kind, lb.name), resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer', resourceName: lb.name, arn: arn(lb.kind, lb.name), accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
  configuration: {
    loadBalancerArn: arn(lb.kind, lb.name), dNSName: `${lb.name}.elb.amazonaws.com`, canonicalHostedZoneId: 'Z35SXDOTRQ7X7K', createdTime: '2026-01-01T00:00:00.000Z',
    loadBalancerName: lb.name, scheme: 'internet-facing', vpcId: 'vpc-1', state: { code: 'active', reason: null }, type: lb.type,
    availabilityZones: lb.zones.map(([zoneName, subnetId]) => ({ zoneName, subnetId, outpostId: null, loadBalancerAddresses: [] })),
    securityGroups: lb.groups, ipAddressType: 'ipv4', ...change,
  },
  supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'edge' }], relationships: [],
});

const config = (items: string[], overrides: Route[] = []): Route[] => [...configRoutes(items), ...elbv2Routes(overrides)];
const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([elbv2LoadBalancerFromConfig]);

describe('--source config for ELBv2 load balancers', () => {
  it('gives the same load balancers as --source api, asking Elastic Load Balancing only for attributes and listeners', async () => {
    const api = await collectRecorded([elbv2LoadBalancers], elbv2Routes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(configCollectors([elbv2LoadBalancerFromConfig]), config(estate.map((lb) => item(lb))), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.aws.count('DescribeLoadBalancers')).toBe(0);
    expect(run.aws.count('DescribeLoadBalancerAttributes')).toBe(3);
    expect(run.aws.count('DescribeListeners')).toBe(api.aws.count('DescribeListeners'));
  });

  it('reads a field the item lacks from one DescribeLoadBalancers listing, never the API mapping\'s default', async () => {
    const lacking = estate.map((lb) => item(lb, { vpcId: undefined, securityGroups: lb.name === 'web' ? [{ value: 'sg-1' }] : undefined }));
    const api = await collectRecorded([elbv2LoadBalancers], elbv2Routes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(configCollectors([elbv2LoadBalancerFromConfig]), config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    // Two pages, once for the region.
    expect(run.aws.count('DescribeLoadBalancers')).toBe(2);
  });

  it('names a load balancer deleted since Config recorded it as gone on the fields it must read, and a denied read on that load balancer only', async () => {
    const routes: Route[] = [
      { name: 'gone', match: byActionWith('DescribeLoadBalancerAttributes', { LoadBalancerArn: arn('gwy', 'inspect') }), respond: elbError('LoadBalancerNotFound', 'One or more load balancers not found') },
      { name: 'gone-listeners', match: byActionWith('DescribeListeners', { LoadBalancerArn: arn('gwy', 'inspect') }), respond: elbError('LoadBalancerNotFound', 'One or more load balancers not found') },
      { name: 'denied', match: byActionWith('DescribeListeners', { LoadBalancerArn: arn('net', 'edge') }), respond: elbError('AccessDenied', 'no elasticloadbalancing:DescribeListeners', 403) },
    ];
    const run = await collectRecorded(configCollectors([elbv2LoadBalancerFromConfig]), config(estate.map((lb) => item(lb)), routes), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const inspect = run.snapshot.resources.find((r) => r.id === 'inspect');
    expect(inspect?.errors?.map((e) => [e.path, e.code])).toEqual([
      ...['deletionProtection', 'accessLogsEnabled', 'accessLogsBucket', 'accessLogsPrefix', 'dropInvalidHeaderFields', 'desyncMitigationMode', 'listeners'].map((p) => [p, 'LoadBalancerNotFound']),
    ]);
    expect(inspect?.data).not.toHaveProperty('deletionProtection');
    const edge = run.snapshot.resources.find((r) => r.id === 'edge');
    expect(edge?.errors).toEqual([{ path: 'listeners', code: 'AccessDenied', message: 'no elasticloadbalancing:DescribeListeners', operation: 'elasticloadbalancing:DescribeListeners' }]);
    expect(edge?.data).toMatchObject({ type: 'network', deletionProtection: false, securityGroups: [] });
  });

  it('reads an unknown type as unknown attributes, never as a type\'s defaults', async () => {
    const run = await collectRecorded(configCollectors([elbv2LoadBalancerFromConfig]), config([item(estate[0], { type: 'APPLICATION' }), item(estate[1]), item(estate[2])]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const web = run.snapshot.resources.find((r) => r.id === 'web');
    // The type itself comes from the listing; the attributes are judged by the item's type, which is not one AWS spells.
    expect(web?.data).toMatchObject({ type: 'application' });
    expect(web?.errors?.map((e) => [e.path, e.code])).toEqual(['deletionProtection', 'accessLogsEnabled', 'accessLogsBucket', 'accessLogsPrefix', 'dropInvalidHeaderFields', 'desyncMitigationMode'].map((p) => [p, 'IncompleteResponse']));
  });
});

describe('the Config collector for ELBv2 load balancers', () => {
  it('has no row the recorded runs above leave unsent', async () => {
    // An item without its configuration, which BatchGetResourceConfig cannot complete either: the listing is partial.
    const bare = JSON.stringify({ resourceId: arn('app', 'web'), resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer', accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
    const run = await collectRecorded(configCollectors([elbv2LoadBalancerFromConfig]), config([bare]), { regions: ['us-east-1'] });
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
