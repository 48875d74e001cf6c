/** ec2Vpcs through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2Vpcs } from './vpcs.js';
import { ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { items, pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ipv6 = (cidr: string, state: string): string => `<associationId>vpc-cidr-assoc-${state}</associationId><ipv6CidrBlock>${cidr}</ipv6CidrBlock><ipv6CidrBlockState><state>${state}</state></ipv6CidrBlockState>`;
const vpc = (id: string, cidr: string, isDefault: boolean, v6: string[], tags: Record<string, string> = {}): string =>
  `<vpcId>${id}</vpcId><ownerId>123456789012</ownerId><state>available</state><cidrBlock>${cidr}</cidrBlock><instanceTenancy>default</instanceTenancy><isDefault>${isDefault}</isDefault>`
  + `<ipv6CidrBlockAssociationSet>${items(v6)}</ipv6CidrBlockAssociationSet>${tagSet(tags)}`;
const vpcs = pagedEc2('DescribeVpcs', 'vpcSet', [[vpc('vpc-1', '10.0.0.0/16', false, [ipv6('2600:1f18::/56', 'associated'), ipv6('2600:1f19::/56', 'disassociated')], { Name: 'main' })], [vpc('vpc-default', '172.31.0.0/16', true, [])]]);

const flowLog = (id: string, resource: string, body: string): string => `<flowLogId>${id}</flowLogId><resourceId>${resource}</resourceId><flowLogStatus>ACTIVE</flowLogStatus><creationTime>2026-09-01T10:00:00.000Z</creationTime>${body}`;
const flowLogs = pagedEc2('DescribeFlowLogs', 'flowLogSet', [
  [flowLog('fl-cw', 'vpc-1', '<deliverLogsStatus>SUCCESS</deliverLogsStatus><trafficType>REJECT</trafficType><logDestinationType>cloud-watch-logs</logDestinationType><logGroupName>/vpc/flow</logGroupName><logDestination>arn:aws:logs:us-east-1:123456789012:log-group:/vpc/flow</logDestination><maxAggregationInterval>60</maxAggregationInterval>'),
    // A subnet's flow log is not the VPC's.
    flowLog('fl-subnet', 'subnet-a', '<trafficType>ALL</trafficType><logDestinationType>s3</logDestinationType><logDestination>arn:aws:s3:::flow-bucket</logDestination>')],
  [flowLog('fl-s3', 'vpc-1', '<deliverLogsStatus>FAILED</deliverLogsStatus><trafficType>ALL</trafficType><logDestinationType>s3</logDestinationType><logDestination>arn:aws:s3:::flow-bucket</logDestination><maxAggregationInterval>600</maxAggregationInterval>')],
]);

const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), vpcs, flowLogs];

describe('ec2Vpcs', () => {
  it('attaches flow logs from one paginated listing, grouped by the VPC they capture', async () => {
    const run = await collectRecorded([ec2Vpcs], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const main = run.snapshot.resources.find((r) => r.id === 'vpc-1');
    expect(main).toMatchObject({ type: 'aws.ec2.vpc', arn: 'arn:aws:ec2:us-east-1:123456789012:vpc/vpc-1', name: 'main' });
    expect(main?.data).toEqual({
      vpcId: 'vpc-1', cidrBlock: '10.0.0.0/16', ipv6CidrBlocks: ['2600:1f18::/56'], isDefault: false, state: 'available', ownerId: '123456789012', instanceTenancy: 'default',
      flowLogs: [
        { flowLogId: 'fl-cw', flowLogStatus: 'ACTIVE', deliverLogsStatus: 'SUCCESS', trafficType: 'REJECT', logDestinationType: 'cloud-watch-logs', logDestination: 'arn:aws:logs:us-east-1:123456789012:log-group:/vpc/flow', logGroupName: '/vpc/flow', creationTime: '2026-09-01T10:00:00.000Z', maxAggregationInterval: 60 },
        { flowLogId: 'fl-s3', flowLogStatus: 'ACTIVE', deliverLogsStatus: 'FAILED', trafficType: 'ALL', logDestinationType: 's3', logDestination: 'arn:aws:s3:::flow-bucket', logGroupName: null, creationTime: '2026-09-01T10:00:00.000Z', maxAggregationInterval: 600 },
      ],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'vpc-default')?.data).toMatchObject({ isDefault: true, ipv6CidrBlocks: [], flowLogs: [] });
    expect(run.aws.count('DescribeFlowLogs')).toBe(2);
  });

  it('records a failed flow log listing on every VPC, never an empty list', async () => {
    const denied: Route = { name: 'fl-denied', match: (r) => r.action === 'DescribeFlowLogs', respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded([ec2Vpcs], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const found = run.snapshot.resources.filter((r) => r.type === 'aws.ec2.vpc');
    expect(found).toHaveLength(2);
    for (const v of found) {
      expect('flowLogs' in v.data).toBe(false);
      expect(v.errors).toEqual([{ path: 'flowLogs', code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', operation: 'ec2:DescribeFlowLogs' }]);
    }
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.vpc', status: 'complete' })]);
  });
});

describe('ec2Vpcs call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2Vpcs)).toEqual([]);
  });
});
