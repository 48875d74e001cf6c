/**
 * `--source config` for network interfaces against `--source api` on the
 * same recorded account: the interfaces served both as EC2's own answers
 * (DescribeNetworkInterfaces in two pages) and as AWS Config's (two advanced
 * query pages of Configuration Items holding what AWS's Config resource
 * schema lists for AWS::EC2::NetworkInterface, camelCase, null for what is
 * not set, the state as the bare string a recorded item holds), collected
 * through the real SDK clients each way. The items hold every field, so EC2
 * is asked nothing; one the items lack comes from one listing per region.
 */
import { describe, expect, it } from 'vitest';
import { ec2NetworkInterfaces } from '../../src/collect/aws/ec2/network-interfaces.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { ec2NetworkInterfaceFromConfig } from '../../src/collect/config/mappers/ec2-network-interface.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { items, pagedEc2, tagSet } from '../support/ec2-xml.js';
import { byAction, ec2Error, type Route } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

const ACCOUNT = '123456789012';

interface Model {
  readonly id: string; readonly type: string; readonly status: string; readonly check: boolean; readonly managed: boolean; readonly groups: string[]; readonly ip: string;
  readonly publicIp?: string; readonly attachment?: { instance?: string; index: number }; readonly tags: Record<string, string>;
}
/** An instance's interface with a public address, a NAT gateway's (requester-managed, check off, no instance), a spare one attached to nothing. */
const models: Model[] = [
  { id: 'eni-web', type: 'interface', status: 'in-use', check: true, managed: false, groups: ['sg-web', 'sg-ssh'], ip: '10.0.1.10', publicIp: '203.0.113.10', attachment: { instance: 'i-web', index: 0 }, tags: { Name: 'web' } },
  { id: 'eni-nat', type: 'nat_gateway', status: 'in-use', check: false, managed: true, groups: [], ip: '10.0.0.5', publicIp: '203.0.113.11', attachment: { index: 1 }, tags: {} },
  { id: 'eni-spare', type: 'interface', status: 'available', check: false, managed: false, groups: ['sg-web'], ip: '10.0.1.20', tags: { team: 'ops' } },
];

/** An interface as DescribeNetworkInterfaces answers it. */
const answer = (m: Model): string =>
  `<networkInterfaceId>${m.id}</networkInterfaceId><subnetId>subnet-a</subnetId><vpcId>vpc-a</vpcId><availabilityZone>us-east-1a</availabilityZone><ownerId>${ACCOUNT}</ownerId>`
  + `<requesterManaged>${m.managed}</requesterManaged><status>${m.status}</status><privateIpAddress>${m.ip}</privateIpAddress><sourceDestCheck>${m.check}</sourceDestCheck><interfaceType>${m.type}</interfaceType>`
  + `<groupSet>${items(m.groups.map((g) => `<groupId>${g}</groupId><groupName>${g}</groupName>`))}</groupSet>`
  + (m.attachment === undefined ? '' : `<attachment><attachmentId>eni-attach-${m.id}</attachmentId>${m.attachment.instance === undefined ? '' : `<instanceId>${m.attachment.instance}</instanceId>`}<deviceIndex>${m.attachment.index}</deviceIndex><status>attached</status></attachment>`)
  + (m.publicIp === undefined ? '' : `<association><publicIp>${m.publicIp}</publicIp><ipOwnerId>${ACCOUNT}</ipOwnerId></association>`)
  + `<privateIpAddressesSet>${items([`<privateIpAddress>${m.ip}</privateIpAddress><primary>true</primary>${m.publicIp === undefined ? '' : `<association><publicIp>${m.publicIp}</publicIp></association>`}`])}</privateIpAddressesSet>`
  + (Object.keys(m.tags).length === 0 ? '' : tagSet(m.tags));

const isList = byAction('DescribeNetworkInterfaces');
const ec2Routes = (overrides: Route[] = []): Route[] => [
  ...overrides, regionsRoute(['us-east-1']), pagedEc2('DescribeNetworkInterfaces', 'networkInterfaceSet', [models.slice(0, 2).map(answer), models.slice(2).map(answer)]),
];

