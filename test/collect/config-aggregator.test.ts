/**
 * `--source config --aggregator`: one account reads a whole multi-account
 * estate from an AWS Config aggregator, through the real Config client fed
 * recorded answers. Sources the aggregator cannot vouch for (a failed or
 * outdated aggregation), types it filters out and types Config does not
 * hold are never complete, so the scan says ERROR for them.
 */
import { describe, expect, it } from 'vitest';
import { iamUsers } from '../../src/collect/aws/iam/users.js';
import { kmsKeys } from '../../src/collect/aws/kms/keys.js';
import { ClientPool } from '../../src/collect/clients.js';
import { collectFromAggregator } from '../../src/collect/config/aggregator.js';
import { ec2SecurityGroupFromConfig } from '../../src/collect/config/mappers/ec2-security-group.js';
import { callIndex } from '../../src/collect/call-index.js';
import { aggregatorPermissions } from '../../src/collect/config/aggregator.js';
import { createLocator } from '../../src/snapshot/locate.js';
import { validateSnapshot } from '../../src/snapshot/validate.js';
import { credentials } from '../support/collect.js';
import { byTarget, json, jsonError, RecordedAws, type Route } from '../support/recorded-aws.js';

const A = '111111111111';
const B = '222222222222';
const group = (account: string, region: string, id: string, open: boolean, withConfiguration = true): string => JSON.stringify({
  resourceId: id, resourceType: 'AWS::EC2::SecurityGroup', accountId: account, awsRegion: region, configurationItemStatus: 'OK',
  arn: `arn:aws:ec2:${region}:${account}:security-group/${id}`,
  ...(withConfiguration ? { configuration: configuration(account, id, open) } : {}),
  tags: [], relationships: [],
});
function configuration(account: string, id: string, open: boolean): Record<string, unknown> {
  return {
    groupId: id, groupName: id, description: 'd', ownerId: account, vpcId: 'vpc-1', ipPermissionsEgress: [],
    ipPermissions: open ? [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }], ipRanges: ['0.0.0.0/0'], ipv6Ranges: [], prefixListIds: [], userIdGroupPairs: [] }] : [],
  };
}

function routes(filter?: { Type: string; Value: string[] }): Route[] {
  return [
    { name: 'DescribeConfigurationAggregators', match: byTarget('StarlingDoveService.DescribeConfigurationAggregators'), respond: json({ ConfigurationAggregators: [{ ConfigurationAggregatorName: 'org', AccountAggregationSources: [{ AccountIds: [A, B], AllAwsRegions: false, AwsRegions: ['us-east-1', 'eu-west-1'] }], ...(filter === undefined ? {} : { AggregatorFilters: { ResourceType: filter } }) }] }) },
    {
      name: 'DescribeConfigurationAggregatorSourcesStatus',
      match: byTarget('StarlingDoveService.DescribeConfigurationAggregatorSourcesStatus'),
      respond: (r) => (r.params.NextToken === undefined
        ? json({ AggregatedSourceStatusList: [
          { SourceId: A, SourceType: 'ACCOUNT', AwsRegion: 'us-east-1', LastUpdateStatus: 'SUCCEEDED', LastUpdateTime: 1793520000 },
          { SourceId: A, SourceType: 'ACCOUNT', AwsRegion: 'eu-west-1', LastUpdateStatus: 'SUCCEEDED', LastUpdateTime: 1793520000 },
        ], NextToken: 'next' })
        : json({ AggregatedSourceStatusList: [
          { SourceId: B, SourceType: 'ACCOUNT', AwsRegion: 'us-east-1', LastUpdateStatus: 'FAILED', LastErrorCode: 'AccessDeniedException', LastErrorMessage: 'authorization missing' },
          { SourceId: B, SourceType: 'ACCOUNT', AwsRegion: 'eu-west-1', LastUpdateStatus: 'OUTDATED', LastUpdateTime: 1790000000 },
        ] })),
    },
    {
      name: 'SelectAggregateResourceConfig',
      match: byTarget('StarlingDoveService.SelectAggregateResourceConfig'),
      respond: (r) => (r.params.NextToken === undefined
        ? json({ Results: [group(A, 'us-east-1', 'sg-a1', true), group(A, 'us-east-1', 'sg-a2', false, false)], NextToken: 'p2' })
        : json({ Results: [group(A, 'eu-west-1', 'sg-a3', false), group(B, 'eu-west-1', 'sg-b1', true)] })),
    },
    {
      name: 'BatchGetAggregateResourceConfig',
      match: byTarget('StarlingDoveService.BatchGetAggregateResourceConfig'),
      respond: (r) => json({ BaseConfigurationItems: (r.params.ResourceIdentifiers as { SourceAccountId: string; SourceRegion: string; ResourceId: string }[]).map((k) => ({
        accountId: k.SourceAccountId, awsRegion: k.SourceRegion, resourceId: k.ResourceId, resourceType: 'AWS::EC2::SecurityGroup', configuration: JSON.stringify(configuration(k.SourceAccountId, k.ResourceId, false)),
      })), UnprocessedResourceIdentifiers: [] }),
    },
  ];
}

