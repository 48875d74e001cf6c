/** ec2SecurityGroups through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2SecurityGroups } from './security-groups.js';
import { ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { items, pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ipRange = (cidr: string, description?: string): string => `<cidrIp>${cidr}</cidrIp>${description === undefined ? '' : `<description>${description}</description>`}`;
const rule = (protocol: string, ports: [number, number] | undefined, body: { v4?: string[]; v6?: string[]; prefixLists?: string[]; groups?: string[] }): string =>
  `<ipProtocol>${protocol}</ipProtocol>${ports === undefined ? '' : `<fromPort>${ports[0]}</fromPort><toPort>${ports[1]}</toPort>`}`
  + `<groups>${items(body.groups ?? [])}</groups><ipRanges>${items(body.v4 ?? [])}</ipRanges><ipv6Ranges>${items(body.v6 ?? [])}</ipv6Ranges><prefixListIds>${items(body.prefixLists ?? [])}</prefixListIds>`;
const group = (id: string, name: string, ingress: string[], egress: string[], tags: Record<string, string> = {}): string =>
  `<ownerId>123456789012</ownerId><groupId>${id}</groupId><groupName>${name}</groupName><groupDescription>${name} group</groupDescription>`
  + `<ipPermissions>${items(ingress)}</ipPermissions><ipPermissionsEgress>${items(egress)}</ipPermissionsEgress><vpcId>vpc-1</vpcId>`
  + `<securityGroupArn>arn:aws:ec2:us-east-1:123456789012:security-group/${id}</securityGroupArn>${tagSet(tags)}`;
const allOut = rule('-1', undefined, { v4: [ipRange('0.0.0.0/0')], v6: ['<cidrIpv6>::/0</cidrIpv6>'] });

const groups = pagedEc2('DescribeSecurityGroups', 'securityGroupInfo', [
  [
    group('sg-web', 'web', [
      rule('tcp', [22, 22], { v4: [ipRange('0.0.0.0/0', 'ssh')], v6: ['<cidrIpv6>::/0</cidrIpv6>'] }),
      rule('tcp', [443, 443], { prefixLists: ['<prefixListId>pl-123</prefixListId><description>corp</description>'] }),
    ], [allOut], { Name: 'web-sg', team: 'edge' }),
    group('sg-default', 'default', [rule('-1', undefined, { groups: ['<userId>123456789012</userId><groupId>sg-default</groupId>'] })], [allOut]),
  ],
  [
    group('sg-db', 'db', [
      rule('tcp', [5432, 5432], { groups: ['<description>app</description><groupId>sg-peer</groupId><peeringStatus>active</peeringStatus><userId>210987654321</userId><vpcId>vpc-9</vpcId><vpcPeeringConnectionId>pcx-1</vpcPeeringConnectionId>'] }),
      rule('icmp', [-1, -1], { v4: [ipRange('10.0.0.0/8')] }),
    ], []),
  ],
]);

const eni = (id: string, groupIds: string[]): string => `<networkInterfaceId>${id}</networkInterfaceId><groupSet>${items(groupIds.map((g) => `<groupId>${g}</groupId><groupName>${g}</groupName>`))}</groupSet><status>in-use</status>`;
const interfaces = pagedEc2('DescribeNetworkInterfaces', 'networkInterfaceSet', [[eni('eni-1', ['sg-web', 'sg-db']), eni('eni-2', ['sg-web'])], [eni('eni-3', ['sg-web'])]]);

const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), groups, interfaces];
const denied = ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403);

describe('ec2SecurityGroups', () => {
  it('follows pagination, normalizes rules and counts interfaces from one listing', async () => {
    const run = await collectRecorded([ec2SecurityGroups], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const found = run.snapshot.resources.filter((r) => r.type === 'aws.ec2.security-group');
    expect(found.map((g) => g.id).sort()).toEqual(['sg-db', 'sg-default', 'sg-web']);
    const web = found.find((g) => g.id === 'sg-web');
    expect(web).toMatchObject({ arn: 'arn:aws:ec2:us-east-1:123456789012:security-group/sg-web', name: 'web-sg', tags: { Name: 'web-sg', team: 'edge' }, region: 'us-east-1' });
    expect(web?.data).toEqual({
      groupId: 'sg-web', groupName: 'web', description: 'web group', vpcId: 'vpc-1', ownerId: '123456789012', isDefault: false,
      ingress: [
        { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '0.0.0.0/0', description: 'ssh' }], ipv6Ranges: [{ cidr: '::/0', description: null }], prefixListIds: [], referencedGroups: [] },
        { protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [{ prefixListId: 'pl-123', description: 'corp' }], referencedGroups: [] },
      ],
      // Protocol -1 comes without ports: null, not 0.
      egress: [{ protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [{ cidr: '0.0.0.0/0', description: null }], ipv6Ranges: [{ cidr: '::/0', description: null }], prefixListIds: [], referencedGroups: [] }],
      attachedInterfaceCount: 3,
    });
    expect(found.find((g) => g.id === 'sg-default')).toMatchObject({ name: 'default', data: { isDefault: true, attachedInterfaceCount: 0 } });
    const db = found.find((g) => g.id === 'sg-db');
    expect(db?.data.ingress).toEqual([
      { protocol: 'tcp', fromPort: 5432, toPort: 5432, ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], referencedGroups: [{ groupId: 'sg-peer', userId: '210987654321', vpcId: 'vpc-9', peeringStatus: 'active', description: 'app' }] },
      { protocol: 'icmp', fromPort: -1, toPort: -1, ipv4Ranges: [{ cidr: '10.0.0.0/8', description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] },
    ]);
    expect(db?.data).toMatchObject({ egress: [], attachedInterfaceCount: 1 });
    // One paginated listing of interfaces per region, never a call per group.
    expect(run.aws.count('DescribeSecurityGroups')).toBe(2);
    expect(run.aws.count('DescribeNetworkInterfaces')).toBe(2);
    const listing = run.aws.requests.filter((r) => r.action === 'DescribeNetworkInterfaces');
    expect(listing.map((r) => [r.params.MaxResults, r.params.NextToken])).toEqual([['1000', undefined], ['1000', 'page-1']]);
    expect(listing.every((r) => !Object.keys(r.params).some((k) => k.startsWith('Filter')))).toBe(true);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.ec2.security-group', account: '123456789012', region: 'us-east-1', status: 'complete' }]);
  });

  it('records a denied interface listing on every group, never a count of 0', async () => {
    const run = await collectRecorded([ec2SecurityGroups], routes([{ name: 'eni-denied', match: (r) => r.action === 'DescribeNetworkInterfaces', respond: denied }]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const found = run.snapshot.resources.filter((r) => r.type === 'aws.ec2.security-group');
    expect(found).toHaveLength(3);
    for (const g of found) {
      expect('attachedInterfaceCount' in g.data).toBe(false);
      expect(g.errors).toEqual([{ path: 'attachedInterfaceCount', code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', operation: 'ec2:DescribeNetworkInterfaces' }]);
    }
    expect(run.snapshot.errors).toContainEqual(expect.objectContaining({ service: 'ec2', operation: 'DescribeNetworkInterfaces', resource: 'sg-web', code: 'UnauthorizedOperation' }));
    // The groups themselves were listed completely.
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ region: 'us-east-1', status: 'complete' })]);
  });

  it('does not count from an interface listing that failed part-way', async () => {
    const secondPage: Route = { name: 'eni-page-2', match: (r) => r.action === 'DescribeNetworkInterfaces' && r.params.NextToken === 'page-1', respond: denied };
    const run = await collectRecorded([ec2SecurityGroups], routes([secondPage]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const web = run.snapshot.resources.find((r) => r.id === 'sg-web');
    expect(web?.errors).toEqual([expect.objectContaining({ path: 'attachedInterfaceCount', code: 'UnauthorizedOperation' })]);
    expect('attachedInterfaceCount' in (web?.data ?? {})).toBe(false);
  });

  it('keeps the groups of pages that arrived and marks coverage partial when a later page fails', async () => {
    const secondPage: Route = { name: 'sg-page-2', match: (r) => r.action === 'DescribeSecurityGroups' && r.params.NextToken === 'page-1', respond: denied };
    const run = await collectRecorded([ec2SecurityGroups], routes([secondPage]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['sg-default', 'sg-web']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.security-group', status: 'partial', reason: 'UnauthorizedOperation on ec2:DescribeSecurityGroups: You are not authorized to perform this operation.' })]);
  });

  it('marks coverage failed when no group can be listed', async () => {
    const run = await collectRecorded([ec2SecurityGroups], routes([{ name: 'sg-denied', match: (r) => r.action === 'DescribeSecurityGroups', respond: denied }]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(run.snapshot.errors).toContainEqual(expect.objectContaining({ operation: 'DescribeSecurityGroups', code: 'UnauthorizedOperation' }));
  });

  it('skips a region that is not opted in without calling it', async () => {
    const run = await collectRecorded([ec2SecurityGroups], [regionsRoute(['us-east-1'], ['ap-east-1']), groups, interfaces], { regions: ['us-east-1', 'ap-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.coverage).toContainEqual({ type: 'aws.ec2.security-group', account: '123456789012', region: 'ap-east-1', status: 'skipped', reason: 'region not opted in for this account' });
    expect(run.snapshot.coverage).toContainEqual(expect.objectContaining({ region: 'us-east-1', status: 'complete' }));
    expect(run.aws.requests.some((r) => r.hostname.includes('ap-east-1'))).toBe(false);
    expect(new Set(run.snapshot.resources.map((r) => r.region))).toEqual(new Set(['us-east-1']));
  });
});

describe('ec2SecurityGroups call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2SecurityGroups)).toEqual([]);
  });
});
