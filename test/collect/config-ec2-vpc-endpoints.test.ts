/**
 * `--source config` for VPC endpoints against `--source api` on the same
 * recorded account: the endpoints served both as EC2's own answers
 * (DescribeVpcEndpoints in two pages) and as AWS Config's (two advanced query
 * pages of Configuration Items holding what AWS's Config resource schema
 * lists for AWS::EC2::VPCEndpoint, DescribeVpcEndpoints in camelCase),
 * collected through the real SDK clients each way. The resources must be
 * equal, with what the items lack (the policy and the service region) read
 * from one DescribeVpcEndpoints listing for the region, not one per endpoint.
 */
import { describe, expect, it } from 'vitest';
import { ec2VpcEndpoints } from '../../src/collect/aws/ec2/vpc-endpoints.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { ec2VpcEndpointFromConfig } from '../../src/collect/config/mappers/ec2-vpc-endpoint.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { configRoutes } from '../support/config-recorded.js';
import { items, pagedEc2, tagSet } from '../support/ec2-xml.js';
import { byAction, ec2Error, type Route } from '../support/recorded-aws.js';

const ACCOUNT = '123456789012';
const POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:*', Resource: '*' }] };

interface Model {
  readonly id: string; readonly type: string; readonly service: string | null; readonly state: string; readonly policy: boolean;
  readonly region?: string; readonly privateDns: boolean | null; readonly subnets: string[]; readonly routeTables: string[]; readonly tags: Record<string, string>;
}
const models: Model[] = [
  { id: 'vpce-0ecr', type: 'Interface', service: 'com.amazonaws.us-east-1.ecr.api', state: 'available', policy: true, privateDns: true, subnets: ['subnet-a', 'subnet-b'], routeTables: [], tags: { Name: 'ecr-api' } },
  { id: 'vpce-0s3', type: 'Gateway', service: 'com.amazonaws.us-east-1.s3', state: 'available', policy: true, privateDns: null, subnets: [], routeTables: ['rtb-1'], tags: {} },
  { id: 'vpce-0x', type: 'Interface', service: 'com.amazonaws.eu-west-1.ssm', state: 'pendingAcceptance', policy: false, region: 'eu-west-1', privateDns: false, subnets: ['subnet-a'], routeTables: [], tags: { team: 'ops' } },
  { id: 'vpce-0r', type: 'Resource', service: null, state: 'available', policy: false, privateDns: null, subnets: ['subnet-b'], routeTables: [], tags: {} },
];

/** An endpoint as DescribeVpcEndpoints answers it. */
const answer = (m: Model): string => `<vpcEndpointId>${m.id}</vpcEndpointId><vpcEndpointType>${m.type}</vpcEndpointType><vpcId>vpc-1</vpcId>`
  + `${m.service === null ? '' : `<serviceName>${m.service}</serviceName>`}${m.region === undefined ? '' : `<serviceRegion>${m.region}</serviceRegion>`}`
  + `<state>${m.state}</state><ownerId>${ACCOUNT}</ownerId>${m.policy ? `<policyDocument>${encodeURIComponent(JSON.stringify(POLICY))}</policyDocument>` : ''}`
  + (m.privateDns === null ? '' : `<privateDnsEnabled>${m.privateDns}</privateDnsEnabled>`)
  + `<subnetIdSet>${items(m.subnets)}</subnetIdSet><routeTableIdSet>${items(m.routeTables)}</routeTableIdSet>${tagSet(m.tags)}`;

/** EC2's own answers; a deleted endpoint is not listed. */
const ec2Routes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  pagedEc2('DescribeVpcEndpoints', 'vpcEndpointSet', [models.slice(0, 2).map(answer), models.slice(2).map(answer)]),
];

