/** ec2VpcEndpoints through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2VpcEndpoints } from './vpc-endpoints.js';
import { byAction, ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { items, pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const policy = encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:*', Resource: '*' }] }));
const endpoint = (id: string, type: string, service: string, body: string): string =>
  `<vpcEndpointId>${id}</vpcEndpointId><vpcEndpointType>${type}</vpcEndpointType><vpcId>vpc-1</vpcId>${service === '' ? '' : `<serviceName>${service}</serviceName>`}<state>available</state><ownerId>123456789012</ownerId>${body}`;
const ecrApi = endpoint('vpce-ecr', 'Interface', 'com.amazonaws.us-east-1.ecr.api',
  `<policyDocument>${policy}</policyDocument><subnetIdSet>${items(['subnet-a', 'subnet-b'])}</subnetIdSet><routeTableIdSet/><privateDnsEnabled>true</privateDnsEnabled>${tagSet({ Name: 'ecr-api' })}`);
const s3 = endpoint('vpce-s3', 'Gateway', 'com.amazonaws.us-east-1.s3', `<policyDocument>${policy}</policyDocument><routeTableIdSet>${items(['rtb-1'])}</routeTableIdSet>`);
// A cross-region endpoint names the service's region; a Resource endpoint names no service and has no policy.
const crossRegion = endpoint('vpce-x', 'Interface', 'com.amazonaws.eu-west-1.ssm', '<serviceRegion>eu-west-1</serviceRegion><privateDnsEnabled>false</privateDnsEnabled>');
const resource = endpoint('vpce-r', 'Resource', '', '');
// An Interface endpoint AWS answered without its service name: unknown, never "another service".
const nameless = endpoint('vpce-nameless', 'Interface', '', '<privateDnsEnabled>true</privateDnsEnabled>');
// The SDK's enum spelling of the state reads as the same state.
const capitalised = endpoint('vpce-cap', 'Interface', 'com.amazonaws.us-east-1.ec2', '').replace('<state>available</state>', '<state>PendingAcceptance</state>');
const badPolicy = endpoint('vpce-bad', 'Interface', 'com.amazonaws.us-east-1.ssm', '<policyDocument>not json</policyDocument>');

const listing = pagedEc2('DescribeVpcEndpoints', 'vpcEndpointSet', [[ecrApi, s3, crossRegion], [resource, nameless, badPolicy, capitalised]]);
const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), listing];

describe('ec2VpcEndpoints', () => {
  it('reads every endpoint of both pages with its policy, subnets and route tables', async () => {
    const run = await collectRecorded([ec2VpcEndpoints], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeVpcEndpoints')).toBe(2);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['vpce-bad', 'vpce-cap', 'vpce-ecr', 'vpce-nameless', 'vpce-r', 'vpce-s3', 'vpce-x']);
    const ecr = run.snapshot.resources.find((r) => r.id === 'vpce-ecr');
    expect(ecr).toMatchObject({ type: 'aws.ec2.vpc-endpoint', arn: 'arn:aws:ec2:us-east-1:123456789012:vpc-endpoint/vpce-ecr', name: 'ecr-api' });
    expect(ecr?.errors).toBeUndefined();
    expect(ecr?.data).toEqual({
      vpcEndpointId: 'vpce-ecr', vpcId: 'vpc-1', vpcEndpointType: 'Interface', serviceName: 'com.amazonaws.us-east-1.ecr.api', serviceRegion: null,
      state: 'available', ownerId: '123456789012',
      policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:*', Resource: '*' }] },
      privateDnsEnabled: true, subnetIds: ['subnet-a', 'subnet-b'], routeTableIds: [],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'vpce-s3')?.data).toMatchObject({ vpcEndpointType: 'Gateway', privateDnsEnabled: null, subnetIds: [], routeTableIds: ['rtb-1'] });
    expect(run.snapshot.resources.find((r) => r.id === 'vpce-x')?.data).toMatchObject({ serviceRegion: 'eu-west-1', policyDocument: null, privateDnsEnabled: false });
    expect(run.snapshot.resources.find((r) => r.id === 'vpce-cap')?.data).toMatchObject({ state: 'pendingAcceptance' });
    expect(run.snapshot.resources.find((r) => r.id === 'vpce-r')?.data).toMatchObject({ vpcEndpointType: 'Resource', serviceName: null, policyDocument: null });
  });

  it('fails only the field AWS left out or answered unreadably', async () => {
    const run = await collectRecorded([ec2VpcEndpoints], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const nameless = run.snapshot.resources.find((r) => r.id === 'vpce-nameless');
    expect(nameless?.errors?.map((e) => [e.path, e.code])).toEqual([['serviceName', 'IncompleteResponse']]);
    expect(nameless?.data).not.toHaveProperty('serviceName');
    const bad = run.snapshot.resources.find((r) => r.id === 'vpce-bad');
    expect(bad?.errors?.map((e) => [e.path, e.code])).toEqual([['policyDocument', 'InvalidPolicyDocument']]);
  });

  it('marks coverage failed when endpoints cannot be listed, so no VPC reads as having none', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeVpcEndpoints'), respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded([ec2VpcEndpoints], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.vpc-endpoint', status: 'failed' })]);
  });

  it('reads a region without endpoints as none', async () => {
    const run = await collectRecorded([ec2VpcEndpoints], [pagedEc2('DescribeVpcEndpoints', 'vpcEndpointSet', [[]]), regionsRoute(['us-east-1'])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.vpc-endpoint', status: 'complete' })]);
  });
});

describe('ec2VpcEndpoints call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2VpcEndpoints)).toEqual([]);
  });
});
