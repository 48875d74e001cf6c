import { describe, expect, it } from 'vitest';
import { parseItem, type ConfigurationItem } from '../item.js';
import { ec2SecurityGroupFromConfig } from './ec2-security-group.js';

const place = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };

/** A Configuration Item as Config records a security group today: each rule's IPv4 ranges twice. */
const current = JSON.stringify({
  version: '1.3', accountId: '123456789012', configurationItemCaptureTime: '2026-10-30T08:12:44.512Z', configurationItemStatus: 'OK',
  configurationStateId: '1730275964512', resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-0a1b2c3d4e5f67890', resourceName: 'web-alb',
  arn: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0a1b2c3d4e5f67890', awsRegion: 'eu-west-1', availabilityZone: 'Not Applicable',
  configuration: {
    description: 'HTTPS to the load balancer', groupName: 'web-alb', ownerId: '123456789012', groupId: 'sg-0a1b2c3d4e5f67890', vpcId: 'vpc-0a1b2c3d4e5f67890',
    ipPermissions: [
      { fromPort: 443, ipProtocol: 'tcp', ipv6Ranges: [{ cidrIpv6: '::/0', description: 'HTTPS' }], prefixListIds: [], toPort: 443, userIdGroupPairs: [], ipv4Ranges: [{ cidrIp: '0.0.0.0/0', description: 'HTTPS' }], ipRanges: ['0.0.0.0/0'] },
      { fromPort: 8080, ipProtocol: 'tcp', ipv6Ranges: [], prefixListIds: [{ prefixListId: 'pl-0123456789abcdef0' }], toPort: 8080, userIdGroupPairs: [{ groupId: 'sg-0123456789abcdef0', userId: '123456789012', description: 'app tier' }], ipv4Ranges: [], ipRanges: [] },
    ],
    ipPermissionsEgress: [{ ipProtocol: '-1', ipv6Ranges: [], prefixListIds: [], userIdGroupPairs: [], ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }], ipRanges: ['0.0.0.0/0'] }],
    tags: [{ key: 'Name', value: 'web-alb' }, { key: 'team', value: 'edge' }],
  },
  supplementaryConfiguration: {},
  tags: [{ key: 'Name', value: 'web-alb' }, { key: 'team', value: 'edge' }],
  relationships: [
    { resourceId: 'eni-0aaa', resourceType: 'AWS::EC2::NetworkInterface', relationshipName: 'Is associated with NetworkInterface' },
    { resourceId: 'eni-0bbb', resourceType: 'AWS::EC2::NetworkInterface', relationshipName: 'Is associated with NetworkInterface' },
    { resourceId: 'i-0ccc', resourceType: 'AWS::EC2::Instance', relationshipName: 'Is associated with Instance' },
    { resourceId: 'vpc-0a1b2c3d4e5f67890', resourceType: 'AWS::EC2::VPC', relationshipName: 'Is contained in Vpc' },
  ],
});

/** Older items spell IPv4 ranges only as bare CIDRs, without descriptions. */
const older = JSON.stringify({
  resourceId: 'sg-abcdefg', resourceType: 'AWS::EC2::SecurityGroup', awsAccountId: '123456789012', awsRegion: 'eu-west-1', configurationItemStatus: 'OK',
  configuration: {
    ownerId: '123456789012', groupName: 'app-InstanceSecurityGroup', groupId: 'sg-abcdefg', description: 'Enable SSH access', vpcId: 'vpc-0123456',
    ipPermissions: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, userIdGroupPairs: [], ipRanges: ['0.0.0.0/0'], prefixListIds: [] }],
    ipPermissionsEgress: [{ ipProtocol: '-1', userIdGroupPairs: [], ipRanges: ['0.0.0.0/0'], prefixListIds: [] }],
  },
  tags: { Stage: 'PROD' },
});

function item(json: string): ConfigurationItem {
  const parsed = parseItem(json);
  if (parsed.kind !== 'item') throw new Error(`not an item: ${parsed.kind}`);
  return parsed.item;
}

describe('AWS::EC2::SecurityGroup → aws.ec2.security-group', () => {
  it('maps a current item: rules with descriptions, group references, prefix lists, interfaces from relationships', () => {
    const mapping = ec2SecurityGroupFromConfig.map(item(current), place);
    expect(mapping.envelope).toEqual({ type: 'aws.ec2.security-group', id: 'sg-0a1b2c3d4e5f67890', arn: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0a1b2c3d4e5f67890', tags: { Name: 'web-alb', team: 'edge' }, name: 'web-alb' });
    expect(mapping.unreadable).toBeUndefined();
    expect(mapping.fields).toEqual({
      groupId: 'sg-0a1b2c3d4e5f67890', groupName: 'web-alb', description: 'HTTPS to the load balancer', vpcId: 'vpc-0a1b2c3d4e5f67890', ownerId: '123456789012', isDefault: false,
      ingress: [
        { protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: [{ cidr: '0.0.0.0/0', description: 'HTTPS' }], ipv6Ranges: [{ cidr: '::/0', description: 'HTTPS' }], prefixListIds: [], referencedGroups: [] },
        { protocol: 'tcp', fromPort: 8080, toPort: 8080, ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [{ prefixListId: 'pl-0123456789abcdef0', description: null }], referencedGroups: [{ groupId: 'sg-0123456789abcdef0', userId: '123456789012', vpcId: null, peeringStatus: null, description: 'app tier' }] },
      ],
      egress: [{ protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [{ cidr: '0.0.0.0/0', description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] }],
      attachedInterfaceCount: 2,
    });
  });

  it('maps an older item whose ranges are bare CIDRs, and names the interface count unreadable without relationships', () => {
    const mapping = ec2SecurityGroupFromConfig.map(item(older), place);
    expect(mapping.fields).toMatchObject({
      groupId: 'sg-abcdefg', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '0.0.0.0/0', description: null }] }],
    });
    expect(mapping.fields).not.toHaveProperty('attachedInterfaceCount');
    expect(mapping.unreadable).toEqual([{ path: 'attachedInterfaceCount', reason: 'the Configuration Item carries no relationships' }]);
    // No ARN in the item: built from the place, as the API collector does.
    expect(mapping.envelope.arn).toBe('arn:aws:ec2:eu-west-1:123456789012:security-group/sg-abcdefg');
    expect(mapping.envelope.tags).toEqual({ Stage: 'PROD' });
  });
});