/** An endpoint as Config records it: the API's fields in camelCase, the state as {"value": …}, null for none. */
const item = (m: Model, change: Record<string, unknown> = {}): string => JSON.stringify({
  resourceId: m.id, resourceType: 'AWS::EC2::VPCEndpoint', accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
  configuration: {
    vpcEndpointId: m.id, vpcEndpointType: m.type, vpcId: 'vpc-1', serviceName: m.service, state: { value: m.state }, ownerId: ACCOUNT,
    privateDnsEnabled: m.privateDns, requesterManaged: false, subnetIds: m.subnets, routeTableIds: m.routeTables,
    groups: [], networkInterfaceIds: [], dnsEntries: [], creationTimestamp: '2026-10-01T08:00:00.000Z', ...change,
  },
  supplementaryConfiguration: {}, tags: Object.entries(m.tags).map(([key, value]) => ({ key, value })), relationships: [],
});

const config = (results: string[], overrides: Route[] = []): Route[] => [...configRoutes(results), ...ec2Routes(overrides)];
const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([ec2VpcEndpointFromConfig]);

describe('--source config for VPC endpoints', () => {
  it('gives the same endpoints as --source api, with one DescribeVpcEndpoints listing for what the items lack', async () => {
    const api = await collectRecorded([ec2VpcEndpoints], ec2Routes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m))), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(4);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    // One listing of the region (its two pages), however many endpoints lack their policy.
    expect(run.aws.count('DescribeVpcEndpoints')).toBe(2);
    expect(run.snapshot.resources.find((r) => r.id === 'vpce-0ecr')?.data).toMatchObject({ policyDocument: POLICY, serviceRegion: null });
    expect(run.snapshot.resources.find((r) => r.id === 'vpce-0x')?.data).toMatchObject({ policyDocument: null, serviceRegion: 'eu-west-1' });
  });

  it('reads what an item lacks from the same listing, never as "none"', async () => {
    const lacking = models.map((m) => item(m, { privateDnsEnabled: undefined, subnetIds: undefined, serviceName: undefined }));
    const api = await collectRecorded([ec2VpcEndpoints], ec2Routes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.aws.count('DescribeVpcEndpoints')).toBe(2);
  });

  it('names an endpoint deleted since Config recorded it as gone on the fields it must read, never "no policy"', async () => {
    const retired: Model = { id: 'vpce-0old', type: 'Interface', service: 'com.amazonaws.us-east-1.ssm', state: 'available', policy: true, privateDns: true, subnets: ['subnet-a'], routeTables: [], tags: {} };
    const run = await collectRecorded(fromConfig, config([...models.map((m) => item(m)), item(retired)]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'vpce-0old');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual([['serviceRegion', 'InvalidVpcEndpointId.NotFound'], ['policyDocument', 'InvalidVpcEndpointId.NotFound']]);
    expect(gone?.data).toMatchObject({ vpcEndpointType: 'Interface', state: 'available', serviceName: 'com.amazonaws.us-east-1.ssm' });
    expect(gone?.data).not.toHaveProperty('policyDocument');
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['vpce-0old']);
  });

  it('records a denied listing on the fields it fills only, keeping what the items hold', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeVpcEndpoints'), respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m)), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.vpc-endpoint', status: 'complete' })]);
    for (const resource of run.snapshot.resources) {
      expect(resource.errors?.map((e) => [e.path, e.code])).toEqual([['serviceRegion', 'UnauthorizedOperation'], ['policyDocument', 'UnauthorizedOperation']]);
    }
    expect(run.snapshot.resources.find((r) => r.id === 'vpce-0ecr')?.data).toMatchObject({ vpcEndpointType: 'Interface', state: 'available', serviceName: 'com.amazonaws.us-east-1.ecr.api', subnetIds: ['subnet-a', 'subnet-b'] });
    // One denied listing serves every endpoint's fill, not one call per endpoint.
    expect(run.aws.count('denied')).toBe(1);
  });
});

describe('the Config collector for VPC endpoints', () => {
  it('has no row the recorded runs above leave unsent', async () => {
    // An item without its configuration, which BatchGetResourceConfig cannot complete either: the listing is partial.
    const bare = JSON.stringify({ resourceId: 'vpce-0ecr', resourceType: 'AWS::EC2::VPCEndpoint', accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
    const run = await collectRecorded(fromConfig, config([bare]), { regions: ['us-east-1'] });
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
