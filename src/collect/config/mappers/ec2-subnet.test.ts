/**
 * AWS::EC2::Subnet items mapped to aws.ec2.subnet: the same data as the API
 * collector, both spellings of the state, IPv6 blocks by their association
 * state, and what an item cannot tell named unreadable instead of defaulted.
 */
import type { Subnet } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { subnetEnvelope, subnetFields } from '../../aws/ec2/map.js';
import { ec2Subnet } from '../../../resources/types/ec2-subnet.js';
import { validateData } from '../../../resources/validate-data.js';
import { parseItem } from '../item.js';
import { ec2SubnetFromConfig } from './ec2-subnet.js';

const place = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };

function mapItem(result: string): ReturnType<typeof ec2SubnetFromConfig.map> {
  const parsed = parseItem(result);
  if (parsed.kind !== 'item') throw new Error(`the test item did not parse: ${parsed.kind === 'invalid' ? parsed.reason : parsed.kind}`);
  return ec2SubnetFromConfig.map(parsed.item, place);
}

/** A private subnet's configuration as Config records it; each test replaces what it is about. */
const PRIVATE: Record<string, unknown> = {
  subnetId: 'subnet-0f1e2d3c4b5a69788', subnetArn: 'arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0f1e2d3c4b5a69788', vpcId: 'vpc-1',
  cidrBlock: '10.0.11.0/24', ipv6CidrBlockAssociationSet: [], availabilityZone: 'eu-west-1b', availabilityZoneId: 'euw1-az2', state: { value: 'available' },
  ownerId: '123456789012', defaultForAz: false, mapPublicIpOnLaunch: false, assignIpv6AddressOnCreation: false, availableIpAddressCount: 245, outpostArn: null, tags: [],
};

/** One advanced-query result for subnet-0f1e2d3c4b5a69788 with `configuration` replaced. */
const result = (configuration: Record<string, unknown>, arn?: string): string => JSON.stringify({
  resourceId: 'subnet-0f1e2d3c4b5a69788', resourceType: 'AWS::EC2::Subnet', accountId: '123456789012', awsRegion: 'eu-west-1', ...(arn === undefined ? {} : { arn }),
  configurationItemStatus: 'OK', configuration, supplementaryConfiguration: {}, tags: [], relationships: [],
});

const without = (key: string, rest: Record<string, unknown> = {}): Record<string, unknown> => Object.fromEntries(Object.entries({ ...PRIVATE, ...rest }).filter(([k]) => k !== key));

// Field names as awslabs/aws-config-resource-schema lists them for AWS::EC2::Subnet (the state as {"value": …}); nulls spelled out as in recorded items.
const DUAL_STACK = `{
  "resourceId": "subnet-0a1b2c3d4e5f67890",
  "resourceType": "AWS::EC2::Subnet",
  "arn": "arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0a1b2c3d4e5f67890",
  "accountId": "123456789012",
  "awsRegion": "eu-west-1",
  "availabilityZone": "eu-west-1a",
  "configurationItemStatus": "OK",
  "configurationItemCaptureTime": "2024-05-21T09:12:44.031Z",
  "configuration": {
    "availabilityZone": "eu-west-1a",
    "availabilityZoneId": "euw1-az3",
    "availableIpAddressCount": 248,
    "cidrBlock": "10.0.1.0/24",
    "defaultForAz": false,
    "mapPublicIpOnLaunch": true,
    "state": { "value": "available" },
    "subnetId": "subnet-0a1b2c3d4e5f67890",
    "vpcId": "vpc-0a1b2c3d4e5f67890",
    "ownerId": "123456789012",
    "assignIpv6AddressOnCreation": true,
    "ipv6CidrBlockAssociationSet": [
      { "associationId": "subnet-cidr-assoc-0a1b2c3d", "ipv6CidrBlock": "2a05:d018:1::/64", "ipv6CidrBlockState": { "state": "associated", "statusMessage": null } },
      { "associationId": "subnet-cidr-assoc-0e1f2a3b", "ipv6CidrBlock": "2a05:d018:2::/64", "ipv6CidrBlockState": { "state": "disassociated", "statusMessage": null } }
    ],
    "tags": [{ "key": "Name", "value": "public-a" }],
    "subnetArn": "arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0a1b2c3d4e5f67890",
    "outpostArn": null
  },
  "supplementaryConfiguration": {},
  "tags": [{ "key": "Name", "value": "public-a" }],
  "relationships": [
    { "resourceType": "AWS::EC2::VPC", "resourceId": "vpc-0a1b2c3d4e5f67890", "relationshipName": "Is contained in Vpc" }
  ]
}`;

