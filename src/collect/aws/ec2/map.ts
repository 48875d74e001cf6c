/**
 * Pure mapping from EC2 answers to the catalog shapes of aws.ec2.*. AWS
 * values are kept as AWS spells them (protocols "-1"/"tcp"/"6", states);
 * what AWS leaves out becomes null, and AWS's empty-string placeholders
 * (a volume's SnapshotId) become null too, so "not set" has one spelling.
 */
import { tagMap, emptyToNull } from '../../answers.js';
import type { FlowLog, Instance, IpPermission, NetworkAcl, NetworkAclEntry, NetworkInterface, SecurityGroup, Tag, Volume, Vpc } from '@aws-sdk/client-ec2';

/** Where the resources were collected: ARNs are built from it when AWS does not return one. */
export interface Place {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}

export interface Envelope {
  readonly type: string;
  readonly id: string;
  readonly arn: string;
  readonly tags: Record<string, string>;
  readonly name?: string;
}

const iso = (date: Date | undefined): string => (date ?? new Date(0)).toISOString();

export function tagsOf(tags: readonly Tag[] | undefined): Record<string, string> {
  return tagMap(tags);
}

/** The Name tag, or the resource's own name, when it says more than the id. */
function envelope(type: string, id: string, arn: string, tags: readonly Tag[] | undefined, ownName?: string): Envelope {
  const mapped = tagsOf(tags);
  const name = emptyToNull(mapped.Name) ?? emptyToNull(ownName);
  return { type, id, arn, tags: mapped, ...(name === null || name === id ? {} : { name }) };
}

const ec2Arn = (place: Place, kind: string, id: string, owner?: string): string => `arn:${place.partition}:ec2:${place.region}:${owner ?? place.account}:${kind}/${id}`;

function permission(rule: IpPermission): Record<string, unknown> {
  return {
    protocol: rule.IpProtocol ?? '-1',
    // Protocol "-1" and protocols without ports come without FromPort/ToPort: null, never 0.
    fromPort: rule.FromPort ?? null,
    toPort: rule.ToPort ?? null,
    ipv4Ranges: (rule.IpRanges ?? []).map((r) => ({ cidr: r.CidrIp ?? '', description: emptyToNull(r.Description) })),
    ipv6Ranges: (rule.Ipv6Ranges ?? []).map((r) => ({ cidr: r.CidrIpv6 ?? '', description: emptyToNull(r.Description) })),
    prefixListIds: (rule.PrefixListIds ?? []).map((p) => ({ prefixListId: p.PrefixListId ?? '', description: emptyToNull(p.Description) })),
    referencedGroups: (rule.UserIdGroupPairs ?? []).map((g) => ({
      groupId: g.GroupId ?? '',
      userId: emptyToNull(g.UserId),
      vpcId: emptyToNull(g.VpcId),
      peeringStatus: emptyToNull(g.PeeringStatus),
      description: emptyToNull(g.Description),
    })),
  };
}

export function securityGroupEnvelope(group: SecurityGroup, place: Place): Envelope {
  const id = group.GroupId ?? '';
  return envelope('aws.ec2.security-group', id, group.SecurityGroupArn ?? ec2Arn(place, 'security-group', id, group.OwnerId), group.Tags, group.GroupName);
}

