/**
 * Pure mapping from EC2 answers to the catalog shapes of aws.ec2.*. AWS
 * values are kept as AWS spells them (protocols "-1"/"tcp"/"6", states).
 * Each field has its own reader (answers.ts): a value DescribeX always
 * answers but did not, or one outside the set the schema knows, fails that
 * field (or that rule, flow log or entry) instead of being guessed.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - A value AWS sends only when there is one becomes null: a group's or
 *   instance's VpcId, SubnetId, private and public IP (EC2-Classic, stopped
 *   or terminated instances, no public IP), IamInstanceProfile ("if
 *   applicable", Instance in the EC2 API Reference), a range's or rule's
 *   Description, a referenced group's UserId/VpcId/PeeringStatus, a volume's
 *   Iops/Throughput (not every volume type has them) and KmsKeyId (only an
 *   encrypted volume has one), a flow log's DeliverLogsStatus, LogDestination,
 *   LogGroupName and MaxAggregationInterval. AWS's empty-string placeholders
 *   (a volume's SnapshotId "") become null too.
 * - FromPort/ToPort absent is null, never 0: IpPermission (EC2 API Reference)
 *   sends no ports for protocol "-1" ("allows traffic on all ports") and may
 *   omit them for icmpv6 ("all types and codes"); policy functions read a
 *   missing range as every port. A NACL entry's PortRange/IcmpTypeCode
 *   absent is null in the same way ("TCP or UDP protocols: the range of
 *   ports", NetworkAclEntry).
 * - Inside one security group rule, the four source lists (IpRanges,
 *   Ipv6Ranges, PrefixListIds, UserIdGroupPairs) absent are empty: each is
 *   "Required: No" in IpPermission, and a rule names its sources only in the
 *   lists that apply ("either a CIDR block or a source security group, not
 *   both", IpRange). The rule lists themselves (IpPermissions,
 *   IpPermissionsEgress), a NACL's Entries and Associations, a VPC's IPv6
 *   associations, an instance's groups and block devices and a volume's
 *   attachments are always answered (an empty set as an empty element), so
 *   their absence is unknown.
 * - A block device mapping without Ebs is an instance-store volume
 *   (BlockDeviceMapping: "Ebs: Parameters used to automatically set up EBS
 *   volumes"), so it lists no volume id.
 * - isDefault of a security group is derived from its name: the VPC's
 *   default group is named "default", a name no other group can take.
 */
