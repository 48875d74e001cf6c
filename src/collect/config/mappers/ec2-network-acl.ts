/**
 * AWS::EC2::NetworkAcl → aws.ec2.network-acl. The item's configuration is
 * DescribeNetworkAcls' answer in camelCase (names as AWS's Config resource
 * schema lists them, awslabs/aws-config-resource-schema, and as a recorded
 * item shows them: `portRange` and `icmpTypeCode` spelled out as null on
 * rules without them), read back into the SDK's NetworkAcl and mapped by the
 * API collector's own functions: one mapping, two sources.
 * A value DescribeNetworkAcls always answers that the item lacks is
 * unreadable rather than the API mapping's default: a rule without its
 * action would otherwise read as "deny", one without its direction as
 * inbound. One such rule makes the whole list unreadable, since a policy
 * reads the rules together (the lowest matching number wins).
 */
import { RuleAction, type NetworkAcl, type NetworkAclEntry } from '@aws-sdk/client-ec2';
import { networkAclEnvelope, networkAclFields } from '../../aws/ec2/map.js';
import { readFields } from '../../answers.js';
import { booleanOf, defineConfigMapper, numberOf, records, stringOf } from '../mapper.js';
import { fromItem } from '../read.js';

/** Config's nested {from, to} or {type, code}; null or absent on rules that have none. */
const objectOf = (value: unknown): Record<string, unknown> | undefined => records([value])[0];

function entry(raw: Record<string, unknown>): NetworkAclEntry {
  const ports = objectOf(raw.portRange);
  const icmp = objectOf(raw.icmpTypeCode);
  return {
    RuleNumber: numberOf(raw.ruleNumber),
    Egress: booleanOf(raw.egress),
    RuleAction: Object.values(RuleAction).find((action) => action === raw.ruleAction),
    Protocol: stringOf(raw.protocol),
    CidrBlock: stringOf(raw.cidrBlock),
    Ipv6CidrBlock: stringOf(raw.ipv6CidrBlock),
    ...(ports === undefined ? {} : { PortRange: { From: numberOf(ports.from), To: numberOf(ports.to) } }),
    ...(icmp === undefined ? {} : { IcmpTypeCode: { Type: numberOf(icmp.type), Code: numberOf(icmp.code) } }),
  };
}

const complete = (e: NetworkAclEntry): boolean => e.RuleNumber !== undefined && e.Egress !== undefined && e.RuleAction !== undefined && e.Protocol !== undefined;

export const ec2NetworkAclFromConfig = defineConfigMapper({
  configType: 'AWS::EC2::NetworkAcl',
  catalogType: 'aws.ec2.network-acl',
  map(item, place) {
    const c = item.configuration ?? {};
    const entries = Array.isArray(c.entries) ? records(c.entries).map(entry) : undefined;
    const associations = Array.isArray(c.associations) ? records(c.associations).map((a) => ({ SubnetId: stringOf(a.subnetId) })) : undefined;
    const acl: NetworkAcl = {
      NetworkAclId: stringOf(c.networkAclId) ?? item.resourceId,
      VpcId: stringOf(c.vpcId),
      IsDefault: booleanOf(c.isDefault),
      OwnerId: stringOf(c.ownerId),
      Entries: entries ?? [],
      Associations: associations ?? [],
      Tags: Object.entries(item.tags).map(([Key, Value]) => ({ Key, Value })),
    };
    const unread = (path: string, key: string, lacking: boolean): { path: string; reason: string }[] =>
      lacking ? [{ path, reason: `the Configuration Item's configuration.${key} is missing or not a value DescribeNetworkAcls documents` }] : [];
    const unreadable = [
      ...unread('vpcId', 'vpcId', acl.VpcId === undefined || acl.VpcId === ''),
      ...unread('isDefault', 'isDefault', acl.IsDefault === undefined),
      ...unread('entries', 'entries', entries === undefined || !entries.every(complete)),
      ...unread('associatedSubnetIds', 'associations', associations === undefined),
    ];
    const read = fromItem(readFields(networkAclFields(acl)), unreadable);
    return { envelope: networkAclEnvelope(acl, place), fields: read.fields, ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}) };
  },
});