async function collect(extra: { accounts?: string[]; routes?: Route[] } = {}) {
  const aws = new RecordedAws(extra.routes ?? routes());
  const clients = new ClientPool({ requestHandler: aws, credentials, maxAttempts: 2 });
  try {
    const result = await collectFromAggregator({
      clients, region: 'us-east-1', partition: 'aws', aggregator: 'org', account: '123456789012', mappers: [ec2SecurityGroupFromConfig], uncovered: [iamUsers, kmsKeys],
      ...(extra.accounts === undefined ? {} : { accounts: extra.accounts }),
      generator: { name: 'assay', version: 'test' }, now: () => new Date('2026-11-01T12:00:00Z'),
    });
    return { ...result, aws, operations: [...clients.calls.keys()] };
  } finally {
    clients.destroy();
  }
}

describe('collectFromAggregator', () => {
  it('reads every account and region the aggregator holds in one paginated query per type, into a valid snapshot', async () => {
    const { snapshot, aws, operations } = await collect();
    expect(validateSnapshot(snapshot, createLocator('aggregated', undefined))).toMatchObject({ ok: true });
    expect(snapshot.scope).toEqual({ partition: 'aws', accounts: [A, B], regions: ['eu-west-1', 'us-east-1'] });
    expect(snapshot.resources.map((r) => `${r.account} ${r.region} ${r.id}`).sort()).toEqual([`${A} eu-west-1 sg-a3`, `${A} us-east-1 sg-a1`, `${A} us-east-1 sg-a2`, `${B} eu-west-1 sg-b1`]);
    expect(snapshot.resources.find((r) => r.id === 'sg-a1')?.data).toMatchObject({ ingress: [{ protocol: 'tcp', fromPort: 22, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] }] });
    expect(aws.count('SelectAggregateResourceConfig')).toBe(2);
    expect(aws.requests.filter((r) => r.target === 'StarlingDoveService.BatchGetAggregateResourceConfig').map((r) => r.params.ResourceIdentifiers)).toEqual([[{ SourceAccountId: A, SourceRegion: 'us-east-1', ResourceId: 'sg-a2', ResourceType: 'AWS::EC2::SecurityGroup' }]]);
    // Every call is one the declared aggregator permissions allow.
    const index = await callIndex();
    for (const operation of operations) expect(aggregatorPermissions).toEqual(expect.arrayContaining([...index.get(operation)?.iam ?? [operation]]));
  });

  it('is complete only where the aggregator vouches for the source; types Config does not hold are failed coverage', async () => {
    const { snapshot } = await collect();
    const sg = Object.fromEntries(snapshot.coverage.filter((c) => c.type === 'aws.ec2.security-group').map((c) => [`${c.account}/${c.region}`, [c.status, c.reason]]));
    expect(sg).toEqual({
      [`${A}/eu-west-1`]: ['complete', undefined],
      [`${A}/us-east-1`]: ['complete', undefined],
      [`${B}/eu-west-1`]: ['partial', `the aggregator's copy of ${B}/eu-west-1 is outdated (last updated 2026-09-21T14:13:20.000Z)`],
      [`${B}/us-east-1`]: ['failed', `aggregation from ${B}/us-east-1 failed: AccessDeniedException: authorization missing`],
    });
    const uncovered = snapshot.coverage.filter((c) => c.type !== 'aws.ec2.security-group');
    expect(uncovered.map((c) => `${c.type} ${c.account}/${c.region} ${c.status}`).sort()).toEqual([
      `aws.iam.user ${A}/global failed`, `aws.iam.user ${B}/global failed`,
      `aws.kms.key ${A}/eu-west-1 failed`, `aws.kms.key ${A}/us-east-1 failed`, `aws.kms.key ${B}/eu-west-1 failed`, `aws.kms.key ${B}/us-east-1 failed`,
    ]);
    expect(uncovered[0]?.reason).toMatch(/^not read from the Config aggregator: .* collect it with --source api$/);
  });

  it('reads only the accounts named for a shard', async () => {
    const { snapshot } = await collect({ accounts: [B] });
    expect(snapshot.scope.accounts).toEqual([B]);
    expect(snapshot.resources.map((r) => r.id)).toEqual(['sg-b1']);
    expect(snapshot.coverage.every((c) => c.account === B)).toBe(true);
  });

  it('a type the aggregator filters out is failed coverage, and is never queried', async () => {
    const { snapshot, aws } = await collect({ routes: routes({ Type: 'INCLUDE', Value: ['AWS::S3::Bucket'] }) });
    expect(aws.count('SelectAggregateResourceConfig')).toBe(0);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.ec2.security-group').every((c) => c.status === 'failed' && c.reason === 'the aggregator "org" filters out AWS::EC2::SecurityGroup')).toBe(true);
  });

  it('an aggregator that does not exist, or cannot be read, stops with the reason', async () => {
    const missing = [{ name: 'none', match: byTarget('StarlingDoveService.DescribeConfigurationAggregators'), respond: json({ ConfigurationAggregators: [] }) }];
    await expect(collect({ routes: missing })).rejects.toThrow('AWS Config has no aggregator named "org" in this account and region');
    const denied = [{ name: 'denied', match: byTarget('StarlingDoveService.DescribeConfigurationAggregators'), respond: jsonError('AccessDeniedException', 'no config:DescribeConfigurationAggregators') }];
    await expect(collect({ routes: denied })).rejects.toThrow('cannot read the aggregator "org" (config:DescribeConfigurationAggregators: AccessDeniedException: no config:DescribeConfigurationAggregators)');
  });
});
