/**
 * `--source config` for ECR repositories against `--source api` on the same
 * recorded account: the repositories served both as ECR's own answers
 * (DescribeRepositories in two pages, the registry's scanning in one batch,
 * the two policies per repository) and as AWS Config's (two advanced query
 * pages of Configuration Items holding what AWS's Config resource schema
 * lists for AWS::ECR::Repository, CloudFormation's PascalCase), collected
 * through the real SDK clients each way. The resources must be equal: what
 * the item lacks — the registry's scanning above all — read from ECR once
 * per region, and the policies once per repository, as the API path reads them.
 */
import { describe, expect, it } from 'vitest';
import { ecrRepositories } from '../../src/collect/aws/ecr/repositories.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { ecrRepositoryFromConfig } from '../../src/collect/config/mappers/ecr-repository.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { byTarget, json, jsonError, type Route, type WireRequest } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

const ACCOUNT = '123456789012';
const T = 'AmazonEC2ContainerRegistry_V20150921';
const arn = (name: string): string => `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/${name}`;
const keyArn = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const repo = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  repositoryArn: arn(name), registryId: ACCOUNT, repositoryName: name, repositoryUri: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${name}`,
  createdAt: 1714642200, imageTagMutability: 'MUTABLE', imageScanningConfiguration: { scanOnPush: false }, encryptionConfiguration: { encryptionType: 'AES256' },
  ...extra,
});
const repositories = [
  repo('payments/api', { imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: true }, encryptionConfiguration: { encryptionType: 'KMS', kmsKey: keyArn } }),
  repo('web', { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest' }] }),
  repo('scratch', { imageScanningConfiguration: { scanOnPush: true } }),
];
const lifecycleText = '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}';
const policy = { Version: '2012-10-17', Statement: [{ Sid: 'Pull', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }] };
/** The registry scans payments/* continuously; scratch's own scanOnPush is ignored (no rule matches it), so MANUAL. */
const scanning: Record<string, Record<string, unknown>> = {
  'payments/api': { repositoryArn: arn('payments/api'), repositoryName: 'payments/api', scanOnPush: true, scanFrequency: 'CONTINUOUS_SCAN', appliedScanFilters: [{ filter: 'payments/*', filterType: 'WILDCARD' }] },
  web: { repositoryArn: arn('web'), repositoryName: 'web', scanOnPush: false, scanFrequency: 'SCAN_ON_PUSH', appliedScanFilters: [{ filter: '*', filterType: 'WILDCARD' }] },
  scratch: { repositoryArn: arn('scratch'), repositoryName: 'scratch', scanOnPush: true, scanFrequency: 'MANUAL', appliedScanFilters: [] },
};
const nameOf = (r: WireRequest): string => String(r.params.repositoryName);
const listed = new Set(repositories.map((r) => r.repositoryName));
const notFound = (name: string) => jsonError('RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${ACCOUNT}'`);

