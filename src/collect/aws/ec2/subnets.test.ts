/** ec2Subnets through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2Subnets } from './subnets.js';
import { ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { items, pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ipv6 = (cidr: string, state: string): string => `<associationId>subnet-cidr-assoc-${state}</associationId><ipv6CidrBlock>${cidr}</ipv6CidrBlock><ipv6CidrBlockState><state>${state}</state></ipv6CidrBlockState>`;
const subnet = (id: string, az: string, flags: { public: boolean; isDefault: boolean }, v6: string[], extra = '', tags: Record<string, string> = {}): string =>
  `<subnetId>${id}</subnetId><subnetArn>arn:aws:ec2:us-east-1:123456789012:subnet/${id}</subnetArn><state>available</state><vpcId>vpc-1</vpcId><ownerId>123456789012</ownerId>`
  + `<availabilityZone>${az}</availabilityZone><availabilityZoneId>use1-az${az.slice(-1) === 'a' ? 1 : 2}</availabilityZoneId><availableIpAddressCount>251</availableIpAddressCount>`
  + `<defaultForAz>${flags.isDefault}</defaultForAz><mapPublicIpOnLaunch>${flags.public}</mapPublicIpOnLaunch><assignIpv6AddressOnCreation>false</assignIpv6AddressOnCreation>`
  + `<ipv6CidrBlockAssociationSet>${items(v6)}</ipv6CidrBlockAssociationSet>${extra}${tagSet(tags)}`;

const subnets = pagedEc2('DescribeSubnets', 'subnetSet', [
  [subnet('subnet-public', 'us-east-1a', { public: true, isDefault: true }, [ipv6('2600:1f18::/64', 'associated'), ipv6('2600:1f19::/64', 'disassociated')], '<cidrBlock>172.31.0.0/20</cidrBlock>', { Name: 'default-a' })],
  // IPv6-only: no IPv4 range.
  [subnet('subnet-v6only', 'us-east-1b', { public: false, isDefault: false }, [ipv6('2600:1f18:0:1::/64', 'associated')])],
]);

describe('ec2Subnets', () => {
  it('follows pagination and maps every subnet, an IPv6-only one with no IPv4 range', async () => {
    const run = await collectRecorded([ec2Subnets], [regionsRoute(['us-east-1']), subnets], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const open = run.snapshot.resources.find((r) => r.id === 'subnet-public');
    expect(open).toMatchObject({ type: 'aws.ec2.subnet', arn: 'arn:aws:ec2:us-east-1:123456789012:subnet/subnet-public', name: 'default-a' });
    expect(open?.data).toEqual({
      subnetId: 'subnet-public', vpcId: 'vpc-1', cidrBlock: '172.31.0.0/20', ipv6CidrBlocks: ['2600:1f18::/64'], availabilityZone: 'us-east-1a', availabilityZoneId: 'use1-az1',
      state: 'available', ownerId: '123456789012', defaultForAz: true, mapPublicIpOnLaunch: true, assignIpv6AddressOnCreation: false, availableIpAddressCount: 251,
    });
    expect(run.snapshot.resources.find((r) => r.id === 'subnet-v6only')?.data).toMatchObject({ cidrBlock: null, ipv6CidrBlocks: ['2600:1f18:0:1::/64'], mapPublicIpOnLaunch: false, defaultForAz: false });
    expect(run.aws.count('DescribeSubnets')).toBe(2);
  });

  it('reads a public-address setting the answer lacks as unknown, never as off', async () => {
    const lacking = pagedEc2('DescribeSubnets', 'subnetSet', [[subnet('subnet-x', 'us-east-1a', { public: false, isDefault: false }, [], '<cidrBlock>10.0.0.0/24</cidrBlock>').replace('<mapPublicIpOnLaunch>false</mapPublicIpOnLaunch>', '')]]);
    const run = await collectRecorded([ec2Subnets], [regionsRoute(['us-east-1']), lacking], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const found = run.snapshot.resources.find((r) => r.id === 'subnet-x');
    expect(found?.data).not.toHaveProperty('mapPublicIpOnLaunch');
    expect(found?.errors).toEqual([{ path: 'mapPublicIpOnLaunch', code: 'IncompleteResponse', message: 'the answer has no MapPublicIpOnLaunch', operation: 'ec2:DescribeSubnets' }]);
  });

  it('marks coverage partial when a later page fails, keeping the subnets before it', async () => {
    const failing: Route = {
      name: 'page-2-denied',
      match: (r) => r.action === 'DescribeSubnets' && r.params.NextToken === 'page-1',
      respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403),
    };
    const run = await collectRecorded([ec2Subnets], [failing, regionsRoute(['us-east-1']), subnets], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['subnet-public']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.subnet', status: 'partial', reason: 'UnauthorizedOperation on ec2:DescribeSubnets: You are not authorized to perform this operation.' })]);
  });

  it('marks coverage failed when subnets cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.action === 'DescribeSubnets', respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) };
    const run = await collectRecorded([ec2Subnets], [denied, regionsRoute(['us-east-1'])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.subnet', status: 'failed', reason: 'UnauthorizedOperation on ec2:DescribeSubnets: You are not authorized to perform this operation.' })]);
  });
});

describe('ec2Subnets call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2Subnets)).toEqual([]);
  });
});
