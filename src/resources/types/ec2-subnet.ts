import { defineResourceType } from '../define.js';
import { accountId, bool, int, list, nullable, obj, oneOf, str } from '../fields.js';

export const ec2Subnet = defineResourceType({
  type: 'aws.ec2.subnet',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::Subnet'],
  description: 'A VPC subnet with its address ranges, Availability Zone and whether instances launched into it get public addresses.',
  idDescription: 'the subnet id (subnet-…)',
  data: obj({
    subnetId: str('Subnet id (subnet-…).'),
    vpcId: str('VPC the subnet is in.'),
    cidrBlock: nullable(str('IPv4 CIDR block; null for an IPv6-only subnet.')),
    ipv6CidrBlocks: list(str('IPv6 CIDR block.'), 'IPv6 CIDR blocks in the "associated" state (Ipv6CidrBlockAssociationSet); empty when none.'),
    availabilityZone: str('Availability Zone name, e.g. us-east-1a.'),
    availabilityZoneId: str('Availability Zone id, the same zone in every account, e.g. use1-az1.'),
    state: oneOf(['pending', 'available', 'unavailable', 'failed', 'failed-insufficient-capacity'], 'Subnet state.'),
    ownerId: accountId('Account that owns the subnet.'),
    defaultForAz: bool('Whether this is the default subnet of its Availability Zone (in the default VPC).'),
    mapPublicIpOnLaunch: bool('Whether instances launched into the subnet get a public IPv4 address by default (MapPublicIpOnLaunch).'),
    assignIpv6AddressOnCreation: bool('Whether network interfaces created in the subnet get an IPv6 address by default.'),
    availableIpAddressCount: int('Unused private IPv4 addresses in the subnet.', { minimum: 0 }),
  }, 'Subnet settings.'),
  example: {
    subnetId: 'subnet-0a1b2c3d4e5f67890',
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    cidrBlock: '10.0.1.0/24',
    ipv6CidrBlocks: [],
    availabilityZone: 'us-east-1a',
    availabilityZoneId: 'use1-az1',
    state: 'available',
    ownerId: '123456789012',
    defaultForAz: false,
    mapPublicIpOnLaunch: false,
    assignIpv6AddressOnCreation: false,
    availableIpAddressCount: 250,
  },
});
