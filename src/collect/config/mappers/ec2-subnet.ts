/**
 * AWS::EC2::Subnet → aws.ec2.subnet. The item's configuration is
 * DescribeSubnets' answer in camelCase (names as AWS's Config resource schema
 * lists them, awslabs/aws-config-resource-schema, and as a recorded item
 * shows them, with availabilityZoneId, subnetArn and `outpostArn: null`
 * spelled out), read back into the SDK's Subnet and mapped by the API
 * collector's own functions: one mapping, two sources. The schema wraps the
 * state as `{"value": …}`; the recorded (2019) item holds the bare string.
 * A value DescribeSubnets always answers that the item lacks is unreadable
 * rather than what the API mapping makes of its absence: a missing cidrBlock
 * would read as an IPv6-only subnet (Config spells "none" as null, so only a
 * null is one), and an IPv6 association without its state would silently
 * drop out of the associated blocks. One such association makes the whole
 * list unreadable, as a policy reads the blocks together.
 */
import { SubnetCidrBlockStateCode, SubnetState, type Subnet, type SubnetIpv6CidrBlockAssociation } from '@aws-sdk/client-ec2';
import { subnetEnvelope, subnetFields } from '../../aws/ec2/map.js';
import { readFields } from '../../answers.js';
import { booleanOf, defineConfigMapper, known, numberOf, records, stateOf, stringOf } from '../mapper.js';
import { fromItem, isRecord } from '../read.js';

function association(raw: Record<string, unknown>): SubnetIpv6CidrBlockAssociation {
  const state = isRecord(raw.ipv6CidrBlockState) ? known(SubnetCidrBlockStateCode, stateOf(raw.ipv6CidrBlockState.state)) : undefined;
  return { AssociationId: stringOf(raw.associationId), Ipv6CidrBlock: stringOf(raw.ipv6CidrBlock), Ipv6CidrBlockState: { State: state } };
}

const complete = (a: SubnetIpv6CidrBlockAssociation): boolean => a.Ipv6CidrBlock !== undefined && a.Ipv6CidrBlockState?.State !== undefined;

/** Every element an object: `records` alone would drop one that is not, and with it a block. */
const associationsOf = (value: unknown): SubnetIpv6CidrBlockAssociation[] | undefined =>
  (Array.isArray(value) && records(value).length === value.length ? records(value).map(association) : undefined);

const count = (value: unknown): number | undefined => {
  const n = numberOf(value);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
};

export const ec2SubnetFromConfig = defineConfigMapper({
  configType: 'AWS::EC2::Subnet',
  catalogType: 'aws.ec2.subnet',
  map(item, place) {
    const c = item.configuration ?? {};
    const associations = associationsOf(c.ipv6CidrBlockAssociationSet);
    const subnet: Subnet = {
      SubnetId: stringOf(c.subnetId) ?? item.resourceId,
      SubnetArn: stringOf(c.subnetArn) ?? item.arn,
      VpcId: stringOf(c.vpcId),
      CidrBlock: stringOf(c.cidrBlock),
      Ipv6CidrBlockAssociationSet: associations ?? [],
      AvailabilityZone: stringOf(c.availabilityZone),
      AvailabilityZoneId: stringOf(c.availabilityZoneId),
      State: known(SubnetState, stateOf(c.state)),
      OwnerId: stringOf(c.ownerId),
      DefaultForAz: booleanOf(c.defaultForAz),
      MapPublicIpOnLaunch: booleanOf(c.mapPublicIpOnLaunch),
      AssignIpv6AddressOnCreation: booleanOf(c.assignIpv6AddressOnCreation),
      AvailableIpAddressCount: count(c.availableIpAddressCount),
      Tags: Object.entries(item.tags).map(([Key, Value]) => ({ Key, Value })),
    };
    const unread = (path: string, key: string, lacking: boolean): { path: string; reason: string }[] =>
      lacking ? [{ path, reason: `the Configuration Item's configuration.${key} is missing or not a value DescribeSubnets documents` }] : [];
    const noText = (value: string | undefined): boolean => value === undefined || value === '';
    const unreadable = [
      ...unread('vpcId', 'vpcId', noText(subnet.VpcId)),
      ...unread('cidrBlock', 'cidrBlock', c.cidrBlock !== null && typeof c.cidrBlock !== 'string'),
      ...unread('ipv6CidrBlocks', 'ipv6CidrBlockAssociationSet', associations === undefined || !associations.every(complete)),
      ...unread('availabilityZone', 'availabilityZone', noText(subnet.AvailabilityZone)),
      ...unread('availabilityZoneId', 'availabilityZoneId', noText(subnet.AvailabilityZoneId)),
      ...unread('state', 'state', subnet.State === undefined),
      ...unread('ownerId', 'ownerId', noText(subnet.OwnerId)),
      ...unread('defaultForAz', 'defaultForAz', subnet.DefaultForAz === undefined),
      ...unread('mapPublicIpOnLaunch', 'mapPublicIpOnLaunch', subnet.MapPublicIpOnLaunch === undefined),
      ...unread('assignIpv6AddressOnCreation', 'assignIpv6AddressOnCreation', subnet.AssignIpv6AddressOnCreation === undefined),
      ...unread('availableIpAddressCount', 'availableIpAddressCount', subnet.AvailableIpAddressCount === undefined),
    ];
    const read = fromItem(readFields(subnetFields(subnet)), unreadable);
    return { envelope: subnetEnvelope(subnet, place), fields: read.fields, ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}) };
  },
});
