/**
 * `--source config` for Classic Load Balancers against `--source api` on the
 * same recorded account: the load balancers served both as Elastic Load
 * Balancing's own answers (DescribeLoadBalancers in two pages, the
 * attributes and policies per load balancer) and as AWS Config's (two
 * advanced query pages of Configuration Items holding what AWS's Config
 * resource schema lists for AWS::ElasticLoadBalancing::LoadBalancer: the
 * description in the Java SDK's camelCase, the policies as supplementary
 * configuration), collected through the real SDK clients each way. The
 * resources must be equal, with the attributes the items lack read with one
 * DescribeLoadBalancerAttributes per load balancer, and no listing.
 */
import { describe, expect, it } from 'vitest';
import { elbLoadBalancers } from '../../src/collect/aws/elb/load-balancers.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { elbLoadBalancerFromConfig } from '../../src/collect/config/mappers/elb-load-balancer.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { CLASSIC, elbError, elbXml, pagedElb } from '../support/elb-xml.js';
import { byActionWith, elements, members } from '../support/iam-xml.js';
import type { Route } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

const ACCOUNT = '123456789012';
const cert = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/12345678-1234-1234-1234-123456789012`;

interface ListenerModel { readonly protocol: string; readonly port: number; readonly instanceProtocol: string; readonly instancePort: number; readonly cert?: string; readonly policies: string[] }
interface PolicyModel { readonly name: string; readonly type: string; readonly attributes: Record<string, string> }
interface Model { readonly name: string; readonly vpc?: string; readonly zones: string[]; readonly subnets: string[]; readonly groups: string[]; readonly listeners: ListenerModel[]; readonly policies: PolicyModel[]; readonly on: boolean; readonly desync: string }

const models: Model[] = [
  {
    name: 'shop', vpc: 'vpc-1', zones: ['us-east-1a', 'us-east-1b'], subnets: ['subnet-a', 'subnet-b'], groups: ['sg-1'], on: true, desync: 'defensive',
    listeners: [
      { protocol: 'HTTPS', port: 443, instanceProtocol: 'HTTP', instancePort: 80, cert, policies: ['ELBSecurityPolicy-TLS-1-2-2017-01'] },
      { protocol: 'SSL', port: 8443, instanceProtocol: 'TCP', instancePort: 8443, cert, policies: ['custom-ssl', 'stickiness'] },
    ],
    policies: [
      { name: 'ELBSecurityPolicy-TLS-1-2-2017-01', type: 'SSLNegotiationPolicyType', attributes: { 'Reference-Security-Policy': 'ELBSecurityPolicy-TLS-1-2-2017-01', 'Protocol-TLSv1.2': 'true' } },
      { name: 'custom-ssl', type: 'SSLNegotiationPolicyType', attributes: { 'Protocol-TLSv1': 'true' } },
      { name: 'stickiness', type: 'LBCookieStickinessPolicyType', attributes: { CookieExpirationPeriod: '60' } },
    ],
  },
  { name: 'old', vpc: 'vpc-1', zones: ['us-east-1a'], subnets: ['subnet-a'], groups: [], on: false, desync: 'monitor', listeners: [{ protocol: 'HTTP', port: 80, instanceProtocol: 'HTTP', instancePort: 80, policies: [] }], policies: [] },
  { name: 'classic', zones: ['us-east-1c'], subnets: [], groups: [], on: false, desync: 'strictest', listeners: [{ protocol: 'TCP', port: 25, instanceProtocol: 'TCP', instancePort: 25, policies: [] }], policies: [] },
];

/** A load balancer as DescribeLoadBalancers answers it (members AWS leaves out for EC2-Classic are left out). */
const description = (m: Model): string =>
  elements({ LoadBalancerName: m.name, DNSName: `${m.name}-1.us-east-1.elb.amazonaws.com`, Scheme: 'internet-facing', CreatedTime: '2026-01-01T00:00:00Z', ...(m.vpc === undefined ? {} : { VPCId: m.vpc }) })
  + `<ListenerDescriptions>${m.listeners.map((l) => `<member><Listener>${elements({ Protocol: l.protocol, LoadBalancerPort: l.port, InstanceProtocol: l.instanceProtocol, InstancePort: l.instancePort, ...(l.cert === undefined ? {} : { SSLCertificateId: l.cert }) })}</Listener><PolicyNames>${members(l.policies)}</PolicyNames></member>`).join('')}</ListenerDescriptions>`
  + `<AvailabilityZones>${members(m.zones)}</AvailabilityZones>${m.subnets.length === 0 ? '' : `<Subnets>${members(m.subnets)}</Subnets>`}${m.groups.length === 0 ? '' : `<SecurityGroups>${members(m.groups)}</SecurityGroups>`}`;

const attributes = (m: Model): string =>
  `<LoadBalancerAttributes><CrossZoneLoadBalancing><Enabled>${m.on}</Enabled></CrossZoneLoadBalancing><AccessLog><Enabled>${m.on}</Enabled>${m.on ? '<S3BucketName>elb-logs</S3BucketName>' : ''}</AccessLog>`
  + `<ConnectionDraining><Enabled>${m.on}</Enabled><Timeout>300</Timeout></ConnectionDraining><AdditionalAttributes>${members([elements({ Key: 'elb.http.desyncmitigationmode', Value: m.desync })])}</AdditionalAttributes></LoadBalancerAttributes>`;

const policies = (m: Model): string => `<PolicyDescriptions>${m.policies.map((p) => `<member>${elements({ PolicyName: p.name, PolicyTypeName: p.type })}<PolicyAttributeDescriptions>${
  Object.entries(p.attributes).map(([k, v]) => `<member>${elements({ AttributeName: k, AttributeValue: v })}</member>`).join('')}</PolicyAttributeDescriptions></member>`).join('')}</PolicyDescriptions>`;

const isAction = (action: string) => (r: { action?: string | undefined }): boolean => r.action === action;
const named = (action: string, run: { aws: { requests: readonly { action?: string | undefined; params: Record<string, unknown> }[] } }): unknown[] =>
  run.aws.requests.filter(isAction(action)).map((r) => r.params.LoadBalancerName).sort();

/** Elastic Load Balancing's own answers; a load balancer it does not have answers LoadBalancerNotFound. */
const elbRoutes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  pagedElb(CLASSIC, 'DescribeLoadBalancers', 'LoadBalancerDescriptions', [models.slice(0, 2).map(description), models.slice(2).map(description)]),
  ...(['DescribeLoadBalancerAttributes', 'DescribeLoadBalancerPolicies'] as const).map((action): Route => ({
    name: action, match: byActionWith(action),
    respond: (r) => {
      const found = models.find((m) => m.name === r.params.LoadBalancerName);
      if (found === undefined) return elbError('LoadBalancerNotFound', `There is no ACTIVE Load Balancer named '${String(r.params.LoadBalancerName)}'`);
      return elbXml(CLASSIC, action, action === 'DescribeLoadBalancerAttributes' ? attributes(found) : policies(found));
    },
  })),
];

/** A load balancer as Config records it: DescribeLoadBalancers' answer in the Java SDK's camelCase, null for what is not set, the policies as supplementary configuration. */
const item = (m: Model, change: Record<string, unknown> = {}, supplementary: Record<string, unknown> = { LoadBalancerPolicies: m.policies.map((p) => ({
  policyName: p.name, policyTypeName: p.type, policyAttributeDescriptions: Object.entries(p.attributes).map(([attributeName, attributeValue]) => ({ attributeName, attributeValue })),
})) }): string => JSON.stringify({
  resourceId: m.name, resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer', resourceName: m.name, accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
  configuration: {
    loadBalancerName: m.name, dnsname: `${m.name}-1.us-east-1.elb.amazonaws.com`, canonicalHostedZoneNameID: 'Z35SXDOTRQ7X7K', scheme: 'internet-facing', vpcid: m.vpc ?? null,
    listenerDescriptions: m.listeners.map((l) => ({ listener: { protocol: l.protocol, loadBalancerPort: l.port, instanceProtocol: l.instanceProtocol, instancePort: l.instancePort, sslcertificateId: l.cert ?? null }, policyNames: l.policies })),
    availabilityZones: m.zones, subnets: m.subnets, securityGroups: m.groups.length === 0 ? null : m.groups, backendServerDescriptions: [], instances: [], createdTime: '2026-01-01T00:00:00.000Z', ...change,
  },
  // Config answers supplementary entries as JSON strings.
  supplementaryConfiguration: Object.fromEntries(Object.entries(supplementary).map(([k, v]) => [k, JSON.stringify(v)])), tags: [{ key: 'team', value: 'web' }], relationships: [],
});

const config = (items: string[], overrides: Route[] = []): Route[] => [...configRoutes(items), ...elbRoutes(overrides)];
const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([elbLoadBalancerFromConfig]);
const ATTRIBUTES = ['accessLogEnabled', 'accessLogS3BucketName', 'connectionDrainingEnabled', 'connectionDrainingTimeout', 'crossZoneLoadBalancing', 'desyncMitigationMode'];

describe('--source config for Classic Load Balancers', () => {
  it('gives the same load balancers as --source api, with one attributes call per load balancer, the policies from the items and no listing', async () => {
    const api = await collectRecorded([elbLoadBalancers], elbRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m))), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.snapshot.resources.find((r) => r.id === 'shop')?.data.sslNegotiation).toEqual([
      { loadBalancerPort: 443, policyName: 'ELBSecurityPolicy-TLS-1-2-2017-01', referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
      { loadBalancerPort: 8443, policyName: 'custom-ssl', referenceSecurityPolicy: null },
    ]);
    expect(named('DescribeLoadBalancerAttributes', run)).toEqual(['classic', 'old', 'shop']);
    expect(run.aws.requests.some(isAction('DescribeLoadBalancerPolicies'))).toBe(false);
    expect(run.aws.requests.some(isAction('DescribeLoadBalancers'))).toBe(false);
  });

  it('reads the policies an item lacks with DescribeLoadBalancerPolicies (TLS listeners only) and a field it lacks from one listing', async () => {
    const lacking = models.map((m) => item(m, m.name === 'classic' ? { vpcid: undefined } : {}, {}));
    const api = await collectRecorded([elbLoadBalancers], elbRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(named('DescribeLoadBalancerPolicies', run)).toEqual(['shop']);
    expect(run.aws.requests.filter(isAction('DescribeLoadBalancers'))).toHaveLength(2);
  });

  it('reads a listener naming a policy the item does not hold from ELB, never as "no negotiation policy"', async () => {
    const partial = models.map((m) => item(m, {}, { LoadBalancerPolicies: [] }));
    const api = await collectRecorded([elbLoadBalancers], elbRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(named('DescribeLoadBalancerPolicies', run)).toEqual(['shop']);
  });

  it('names a load balancer deleted since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const retired: Model = { name: 'retired', vpc: 'vpc-1', zones: ['us-east-1a'], subnets: ['subnet-a'], groups: [], on: true, desync: 'defensive', listeners: [{ protocol: 'HTTPS', port: 443, instanceProtocol: 'HTTP', instancePort: 80, cert, policies: ['tls'] }], policies: [] };
    const run = await collectRecorded(fromConfig, config([...models.map((m) => item(m)), item(retired, {}, {})]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'retired');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual(['sslNegotiation', ...ATTRIBUTES].map((p) => [p, 'LoadBalancerNotFound']));
    expect(gone?.data).toMatchObject({ name: 'retired', listeners: [expect.objectContaining({ protocol: 'HTTPS' })] });
    expect(gone?.data).not.toHaveProperty('sslNegotiation');
  });

  it('records a denied DescribeLoadBalancerAttributes on that load balancer\'s attributes only', async () => {
    const denied: Route = { name: 'denied', match: byActionWith('DescribeLoadBalancerAttributes', { LoadBalancerName: 'old' }), respond: elbError('AccessDenied', 'not authorized to perform: elasticloadbalancing:DescribeLoadBalancerAttributes', 403) };
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m)), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])])).toEqual([['old', ATTRIBUTES.map((p) => [p, 'AccessDenied'])]]);
    expect(run.snapshot.resources.find((r) => r.id === 'old')?.data).toMatchObject({ listeners: [expect.objectContaining({ protocol: 'HTTP' })], sslNegotiation: [] });
  });
});

describe('the Config collector for Classic Load Balancers', () => {
  it('has no row the recorded runs above leave unsent', async () => {
    const bare = JSON.stringify({ resourceId: 'shop', resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer', accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
    const run = await collectRecorded(fromConfig, config([bare]), { regions: ['us-east-1'] });
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
