/** ec2NetworkAcls through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2NetworkAcls } from './network-acls.js';
import { ec2Error } from '../../../../test/support/recorded-aws.js';
import { items, pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const entry = (n: number, egress: boolean, action: string, protocol: string, rest: string): string =>
  `<ruleNumber>${n}</ruleNumber><protocol>${protocol}</protocol><ruleAction>${action}</ruleAction><egress>${egress}</egress>${rest}`;
const acl = (id: string, isDefault: boolean, entries: string[], subnets: string[], tags: Record<string, string> = {}): string =>
  `<networkAclId>${id}</networkAclId><vpcId>vpc-1</vpcId><default>${isDefault}</default><ownerId>123456789012</ownerId>`
  + `<entrySet>${items(entries)}</entrySet><associationSet>${items(subnets.map((s, i) => `<networkAclAssociationId>aclassoc-${i}</networkAclAssociationId><networkAclId>${id}</networkAclId><subnetId>${s}</subnetId>`))}</associationSet>${tagSet(tags)}`;

const acls = pagedEc2('DescribeNetworkAcls', 'networkAclSet', [
  [acl('acl-custom', false, [
    entry(100, false, 'allow', '6', '<cidrBlock>0.0.0.0/0</cidrBlock><portRange><from>22</from><to>22</to></portRange>'),
    entry(110, false, 'deny', '1', '<cidrBlock>0.0.0.0/0</cidrBlock><icmpTypeCode><code>-1</code><type>-1</type></icmpTypeCode>'),
    entry(120, true, 'allow', '-1', '<ipv6CidrBlock>::/0</ipv6CidrBlock>'),
    entry(32767, false, 'deny', '-1', '<cidrBlock>0.0.0.0/0</cidrBlock>'),
  ], ['subnet-a', 'subnet-b'], { Name: 'public' })],
  [acl('acl-default', true, [entry(100, false, 'allow', '-1', '<cidrBlock>0.0.0.0/0</cidrBlock>')], [])],
]);

describe('ec2NetworkAcls', () => {
  it('follows pagination and maps entries: port ranges, ICMP, IPv6 and catch-all rules', async () => {
    const run = await collectRecorded([ec2NetworkAcls], [regionsRoute(['us-east-1']), acls], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const custom = run.snapshot.resources.find((r) => r.id === 'acl-custom');
    expect(custom).toMatchObject({ type: 'aws.ec2.network-acl', arn: 'arn:aws:ec2:us-east-1:123456789012:network-acl/acl-custom', name: 'public' });
    expect(custom?.data).toEqual({
      networkAclId: 'acl-custom', vpcId: 'vpc-1', isDefault: false, ownerId: '123456789012',
      entries: [
        { ruleNumber: 100, egress: false, ruleAction: 'allow', protocol: '6', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: { from: 22, to: 22 }, icmpTypeCode: null },
        { ruleNumber: 110, egress: false, ruleAction: 'deny', protocol: '1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: { type: -1, code: -1 } },
        { ruleNumber: 120, egress: true, ruleAction: 'allow', protocol: '-1', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null, icmpTypeCode: null },
        { ruleNumber: 32767, egress: false, ruleAction: 'deny', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, portRange: null, icmpTypeCode: null },
      ],
      associatedSubnetIds: ['subnet-a', 'subnet-b'],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'acl-default')?.data).toMatchObject({ isDefault: true, associatedSubnetIds: [] });
    expect(run.aws.count('DescribeNetworkAcls')).toBe(2);
  });

  it('marks coverage failed when network ACLs cannot be listed', async () => {
    const denied = { name: 'denied', match: (r: { action: string | undefined }) => r.action === 'DescribeNetworkAcls', respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded([ec2NetworkAcls], [denied, regionsRoute(['us-east-1'])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.network-acl', status: 'failed', reason: 'UnauthorizedOperation on ec2:DescribeNetworkAcls: You are not authorized to perform this operation.' })]);
  });
});

describe('ec2NetworkAcls call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2NetworkAcls)).toEqual([]);
  });
});