/** The same subnet as DescribeSubnets answers it through the SDK. */
const SDK_SUBNET: Subnet = {
  SubnetId: 'subnet-0a1b2c3d4e5f67890', SubnetArn: 'arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0a1b2c3d4e5f67890', VpcId: 'vpc-0a1b2c3d4e5f67890',
  CidrBlock: '10.0.1.0/24', AvailabilityZone: 'eu-west-1a', AvailabilityZoneId: 'euw1-az3', State: 'available', OwnerId: '123456789012',
  DefaultForAz: false, MapPublicIpOnLaunch: true, AssignIpv6AddressOnCreation: true, AvailableIpAddressCount: 248,
  Ipv6CidrBlockAssociationSet: [
    { AssociationId: 'subnet-cidr-assoc-0a1b2c3d', Ipv6CidrBlock: '2a05:d018:1::/64', Ipv6CidrBlockState: { State: 'associated' } },
    { AssociationId: 'subnet-cidr-assoc-0e1f2a3b', Ipv6CidrBlock: '2a05:d018:2::/64', Ipv6CidrBlockState: { State: 'disassociated' } },
  ],
  Tags: [{ Key: 'Name', Value: 'public-a' }],
};

describe('ec2SubnetFromConfig', () => {
  it('maps a dual-stack subnet that gives public addresses: only the associated IPv6 block, the wrapped state', () => {
    const mapping = mapItem(DUAL_STACK);
    expect(mapping.envelope).toEqual({
      type: 'aws.ec2.subnet', id: 'subnet-0a1b2c3d4e5f67890', arn: 'arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0a1b2c3d4e5f67890', tags: { Name: 'public-a' }, name: 'public-a',
    });
    expect(mapping.fields).toEqual({
      subnetId: 'subnet-0a1b2c3d4e5f67890', vpcId: 'vpc-0a1b2c3d4e5f67890', cidrBlock: '10.0.1.0/24', ipv6CidrBlocks: ['2a05:d018:1::/64'],
      availabilityZone: 'eu-west-1a', availabilityZoneId: 'euw1-az3', state: 'available', ownerId: '123456789012',
      defaultForAz: false, mapPublicIpOnLaunch: true, assignIpv6AddressOnCreation: true, availableIpAddressCount: 248,
    });
    expect(mapping.unreadable).toBeUndefined();
    expect(validateData(ec2Subnet, mapping.fields)).toEqual([]);
  });

  it('gives exactly what the API collector gives for the same subnet', () => {
    const mapping = mapItem(DUAL_STACK);
    expect({ envelope: mapping.envelope, fields: mapping.fields })
      .toEqual({ envelope: subnetEnvelope(SDK_SUBNET, place), fields: readFields(subnetFields(SDK_SUBNET)).fields });
  });

  it('reads a recorded public subnet whose configuration came as a JSON string and whose state is a bare string', () => {
    // The configuration of a 2019 item as Workload Discovery on AWS recorded it, account number replaced and CloudFormation's tags left out.
    const configuration = '{"availabilityZone":"eu-west-1a","availabilityZoneId":"euw1-az3","availableIpAddressCount":248,"cidrBlock":"10.0.1.0/24","defaultForAz":false,'
      + '"mapPublicIpOnLaunch":true,"state":"available","subnetId":"subnet-0f690256efabe0adb","vpcId":"vpc-0d1489acdc666462d","ownerId":"123456789012",'
      + '"assignIpv6AddressOnCreation":false,"ipv6CidrBlockAssociationSet":[],"tags":[{"key":"Name","value":"vpc-0d1489acdc666462d-public-a"},{"key":"Network","value":"Public"}],'
      + '"subnetArn":"arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0f690256efabe0adb","outpostArn":null}';
    const mapping = mapItem(JSON.stringify({
      resourceId: 'subnet-0f690256efabe0adb', resourceType: 'AWS::EC2::Subnet', accountId: '123456789012', awsRegion: 'eu-west-1',
      configurationItemStatus: 'OK', configuration, supplementaryConfiguration: '{}',
      tags: [{ key: 'Name', value: 'vpc-0d1489acdc666462d-public-a' }, { key: 'Network', value: 'Public' }], relationships: [],
    }));
    expect(mapping.fields).toEqual({
      subnetId: 'subnet-0f690256efabe0adb', vpcId: 'vpc-0d1489acdc666462d', cidrBlock: '10.0.1.0/24', ipv6CidrBlocks: [],
      availabilityZone: 'eu-west-1a', availabilityZoneId: 'euw1-az3', state: 'available', ownerId: '123456789012',
      defaultForAz: false, mapPublicIpOnLaunch: true, assignIpv6AddressOnCreation: false, availableIpAddressCount: 248,
    });
    expect(mapping.envelope).toEqual({
      type: 'aws.ec2.subnet', id: 'subnet-0f690256efabe0adb', arn: 'arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0f690256efabe0adb',
      tags: { Name: 'vpc-0d1489acdc666462d-public-a', Network: 'Public' }, name: 'vpc-0d1489acdc666462d-public-a',
    });
    expect(mapping.unreadable).toBeUndefined();
  });

  it('reads a null cidrBlock as an IPv6-only subnet, as the API mapping reads its absence', () => {
    const ipv6Only = { ...PRIVATE, cidrBlock: null, ipv6CidrBlockAssociationSet: [{ associationId: 'a', ipv6CidrBlock: '2a05:d018:3::/64', ipv6CidrBlockState: { state: 'associated' } }] };
    const mapping = mapItem(result(ipv6Only));
    expect(mapping.fields).toMatchObject({ cidrBlock: null, ipv6CidrBlocks: ['2a05:d018:3::/64'] });
    expect(mapping.unreadable).toBeUndefined();
  });

  it('names a missing mapPublicIpOnLaunch unreadable, never false', () => {
    const mapping = mapItem(result(without('mapPublicIpOnLaunch')));
    expect(mapping.fields).not.toHaveProperty('mapPublicIpOnLaunch');
    expect(mapping.unreadable).toEqual([{ path: 'mapPublicIpOnLaunch', reason: "the Configuration Item's configuration.mapPublicIpOnLaunch is missing or not a value DescribeSubnets documents" }]);
    expect(mapping.fields).toMatchObject({ subnetId: 'subnet-0f1e2d3c4b5a69788', defaultForAz: false, assignIpv6AddressOnCreation: false });
  });

  it('names a missing cidrBlock unreadable, never an IPv6-only subnet', () => {
    const mapping = mapItem(result(without('cidrBlock')));
    expect(mapping.fields).not.toHaveProperty('cidrBlock');
    expect(mapping.unreadable?.map((u) => u.path)).toEqual(['cidrBlock']);
  });

  it.each([
    ['no state', { associationId: 'a', ipv6CidrBlock: '2a05:d018:4::/64' }],
    ['a state that is not an object', { associationId: 'a', ipv6CidrBlock: '2a05:d018:4::/64', ipv6CidrBlockState: 'associated' }],
    ['a state AWS does not spell', { associationId: 'a', ipv6CidrBlock: '2a05:d018:4::/64', ipv6CidrBlockState: { state: 'ASSOCIATED' } }],
    ['no block', { associationId: 'a', ipv6CidrBlockState: { state: 'associated' } }],
    ['an element that is not an object', '2a05:d018:4::/64'],
  ])('names the IPv6 blocks unreadable when one association has %s, never leaves it out', (_what, broken) => {
    const associated = { associationId: 'b', ipv6CidrBlock: '2a05:d018:5::/64', ipv6CidrBlockState: { state: 'associated' } };
    const mapping = mapItem(result({ ...PRIVATE, ipv6CidrBlockAssociationSet: [associated, broken] }));
    expect(mapping.fields).not.toHaveProperty('ipv6CidrBlocks');
    expect(mapping.unreadable).toEqual([{ path: 'ipv6CidrBlocks', reason: "the Configuration Item's configuration.ipv6CidrBlockAssociationSet is missing or not a value DescribeSubnets documents" }]);
  });

  it.each([
    ['a state AWS does not spell', 'state', { state: { value: 'AVAILABLE' } }],
    ['a count that is not a whole number', 'availableIpAddressCount', { availableIpAddressCount: 24.5 }],
    ['a negative count', 'availableIpAddressCount', { availableIpAddressCount: -1 }],
    ['a flag spelled as a string', 'defaultForAz', { defaultForAz: 'false' }],
    ['an empty zone id', 'availabilityZoneId', { availabilityZoneId: '' }],
  ])('names %s unreadable', (_what, path, broken) => {
    const mapping = mapItem(result({ ...PRIVATE, ...broken }));
    expect(mapping.unreadable?.map((u) => u.path)).toEqual([path]);
    expect(mapping.fields).not.toHaveProperty(path);
  });

  it('names values it cannot read unreadable and leaves them out, never the API defaults', () => {
    const mapping = mapItem(result({ subnetId: 'subnet-0f1e2d3c4b5a69788' }));
    expect(mapping.unreadable?.map((u) => u.path)).toEqual([
      'vpcId', 'cidrBlock', 'ipv6CidrBlocks', 'availabilityZone', 'availabilityZoneId', 'state', 'ownerId',
      'defaultForAz', 'mapPublicIpOnLaunch', 'assignIpv6AddressOnCreation', 'availableIpAddressCount',
    ]);
    expect(mapping.fields).toEqual({ subnetId: 'subnet-0f1e2d3c4b5a69788' });
  });

  it("takes the ARN from the item when the configuration has none, and builds it from the owner when neither has", () => {
    const itemArn = 'arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0f1e2d3c4b5a69788';
    expect(mapItem(result(without('subnetArn'), itemArn)).envelope.arn).toBe(itemArn);
    expect(mapItem(result(without('subnetArn', { ownerId: '210987654321' }))).envelope.arn).toBe('arn:aws:ec2:eu-west-1:210987654321:subnet/subnet-0f1e2d3c4b5a69788');
  });
});
