/**
 * AWS::EC2::NetworkInterface items mapped to aws.ec2.network-interface on
 * their own (no API to fill from): what the item holds as the API collector
 * reads DescribeNetworkInterfaces, the state bare or wrapped, null
 * attachment and association as none, and a key the item lacks named
 * unreadable, never "attached to nothing" or "no public address".
 */
import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { networkInterfaceEnvelope, networkInterfaceFields } from '../../aws/ec2/map-network-interfaces.js';
import { parseItem } from '../item.js';
import { ec2NetworkInterfaceFromConfig } from './ec2-network-interface.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ASSOCIATION = { allocationId: 'eipalloc-1', associationId: 'eipassoc-1', ipOwnerId: '123456789012', publicDnsName: 'ec2-203-0-113-10.compute-1.amazonaws.com', publicIp: '203.0.113.10' };

function mapItem(change: Record<string, unknown>): ReturnType<typeof ec2NetworkInterfaceFromConfig.map> {
  // As a recorded (2019) item spells a NAT gateway's interface, with an instance's attachment.
  const all: Record<string, unknown> = {
    association: ASSOCIATION, attachment: { attachTime: null, attachmentId: 'eni-attach-1', deleteOnTermination: true, deviceIndex: 0, instanceId: 'i-web', instanceOwnerId: '123456789012', status: 'attached' },
    availabilityZone: 'us-east-1a', description: '', groups: [{ groupId: 'sg-web', groupName: 'web' }], interfaceType: 'interface', ipv6Addresses: [], macAddress: '0a:00:00:00:00:01',
    networkInterfaceId: 'eni-web', outpostArn: null, ownerId: '123456789012', privateDnsName: 'ip-10-0-1-10.ec2.internal', privateIpAddress: '10.0.1.10',
    privateIpAddresses: [{ association: ASSOCIATION, primary: true, privateDnsName: 'ip-10-0-1-10.ec2.internal', privateIpAddress: '10.0.1.10' }, { association: null, primary: false, privateIpAddress: '10.0.1.11' }],
    requesterId: null, requesterManaged: false, sourceDestCheck: true, status: 'in-use', subnetId: 'subnet-a', tagSet: [{ key: 'Name', value: 'web' }], vpcId: 'vpc-a', ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: 'eni-web', resourceType: 'AWS::EC2::NetworkInterface', arn: 'arn:aws:ec2:us-east-1:123456789012:network-interface/eni-web', accountId: '123456789012', awsRegion: 'us-east-1',
    configurationItemStatus: 'OK', configuration: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [{ key: 'Name', value: 'web' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return ec2NetworkInterfaceFromConfig.map(parsed.item, place);
}

const paths = (m: ReturnType<typeof ec2NetworkInterfaceFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('ec2NetworkInterfaceFromConfig', () => {
  it('gives the envelope and fields the API collector gives from DescribeNetworkInterfaces', () => {
    const sdk: NetworkInterface = {
      NetworkInterfaceId: 'eni-web', InterfaceType: 'interface', Status: 'in-use', VpcId: 'vpc-a', SubnetId: 'subnet-a', OwnerId: '123456789012', SourceDestCheck: true, RequesterManaged: false,
      Attachment: { InstanceId: 'i-web', DeviceIndex: 0, Status: 'attached' }, Groups: [{ GroupId: 'sg-web', GroupName: 'web' }], PrivateIpAddress: '10.0.1.10',
      PrivateIpAddresses: [{ PrivateIpAddress: '10.0.1.10', Primary: true, Association: { PublicIp: '203.0.113.10' } }, { PrivateIpAddress: '10.0.1.11', Primary: false }],
      Association: { PublicIp: '203.0.113.10' }, TagSet: [{ Key: 'Name', Value: 'web' }],
    };
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual(networkInterfaceEnvelope(sdk, place));
    expect(mapping.fields).toEqual(readFields(networkInterfaceFields(sdk)).fields);
    expect(mapping.fields).toMatchObject({ publicIp: '203.0.113.10', privateIpAddresses: [{ publicIp: '203.0.113.10' }, { publicIp: null }] });
    expect(mapping.unreadable).toBeUndefined();
  });

  it('reads the wrapped state, a null attachment and association as none, and a service\'s attachment as no instance', () => {
    expect(mapItem({ status: { value: 'available' }, attachment: null, association: null }).fields).toMatchObject({ status: 'available', attachment: null, publicIp: null });
    expect(mapItem({ attachment: { attachTime: null, deviceIndex: 1, instanceId: null, instanceOwnerId: 'amazon-aws', status: 'attached' }, requesterManaged: true, sourceDestCheck: false }).fields)
      .toMatchObject({ attachment: { instanceId: null, deviceIndex: 1, status: 'attached' }, requesterManaged: true, sourceDestCheck: false });
  });

  it.each([
    ['no attachment key (never "attached to nothing")', 'attachment', { attachment: undefined }],
    ['an attachment without its instance id (never "no instance")', 'attachment', { attachment: { deviceIndex: 0, status: 'attached' } }],
    ['no association key (never "no public address")', 'publicIp', { association: undefined }],
    ['a private address without its association key', 'privateIpAddresses', { privateIpAddresses: [{ primary: true, privateIpAddress: '10.0.1.10' }] }],
    ['no source/destination check (never on or off)', 'sourceDestCheck', { sourceDestCheck: undefined }],
    ['a null requester-managed flag', 'requesterManaged', { requesterManaged: null }],
    ['a state EC2 does not spell', 'status', { status: 'InUse' }],
    ['no groups', 'securityGroupIds', { groups: undefined }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });
});