import { eachOf, emptyToNull, iso, knownValue, required, tagMap, text, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { FlowLog, Instance, IpPermission, NetworkAcl, NetworkAclEntry, NetworkInterface, SecurityGroup, Subnet, Tag, Volume, Vpc } from '@aws-sdk/client-ec2';

type VpcData = CatalogData['aws.ec2.vpc'];

/** Where the resources were collected: ARNs are built from it when AWS does not return one. */
export interface Place {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}

export interface Envelope<N extends string = string> {
  readonly type: N;
  readonly id: string;
  readonly arn: string;
  readonly tags: Record<string, string>;
  readonly name?: string;
}

export function tagsOf(tags: readonly Tag[] | undefined): Record<string, string> {
  return tagMap(tags);
}

/** An EC2 resource's envelope; its name is the Name tag, or the resource's own name, when it says more than the id. */
export function envelope<const N extends string>(type: N, id: string, arn: string, tags: readonly Tag[] | undefined, ownName?: string): Envelope<N> {
  const mapped = tagsOf(tags);
  const name = emptyToNull(mapped.Name) ?? emptyToNull(ownName);
  return { type, id, arn, tags: mapped, ...(name === null || name === id ? {} : { name }) };
}

/** An EC2 ARN built where AWS returns none; `owner` '' for the account-less ones (images, snapshots). */
export const ec2Arn = (place: Place, kind: string, id: string, owner?: string): string => `arn:${place.partition}:ec2:${place.region}:${owner ?? place.account}:${kind}/${id}`;

function permission(rule: IpPermission): CatalogData['aws.ec2.security-group']['ingress'][number] {
  return {
    protocol: text(rule.IpProtocol, 'IpProtocol'),
    // Protocol "-1" and protocols without ports come without FromPort/ToPort: null, never 0.
    fromPort: rule.FromPort ?? null,
    toPort: rule.ToPort ?? null,
    ipv4Ranges: (rule.IpRanges ?? []).map((r) => ({ cidr: text(r.CidrIp, 'IpRanges CidrIp'), description: emptyToNull(r.Description) })),
    ipv6Ranges: (rule.Ipv6Ranges ?? []).map((r) => ({ cidr: text(r.CidrIpv6, 'Ipv6Ranges CidrIpv6'), description: emptyToNull(r.Description) })),
    prefixListIds: (rule.PrefixListIds ?? []).map((p) => ({ prefixListId: text(p.PrefixListId, 'PrefixListId'), description: emptyToNull(p.Description) })),
    referencedGroups: (rule.UserIdGroupPairs ?? []).map((g) => ({
      groupId: text(g.GroupId, 'UserIdGroupPairs GroupId'),
      userId: emptyToNull(g.UserId),
      vpcId: emptyToNull(g.VpcId),
      peeringStatus: emptyToNull(g.PeeringStatus),
      description: emptyToNull(g.Description),
    })),
  };
}

export function securityGroupEnvelope(group: SecurityGroup, place: Place): Envelope<'aws.ec2.security-group'> {
  const id = group.GroupId ?? '';
  return envelope('aws.ec2.security-group', id, group.SecurityGroupArn ?? ec2Arn(place, 'security-group', id, group.OwnerId), group.Tags, group.GroupName);
}

/**
 * Every field but attachedInterfaceCount, which comes from the network
 * interface listing. A rule with a part AWS left out (a range without its
 * CIDR) fails at its own index, so the group's other rules still decide.
 */
export function securityGroupFields(group: SecurityGroup): ReadersOf<CatalogData['aws.ec2.security-group']> {
  return {
    groupId: () => text(group.GroupId, 'GroupId'),
    groupName: () => text(group.GroupName, 'GroupName'),
    description: () => required(group.Description, 'Description'),
    vpcId: () => emptyToNull(group.VpcId),
    ownerId: () => text(group.OwnerId, 'OwnerId'),
    isDefault: () => text(group.GroupName, 'GroupName') === 'default',
    ingress: () => eachOf(group.IpPermissions, 'IpPermissions', permission),
    egress: () => eachOf(group.IpPermissionsEgress, 'IpPermissionsEgress', permission),
  };
}

/** Network interfaces per security group id, counted from one listing of the region. */
export function interfaceCounts(interfaces: readonly NetworkInterface[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const eni of interfaces) {
    for (const id of new Set((eni.Groups ?? []).map((g) => g.GroupId))) {
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

function aclEntry(entry: NetworkAclEntry): CatalogData['aws.ec2.network-acl']['entries'][number] {
  const ports = entry.PortRange;
  const icmp = entry.IcmpTypeCode;
  const cidrBlock = emptyToNull(entry.CidrBlock);
  const ipv6CidrBlock = emptyToNull(entry.Ipv6CidrBlock);
  // An entry matches an IPv4 or an IPv6 block; one with neither would match nothing and hide what it really does.
  if (cidrBlock === null && ipv6CidrBlock === null) throw new UnreadableAnswer('IncompleteResponse', 'the entry has neither CidrBlock nor Ipv6CidrBlock');
  return {
    ruleNumber: required(entry.RuleNumber, 'RuleNumber'),
    egress: required(entry.Egress, 'Egress'),
    ruleAction: knownValue(entry.RuleAction, ['allow', 'deny'], 'RuleAction'),
    protocol: text(entry.Protocol, 'Protocol'),
    cidrBlock,
    ipv6CidrBlock,
    portRange: ports?.From === undefined || ports.To === undefined ? null : { from: ports.From, to: ports.To },
    icmpTypeCode: icmp?.Type === undefined || icmp.Code === undefined ? null : { type: icmp.Type, code: icmp.Code },
  };
}

export function networkAclEnvelope(acl: NetworkAcl, place: Place): Envelope<'aws.ec2.network-acl'> {
  const id = acl.NetworkAclId ?? '';
  return envelope('aws.ec2.network-acl', id, ec2Arn(place, 'network-acl', id, acl.OwnerId), acl.Tags);
}

/**
 * One entry missing its number, direction, action, protocol or CIDR makes
 * the whole list unknown: AWS applies the entries together, lowest number
 * first, so the others cannot decide without it.
 */
export function networkAclFields(acl: NetworkAcl): ReadersOf<CatalogData['aws.ec2.network-acl']> {
  return {
    networkAclId: () => text(acl.NetworkAclId, 'NetworkAclId'),
    vpcId: () => text(acl.VpcId, 'VpcId'),
    isDefault: () => required(acl.IsDefault, 'IsDefault'),
    ownerId: () => text(acl.OwnerId, 'OwnerId'),
    entries: () => required(acl.Entries, 'Entries').map(aclEntry),
    associatedSubnetIds: () => required(acl.Associations, 'Associations').map((a) => text(a.SubnetId, 'Associations SubnetId')),
  };
}

export function instanceEnvelope(instance: Instance, place: Place): Envelope<'aws.ec2.instance'> {
  const id = instance.InstanceId ?? '';
  return envelope('aws.ec2.instance', id, ec2Arn(place, 'instance', id), instance.Tags);
}

export function instanceFields(instance: Instance): ReadersOf<CatalogData['aws.ec2.instance']> {
  const imds = (): NonNullable<Instance['MetadataOptions']> => required(instance.MetadataOptions, 'MetadataOptions');
  return {
    instanceId: () => text(instance.InstanceId, 'InstanceId'),
    instanceType: () => text(instance.InstanceType, 'InstanceType'),
    imageId: () => text(instance.ImageId, 'ImageId'),
    state: () => knownValue(instance.State?.Name, ['pending', 'running', 'shutting-down', 'terminated', 'stopping', 'stopped'], 'State.Name'),
    launchTime: () => iso(instance.LaunchTime, 'LaunchTime'),
    vpcId: () => emptyToNull(instance.VpcId),
    subnetId: () => emptyToNull(instance.SubnetId),
    privateIpAddress: () => emptyToNull(instance.PrivateIpAddress),
    publicIpAddress: () => emptyToNull(instance.PublicIpAddress),
    iamInstanceProfileArn: () => emptyToNull(instance.IamInstanceProfile?.Arn),
    securityGroupIds: () => required(instance.SecurityGroups, 'SecurityGroups').map((g) => text(g.GroupId, 'SecurityGroups GroupId')),
    // Each IMDS option on its own: the launch defaults (IMDSv1 allowed) are not what DescribeInstances says the instance has.
    'metadataOptions.httpTokens': () => knownValue(imds().HttpTokens, ['optional', 'required'], 'MetadataOptions.HttpTokens'),
    'metadataOptions.httpEndpoint': () => knownValue(imds().HttpEndpoint, ['enabled', 'disabled'], 'MetadataOptions.HttpEndpoint'),
    'metadataOptions.httpPutResponseHopLimit': () => required(imds().HttpPutResponseHopLimit, 'MetadataOptions.HttpPutResponseHopLimit'),
    'metadataOptions.instanceMetadataTags': () => knownValue(imds().InstanceMetadataTags, ['enabled', 'disabled'], 'MetadataOptions.InstanceMetadataTags'),
    'metadataOptions.state': () => knownValue(imds().State, ['pending', 'applied'], 'MetadataOptions.State'),
    monitoringState: () => knownValue(instance.Monitoring?.State, ['disabled', 'disabling', 'enabled', 'pending'], 'Monitoring.State'),
    ebsOptimized: () => required(instance.EbsOptimized, 'EbsOptimized'),
    rootDeviceType: () => knownValue(instance.RootDeviceType, ['ebs', 'instance-store'], 'RootDeviceType'),
    blockDeviceVolumeIds: () => required(instance.BlockDeviceMappings, 'BlockDeviceMappings').flatMap((m) => (m.Ebs === undefined ? [] : [text(m.Ebs.VolumeId, 'BlockDeviceMappings Ebs.VolumeId')])),
    networkInterfaceCount: () => required(instance.NetworkInterfaces, 'NetworkInterfaces').length,
    virtualizationType: () => knownValue(instance.VirtualizationType, ['hvm', 'paravirtual'], 'VirtualizationType'),
    stoppedAt: () => (knownValue(instance.State?.Name, ['pending', 'running', 'shutting-down', 'terminated', 'stopping', 'stopped'], 'State.Name') === 'stopped' ? stopTime(instance.StateTransitionReason) : null),
  };
}

/**
 * The time in a stopped instance's StateTransitionReason, which EC2 writes
 * as "User initiated (2024-01-01 12:00:00 GMT)" (or another cause before the
 * parenthesis). Only that exact form is read: a reason without it (a
 * scheduled retirement, an empty reason) is unreadable, never "just now".
 */
export function stopTime(reason: string | undefined): string {
  const match = /\((\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT\)\s*$/.exec(reason ?? '');
  const time = match === null ? Number.NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6]));
  const iso = Number.isNaN(time) ? '' : new Date(time).toISOString();
  // Date.UTC rolls 2024-02-30 over into March: a date that does not round-trip is not a date.
  if (match === null || !iso.startsWith(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`)) {
    throw new UnreadableAnswer('IncompleteResponse', `the instance is stopped but StateTransitionReason ${JSON.stringify(reason ?? '')} holds no stop time`);
  }
  return iso;
}

export function volumeEnvelope(volume: Volume, place: Place): Envelope<'aws.ec2.volume'> {
  const id = volume.VolumeId ?? '';
  return envelope('aws.ec2.volume', id, ec2Arn(place, 'volume', id), volume.Tags);
}

export function volumeFields(volume: Volume): ReadersOf<CatalogData['aws.ec2.volume']> {
  return {
    volumeId: () => text(volume.VolumeId, 'VolumeId'),
    size: () => required(volume.Size, 'Size'),
    volumeType: () => knownValue(volume.VolumeType, ['standard', 'io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1'], 'VolumeType'),
    iops: () => volume.Iops ?? null,
    throughput: () => volume.Throughput ?? null,
    encrypted: () => required(volume.Encrypted, 'Encrypted'),
    kmsKeyId: () => (required(volume.Encrypted, 'Encrypted') ? emptyToNull(volume.KmsKeyId) : null),
    state: () => knownValue(volume.State, ['creating', 'available', 'in-use', 'deleting', 'deleted', 'error'], 'State'),
    createTime: () => iso(volume.CreateTime, 'CreateTime'),
    availabilityZone: () => text(volume.AvailabilityZone, 'AvailabilityZone'),
    // AWS answers SnapshotId "" for a volume not created from a snapshot.
    snapshotId: () => emptyToNull(volume.SnapshotId),
    multiAttachEnabled: () => required(volume.MultiAttachEnabled, 'MultiAttachEnabled'),
    attachments: () => eachOf(volume.Attachments, 'Attachments', (a) => ({
      instanceId: text(a.InstanceId, 'InstanceId'),
      device: text(a.Device, 'Device'),
      state: knownValue(a.State, ['attaching', 'attached', 'detaching', 'detached', 'busy'], 'State'),
      deleteOnTermination: required(a.DeleteOnTermination, 'DeleteOnTermination'),
    })),
  };
}

export function vpcEnvelope(vpc: Vpc, place: Place): Envelope<'aws.ec2.vpc'> {
  const id = vpc.VpcId ?? '';
  return envelope('aws.ec2.vpc', id, ec2Arn(place, 'vpc', id, vpc.OwnerId), vpc.Tags);
}

export function subnetEnvelope(subnet: Subnet, place: Place): Envelope<'aws.ec2.subnet'> {
  const id = subnet.SubnetId ?? '';
  return envelope('aws.ec2.subnet', id, emptyToNull(subnet.SubnetArn) ?? ec2Arn(place, 'subnet', id, subnet.OwnerId), subnet.Tags);
}

/** Every field DescribeSubnets answers. What decides a verdict (public addresses on launch, the default flag) is required, never defaulted. */
export function subnetFields(subnet: Subnet): ReadersOf<CatalogData['aws.ec2.subnet']> {
  return {
    subnetId: () => text(subnet.SubnetId, 'SubnetId'),
    vpcId: () => text(subnet.VpcId, 'VpcId'),
    // An IPv6-only subnet has no IPv4 range.
    cidrBlock: () => emptyToNull(subnet.CidrBlock),
    ipv6CidrBlocks: () => required(subnet.Ipv6CidrBlockAssociationSet, 'Ipv6CidrBlockAssociationSet')
      .flatMap((a) => (a.Ipv6CidrBlockState?.State === 'associated' ? [text(a.Ipv6CidrBlock, 'Ipv6CidrBlock')] : [])),
    availabilityZone: () => text(subnet.AvailabilityZone, 'AvailabilityZone'),
    availabilityZoneId: () => text(subnet.AvailabilityZoneId, 'AvailabilityZoneId'),
    state: () => knownValue(subnet.State, ['pending', 'available', 'unavailable', 'failed', 'failed-insufficient-capacity'], 'State'),
    ownerId: () => text(subnet.OwnerId, 'OwnerId'),
    defaultForAz: () => required(subnet.DefaultForAz, 'DefaultForAz'),
    mapPublicIpOnLaunch: () => required(subnet.MapPublicIpOnLaunch, 'MapPublicIpOnLaunch'),
    assignIpv6AddressOnCreation: () => required(subnet.AssignIpv6AddressOnCreation, 'AssignIpv6AddressOnCreation'),
    availableIpAddressCount: () => required(subnet.AvailableIpAddressCount, 'AvailableIpAddressCount'),
  };
}

/** Every field but flowLogs, which come from the region's flow log listing. */
export function vpcFields(vpc: Vpc): ReadersOf<VpcData> {
  return {
    vpcId: () => text(vpc.VpcId, 'VpcId'),
    cidrBlock: () => text(vpc.CidrBlock, 'CidrBlock'),
    ipv6CidrBlocks: () => required(vpc.Ipv6CidrBlockAssociationSet, 'Ipv6CidrBlockAssociationSet')
      .flatMap((a) => (a.Ipv6CidrBlockState?.State === 'associated' ? [text(a.Ipv6CidrBlock, 'Ipv6CidrBlock')] : [])),
    isDefault: () => required(vpc.IsDefault, 'IsDefault'),
    state: () => knownValue(vpc.State, ['pending', 'available'], 'State'),
    ownerId: () => text(vpc.OwnerId, 'OwnerId'),
    instanceTenancy: () => knownValue(vpc.InstanceTenancy, ['default', 'dedicated', 'host'], 'InstanceTenancy'),
  };
}

/** One flow log; a status, traffic type or destination type AWS left out is unknown, never "ACTIVE", "ALL" or CloudWatch Logs. */
function flowLog(log: FlowLog): VpcData['flowLogs'][number] {
  return {
    flowLogId: text(log.FlowLogId, 'FlowLogId'),
    flowLogStatus: knownValue(log.FlowLogStatus, ['ACTIVE'], 'FlowLogStatus'),
    deliverLogsStatus: log.DeliverLogsStatus === undefined || log.DeliverLogsStatus === '' ? null : knownValue(log.DeliverLogsStatus, ['SUCCESS', 'FAILED'], 'DeliverLogsStatus'),
    trafficType: knownValue(log.TrafficType, ['ACCEPT', 'REJECT', 'ALL'], 'TrafficType'),
    logDestinationType: knownValue(log.LogDestinationType, ['cloud-watch-logs', 's3', 'kinesis-data-firehose'], 'LogDestinationType'),
    logDestination: emptyToNull(log.LogDestination),
    logGroupName: emptyToNull(log.LogGroupName),
    creationTime: iso(log.CreationTime, 'CreationTime'),
    maxAggregationInterval: log.MaxAggregationInterval ?? null,
  };
}

/**
 * Flow logs by the resource they capture (a VPC, subnet or interface id),
 * from one listing of the region, mapped each on its own: one AWS answered
 * incompletely is a placeholder failing at its index (see eachOf). A flow
 * log without ResourceId cannot be placed: it is returned in `unplaced`, so
 * the caller can say every VPC's list may be missing it.
 */
export function flowLogsByResource(logs: readonly FlowLog[]): { byResource: Map<string, FlowLog[]>; unplaced: number } {
  const byResource = new Map<string, FlowLog[]>();
  let unplaced = 0;
  for (const log of logs) {
    if (log.ResourceId === undefined || log.ResourceId === '') {
      unplaced++;
      continue;
    }
    const list = byResource.get(log.ResourceId) ?? [];
    list.push(log);
    byResource.set(log.ResourceId, list);
  }
  return { byResource, unplaced };
}

/** The flow logs of one resource, as its `flowLogs` field. */
export function flowLogsOf(logs: readonly FlowLog[]): WithGaps<VpcData['flowLogs']> {
  return eachOf(logs, 'FlowLogs', flowLog);
}
