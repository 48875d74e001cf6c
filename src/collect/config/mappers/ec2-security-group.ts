/**
 * AWS::EC2::SecurityGroup → aws.ec2.security-group. The item's configuration
 * is DescribeSecurityGroups' answer in camelCase, so it is read back into
 * the SDK's shape and mapped by the API collector's own functions: one
 * mapping, two sources. Rules carry their ranges twice in newer items
 * (`ipv4Ranges` with descriptions, and `ipRanges` as bare CIDRs); older items
 * only the bare ones. The count of network interfaces comes from the item's
 * relationships.
 */
import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import { securityGroupEnvelope, securityGroupFields } from '../../aws/ec2/map.js';
import { readFields } from '../../answers.js';
import { defineConfigMapper, records, stringOf, numberOf } from '../mapper.js';
import { fromItem } from '../read.js';

function permission(rule: Record<string, unknown>): IpPermission {
  const v4 = records(rule.ipv4Ranges);
  const bare = Array.isArray(rule.ipRanges) ? rule.ipRanges.filter((r): r is string => typeof r === 'string') : [];
  return {
    IpProtocol: stringOf(rule.ipProtocol),
    FromPort: numberOf(rule.fromPort),
    ToPort: numberOf(rule.toPort),
    IpRanges: v4.length > 0 || bare.length === 0 ? v4.map((r) => ({ CidrIp: stringOf(r.cidrIp), Description: stringOf(r.description) })) : bare.map((cidr) => ({ CidrIp: cidr })),
    Ipv6Ranges: records(rule.ipv6Ranges).map((r) => ({ CidrIpv6: stringOf(r.cidrIpv6), Description: stringOf(r.description) })),
    PrefixListIds: records(rule.prefixListIds).map((p) => ({ PrefixListId: stringOf(p.prefixListId), Description: stringOf(p.description) })),
    UserIdGroupPairs: records(rule.userIdGroupPairs).map((g) => ({
      GroupId: stringOf(g.groupId), UserId: stringOf(g.userId), VpcId: stringOf(g.vpcId), PeeringStatus: stringOf(g.peeringStatus), Description: stringOf(g.description),
    })),
  };
}

export const ec2SecurityGroupFromConfig = defineConfigMapper({
  configType: 'AWS::EC2::SecurityGroup',
  catalogType: 'aws.ec2.security-group',
  map(item, place) {
    const c = item.configuration ?? {};
    const group: SecurityGroup = {
      GroupId: stringOf(c.groupId) ?? item.resourceId,
      GroupName: stringOf(c.groupName),
      Description: stringOf(c.description),
      VpcId: stringOf(c.vpcId),
      OwnerId: stringOf(c.ownerId),
      // A rule list the item does not hold is unknown (the API mapping requires it), not a group without rules.
      IpPermissions: Array.isArray(c.ipPermissions) ? records(c.ipPermissions).map(permission) : undefined,
      IpPermissionsEgress: Array.isArray(c.ipPermissionsEgress) ? records(c.ipPermissionsEgress).map(permission) : undefined,
      Tags: Object.entries(item.tags).map(([Key, Value]) => ({ Key, Value })),
      ...(item.arn === undefined ? {} : { SecurityGroupArn: item.arn }),
    };
    const interfaces = item.relationships?.filter((r) => r.resourceType === 'AWS::EC2::NetworkInterface' && r.resourceId !== undefined);
    const read = fromItem(readFields(securityGroupFields(group)), interfaces === undefined ? [{ path: 'attachedInterfaceCount', reason: 'the Configuration Item carries no relationships' }] : []);
    return {
      envelope: securityGroupEnvelope(group, place),
      fields: { ...read.fields, ...(interfaces === undefined ? {} : { attachedInterfaceCount: new Set(interfaces.map((r) => r.resourceId)).size }) },
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