const association = (publicIp: string | undefined): Record<string, unknown> | null => (publicIp === undefined ? null : { allocationId: null, associationId: null, ipOwnerId: ACCOUNT, publicDnsName: null, publicIp });
/** An interface as Config records it: DescribeNetworkInterfaces' answer in camelCase, null for what is not set, as a recorded item spells a NAT gateway's. */
const configuration = (m: Model, change: Record<string, unknown> = {}): Record<string, unknown> => ({
  association: association(m.publicIp),
  attachment: m.attachment === undefined ? null : { attachTime: null, attachmentId: `eni-attach-${m.id}`, deleteOnTermination: false, deviceIndex: m.attachment.index, instanceId: m.attachment.instance ?? null, instanceOwnerId: ACCOUNT, status: 'attached' },
  availabilityZone: 'us-east-1a', description: '', groups: m.groups.map((g) => ({ groupId: g, groupName: g })), interfaceType: m.type, ipv6Addresses: [], macAddress: '0a:00:00:00:00:01',
  networkInterfaceId: m.id, outpostArn: null, ownerId: ACCOUNT, privateDnsName: null, privateIpAddress: m.ip,
  privateIpAddresses: [{ association: association(m.publicIp), primary: true, privateDnsName: null, privateIpAddress: m.ip }],
  requesterId: m.managed ? '036872051663' : null, requesterManaged: m.managed, sourceDestCheck: m.check, status: m.status, subnetId: 'subnet-a', tagSet: Object.entries(m.tags).map(([key, value]) => ({ key, value })), vpcId: 'vpc-a',
  ...change,
});
const item = (m: Model, change: Record<string, unknown> | 'without configuration' = {}): string => JSON.stringify({
  resourceId: m.id, resourceType: 'AWS::EC2::NetworkInterface', arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:network-interface/${m.id}`, accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z', ...(change === 'without configuration' ? {} : { configuration: configuration(m, change) }),
  supplementaryConfiguration: {}, tags: Object.entries(m.tags).map(([key, value]) => ({ key, value })), relationships: [],
});

const config = (items: string[], overrides: Route[] = []): Route[] => [
  ...configRoutes(items, { resourceType: 'AWS::EC2::NetworkInterface', completes: (id) => configuration(models.find((m) => m.id === id) as Model) }),
  ...ec2Routes(overrides),
];
const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([ec2NetworkInterfaceFromConfig]);
const listed = (run: Awaited<ReturnType<typeof collectRecorded>>): unknown[] => run.aws.requests.filter(isList).map((r) => r.params.NextToken);

describe('--source config for network interfaces', () => {
  it('gives the same interfaces as --source api, asking EC2 nothing when the items hold every field', async () => {
    const api = await collectRecorded([ec2NetworkInterfaces], ec2Routes(), { regions: ['us-east-1'] });
    // spare's item comes without its configuration, completed through BatchGetResourceConfig.
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m, m.id === 'eni-spare' ? 'without configuration' : {}))), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.aws.requests.filter((r) => r.target === 'StarlingDoveService.SelectResourceConfig').map((r) => r.params.NextToken)).toEqual([undefined, 'page-2']);
    expect(run.aws.requests.filter((r) => r.target === 'StarlingDoveService.BatchGetResourceConfig').map((r) => r.params.resourceKeys)).toEqual([[{ resourceType: 'AWS::EC2::NetworkInterface', resourceId: 'eni-spare' }]]);
    expect(listed(run)).toEqual([]);
  });

  it('reads what the items lack or spell otherwise from one listing, never "attached to nothing" or "no public address"', async () => {
    const lacking = models.map((m) => item(m, { attachment: undefined, association: undefined, status: m.status.toUpperCase() }));
    const api = await collectRecorded([ec2NetworkInterfaces], ec2Routes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    // One listing (two pages) for the region, however many interfaces lack fields.
    expect(listed(run)).toEqual([undefined, 'page-1']);
  });

  it('names an interface deleted since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const deleted: Model = { id: 'eni-gone', type: 'interface', status: 'available', check: true, managed: false, groups: [], ip: '10.0.9.9', tags: {} };
    const run = await collectRecorded(fromConfig, config([...models.map((m) => item(m)), item(deleted, { attachment: undefined })]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'eni-gone');
    expect(gone?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['attachment', 'InvalidNetworkInterfaceID.NotFound', 'ec2:DescribeNetworkInterfaces']]);
    expect(gone?.data).not.toHaveProperty('attachment');
    expect(gone?.data).toMatchObject({ sourceDestCheck: true, publicIp: null });
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['eni-gone']);
  });

  it('records a denied listing on the fields it would have filled only, leaving what the items hold', async () => {
    const denied: Route = { name: 'denied', match: isList, respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m, m.id === 'eni-nat' ? { sourceDestCheck: undefined } : {})), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])])).toEqual([['eni-nat', [['sourceDestCheck', 'UnauthorizedOperation']]]]);
    expect(run.snapshot.resources.find((r) => r.id === 'eni-nat')?.data).toMatchObject({ requesterManaged: true, attachment: { instanceId: null, deviceIndex: 1 } });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.ec2.network-interface', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
    expect(listed(run)).toEqual([undefined]);
  });
});

describe('the Config collector for network interfaces', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
