/**
 * AWS::EC2::VPCEndpoint items mapped to aws.ec2.vpc-endpoint: what the item
 * holds reads as the API collector reads DescribeVpcEndpoints, null lists as
 * none, and what the item lacks (its policy and service region always, any
 * key it leaves out) named unreadable for the fill, never defaulted.
 */
import type { VpcEndpoint } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { vpcEndpointEnvelope, vpcEndpointFields } from '../../aws/ec2/map-vpc-endpoints.js';
import { parseItem } from '../item.js';
import { ec2VpcEndpointFromConfig } from './ec2-vpc-endpoint.js';

const place = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };

function mapItem(configuration: Record<string, unknown>, tags: { key: string; value: string }[] = []): ReturnType<typeof ec2VpcEndpointFromConfig.map> {
  const parsed = parseItem(JSON.stringify({
    resourceId: 'vpce-0a1b2c3d4e5f67890', resourceType: 'AWS::EC2::VPCEndpoint', accountId: '123456789012', awsRegion: 'eu-west-1',
    configurationItemStatus: 'OK', configuration, supplementaryConfiguration: {}, tags, relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error(`the test item did not parse: ${parsed.kind === 'invalid' ? parsed.reason : parsed.kind}`);
  return ec2VpcEndpointFromConfig.map(parsed.item, place);
}

/** An interface endpoint as Config records it (names as awslabs/aws-config-resource-schema lists them, the state as {"value": …}). */
const INTERFACE: Record<string, unknown> = {
  vpcEndpointId: 'vpce-0a1b2c3d4e5f67890', vpcEndpointType: 'Interface', vpcId: 'vpc-0a1b2c3d4e5f67890', serviceName: 'com.amazonaws.eu-west-1.ecr.api',
  state: { value: 'available' }, ownerId: '123456789012', privateDnsEnabled: true, requesterManaged: false,
  subnetIds: ['subnet-0a1b2c3d4e5f67890'], routeTableIds: [], groups: [{ groupId: 'sg-0a1b2c3d4e5f67890', groupName: 'endpoints' }],
  networkInterfaceIds: ['eni-0a1b2c3d4e5f67890'], dnsEntries: [], creationTimestamp: '2026-10-01T08:00:00.000Z',
};

const without = (key: string): Record<string, unknown> => Object.fromEntries(Object.entries(INTERFACE).filter(([k]) => k !== key));
const paths = (mapping: ReturnType<typeof ec2VpcEndpointFromConfig.map>): string[] => (mapping.unreadable ?? []).map((u) => u.path).sort();

describe('AWS::EC2::VPCEndpoint → aws.ec2.vpc-endpoint', () => {
  it('gives what the API collector gives from DescribeVpcEndpoints for what the item holds, with the item\'s tags', () => {
    const mapping = mapItem(INTERFACE, [{ key: 'Name', value: 'ecr-api' }]);
    const api: VpcEndpoint = {
      VpcEndpointId: 'vpce-0a1b2c3d4e5f67890', VpcEndpointType: 'Interface', VpcId: 'vpc-0a1b2c3d4e5f67890', ServiceName: 'com.amazonaws.eu-west-1.ecr.api',
      State: 'Available', OwnerId: '123456789012', PrivateDnsEnabled: true, SubnetIds: ['subnet-0a1b2c3d4e5f67890'], RouteTableIds: [],
      PolicyDocument: '{"Statement":[]}', Tags: [{ Key: 'Name', Value: 'ecr-api' }],
    };
    const { policyDocument: _policy, serviceRegion: _region, ...expected } = readFields(vpcEndpointFields(api)).fields;
    expect(mapping.fields).toEqual(expected);
    expect(mapping.envelope).toEqual(vpcEndpointEnvelope(api, place));
    expect(mapping.envelope).toMatchObject({ arn: 'arn:aws:ec2:eu-west-1:123456789012:vpc-endpoint/vpce-0a1b2c3d4e5f67890', name: 'ecr-api' });
  });

  it('never reads the policy or the service region from the item, whatever it holds', () => {
    const mapping = mapItem({ ...INTERFACE, policyDocument: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}', serviceRegion: 'eu-west-1' });
    expect(paths(mapping)).toEqual(['policyDocument', 'serviceRegion']);
    expect(mapping.fields).not.toHaveProperty('policyDocument');
    expect(mapping.fields).not.toHaveProperty('serviceRegion');
  });

  it('reads a gateway endpoint\'s null lists and private DNS as none, as the API\'s absent members', () => {
    const gateway = { ...INTERFACE, vpcEndpointType: 'Gateway', serviceName: 'com.amazonaws.eu-west-1.s3', privateDnsEnabled: null, subnetIds: null, routeTableIds: ['rtb-0a1b2c3d4e5f67890'] };
    expect(mapItem(gateway).fields).toMatchObject({ vpcEndpointType: 'Gateway', privateDnsEnabled: null, subnetIds: [], routeTableIds: ['rtb-0a1b2c3d4e5f67890'] });
    expect(paths(mapItem(gateway))).toEqual(['policyDocument', 'serviceRegion']);
  });

  it('reads the state in either case EC2 spells it, and as the bare string older items hold', () => {
    expect(mapItem({ ...INTERFACE, state: { value: 'Available' } }).fields).toMatchObject({ state: 'available' });
    expect(mapItem({ ...INTERFACE, state: 'pendingAcceptance' }).fields).toMatchObject({ state: 'pendingAcceptance' });
  });

  it.each(['serviceName', 'state', 'privateDnsEnabled', 'subnetIds', 'routeTableIds', 'vpcId', 'vpcEndpointType', 'ownerId'])('names a missing %s unreadable instead of defaulting it', (key) => {
    const mapping = mapItem(without(key));
    expect(paths(mapping)).toContain(key);
    expect(mapping.fields).not.toHaveProperty(key);
  });

  it('names a service name missing from a Resource endpoint unreadable too, not "none"', () => {
    const resource = { ...without('serviceName'), vpcEndpointType: 'Resource' };
    expect(paths(mapItem(resource))).toContain('serviceName');
    expect(mapItem({ ...resource, serviceName: null }).fields).toMatchObject({ serviceName: null });
  });

  it('names values EC2 does not answer unreadable: a state it does not know, a list of other things, a kind it does not spell', () => {
    const mapping = mapItem({ ...INTERFACE, state: { value: 'Sleeping' }, subnetIds: [{ subnetId: 'subnet-1' }], vpcEndpointType: 'Tunnel', privateDnsEnabled: 'yes' });
    expect(paths(mapping)).toEqual(['policyDocument', 'privateDnsEnabled', 'serviceName', 'serviceRegion', 'state', 'subnetIds', 'vpcEndpointType'].sort());
  });
});
