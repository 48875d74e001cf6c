/**
 * ECR (AWS JSON 1.1) for the fake account: in each region one repository
 * per topic (bench/app-<t>) and a base image repository, so an estate
 * without topics still has one. The registry's scanning rules scan
 * bench/app-* on push and leave the base repository MANUAL though its own
 * scanOnPush flag is on. Settings vary with the index: every other
 * repository has immutable tags, every third is encrypted with the
 * region's first key, every other has a lifecycle policy, every fourth a
 * repository policy (every eighth one anyone may pull through).
 * DescribeRepositories pages by nextToken (100 at a time, as maxResults
 * allows); BatchGetRepositoryScanningConfiguration answers up to 25 names.
 * Every repository is tagged with its team, every other with its
 * environment too (ListTagsForResource, by ARN).
 */
import { ACCOUNT, keyId, type Estate } from './estate.js';
import { json, jsonError, offsetOf, page, pageSize, tokenOf, type Answer, type WireRequest } from './wire.js';

export interface RepositoryModel {
  readonly name: string;
  readonly index: number;
  readonly immutable: boolean;
  readonly kms: boolean;
  readonly lifecycle: boolean;
  readonly policy: 'none' | 'account' | 'public';
  readonly scanOnPush: boolean;
  readonly scanFrequency: 'SCAN_ON_PUSH' | 'MANUAL';
}

export function repositoryModels(estate: Estate): RepositoryModel[] {
  const model = (name: string, index: number, scanned: boolean): RepositoryModel => ({
    name, index, immutable: index % 2 === 0, kms: index % 3 === 0, lifecycle: index % 2 === 1,
    policy: index % 4 !== 0 ? 'none' : index % 8 === 0 ? 'public' : 'account',
    scanOnPush: !scanned, scanFrequency: scanned ? 'SCAN_ON_PUSH' : 'MANUAL',
  });
  return [...Array.from({ length: estate.size.topics }, (_, t) => model(`bench/app-${t}`, t + 1, true)), model('bench/base', 0, false)];
}

/** The repository's tags, as ListTagsForResource answers them and its Configuration Item holds them. */
export function repositoryTags(m: RepositoryModel): Record<string, string> {
  return { team: 'bench', ...(m.index % 2 === 0 ? { env: 'prod' } : {}) };
}

const arnOf = (region: string, name: string): string => `arn:aws:ecr:${region}:${ACCOUNT}:repository/${name}`;
const NOT_FOUND = (name: unknown, what: string): Answer => jsonError(what, `${what.replace('Exception', '')} does not exist for the repository with name '${String(name)}' in the registry with id '${ACCOUNT}'`);

function describe(region: string, r: number, m: RepositoryModel): Record<string, unknown> {
  return {
    repositoryArn: arnOf(region, m.name), registryId: ACCOUNT, repositoryName: m.name, repositoryUri: `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com/${m.name}`,
    createdAt: 1_700_000_000 + m.index, imageTagMutability: m.immutable ? 'IMMUTABLE' : 'MUTABLE', imageScanningConfiguration: { scanOnPush: m.scanOnPush },
    encryptionConfiguration: m.kms ? { encryptionType: 'KMS', kmsKey: `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(r, 0)}` } : { encryptionType: 'AES256' },
  };
}

export function answerEcr(estate: Estate, request: WireRequest): Answer {
  const { operation, params, region } = request;
  const r = estate.regionIndex(region);
  const models = r < 0 ? [] : repositoryModels(estate);
  if (operation === 'DescribeRepositories') {
    const { items, next } = page(models, offsetOf('e', params.nextToken), pageSize(params.maxResults, 100, 1000));
    return json({ repositories: items.map((m) => describe(region, r, m)), ...(next === undefined ? {} : { nextToken: tokenOf('e', next) }) });
  }
  if (operation === 'BatchGetRepositoryScanningConfiguration') {
    const names = Array.isArray(params.repositoryNames) ? params.repositoryNames.map(String) : [];
    const found = names.flatMap((n) => models.filter((m) => m.name === n));
    return json({
      scanningConfigurations: found.map((m) => ({ repositoryArn: arnOf(region, m.name), repositoryName: m.name, scanOnPush: m.scanOnPush, scanFrequency: m.scanFrequency, appliedScanFilters: m.scanFrequency === 'MANUAL' ? [] : [{ filter: 'bench/app-*', filterType: 'WILDCARD' }] })),
      failures: names.filter((n) => !models.some((m) => m.name === n)).map((n) => ({ repositoryName: n, failureCode: 'REPOSITORY_NOT_FOUND', failureReason: 'REPOSITORY_NOT_FOUND' })),
    });
  }
  if (operation === 'ListTagsForResource') {
    const tagged = models.find((m) => arnOf(region, m.name) === params.resourceArn);
    if (tagged === undefined) return jsonError('RepositoryNotFoundException', `The repository with ARN '${String(params.resourceArn)}' does not exist in the registry with id '${ACCOUNT}'`);
    return json({ tags: Object.entries(repositoryTags(tagged)).map(([Key, Value]) => ({ Key, Value })) });
  }
  const model = models.find((m) => m.name === params.repositoryName);
  if (model === undefined) return jsonError('RepositoryNotFoundException', `The repository with name '${String(params.repositoryName)}' does not exist in the registry with id '${ACCOUNT}'`);
  if (operation === 'GetLifecyclePolicy') {
    if (!model.lifecycle) return NOT_FOUND(model.name, 'LifecyclePolicyNotFoundException');
    return json({ registryId: ACCOUNT, repositoryName: model.name, lifecyclePolicyText: '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}' });
  }
  if (operation === 'GetRepositoryPolicy') {
    if (model.policy === 'none') return NOT_FOUND(model.name, 'RepositoryPolicyNotFoundException');
    const principal = model.policy === 'public' ? '*' : { AWS: 'arn:aws:iam::210987654321:root' };
    return json({ registryId: ACCOUNT, repositoryName: model.name, policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Pull', Effect: 'Allow', Principal: principal, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }] }) });
  }
  return json({});
}