/** Every field but attachedInterfaceCount, which comes from the network interface listing. */
export function securityGroupFields(group: SecurityGroup, account: string): Record<string, unknown> {
  return {
    groupId: group.GroupId ?? '',
    groupName: group.GroupName ?? '',
    description: group.Description ?? '',
    vpcId: emptyToNull(group.VpcId),
    ownerId: group.OwnerId ?? account,
    isDefault: group.GroupName === 'default',
    ingress: (group.IpPermissions ?? []).map(permission),
    egress: (group.IpPermissionsEgress ?? []).map(permission),
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

function aclEntry(entry: NetworkAclEntry): Record<string, unknown> {
  const ports = entry.PortRange;
  const icmp = entry.IcmpTypeCode;
  return {
    ruleNumber: entry.RuleNumber ?? 0,
    egress: entry.Egress ?? false,
    ruleAction: entry.RuleAction ?? 'deny',
    protocol: entry.Protocol ?? '-1',
    cidrBlock: emptyToNull(entry.CidrBlock),
    ipv6CidrBlock: emptyToNull(entry.Ipv6CidrBlock),
    portRange: ports?.From === undefined || ports.To === undefined ? null : { from: ports.From, to: ports.To },
    icmpTypeCode: icmp?.Type === undefined || icmp.Code === undefined ? null : { type: icmp.Type, code: icmp.Code },
  };
}

export function networkAclEnvelope(acl: NetworkAcl, place: Place): Envelope {
  const id = acl.NetworkAclId ?? '';
  return envelope('aws.ec2.network-acl', id, ec2Arn(place, 'network-acl', id, acl.OwnerId), acl.Tags);
}

export function networkAclFields(acl: NetworkAcl, account: string): Record<string, unknown> {
  return {
    networkAclId: acl.NetworkAclId ?? '',
    vpcId: acl.VpcId ?? '',
    isDefault: acl.IsDefault ?? false,
    ownerId: acl.OwnerId ?? account,
    entries: (acl.Entries ?? []).map(aclEntry),
    associatedSubnetIds: (acl.Associations ?? []).flatMap((a) => (a.SubnetId === undefined ? [] : [a.SubnetId])),
  };
}

export function instanceEnvelope(instance: Instance, place: Place): Envelope {
  const id = instance.InstanceId ?? '';
  return envelope('aws.ec2.instance', id, ec2Arn(place, 'instance', id), instance.Tags);
}

export function instanceFields(instance: Instance): Record<string, unknown> {
  const imds = instance.MetadataOptions;
  return {
    instanceId: instance.InstanceId ?? '',
    instanceType: instance.InstanceType ?? '',
    imageId: instance.ImageId ?? '',
    state: instance.State?.Name ?? 'pending',
    launchTime: iso(instance.LaunchTime),
    vpcId: emptyToNull(instance.VpcId),
    subnetId: emptyToNull(instance.SubnetId),
    privateIpAddress: emptyToNull(instance.PrivateIpAddress),
    publicIpAddress: emptyToNull(instance.PublicIpAddress),
    iamInstanceProfileArn: emptyToNull(instance.IamInstanceProfile?.Arn),
    securityGroupIds: (instance.SecurityGroups ?? []).flatMap((g) => (g.GroupId === undefined ? [] : [g.GroupId])),
    // AWS always answers MetadataOptions; if it did not, assume the permissive launch defaults (IMDSv1 allowed), never the safe ones.
    metadataOptions: {
      httpTokens: imds?.HttpTokens ?? 'optional',
      httpEndpoint: imds?.HttpEndpoint ?? 'enabled',
      httpPutResponseHopLimit: imds?.HttpPutResponseHopLimit ?? 1,
      instanceMetadataTags: imds?.InstanceMetadataTags ?? 'disabled',
      state: imds?.State ?? 'applied',
    },
    monitoringState: instance.Monitoring?.State ?? 'disabled',
    ebsOptimized: instance.EbsOptimized ?? false,
    rootDeviceType: instance.RootDeviceType ?? 'ebs',
    blockDeviceVolumeIds: (instance.BlockDeviceMappings ?? []).flatMap((m) => (m.Ebs?.VolumeId === undefined ? [] : [m.Ebs.VolumeId])),
  };
}

export function volumeEnvelope(volume: Volume, place: Place): Envelope {
  const id = volume.VolumeId ?? '';
  return envelope('aws.ec2.volume', id, ec2Arn(place, 'volume', id), volume.Tags);
}

export function volumeFields(volume: Volume): Record<string, unknown> {
  const encrypted = volume.Encrypted ?? false;
  return {
    volumeId: volume.VolumeId ?? '',
    size: volume.Size ?? 0,
    volumeType: volume.VolumeType ?? 'standard',
    iops: volume.Iops ?? null,
    throughput: volume.Throughput ?? null,
    encrypted,
    kmsKeyId: encrypted ? emptyToNull(volume.KmsKeyId) : null,
    state: volume.State ?? 'error',
    createTime: iso(volume.CreateTime),
    availabilityZone: volume.AvailabilityZone ?? '',
    // AWS answers SnapshotId "" for a volume not created from a snapshot.
    snapshotId: emptyToNull(volume.SnapshotId),
    multiAttachEnabled: volume.MultiAttachEnabled ?? false,
    attachments: (volume.Attachments ?? []).map((a) => ({
      instanceId: a.InstanceId ?? '',
      device: a.Device ?? '',
      state: a.State ?? 'attached',
      deleteOnTermination: a.DeleteOnTermination ?? false,
    })),
  };
}

export function vpcEnvelope(vpc: Vpc, place: Place): Envelope {
  const id = vpc.VpcId ?? '';
  return envelope('aws.ec2.vpc', id, ec2Arn(place, 'vpc', id, vpc.OwnerId), vpc.Tags);
}

/** Every field but flowLogs, which come from the region's flow log listing. */
export function vpcFields(vpc: Vpc, account: string): Record<string, unknown> {
  return {
    vpcId: vpc.VpcId ?? '',
    cidrBlock: vpc.CidrBlock ?? '',
    ipv6CidrBlocks: (vpc.Ipv6CidrBlockAssociationSet ?? []).flatMap((a) => (a.Ipv6CidrBlockState?.State === 'associated' && a.Ipv6CidrBlock !== undefined ? [a.Ipv6CidrBlock] : [])),
    isDefault: vpc.IsDefault ?? false,
    state: vpc.State ?? 'pending',
    ownerId: vpc.OwnerId ?? account,
    instanceTenancy: vpc.InstanceTenancy ?? 'default',
  };
}

function flowLog(log: FlowLog): Record<string, unknown> {
  return {
    flowLogId: log.FlowLogId ?? '',
    flowLogStatus: log.FlowLogStatus ?? 'ACTIVE',
    deliverLogsStatus: emptyToNull(log.DeliverLogsStatus),
    trafficType: log.TrafficType ?? 'ALL',
    // Flow logs created before other destinations existed carry only a log group.
    logDestinationType: log.LogDestinationType ?? 'cloud-watch-logs',
    logDestination: emptyToNull(log.LogDestination),
    logGroupName: emptyToNull(log.LogGroupName),
    creationTime: iso(log.CreationTime),
    maxAggregationInterval: log.MaxAggregationInterval ?? null,
  };
}

/** Flow logs by the resource they capture (a VPC, subnet or interface id), from one listing of the region. */
export function flowLogsByResource(logs: readonly FlowLog[]): Map<string, Record<string, unknown>[]> {
  const grouped = new Map<string, Record<string, unknown>[]>();
  for (const log of logs) {
    if (log.ResourceId === undefined) continue;
    const list = grouped.get(log.ResourceId) ?? [];
    list.push(flowLog(log));
    grouped.set(log.ResourceId, list);
  }
  return grouped;
}
