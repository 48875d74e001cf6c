/**
 * A generated organization, collected by the real CLI (a process configured
 * by its environment) against the benchmark's fake AWS, which answers
 * Organizations, AssumeRole, every service's API, and AWS Config — per
 * account and through an organization aggregator — from one model. Three
 * ways to collect it must describe the same organization resource by
 * resource: the APIs, Config per account, and the aggregator with the
 * member roles for what Config does not hold.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Estate } from '../../bench/collect/estate.js';
import { startFakeAws, type FakeAws, type RequestRecord } from '../../bench/collect/fake-aws.js';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { assay } from '../support/spawn.js';

const estate = new Estate({ regions: ['us-east-1', 'eu-west-1'], accounts: 3, buckets: 3, keys: 2, groups: 6, vpcs: 2, topics: 1, users: 2, roles: 2 });
let fake: FakeAws;
let dir: string;
let requests: RequestRecord[];
const runs = new Map<string, Snapshot>();

async function collect(name: string, args: string[]): Promise<void> {
  const out = join(dir, `${name}.json`);
  const run = await assay(['collect', '--org', '--regions', 'us-east-1,eu-west-1', '--quiet', ...args, '-o', out], {
    AWS_ENDPOINT_URL: fake.endpoint, AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: devNull, AWS_SHARED_CREDENTIALS_FILE: devNull, AWS_EC2_METADATA_DISABLED: 'true', NODE_NO_WARNINGS: '1',
  });
  expect(run.code, run.stderr).toBe(0);
  runs.set(name, (await readSnapshotFile(out)).snapshot);
}

const canonical = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
const resources = (s: Snapshot): string[] => s.resources.map((r) => canonical({ type: r.type, account: r.account, region: r.region, id: r.id, data: r.data, errors: r.errors ?? [], tags: r.tags })).sort();

describe('a generated organization, three ways', () => {
  beforeAll(async () => {
    fake = await startFakeAws(estate, 0);
    dir = await mkdtemp(join(tmpdir(), 'assay-org-fake-'));
    await collect('api', ['--source', 'api']);
    await collect('config', ['--source', 'config']);
    await fake.stop();
    // A fresh fake, so its ledger holds the aggregator run's requests alone.
    fake = await startFakeAws(estate, 0);
    await collect('aggregator', ['--source', 'config', '--aggregator', 'org']);
    requests = await fake.stop();
  });

  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('every way collects every account completely, to the same resources', () => {
    const api = runs.get('api');
    if (api === undefined) throw new Error('no api run');
    expect(api.scope.accounts).toHaveLength(3);
    expect(api.resources.length).toBeGreaterThan(50);
    for (const name of ['config', 'aggregator']) {
      const snapshot = runs.get(name);
      if (snapshot === undefined) throw new Error(`no ${name} run`);
      expect(snapshot.scope, name).toEqual(api.scope);
      expect(snapshot.coverage.filter((c) => c.status !== 'complete'), name).toEqual([]);
      expect(resources(snapshot), name).toEqual(resources(api));
    }
  });

  it('finds every resource the fake holds, in every account, so agreement is not three empty answers', () => {
    const api = runs.get('api');
    if (api === undefined) throw new Error('no api run');
    const found = new Map<string, number>();
    for (const resource of api.resources) found.set(resource.type, (found.get(resource.type) ?? 0) + 1);
    for (const [type, perAccount] of estate.expected()) expect(found.get(type) ?? 0, type).toBe(perAccount * estate.size.accounts);
  });

  it('the aggregator path reads EC2 and RDS types once for the organization, and S3, EventBridge and the rest per account', () => {
    const operations = new Set(requests.map((r) => r.operation));
    expect(operations.has('ConfigService:SelectAggregateResourceConfig')).toBe(true);
    expect(operations.has('EC2:DescribeSecurityGroups')).toBe(false);
    expect(operations.has('EC2:DescribeSubnets')).toBe(false);
    expect(operations.has('RDS:DescribeDBInstances')).toBe(false);
    const perAccountQueries = requests.filter((r) => r.operation === 'ConfigService:SelectResourceConfig').map((r) => /resourceType = '([^']+)'/.exec(r.subject)?.[1]);
    // The types whose items need the account's own API for their gaps: S3's settings, EventBridge's policies, patterns and targets, Lambda's per-function settings, load balancers' attributes and listeners, Auto Scaling groups' traffic sources, ECR repositories' scanning, encryption and policies, EKS clusters' settings the schema lacks, CloudFront distributions' origins, Route 53 zones' record counts and query logging.
    expect(new Set(perAccountQueries)).toEqual(new Set(['AWS::S3::Bucket', 'AWS::Events::EventBus', 'AWS::Events::Rule', 'AWS::Lambda::Function', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::AutoScaling::AutoScalingGroup', 'AWS::ECR::Repository', 'AWS::EKS::Cluster', 'AWS::CloudFront::Distribution', 'AWS::Route53::HostedZone']));
    expect(requests.some((r) => r.operation === 'IAM:ListUsers' && r.account !== '123456789012')).toBe(true);
  });
});
