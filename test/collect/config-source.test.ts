/**
 * `--source config` against `--source api` on the same recorded account:
 * one described set of security groups, served both as EC2's own answers
 * (DescribeSecurityGroups, DescribeNetworkInterfaces) and as AWS Config's
 * (advanced query pages of Configuration Items, one item completed through
 * BatchGetResourceConfig), collected through the real SDK clients each way.
 * The resources must be equal and every security-group policy must give the
 * same verdicts. A region whose recorder does not record the type must be
 * failed coverage — ERROR — never an empty pass.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ec2SecurityGroups } from '../../src/collect/aws/ec2/security-groups.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { selectExpression } from '../../src/collect/config/item.js';
import { ec2SecurityGroupFromConfig } from '../../src/collect/config/mappers/ec2-security-group.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import type { CompiledPolicy } from '../../src/policy/compile.js';
import { idFromFile } from '../../src/policy/load.js';
import { compileBundled } from '../support/bundled-policies.js';
import { collectRecorded, regionsRoute } from '../support/collect.js';
import { items, pagedEc2, tagSet } from '../support/ec2-xml.js';
import { byTarget, json, type Route } from '../support/recorded-aws.js';

interface Rule { protocol: string; ports?: [number, number]; v4?: [string, string?][]; v6?: string[]; groups?: string[] }
interface Group { id: string; name: string; ingress: Rule[]; egress: Rule[]; enis: string[]; tags: Record<string, string> }

const ACCOUNT = '123456789012';
const allOut: Rule = { protocol: '-1', v4: [['0.0.0.0/0']], v6: ['::/0'] };
const estate: Group[] = [
  { id: 'sg-bastion', name: 'bastion-ssh', ingress: [{ protocol: 'tcp', ports: [22, 22], v4: [['0.0.0.0/0', 'SSH (temporary)']] }], egress: [allOut], enis: ['eni-1'], tags: { Name: 'bastion', team: 'ops' } },
  { id: 'sg-rdp6', name: 'legacy-rdp', ingress: [{ protocol: 'tcp', ports: [3389, 3389], v6: ['::/0'] }], egress: [allOut], enis: [], tags: {} },
  { id: 'sg-open', name: 'debug-wide-open', ingress: [{ protocol: '-1', v4: [['0.0.0.0/0']] }], egress: [allOut], enis: ['eni-2', 'eni-3'], tags: {} },
  { id: 'sg-web', name: 'web', ingress: [{ protocol: 'tcp', ports: [443, 443], v4: [['0.0.0.0/0', 'HTTPS']] }, { protocol: 'tcp', ports: [8080, 8080], groups: ['sg-web'] }], egress: [allOut], enis: ['eni-4'], tags: { Name: 'web' } },
  { id: 'sg-default', name: 'default', ingress: [{ protocol: '-1', groups: ['sg-default'] }], egress: [allOut], enis: [], tags: {} },
];

// --- the estate as EC2 answers it
const ec2Rule = (r: Rule): string => `<ipProtocol>${r.protocol}</ipProtocol>${r.ports === undefined ? '' : `<fromPort>${r.ports[0]}</fromPort><toPort>${r.ports[1]}</toPort>`}`
  + `<groups>${items((r.groups ?? []).map((g) => `<groupId>${g}</groupId><userId>${ACCOUNT}</userId>`))}</groups>`
  + `<ipRanges>${items((r.v4 ?? []).map(([cidr, d]) => `<cidrIp>${cidr}</cidrIp>${d === undefined ? '' : `<description>${d}</description>`}`))}</ipRanges>`
  + `<ipv6Ranges>${items((r.v6 ?? []).map((c) => `<cidrIpv6>${c}</cidrIpv6>`))}</ipv6Ranges><prefixListIds></prefixListIds>`;
const ec2Group = (g: Group): string => `<ownerId>${ACCOUNT}</ownerId><groupId>${g.id}</groupId><groupName>${g.name}</groupName><groupDescription>${g.name} group</groupDescription>`
  + `<ipPermissions>${items(g.ingress.map(ec2Rule))}</ipPermissions><ipPermissionsEgress>${items(g.egress.map(ec2Rule))}</ipPermissionsEgress><vpcId>vpc-1</vpcId>`
  + `<securityGroupArn>arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/${g.id}</securityGroupArn>${tagSet(g.tags)}`;
const enis = [...new Set(estate.flatMap((g) => g.enis))].map((eni) => `<networkInterfaceId>${eni}</networkInterfaceId><groupSet>${items(estate.filter((g) => g.enis.includes(eni)).map((g) => `<groupId>${g.id}</groupId>`))}</groupSet>`);
const apiRoutes: Route[] = [
  regionsRoute(['us-east-1']),
  pagedEc2('DescribeSecurityGroups', 'securityGroupInfo', [estate.slice(0, 3).map(ec2Group), estate.slice(3).map(ec2Group)]),
  pagedEc2('DescribeNetworkInterfaces', 'networkInterfaceSet', [enis]),
];

// --- the same estate as AWS Config's advanced query answers it: camelCase, ranges both as objects and bare CIDRs
const configRule = (r: Rule): Record<string, unknown> => ({
  ipProtocol: r.protocol, ...(r.ports === undefined ? {} : { fromPort: r.ports[0], toPort: r.ports[1] }),
  userIdGroupPairs: (r.groups ?? []).map((g) => ({ groupId: g, userId: ACCOUNT })),
  ipv4Ranges: (r.v4 ?? []).map(([cidrIp, description]) => ({ cidrIp, ...(description === undefined ? {} : { description }) })),
  ipRanges: (r.v4 ?? []).map(([cidr]) => cidr),
  ipv6Ranges: (r.v6 ?? []).map((cidrIpv6) => ({ cidrIpv6 })),
  prefixListIds: [],
});
const configuration = (g: Group): Record<string, unknown> => ({
  description: `${g.name} group`, groupName: g.name, ipPermissions: g.ingress.map(configRule), ownerId: ACCOUNT, groupId: g.id,
  ipPermissionsEgress: g.egress.map(configRule), tags: Object.entries(g.tags).map(([key, value]) => ({ key, value })), vpcId: 'vpc-1',
});
const item = (g: Group, withConfiguration = true): string => JSON.stringify({
  resourceId: g.id, resourceType: 'AWS::EC2::SecurityGroup', resourceName: g.name, arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/${g.id}`,
  accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
  ...(withConfiguration ? { configuration: configuration(g) } : {}), supplementaryConfiguration: {},
  tags: Object.entries(g.tags).map(([key, value]) => ({ key, value })),
  relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: 'vpc-1', relationshipName: 'Is contained in Vpc' },
    ...g.enis.map((eni) => ({ resourceType: 'AWS::EC2::NetworkInterface', resourceId: eni, relationshipName: 'Is associated with NetworkInterface' }))],
});
const deleted = JSON.stringify({ resourceId: 'sg-gone', resourceType: 'AWS::EC2::SecurityGroup', accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'ResourceDeleted', tags: [], relationships: [] });

function recorder(recording: boolean, types: string[] | 'all'): Route[] {
  return [
    { name: 'DescribeConfigurationRecorders', match: byTarget('StarlingDoveService.DescribeConfigurationRecorders'), respond: json({ ConfigurationRecorders: [{ name: 'default', roleARN: 'arn:aws:iam::123456789012:role/config', recordingGroup: types === 'all' ? { allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [] } : { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: types } }] }) },
    { name: 'DescribeConfigurationRecorderStatus', match: byTarget('StarlingDoveService.DescribeConfigurationRecorderStatus'), respond: json({ ConfigurationRecordersStatus: [{ name: 'default', recording, lastStatus: 'SUCCESS' }] }) },
  ];
}
const configRoutes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  {
    name: 'SelectResourceConfig',
    match: byTarget('StarlingDoveService.SelectResourceConfig'),
    // Two pages; the advanced query's page size is at most 100.
    respond: (r) => (r.params.NextToken === undefined
      ? json({ Results: [item(estate[0] as Group), item(estate[1] as Group, false), deleted], QueryInfo: { SelectFields: [{ Name: 'resourceId' }] }, NextToken: 'page-2' })
      : json({ Results: estate.slice(2).map((g) => item(g)), QueryInfo: { SelectFields: [{ Name: 'resourceId' }] } })),
  },
  {
    name: 'BatchGetResourceConfig',
    match: byTarget('StarlingDoveService.BatchGetResourceConfig'),
    // BatchGetResourceConfig answers the configuration as a JSON string.
    respond: (r) => json({ baseConfigurationItems: (r.params.resourceKeys as { resourceId: string }[]).map((k) => ({ resourceId: k.resourceId, resourceType: 'AWS::EC2::SecurityGroup', accountId: ACCOUNT, awsRegion: 'us-east-1', configuration: JSON.stringify(configuration(estate.find((g) => g.id === k.resourceId) as Group)), supplementaryConfiguration: {} })), unprocessedResourceKeys: [] }),
  },
];

const sgPolicies: CompiledPolicy[] = readdirSync('policies/aws/ec2').filter((f) => f.startsWith('aws-ec2-security-group')).map((f) => {
  const file = join('policies/aws/ec2', f);
  const policy = compileBundled(idFromFile(file));
  return policy;
});
const verdicts = (snapshot: Snapshot): string[] => evaluate(snapshot, sgPolicies, { snapshotDigest: 'x', generator: { name: 'assay', version: 'test' }, selection: { policyIds: undefined, controls: [], overrides: new Map(), packs: [] } })
  .findings.map((f) => `${f.policy} ${f.resource.id} ${f.status}`).sort();

describe('--source config', () => {
  it('gives the same resources and the same verdicts as --source api on the same account', async () => {
    const api = await collectRecorded([ec2SecurityGroups], apiRoutes, { regions: ['us-east-1'] });
    const config = await collectRecorded(configCollectors([ec2SecurityGroupFromConfig]), configRoutes(recorder(true, 'all')), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(config.problems).toEqual([]);
    const byId = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(config.snapshot)).toEqual(byId(api.snapshot));
    expect(config.snapshot.resources).toHaveLength(estate.length); // the deleted group is not reported
    expect(config.snapshot.coverage).toEqual(api.snapshot.coverage);
    const expected = verdicts(api.snapshot);
    expect(sgPolicies.length).toBeGreaterThanOrEqual(4);
    expect(expected.filter((v) => v.endsWith(' FAIL')).length).toBeGreaterThan(3);
    expect(verdicts(config.snapshot)).toEqual(expected);
  });

  it('asks Config for the type with one paginated query, and completes an item that came without its configuration', async () => {
    const config = await collectRecorded(configCollectors([ec2SecurityGroupFromConfig]), configRoutes(recorder(true, 'all')), { regions: ['us-east-1'] });
    const queries = config.aws.requests.filter((r) => r.target === 'StarlingDoveService.SelectResourceConfig');
    expect(queries.map((q) => [q.params.Expression, q.params.Limit, q.params.NextToken])).toEqual([
      [selectExpression('AWS::EC2::SecurityGroup'), 100, undefined], [selectExpression('AWS::EC2::SecurityGroup'), 100, 'page-2'],
    ]);
    const batch = config.aws.requests.filter((r) => r.target === 'StarlingDoveService.BatchGetResourceConfig');
    expect(batch.map((b) => b.params.resourceKeys)).toEqual([[{ resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-rdp6' }]]);
    expect(config.aws.requests.some((r) => r.action === 'DescribeSecurityGroups')).toBe(false);
  });

  it('a recorder that does not record security groups, or is stopped, is failed coverage: ERROR, never an empty pass', async () => {
    for (const [routes, reason] of [
      [recorder(true, ['AWS::S3::Bucket']), 'AWS Config in us-east-1 does not record AWS::EC2::SecurityGroup'],
      [recorder(false, 'all'), 'AWS Config\'s recorder "default" is not recording in us-east-1'],
    ] as const) {
      const config = await collectRecorded(configCollectors([ec2SecurityGroupFromConfig]), configRoutes([...routes]), { regions: ['us-east-1'] });
      expect(config.problems).toEqual([]);
      expect(config.snapshot.resources).toEqual([]);
      expect(config.snapshot.coverage).toEqual([{ type: 'aws.ec2.security-group', account: ACCOUNT, region: 'us-east-1', status: 'failed', reason: `NotRecordedByConfig on config:DescribeConfigurationRecorders: ${reason}` }]);
      expect(config.aws.requests.some((r) => r.target === 'StarlingDoveService.SelectResourceConfig')).toBe(false);
      const found = verdicts(config.snapshot);
      expect(found.length).toBe(sgPolicies.length);
      expect(found.every((v) => v.endsWith('* ERROR'))).toBe(true);
    }
  });
});
