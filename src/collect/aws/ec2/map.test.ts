/** The pure EC2 mappings on SDK-shaped answers, including the shapes AWS sends rarely. */
import { describe, expect, it } from 'vitest';
import { flowLogsByResource, instanceFields, interfaceCounts, networkAclFields, securityGroupEnvelope, securityGroupFields, tagsOf, volumeFields, vpcEnvelope, vpcFields } from './map.js';

const place = { partition: 'aws-us-gov', region: 'us-gov-west-1', account: '123456789012' };

describe('EC2 mapping', () => {
  it('normalizes security group rules: no ports for protocol -1, null descriptions, deleted referenced groups', () => {
    const fields = securityGroupFields({
      GroupId: 'sg-1', GroupName: 'app', Description: 'app', VpcId: 'vpc-1', OwnerId: '123456789012',
      IpPermissions: [
        { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-gone' }] },
        { IpProtocol: '50', IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
        { IpProtocol: 'udp', FromPort: 0, ToPort: 65535, Ipv6Ranges: [{ CidrIpv6: '::/0', Description: 'all' }] },
      ],
    }, '123456789012');
    expect(fields.ingress).toEqual([
      { protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], referencedGroups: [{ groupId: 'sg-gone', userId: null, vpcId: null, peeringStatus: null, description: null }] },
      { protocol: '50', fromPort: null, toPort: null, ipv4Ranges: [{ cidr: '10.0.0.0/8', description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] },
      { protocol: 'udp', fromPort: 0, toPort: 65535, ipv4Ranges: [], ipv6Ranges: [{ cidr: '::/0', description: 'all' }], prefixListIds: [], referencedGroups: [] },
    ]);
    expect(fields).toMatchObject({ egress: [], isDefault: false, vpcId: 'vpc-1' });
  });

  it('treats only the group named "default" as default and builds ARNs in the collected partition', () => {
    expect(securityGroupFields({ GroupId: 'sg-2', GroupName: 'default' }, '123456789012')).toMatchObject({ isDefault: true, ownerId: '123456789012', vpcId: null, description: '' });
    expect(securityGroupEnvelope({ GroupId: 'sg-2', GroupName: 'default', OwnerId: '210987654321' }, place)).toEqual({
      type: 'aws.ec2.security-group', id: 'sg-2', arn: 'arn:aws-us-gov:ec2:us-gov-west-1:210987654321:security-group/sg-2', tags: {}, name: 'default',
    });
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
    const fields = networkAclFields({ NetworkAclId: 'acl-1', VpcId: 'vpc-1', IsDefault: true, Entries: [
      { RuleNumber: 32768, Egress: true, RuleAction: 'deny', Protocol: '-1', Ipv6CidrBlock: '::/0' },
      { RuleNumber: 90, Egress: false, RuleAction: 'allow', Protocol: '58', Ipv6CidrBlock: '::/0', IcmpTypeCode: { Type: 128, Code: 0 } },
    ], Associations: [{ SubnetId: 'subnet-1' }, {}] }, '123456789012');
    expect(fields).toEqual({
      networkAclId: 'acl-1', vpcId: 'vpc-1', isDefault: true, ownerId: '123456789012', associatedSubnetIds: ['subnet-1'],
      entries: [
        { ruleNumber: 32768, egress: true, ruleAction: 'deny', protocol: '-1', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null, icmpTypeCode: null },
        { ruleNumber: 90, egress: false, ruleAction: 'allow', protocol: '58', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null, icmpTypeCode: { type: 128, code: 0 } },
      ],
    });
  });

  it('maps an instance without metadata options to the permissive defaults, so IMDSv2 checks fail rather than pass', () => {
    const fields = instanceFields({ InstanceId: 'i-1', State: { Name: 'running' }, LaunchTime: new Date('2026-01-02T03:04:05Z'), PublicIpAddress: '', BlockDeviceMappings: [{ DeviceName: '/dev/sdb' }, { Ebs: { VolumeId: 'vol-1' } }] });
    expect(fields).toMatchObject({
      state: 'running', launchTime: '2026-01-02T03:04:05.000Z', publicIpAddress: null, blockDeviceVolumeIds: ['vol-1'],
      metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1, instanceMetadataTags: 'disabled', state: 'applied' },
    });
  });

  it('turns an empty snapshot id into null and drops the key of an unencrypted volume', () => {
    expect(volumeFields({ VolumeId: 'vol-1', SnapshotId: '', Encrypted: false, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/x', Size: 1, VolumeType: 'gp2', Iops: 100, State: 'available', CreateTime: new Date('2026-01-01T00:00:00Z') }))
      .toMatchObject({ snapshotId: null, kmsKeyId: null, iops: 100, throughput: null, multiAttachEnabled: false, attachments: [] });
  });

  it('keeps only associated IPv6 blocks and names a VPC by its Name tag', () => {
    expect(vpcFields({ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16', Ipv6CidrBlockAssociationSet: [{ Ipv6CidrBlock: '2600::/56', Ipv6CidrBlockState: { State: 'disassociating' } }] }, '123456789012'))
      .toMatchObject({ ipv6CidrBlocks: [], ownerId: '123456789012' });
    expect(vpcEnvelope({ VpcId: 'vpc-1', Tags: [{ Key: 'Name', Value: 'main' }, { Key: 'env' }] }, place)).toMatchObject({ name: 'main', tags: { Name: 'main', env: '' } });
    expect(vpcEnvelope({ VpcId: 'vpc-1', Tags: [{ Key: 'Name', Value: 'vpc-1' }] }, place)).not.toHaveProperty('name');
    expect(tagsOf(undefined)).toEqual({});
  });

  it('groups flow logs by captured resource, defaulting legacy ones to CloudWatch Logs', () => {
    const grouped = flowLogsByResource([
      { FlowLogId: 'fl-1', ResourceId: 'vpc-1', TrafficType: 'ALL', LogGroupName: 'legacy', CreationTime: new Date('2018-01-01T00:00:00Z') },
      { FlowLogId: 'fl-2' },
    ]);
    expect([...grouped.keys()]).toEqual(['vpc-1']);
    expect(grouped.get('vpc-1')).toEqual([{ flowLogId: 'fl-1', flowLogStatus: 'ACTIVE', deliverLogsStatus: null, trafficType: 'ALL', logDestinationType: 'cloud-watch-logs', logDestination: null, logGroupName: 'legacy', creationTime: '2018-01-01T00:00:00.000Z', maxAggregationInterval: null }]);
  });
});
