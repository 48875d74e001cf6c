/** ecrRepositories through the real ECR client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ecrRepositories } from './repositories.js';
import { byTarget, json, jsonError, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const T = 'AmazonEC2ContainerRegistry_V20150921';
const arn = (name: string): string => `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/${name}`;
const keyArn = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const repo = (name: string, extra: Record<string, unknown> = {}) => ({
  repositoryArn: arn(name), registryId: ACCOUNT, repositoryName: name, repositoryUri: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${name}`,
  createdAt: 1714642200, imageTagMutability: 'MUTABLE', imageScanningConfiguration: { scanOnPush: false }, encryptionConfiguration: { encryptionType: 'AES256' },
  ...extra,
});
const api = repo('payments/api', { imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: true }, encryptionConfiguration: { encryptionType: 'KMS', kmsKey: keyArn } });
const web = repo('web', { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest' }] });
const scratch = repo('scratch', { imageScanningConfiguration: { scanOnPush: true } });
const lifecycleText = '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}';
const policy = { Version: '2012-10-17', Statement: [{ Sid: 'Pull', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }] };
/** The registry scans payments/* continuously; scratch's own scanOnPush is ignored (no rule matches it), so MANUAL. */
const scanning: Record<string, Record<string, unknown>> = {
  'payments/api': { repositoryArn: arn('payments/api'), repositoryName: 'payments/api', scanOnPush: true, scanFrequency: 'CONTINUOUS_SCAN', appliedScanFilters: [{ filter: 'payments/*', filterType: 'WILDCARD' }] },
  web: { repositoryArn: arn('web'), repositoryName: 'web', scanOnPush: false, scanFrequency: 'SCAN_ON_PUSH', appliedScanFilters: [{ filter: '*', filterType: 'WILDCARD' }] },
  scratch: { repositoryArn: arn('scratch'), repositoryName: 'scratch', scanOnPush: true, scanFrequency: 'MANUAL', appliedScanFilters: [] },
};
const nameOf = (r: WireRequest): string => String(r.params.repositoryName);
/** payments/api carries two tags; the others none, which ECR answers as an empty list. */
const tagsOf: Record<string, { Key: string; Value: string }[]> = { [arn('payments/api')]: [{ Key: 'team', Value: 'payments' }, { Key: 'env', Value: 'prod' }] };

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'DescribeRepositories',
      match: byTarget(`${T}.DescribeRepositories`),
      respond: (r) => (r.params.nextToken === undefined ? json({ repositories: [api, web], nextToken: 'repos-2' }) : json({ repositories: [scratch] })),
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
      respond: (r) => (nameOf(r) === 'payments/api'
        ? json({ registryId: ACCOUNT, repositoryName: nameOf(r), lifecyclePolicyText: lifecycleText, lastEvaluatedAt: 1714642200 })
        : jsonError('LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository with name '${nameOf(r)}' in the registry with id '${ACCOUNT}'`)),
    },
    { name: 'ListTagsForResource', match: byTarget(`${T}.ListTagsForResource`), respond: (r) => json({ tags: tagsOf[String(r.params.resourceArn)] ?? [] }) },
    {
      name: 'GetRepositoryPolicy',
      match: byTarget(`${T}.GetRepositoryPolicy`),
      respond: (r) => (nameOf(r) === 'payments/api'
        ? json({ registryId: ACCOUNT, repositoryName: nameOf(r), policyText: JSON.stringify(policy, null, 2) })
        : jsonError('RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository with name '${nameOf(r)}' in the registry with id '${ACCOUNT}'`)),
    },
  ];
}

describe('ecrRepositories', () => {
  it('follows nextToken, reads the scanning the registry gives each repository and both policies, and maps every repository to a valid resource', async () => {
    const run = await collectRecorded([ecrRepositories], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeRepositories')).toBe(2);
    // One batch holds every repository of both pages.
    expect(run.aws.count('BatchGetRepositoryScanningConfiguration')).toBe(1);
    const repos = run.snapshot.resources.filter((r) => r.type === 'aws.ecr.repository');
    expect(repos.map((r) => r.id).sort()).toEqual(['payments/api', 'scratch', 'web']);
    const byId = (id: string) => repos.find((r) => r.id === id);
    expect(byId('payments/api')?.arn).toBe(arn('payments/api'));
    expect(byId('payments/api')?.tags).toEqual({ team: 'payments', env: 'prod' });
    expect(byId('web')?.tags).toEqual({});
    // Tags are asked for by ARN, once per repository.
    expect(run.aws.requests.filter((r) => r.target === `${T}.ListTagsForResource`).map((r) => r.params.resourceArn).sort()).toEqual([arn('payments/api'), arn('scratch'), arn('web')]);
    expect(byId('payments/api')?.data).toEqual({
      repositoryName: 'payments/api', repositoryArn: arn('payments/api'), registryId: ACCOUNT, createdAt: '2024-05-02T09:30:00.000Z',
      imageTagMutability: 'IMMUTABLE', imageTagMutabilityExclusionFilters: [], scanOnPush: true, scanFrequency: 'CONTINUOUS_SCAN', appliedScanFilters: ['payments/*'],
      encryptionType: 'KMS', kmsKey: keyArn, lifecyclePolicy: lifecycleText, repositoryPolicy: policy,
    });
    expect(byId('web')?.data).toMatchObject({ imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['latest'], scanOnPush: false, scanFrequency: 'SCAN_ON_PUSH', appliedScanFilters: ['*'] });
    // Not-found answers are "none": null, no error. The repository's own scanOnPush is kept, and the registry's MANUAL beside it.
    expect(byId('scratch')?.errors).toBeUndefined();
    expect(byId('scratch')?.data).toMatchObject({ scanOnPush: true, scanFrequency: 'MANUAL', appliedScanFilters: [], encryptionType: 'AES256', kmsKey: null, lifecyclePolicy: null, repositoryPolicy: null });
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.ecr.repository', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('asks for the scanning of at most 25 repositories a call', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `svc-${String(i).padStart(2, '0')}`);
    for (const n of many) scanning[n] = { repositoryArn: arn(n), repositoryName: n, scanOnPush: false, scanFrequency: 'SCAN_ON_PUSH', appliedScanFilters: [{ filter: '*', filterType: 'WILDCARD' }] };
    const listing: Route = { name: 'many', match: byTarget(`${T}.DescribeRepositories`), respond: json({ repositories: many.map((n) => repo(n)) }) };
    try {
      const run = await collectRecorded([ecrRepositories], routes([listing]), { regions: ['us-east-1'] });
      expect(run.problems).toEqual([]);
      expect(run.aws.requests.filter((r) => r.target === `${T}.BatchGetRepositoryScanningConfiguration`).map((r) => (r.params.repositoryNames as string[]).length).sort()).toEqual([25, 5]);
      expect(run.snapshot.resources.map((r) => r.data.scanFrequency)).toEqual(many.map(() => 'SCAN_ON_PUSH'));
    } finally {
      for (const n of many) Reflect.deleteProperty(scanning, n);
    }
  });

  it('records AccessDenied on the scanning configuration on every repository of the batch, never reading the repository flag instead', async () => {
    const denied: Route = { name: 'scan-denied', match: byTarget(`${T}.BatchGetRepositoryScanningConfiguration`), respond: jsonError('AccessDeniedException', 'not authorized to perform: ecr:BatchGetRepositoryScanningConfiguration') };
    const run = await collectRecorded([ecrRepositories], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const r of run.snapshot.resources) {
      expect(r.errors?.map((e) => [e.path, e.code, e.operation])).toEqual(['scanFrequency', 'appliedScanFilters'].map((p) => [p, 'AccessDeniedException', 'ecr:BatchGetRepositoryScanningConfiguration']));
      expect('scanFrequency' in r.data).toBe(false);
      expect(typeof r.data.scanOnPush).toBe('boolean');
    }
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('names a repository the scanning answer leaves out unreadable there, and leaves out one deleted since the listing', async () => {
    const partial: Route = {
      name: 'partial-scan',
      match: byTarget(`${T}.BatchGetRepositoryScanningConfiguration`),
      respond: json({ scanningConfigurations: [scanning['payments/api']], failures: [{ repositoryName: 'scratch', failureCode: 'REPOSITORY_NOT_FOUND', failureReason: 'REPOSITORY_NOT_FOUND' }] }),
    };
    const run = await collectRecorded([ecrRepositories], routes([partial]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['payments/api', 'web']);
    expect(run.snapshot.resources.find((r) => r.id === 'web')?.errors).toEqual(['scanFrequency', 'appliedScanFilters'].map((path) => ({ path, code: 'IncompleteResponse', message: 'the answer has no scanning configuration for web', operation: 'ecr:BatchGetRepositoryScanningConfiguration' })));
    expect(run.snapshot.resources.find((r) => r.id === 'payments/api')?.errors).toBeUndefined();
  });

  it('records AccessDenied on each policy call on that field alone, never as "no policy"', async () => {
    const lifecycleDenied: Route = { name: 'lifecycle-denied', match: (r) => r.target === `${T}.GetLifecyclePolicy` && nameOf(r) === 'payments/api', respond: jsonError('AccessDeniedException', 'no ecr:GetLifecyclePolicy') };
    const policyDenied: Route = { name: 'policy-denied', match: (r) => r.target === `${T}.GetRepositoryPolicy` && nameOf(r) === 'web', respond: jsonError('AccessDeniedException', 'no ecr:GetRepositoryPolicy') };
    const run = await collectRecorded([ecrRepositories], routes([lifecycleDenied, policyDenied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const api1 = run.snapshot.resources.find((r) => r.id === 'payments/api');
    expect(api1?.errors).toEqual([{ path: 'lifecyclePolicy', code: 'AccessDeniedException', message: 'no ecr:GetLifecyclePolicy', operation: 'ecr:GetLifecyclePolicy' }]);
    expect('lifecyclePolicy' in (api1?.data ?? {})).toBe(false);
    expect(api1?.data.repositoryPolicy).toEqual(policy);
    const web1 = run.snapshot.resources.find((r) => r.id === 'web');
    expect(web1?.errors).toEqual([{ path: 'repositoryPolicy', code: 'AccessDeniedException', message: 'no ecr:GetRepositoryPolicy', operation: 'ecr:GetRepositoryPolicy' }]);
    expect(web1?.data.lifecyclePolicy).toBeNull();
    expect(run.snapshot.resources.find((r) => r.id === 'scratch')?.errors).toBeUndefined();
  });

  it('fails only the tags, never "untagged", when ListTagsForResource is denied or answers no tags', async () => {
    const denied: Route = { name: 'tags-denied', match: (r) => r.target === `${T}.ListTagsForResource` && r.params.resourceArn === arn('payments/api'), respond: jsonError('AccessDeniedException', 'no ecr:ListTagsForResource') };
    const empty: Route = { name: 'tags-empty', match: (r) => r.target === `${T}.ListTagsForResource` && r.params.resourceArn === arn('web'), respond: json({}) };
    const run = await collectRecorded([ecrRepositories], routes([denied, empty]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const api1 = run.snapshot.resources.find((r) => r.id === 'payments/api');
    expect(api1?.errors).toEqual([{ path: '$tags', code: 'AccessDeniedException', message: 'no ecr:ListTagsForResource', operation: 'ecr:ListTagsForResource' }]);
    expect(api1?.data.repositoryPolicy).toEqual(policy);
    expect(run.snapshot.resources.find((r) => r.id === 'web')?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['$tags', 'IncompleteResponse', 'ecr:ListTagsForResource']]);
    expect(run.snapshot.resources.find((r) => r.id === 'scratch')?.errors).toBeUndefined();
  });

  it('names a repository policy that is not JSON, and a tag mutability this version does not know, unreadable on their fields alone', async () => {
    const broken: Route = { name: 'bad-policy', match: (r) => r.target === `${T}.GetRepositoryPolicy` && nameOf(r) === 'payments/api', respond: json({ registryId: ACCOUNT, repositoryName: 'payments/api', policyText: '{"Version":' }) };
    const novel: Route = { name: 'novel', match: byTarget(`${T}.DescribeRepositories`), respond: json({ repositories: [api, repo('web', { imageTagMutability: 'SOMETIMES' })] }) };
    const run = await collectRecorded([ecrRepositories], routes([broken, novel]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'payments/api')?.errors).toEqual([{ path: 'repositoryPolicy', code: 'InvalidPolicyDocument', message: 'policyText is not JSON', operation: 'ecr:GetRepositoryPolicy' }]);
    expect(run.snapshot.resources.find((r) => r.id === 'web')?.errors?.map((e) => [e.path, e.code])).toEqual([['imageTagMutability', 'IncompleteResponse']]);
  });

  it('marks coverage failed when repositories cannot be listed, and partial when a later page fails', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(`${T}.DescribeRepositories`), respond: jsonError('AccessDeniedException', 'no ecr:DescribeRepositories') };
    const failed = await collectRecorded([ecrRepositories], routes([denied]), { regions: ['us-east-1'] });
    expect(failed.problems).toEqual([]);
    expect(failed.snapshot.resources).toEqual([]);
    expect(failed.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on ecr:DescribeRepositories: no ecr:DescribeRepositories' })]);

    const later: Route = { name: 'page-2-denied', match: (r) => r.target === `${T}.DescribeRepositories` && r.params.nextToken !== undefined, respond: jsonError('AccessDeniedException', 'no more') };
    const partial = await collectRecorded([ecrRepositories], routes([later]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(partial.snapshot.resources.map((r) => r.id).sort()).toEqual(['payments/api', 'web']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });
});

describe('ecrRepositories call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ecrRepositories)).toEqual([]);
  });
});
