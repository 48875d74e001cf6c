import { defineResourceType } from '../define.js';
import { accountId, bool, int, list, nullable, obj, oneOf, str } from '../fields.js';

const entry = obj({
  ruleNumber: int('Rule number; rules are evaluated lowest first. The "*" catch-all rules AWS adds are 32767 (IPv4) and 32768 (IPv6).', { minimum: 1, maximum: 32768 }),
  egress: bool('Whether the rule applies to outbound traffic (false: inbound).'),
  ruleAction: oneOf(['allow', 'deny'], 'Whether matching traffic is allowed or denied.'),
  protocol: str('Protocol number exactly as AWS returns it: "-1" for all, "6" tcp, "17" udp, "1" icmp, "58" icmpv6, or another number.'),
  cidrBlock: nullable(str('IPv4 CIDR block the rule matches; null for an IPv6 rule.')),
  ipv6CidrBlock: nullable(str('IPv6 CIDR block the rule matches; null for an IPv4 rule.')),
  portRange: nullable(obj({
    from: int('First port of the range.', { minimum: 0, maximum: 65535 }),
    to: int('Last port of the range.', { minimum: 0, maximum: 65535 }),
  }, 'TCP/UDP port range; null when the rule has none (all ports, or a protocol without ports).')),
  icmpTypeCode: nullable(obj({
    type: int('ICMP type; -1 means all types.', { minimum: -1, maximum: 255 }),
    code: int('ICMP code; -1 means all codes.', { minimum: -1, maximum: 255 }),
  }, 'ICMP type and code for icmp/icmpv6 rules; null when the rule has none.')),
}, 'One network ACL entry.');

export const ec2NetworkAcl = defineResourceType({
  type: 'aws.ec2.network-acl',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::NetworkAcl'],
  description: 'A VPC network ACL with its numbered inbound and outbound entries and the subnets it guards.',
  idDescription: 'the network ACL id (acl-…)',
  data: obj({
    networkAclId: str('Network ACL id (acl-…).'),
    vpcId: str('VPC the network ACL belongs to.'),
    isDefault: bool('Whether this is the VPC\'s default network ACL.'),
    ownerId: accountId('Account that owns the network ACL.'),
    entries: list(entry, 'Inbound and outbound entries (DescribeNetworkAcls Entries), including the "*" catch-all rules.'),
    associatedSubnetIds: list(str('Subnet id.'), 'Subnets associated with the network ACL (Associations).'),
  }, 'Network ACL settings.'),
  example: {
    networkAclId: 'acl-0a1b2c3d4e5f67890',
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    isDefault: false,
    ownerId: '123456789012',
    entries: [
      { ruleNumber: 100, egress: false, ruleAction: 'allow', protocol: '6', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: { from: 443, to: 443 }, icmpTypeCode: null },
      { ruleNumber: 110, egress: false, ruleAction: 'allow', protocol: '6', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: { from: 32768, to: 65535 }, icmpTypeCode: null },
      { ruleNumber: 120, egress: false, ruleAction: 'allow', protocol: '6', cidrBlock: '10.0.0.0/16', ipv6CidrBlock: null, portRange: { from: 22, to: 22 }, icmpTypeCode: null },
      { ruleNumber: 32767, egress: false, ruleAction: 'deny', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: null },
      { ruleNumber: 32768, egress: false, ruleAction: 'deny', protocol: '-1', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null, icmpTypeCode: null },
      { ruleNumber: 100, egress: true, ruleAction: 'allow', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: null },
      { ruleNumber: 32767, egress: true, ruleAction: 'deny', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: null },
      { ruleNumber: 32768, egress: true, ruleAction: 'deny', protocol: '-1', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null, icmpTypeCode: null },
    ],
    associatedSubnetIds: ['subnet-0a1b2c3d4e5f67890'],
  },
});