/** ECR's own answers; a deleted repository is not listed and answers RepositoryNotFoundException. */
const ecrRoutes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  {
    name: 'DescribeRepositories',
    match: byTarget(`${T}.DescribeRepositories`),
    respond: (r) => (r.params.nextToken === undefined ? json({ repositories: repositories.slice(0, 2), nextToken: 'repos-2' }) : json({ repositories: repositories.slice(2) })),
  },
  {
    name: 'BatchGetRepositoryScanningConfiguration',
    match: byTarget(`${T}.BatchGetRepositoryScanningConfiguration`),
    respond: (r) => {
      const names = r.params.repositoryNames as string[];
      return json({ scanningConfigurations: names.flatMap((n) => (scanning[n] === undefined ? [] : [scanning[n]])), failures: names.filter((n) => scanning[n] === undefined).map((n) => ({ repositoryName: n, failureCode: 'REPOSITORY_NOT_FOUND', failureReason: 'REPOSITORY_NOT_FOUND' })) });
    },
  },
  {
    name: 'GetLifecyclePolicy',
    match: byTarget(`${T}.GetLifecyclePolicy`),
    respond: (r) => (!listed.has(nameOf(r)) ? notFound(nameOf(r)) : nameOf(r) === 'payments/api'
      ? json({ registryId: ACCOUNT, repositoryName: nameOf(r), lifecyclePolicyText: lifecycleText, lastEvaluatedAt: 1714642200 })
      : jsonError('LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository with name '${nameOf(r)}' in the registry with id '${ACCOUNT}'`)),
  },
  // Every repository carries the one tag its Configuration Item holds.
  { name: 'ListTagsForResource', match: byTarget(`${T}.ListTagsForResource`), respond: json({ tags: [{ Key: 'team', Value: 'payments' }] }) },
  {
    name: 'GetRepositoryPolicy',
    match: byTarget(`${T}.GetRepositoryPolicy`),
    respond: (r) => (!listed.has(nameOf(r)) ? notFound(nameOf(r)) : nameOf(r) === 'payments/api'
      ? json({ registryId: ACCOUNT, repositoryName: nameOf(r), policyText: JSON.stringify(policy, null, 2) })
      : jsonError('RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository with name '${nameOf(r)}' in the registry with id '${ACCOUNT}'`)),
  },
];

/** A repository as Config records it: CloudFormation's properties, PascalCase. */
const item = (r: Record<string, unknown>): string => {
  const name = String(r.repositoryName);
  return JSON.stringify({
    resourceId: name, resourceType: 'AWS::ECR::Repository', resourceName: name, arn: arn(name), accountId: ACCOUNT, awsRegion: 'us-east-1',
    configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
    configuration: {
      RepositoryName: name, Arn: arn(name), RepositoryUri: r.repositoryUri, ImageTagMutability: r.imageTagMutability,
      ImageScanningConfiguration: { ScanOnPush: (r.imageScanningConfiguration as { scanOnPush: boolean }).scanOnPush }, LifecyclePolicy: { RegistryId: ACCOUNT },
    },
    supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'payments' }], relationships: [],
  });
};

const config = (items: string[], overrides: Route[] = []): Route[] => [...configRoutes(items), ...ecrRoutes(overrides)];

const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([ecrRepositoryFromConfig]);

describe('--source config for ECR repositories', () => {
  it('gives the same repositories as --source api, reading what the items lack from ECR as the API path does', async () => {
    const api = await collectRecorded([ecrRepositories], ecrRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(repositories.map(item)), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources.map((r) => r.tags)).toEqual(repositories.map(() => ({ team: 'payments' })));
    // The tags are the item's: ECR is not asked for them.
    expect(run.aws.count('ListTagsForResource')).toBe(0);
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.aws.requests.filter((r) => r.target === 'StarlingDoveService.SelectResourceConfig').map((r) => r.params.NextToken)).toEqual([undefined, 'page-2']);
    // One listing (two pages) and one scanning batch for the region, however many repositories lack fields; the policies per repository.
    expect(run.aws.count('DescribeRepositories')).toBe(2);
    expect(run.aws.count('BatchGetRepositoryScanningConfiguration')).toBe(1);
    expect(run.aws.count('GetLifecyclePolicy')).toBe(3);
    expect(run.aws.count('GetRepositoryPolicy')).toBe(3);
  });

  it('names a repository deleted since Config recorded it as gone on every field ECR must answer, never "none"', async () => {
    const run = await collectRecorded(fromConfig, config([...repositories.map(item), item(repo('retired'))]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const retired = run.snapshot.resources.find((r) => r.id === 'retired');
    expect(retired?.errors?.map((e) => [e.path, e.code])).toEqual(
      ['registryId', 'createdAt', 'imageTagMutabilityExclusionFilters', 'encryptionType', 'kmsKey', 'scanFrequency', 'appliedScanFilters', 'lifecyclePolicy', 'repositoryPolicy'].map((p) => [p, 'RepositoryNotFoundException']),
    );
    expect(retired?.data).not.toHaveProperty('lifecyclePolicy');
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['retired']);
  });

  it('records a denied scanning read on the scanning of every repository, never the repository\'s own scanOnPush in its place', async () => {
    const denied: Route = { name: 'denied', match: byTarget(`${T}.BatchGetRepositoryScanningConfiguration`), respond: jsonError('AccessDeniedException', 'no ecr:BatchGetRepositoryScanningConfiguration', 400) };
    const run = await collectRecorded(fromConfig, config(repositories.map(item), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.errors?.map((e) => [e.path, e.code]))).toEqual(repositories.map(() => [['scanFrequency', 'AccessDeniedException'], ['appliedScanFilters', 'AccessDeniedException']]));
    expect(run.snapshot.resources.find((r) => r.id === 'scratch')?.data).toMatchObject({ scanOnPush: true, encryptionType: 'AES256' });
  });

  for (const operation of ['GetLifecyclePolicy', 'GetRepositoryPolicy'] as const) {
    it(`records AccessDeniedException on ${operation} on that repository only`, async () => {
      const denied: Route = { name: 'denied', match: (r) => r.target === `${T}.${operation}` && nameOf(r) === 'web', respond: jsonError('AccessDeniedException', `no ecr:${operation}`, 400) };
      const run = await collectRecorded(fromConfig, config(repositories.map(item), [denied]), { regions: ['us-east-1'] });
      expect(run.problems).toEqual([]);
      const path = operation === 'GetLifecyclePolicy' ? 'lifecyclePolicy' : 'repositoryPolicy';
      expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])])).toEqual([['web', [[path, 'AccessDeniedException']]]]);
    });
  }

  it('records a denied listing on the fields it would have filled, the scanning too', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(`${T}.DescribeRepositories`), respond: jsonError('AccessDeniedException', 'no ecr:DescribeRepositories', 400) };
    const run = await collectRecorded(fromConfig, config(repositories.map(item), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const web = run.snapshot.resources.find((r) => r.id === 'web');
    expect(web?.errors?.map((e) => [e.path, e.operation])).toEqual(
      ['registryId', 'createdAt', 'imageTagMutabilityExclusionFilters', 'encryptionType', 'kmsKey', 'scanFrequency', 'appliedScanFilters'].map((p) => [p, 'ecr:DescribeRepositories']),
    );
    expect(web?.data).toMatchObject({ imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', scanOnPush: false, lifecyclePolicy: null, repositoryPolicy: null });
    expect(run.aws.count('BatchGetRepositoryScanningConfiguration')).toBe(0);
  });
});

describe('the Config collector for ECR repositories', () => {
  it('has no row the recorded runs above leave unsent', async () => {
    // An item without its configuration, which BatchGetResourceConfig cannot complete either: the listing is partial.
    const bare = JSON.stringify({ resourceId: 'web', resourceType: 'AWS::ECR::Repository', accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
    const run = await collectRecorded(fromConfig, config([bare]), { regions: ['us-east-1'] });
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
