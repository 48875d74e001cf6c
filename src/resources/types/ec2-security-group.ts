import { defineResourceType } from '../define.js';
import { accountId, bool, int, list, nullable, obj, str } from '../fields.js';
import { ipPermission } from './shared-ip-permission.js';

export const ec2SecurityGroup = defineResourceType({
  type: 'aws.ec2.security-group',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::SecurityGroup'],
  description: 'An EC2 security group with its inbound and outbound rules and how many network interfaces use it.',
  idDescription: 'the security group id (sg-…)',
  data: obj({
    groupId: str('Security group id (sg-…).'),
    groupName: str('Security group name.'),
    description: str('Security group description.'),
    vpcId: nullable(str('VPC the group belongs to; null for an EC2-Classic leftover without a VPC.')),
    ownerId: accountId('Account that owns the group.'),
    isDefault: bool('Whether this is the VPC\'s default security group (the group named "default").'),
    ingress: list(ipPermission, 'Inbound rules (IpPermissions from DescribeSecurityGroups).'),
    egress: list(ipPermission, 'Outbound rules (IpPermissionsEgress from DescribeSecurityGroups).'),
    attachedInterfaceCount: int('Number of network interfaces using the group (DescribeNetworkInterfaces filtered by group-id).', { minimum: 0 }),
  }, 'EC2 security group settings.'),
  example: {
    groupId: 'sg-0a1b2c3d4e5f67890',
    groupName: 'web-alb',
    description: 'HTTPS from the internet to the application load balancer',
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    ownerId: '123456789012',
    isDefault: false,
    ingress: [{
      protocol: 'tcp',
      fromPort: 443,
      toPort: 443,
      ipv4Ranges: [{ cidr: '0.0.0.0/0', description: 'HTTPS from anywhere' }],
      ipv6Ranges: [{ cidr: '::/0', description: 'HTTPS from anywhere' }],
      prefixListIds: [],
      referencedGroups: [],
    }],
    egress: [{
      protocol: 'tcp',
      fromPort: 8080,
      toPort: 8080,
      ipv4Ranges: [],
      ipv6Ranges: [],
      prefixListIds: [],
      referencedGroups: [{ groupId: 'sg-0123456789abcdef0', userId: '123456789012', vpcId: 'vpc-0a1b2c3d4e5f67890', peeringStatus: null, description: 'To the application tier' }],
    }],
    attachedInterfaceCount: 2,
  },
});
