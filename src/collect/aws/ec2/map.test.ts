/** The pure EC2 mappings on SDK-shaped answers, including the shapes AWS sends rarely and the values it leaves out. */
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { flowLogsByResource, flowLogsOf, instanceFields, interfaceCounts, networkAclFields, securityGroupEnvelope, securityGroupFields, stopTime, tagsOf, volumeFields, vpcEnvelope, vpcFields } from './map.js';

const place = { partition: 'aws-us-gov', region: 'us-gov-west-1', account: '123456789012' };
const paths = (read: ReturnType<typeof readFields>): string[] => read.unreadable.map((u) => u.path);

describe('EC2 mapping', () => {
  it('normalizes security group rules: no ports for protocol -1, null descriptions, deleted referenced groups', () => {
    const { fields, unreadable } = readFields(securityGroupFields({
      GroupId: 'sg-1', GroupName: 'app', Description: 'app', VpcId: 'vpc-1', OwnerId: '123456789012',
      IpPermissions: [
        { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-gone' }] },
        { IpProtocol: '50', IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
        { IpProtocol: 'udp', FromPort: 0, ToPort: 65535, Ipv6Ranges: [{ CidrIpv6: '::/0', Description: 'all' }] },
      ],
      IpPermissionsEgress: [],
    }));
    expect(unreadable).toEqual([]);
    expect(fields.ingress).toEqual([
      { protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], referencedGroups: [{ groupId: 'sg-gone', userId: null, vpcId: null, peeringStatus: null, description: null }] },
      { protocol: '50', fromPort: null, toPort: null, ipv4Ranges: [{ cidr: '10.0.0.0/8', description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] },
      { protocol: 'udp', fromPort: 0, toPort: 65535, ipv4Ranges: [], ipv6Ranges: [{ cidr: '::/0', description: 'all' }], prefixListIds: [], referencedGroups: [] },
    ]);
    expect(fields).toMatchObject({ egress: [], isDefault: false, vpcId: 'vpc-1' });
  });

  it('treats only the group named "default" as default and builds ARNs in the collected partition', () => {
    expect(readFields(securityGroupFields({ GroupId: 'sg-2', GroupName: 'default', Description: '', OwnerId: '123456789012', IpPermissions: [], IpPermissionsEgress: [] })).fields)
      .toMatchObject({ isDefault: true, ownerId: '123456789012', vpcId: null, description: '' });
    expect(securityGroupEnvelope({ GroupId: 'sg-2', GroupName: 'default', OwnerId: '210987654321' }, place)).toEqual({
      type: 'aws.ec2.security-group', id: 'sg-2', arn: 'arn:aws-us-gov:ec2:us-gov-west-1:210987654321:security-group/sg-2', tags: {}, name: 'default',
    });
  });

  it('reads a rule list AWS left out as unknown, not as a group without rules, and a range without its CIDR as an unknown rule', () => {
    const read = readFields(securityGroupFields({
      GroupId: 'sg-3', GroupName: 'default', Description: 'default VPC security group', OwnerId: '123456789012',
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ Description: 'ssh' }] },
      ],
    }));
    expect(paths(read)).toEqual(['ingress[1]', 'egress']);
    expect(read.fields.ingress).toEqual([expect.objectContaining({ fromPort: 443 }), {}]);
    expect('egress' in read.fields).toBe(false);
    // Without its name the group cannot be told default or not.
    expect(paths(readFields(securityGroupFields({ GroupId: 'sg-4', Description: 'x', OwnerId: '123456789012', IpPermissions: [], IpPermissionsEgress: [] })))).toEqual(['groupName', 'isDefault']);
  });

  it('counts each interface once per group', () => {
    const counts = interfaceCounts([
      { NetworkInterfaceId: 'eni-1', Groups: [{ GroupId: 'sg-1' }, { GroupId: 'sg-2' }] },
      { NetworkInterfaceId: 'eni-2', Groups: [{ GroupId: 'sg-1' }, { GroupId: 'sg-1' }] },
      { NetworkInterfaceId: 'eni-3' },
    ]);
    expect([...counts]).toEqual([['sg-1', 2], ['sg-2', 1]]);
  });

  it('maps network ACL entries without inventing ports or ICMP codes', () => {
    const { fields, unreadable } = readFields(networkAclFields({ NetworkAclId: 'acl-1', VpcId: 'vpc-1', IsDefault: true, OwnerId: '123456789012', Entries: [
      { RuleNumber: 32768, Egress: true, RuleAction: 'deny', Protocol: '-1', Ipv6CidrBlock: '::/0' },
      { RuleNumber: 90, Egress: false, RuleAction: 'allow', Protocol: '58', Ipv6CidrBlock: '::/0', IcmpTypeCode: { Type: 128, Code: 0 } },
    ], Associations: [{ SubnetId: 'subnet-1' }] }));
    expect(unreadable).toEqual([]);
    expect(fields).toEqual({
      networkAclId: 'acl-1', vpcId: 'vpc-1', isDefault: true, ownerId: '123456789012', associatedSubnetIds: ['subnet-1'],
      entries: [
        { ruleNumber: 32768, egress: true, ruleAction: 'deny', protocol: '-1', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null, icmpTypeCode: null },
        { ruleNumber: 90, egress: false, ruleAction: 'allow', protocol: '58', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null, icmpTypeCode: { type: 128, code: 0 } },
      ],
    });
  });

  it.each([
    ['without RuleAction (once read as deny)', { RuleNumber: 100, Egress: false, Protocol: '6', CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } }],
    ['without RuleNumber (once read as 0, first of all)', { Egress: false, RuleAction: 'deny', Protocol: '-1', CidrBlock: '0.0.0.0/0' }],
    ['without Egress (once read as inbound)', { RuleNumber: 100, RuleAction: 'allow', Protocol: '-1', CidrBlock: '0.0.0.0/0' }],
    ['without a CIDR block of either family', { RuleNumber: 100, Egress: false, RuleAction: 'allow', Protocol: '-1' }],
    ['with an action AWS does not document', { RuleNumber: 100, Egress: false, RuleAction: 'permit', Protocol: '-1', CidrBlock: '0.0.0.0/0' }],
  ] as const)('makes the entries unknown for an entry %s', (_label, entry) => {
    const read = readFields(networkAclFields({ NetworkAclId: 'acl-1', VpcId: 'vpc-1', IsDefault: false, OwnerId: '123456789012', Associations: [], Entries: [entry as never] }));
    expect(paths(read)).toEqual(['entries']);
  });

  it('maps each metadata option of an instance on its own and never assumes the launch defaults', () => {
    const read = readFields(instanceFields({
      InstanceId: 'i-1', InstanceType: 't3.micro', ImageId: 'ami-1', State: { Name: 'running' }, LaunchTime: new Date('2026-01-02T03:04:05Z'), PublicIpAddress: '',
      SecurityGroups: [], EbsOptimized: false, RootDeviceType: 'ebs', Monitoring: { State: 'disabled' },
      BlockDeviceMappings: [{ DeviceName: '/dev/sdb' }, { Ebs: { VolumeId: 'vol-1' } }],
      MetadataOptions: { HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 2, InstanceMetadataTags: 'disabled', State: 'applied' },
      NetworkInterfaces: [{}], VirtualizationType: 'paravirtual',
    }));
    expect(paths(read)).toEqual(['metadataOptions.httpTokens']);
    expect(read.fields).toMatchObject({
      state: 'running', launchTime: '2026-01-02T03:04:05.000Z', publicIpAddress: null, blockDeviceVolumeIds: ['vol-1'],
      metadataOptions: { httpEndpoint: 'enabled', httpPutResponseHopLimit: 2, instanceMetadataTags: 'disabled', state: 'applied' },
    });
    const bare = readFields(instanceFields({ InstanceId: 'i-2' }));
    expect(paths(bare)).toEqual([
      'instanceType', 'imageId', 'state', 'launchTime', 'securityGroupIds', 'metadataOptions.httpTokens', 'metadataOptions.httpEndpoint',
      'metadataOptions.httpPutResponseHopLimit', 'metadataOptions.instanceMetadataTags', 'metadataOptions.state', 'monitoringState', 'ebsOptimized', 'rootDeviceType', 'blockDeviceVolumeIds',
      'networkInterfaceCount', 'virtualizationType', 'stoppedAt',
    ]);
    expect(bare.fields.metadataOptions).toEqual({});
  });

  it('reads the stop time of a stopped instance only from the exact "(YYYY-MM-DD hh:mm:ss GMT)" form', () => {
    expect(stopTime('User initiated (2026-10-03 17:45:12 GMT)')).toBe('2026-10-03T17:45:12.000Z');
    expect(stopTime('Client.InstanceInitiatedShutdown: Instance initiated shutdown (2024-01-31 00:00:00 GMT)')).toBe('2024-01-31T00:00:00.000Z');
    for (const reason of [undefined, '', 'User initiated', 'Server.ScheduledStop: Stopped due to scheduled retirement', 'User initiated (2024-02-30 10:00:00 GMT)', 'User initiated (2024-01-01 10:00:00 UTC)', 'User initiated (2024-1-1 10:00:00 GMT)']) {
      expect(() => stopTime(reason), String(reason)).toThrow(/holds no stop time/);
    }
  });

  it('turns an empty snapshot id into null and drops the key of an unencrypted volume', () => {
    const read = readFields(volumeFields({ VolumeId: 'vol-1', SnapshotId: '', Encrypted: false, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/x', Size: 1, VolumeType: 'gp2', Iops: 100, State: 'available', CreateTime: new Date('2026-01-01T00:00:00Z'), AvailabilityZone: 'us-east-1a', MultiAttachEnabled: false, Attachments: [] }));
    expect(read.unreadable).toEqual([]);
    expect(read.fields).toMatchObject({ snapshotId: null, kmsKeyId: null, iops: 100, throughput: null, multiAttachEnabled: false, attachments: [] });
    // Encryption AWS did not report is unknown, and so is which key it would use.
    expect(paths(readFields(volumeFields({ VolumeId: 'vol-2', Size: 1, VolumeType: 'gp2', State: 'available', CreateTime: new Date(0), AvailabilityZone: 'us-east-1a', MultiAttachEnabled: false, Attachments: [] })))).toEqual(['encrypted', 'kmsKeyId']);
  });

  it('keeps only associated IPv6 blocks and names a VPC by its Name tag', () => {
    const read = readFields(vpcFields({ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16', IsDefault: false, State: 'available', OwnerId: '123456789012', InstanceTenancy: 'default', Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: '2600::/56', Ipv6CidrBlockState: { State: 'disassociating' } }] }));
    expect(read.unreadable).toEqual([]);
    expect(read.fields).toMatchObject({ ipv6CidrBlocks: [], ownerId: '123456789012' });
    expect(vpcEnvelope({ VpcId: 'vpc-1', Tags: [{ Key: 'Name', Value: 'main' }, { Key: 'env' }] }, place)).toMatchObject({ name: 'main', tags: { Name: 'main', env: '' } });
    expect(vpcEnvelope({ VpcId: 'vpc-1', Tags: [{ Key: 'Name', Value: 'vpc-1' }] }, place)).not.toHaveProperty('name');
    expect(tagsOf(undefined)).toEqual({});
  });

  it('groups flow logs by captured resource and counts the ones it cannot place', () => {
    const { byResource, unplaced } = flowLogsByResource([
      { FlowLogId: 'fl-1', ResourceId: 'vpc-1', FlowLogStatus: 'ACTIVE', TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs', LogGroupName: 'legacy', CreationTime: new Date('2018-01-01T00:00:00Z') },
      { FlowLogId: 'fl-2' },
    ]);
    expect([...byResource.keys()]).toEqual(['vpc-1']);
    expect(unplaced).toBe(1);
    expect(flowLogsOf(byResource.get('vpc-1') ?? [])).toEqual({ value: [{ flowLogId: 'fl-1', flowLogStatus: 'ACTIVE', deliverLogsStatus: null, trafficType: 'ALL', logDestinationType: 'cloud-watch-logs', logDestination: null, logGroupName: 'legacy', creationTime: '2018-01-01T00:00:00.000Z', maxAggregationInterval: null }], gaps: [] });
  });

  it('never reads a flow log without status, traffic type or destination type as active, logging all traffic to CloudWatch Logs', () => {
    const mapped = flowLogsOf([
      { FlowLogId: 'fl-1', ResourceId: 'vpc-1', LogGroupName: 'legacy', CreationTime: new Date('2018-01-01T00:00:00Z') },
      { FlowLogId: 'fl-2', ResourceId: 'vpc-1', FlowLogStatus: 'ACTIVE', LogGroupName: 'x', CreationTime: new Date('2018-01-01T00:00:00Z') },
    ]);
    expect(mapped.value).toEqual([{}, {}]);
    expect(mapped.gaps.map((g) => g.at)).toEqual(['[0]', '[1]']);
    expect(mapped.gaps[0]?.message).toContain('FlowLogStatus');
    expect(mapped.gaps[1]?.message).toContain('TrafficType');
  });
});
