/**
 * One security group rule (an EC2 IpPermission), normalized for both
 * directions: `ingress` reads ranges as sources, `egress` as destinations.
 */
import { int, list, nullable, obj, str } from '../fields.js';

export const ipPermission = obj({
  protocol: str('IpProtocol exactly as AWS returns it: "-1" for all protocols, "tcp", "udp", "icmp", "icmpv6", or a protocol number as a string.'),
  fromPort: nullable(int('Start of the port range; for icmp/icmpv6 the ICMP type (-1 = all types); null when AWS omits it (protocol "-1", or a protocol without ports).', { minimum: -1, maximum: 65535 })),
  toPort: nullable(int('End of the port range; for icmp/icmpv6 the ICMP code (-1 = all codes); null when AWS omits it (protocol "-1", or a protocol without ports).', { minimum: -1, maximum: 65535 })),
  ipv4Ranges: list(obj({
    cidr: str('IPv4 CIDR block (CidrIp), e.g. 0.0.0.0/0.'),
    description: nullable(str('Rule description; null when none.')),
  }, 'One IPv4 range.'), 'IPv4 ranges the rule applies to (IpRanges).'),
  ipv6Ranges: list(obj({
    cidr: str('IPv6 CIDR block (CidrIpv6), e.g. ::/0.'),
    description: nullable(str('Rule description; null when none.')),
  }, 'One IPv6 range.'), 'IPv6 ranges the rule applies to (Ipv6Ranges).'),
  prefixListIds: list(obj({
    prefixListId: str('Managed prefix list id, e.g. pl-63a5400a.'),
    description: nullable(str('Rule description; null when none.')),
  }, 'One prefix list.'), 'Prefix lists the rule applies to (PrefixListIds).'),
  referencedGroups: list(obj({
    groupId: str('Id of the referenced security group.'),
    userId: nullable(str('Account id that owns the referenced group; null when AWS omits it (e.g. the group was deleted).')),
    vpcId: nullable(str('VPC of the referenced group; null when AWS omits it.')),
    peeringStatus: nullable(str('Status of the VPC peering connection for a group in a peered VPC; null when not peered.')),
    description: nullable(str('Rule description; null when none.')),
  }, 'One referenced security group (UserIdGroupPair).'), 'Security groups the rule applies to (UserIdGroupPairs).'),
}, 'One security group rule (IpPermission).');
