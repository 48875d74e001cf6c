/**
 * `--source config` for Elastic IPs against `--source api` on the same
 * recorded account: the addresses served both as EC2's own answer (one
 * DescribeAddresses call, which has no paging) and as AWS Config's (two
 * advanced query pages of Configuration Items holding what AWS's Config
 * resource schema lists for AWS::EC2::EIP, camelCase, null for what is not
 * set, as a recorded item spells them), collected through the real SDK
 * clients each way. The resources must be equal, with EC2 asked only for
 * what the items lack: the network border group, from the one call per
 * region.
 */
import { describe, expect, it } from 'vitest';
import { ec2Addresses } from '../../src/collect/aws/ec2/addresses.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { ec2ElasticIpFromConfig } from '../../src/collect/config/mappers/ec2-elastic-ip.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { ec2Xml, items, tagSet } from '../support/ec2-xml.js';
import { byAction, ec2Error, type Route } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

const ACCOUNT = '123456789012';

interface Model { readonly id: string; readonly ip: string; readonly association?: { id: string; instance?: string; eni: string; privateIp: string }; readonly tags: Record<string, string> }
/** On an instance, on a NAT gateway's interface (no instance), associated with nothing. */
const models: Model[] = [
  { id: 'eipalloc-web', ip: '203.0.113.10', association: { id: 'eipassoc-1', instance: 'i-web', eni: 'eni-web', privateIp: '10.0.1.10' }, tags: { Name: 'web' } },
  { id: 'eipalloc-nat', ip: '203.0.113.11', association: { id: 'eipassoc-2', eni: 'eni-nat', privateIp: '10.0.0.5' }, tags: {} },
  { id: 'eipalloc-idle', ip: '203.0.113.12', tags: { team: 'ops' } },
];

/** An address as DescribeAddresses answers it. */
const answer = (m: Model): string =>
  `<allocationId>${m.id}</allocationId><publicIp>${m.ip}</publicIp><domain>vpc</domain><publicIpv4Pool>amazon</publicIpv4Pool><networkBorderGroup>us-east-1</networkBorderGroup>`
  + (m.association === undefined ? '' : `<associationId>${m.association.id}</associationId>${m.association.instance === undefined ? '' : `<instanceId>${m.association.instance}</instanceId>`}`
    + `<networkInterfaceId>${m.association.eni}</networkInterfaceId><networkInterfaceOwnerId>${ACCOUNT}</networkInterfaceOwnerId><privateIpAddress>${m.association.privateIp}</privateIpAddress>`)
  + (Object.keys(m.tags).length === 0 ? '' : tagSet(m.tags));

const isDescribe = byAction('DescribeAddresses');
const ec2Routes = (overrides: Route[] = []): Route[] => [
  ...overrides, regionsRoute(['us-east-1']),
  { name: 'DescribeAddresses', match: isDescribe, respond: () => ec2Xml('DescribeAddresses', `<addressesSet>${items(models.map(answer))}</addressesSet>`) },
];

/** An address as Config records it: DescribeAddresses' answer in camelCase, null for what is not set, the network border group null as a recorded item holds it. */
const configuration = (m: Model, change: Record<string, unknown> = {}): Record<string, unknown> => ({
    instanceId: m.association?.instance ?? null, publicIp: m.ip, allocationId: m.id, associationId: m.association?.id ?? null, domain: 'vpc', networkInterfaceId: m.association?.eni ?? null,
    networkInterfaceOwnerId: m.association === undefined ? null : ACCOUNT, privateIpAddress: m.association?.privateIp ?? null, tags: Object.entries(m.tags).map(([key, value]) => ({ key, value })),
    publicIpv4Pool: 'amazon', networkBorderGroup: null, customerOwnedIp: null, customerOwnedIpv4Pool: null, ...change,
});
const item = (m: Model, change: Record<string, unknown> | 'without configuration' = {}): string => JSON.stringify({
  resourceId: m.id, resourceType: 'AWS::EC2::EIP', resourceName: m.ip, arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:eip-allocation/${m.id}`, accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z', ...(change === 'without configuration' ? {} : { configuration: configuration(m, change) }),
  supplementaryConfiguration: {}, tags: Object.entries(m.tags).map(([key, value]) => ({ key, value })), relationships: [],
});

const config = (items: string[], overrides: Route[] = []): Route[] => [
  ...configRoutes(items, { resourceType: 'AWS::EC2::EIP', completes: (id) => configuration(models.find((m) => m.id === id) as Model) }),
  ...ec2Routes(overrides),
];
const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([ec2ElasticIpFromConfig]);

describe('--source config for Elastic IPs', () => {
  it('gives the same addresses as --source api, with one DescribeAddresses for the network border group the items lack', async () => {
    const api = await collectRecorded([ec2Addresses], ec2Routes(), { regions: ['us-east-1'] });
    // idle's item comes without its configuration, completed through BatchGetResourceConfig.
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m, m.id === 'eipalloc-idle' ? 'without configuration' : {}))), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.aws.requests.filter((r) => r.target === 'StarlingDoveService.SelectResourceConfig').map((r) => r.params.NextToken)).toEqual([undefined, 'page-2']);
    expect(run.aws.requests.filter((r) => r.target === 'StarlingDoveService.BatchGetResourceConfig').map((r) => r.params.resourceKeys)).toEqual([[{ resourceType: 'AWS::EC2::EIP', resourceId: 'eipalloc-idle' }]]);
    expect(run.aws.requests.filter(isDescribe)).toHaveLength(1);
  });

  it('asks EC2 nothing when the items hold every field', async () => {
    const api = await collectRecorded([ec2Addresses], ec2Routes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m, { networkBorderGroup: 'us-east-1' }))), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.aws.requests.some(isDescribe)).toBe(false);
  });

  it('reads an association member the item lacks from the same call, never as "associated with nothing"', async () => {
    const api = await collectRecorded([ec2Addresses], ec2Routes(), { regions: ['us-east-1'] });
    const lacking = models.map((m) => item(m, { instanceId: undefined }));
    const run = await collectRecorded(fromConfig, config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.aws.requests.filter(isDescribe)).toHaveLength(1);
  });

  it('names an address released since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const released: Model = { id: 'eipalloc-gone', ip: '203.0.113.99', tags: {} };
    const run = await collectRecorded(fromConfig, config([...models.map((m) => item(m)), item(released)]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'eipalloc-gone');
    expect(gone?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['networkBorderGroup', 'InvalidAllocationID.NotFound', 'ec2:DescribeAddresses']]);
    expect(gone?.data).toMatchObject({ association: null, publicIp: '203.0.113.99' });
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['eipalloc-gone']);
  });

  it('records a denied DescribeAddresses on the field it would have filled only, leaving what the items hold', async () => {
    const denied: Route = { name: 'denied', match: isDescribe, respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m)), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.errors?.map((e) => [e.path, e.code]))).toEqual(models.map(() => [['networkBorderGroup', 'UnauthorizedOperation']]));
    expect(run.snapshot.resources.find((r) => r.id === 'eipalloc-web')?.data).toMatchObject({ association: { instanceId: 'i-web', networkInterfaceId: 'eni-web' } });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.ec2.elastic-ip', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
    // Tried once for the region, not once per address.
    expect(run.aws.requests.filter(isDescribe)).toHaveLength(1);
  });
});

describe('the Config collector for Elastic IPs', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
