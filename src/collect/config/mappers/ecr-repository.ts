/**
 * AWS::ECR::Repository → aws.ecr.repository. AWS's Config resource schema
 * for the type (awslabs/aws-config-resource-schema) records the repository
 * as CloudFormation describes it, PascalCase, and lists only RepositoryName,
 * Arn, ImageTagMutability, ImageScanningConfiguration.ScanOnPush and
 * LifecyclePolicy.RegistryId. Those four are read from the item (back into
 * the SDK's Repository, mapped by the API collector's own functions: one
 * mapping, two sources). It lists no registry id of the repository itself,
 * no creation time, no tag mutability exclusion filters and no encryption
 * configuration, and whether it holds the lifecycle and repository policy
 * texts as ECR returns them is not verified; above all it cannot hold the
 * scanning the registry's scanning rules give the repository
 * (BatchGetRepositoryScanningConfiguration), a registry-level setting,
 * which is what decides ECR.1. So those are read from ECR in the same run
 * with the API collector's rows: one DescribeRepositories listing per
 * region, the scanning of every listed repository in batches of 25 as the
 * API path reads it, and GetLifecyclePolicy and GetRepositoryPolicy per
 * repository (their "not found" answers null, as in the API collector).
 * Not with an aggregator, where they are errors on the repository. A
 * repository deleted since Config recorded it is not listed, or answers
 * RepositoryNotFoundException: an error on those fields, never "none". The
 * repository's tags are the item's, as ListTagsForResource answers them on
 * the API path.
 */
import {
  BatchGetRepositoryScanningConfigurationCommand, ECRClient, GetLifecyclePolicyCommand, GetRepositoryPolicyCommand, paginateDescribeRepositories,
  type Repository, type RepositoryScanningConfiguration,
} from '@aws-sdk/client-ecr';
import { INCOMPLETE, mapped, readFields, type ReadersOf } from '../../answers.js';
import { repositoryCalls } from '../../aws/ecr/repositories.js';
import { batches, lifecyclePolicy, repositoryFields, repositoryPolicy, scanningFields, scanningPaths } from '../../aws/ecr/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { fieldOf, goneFrom, oncePerRun } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, stringOf } from '../mapper.js';
import { fromItem, isRecord, type Unreadable } from '../read.js';

type EcrRepository = CatalogData['aws.ecr.repository'];

/** The repository's name: the item's configuration.RepositoryName, else its own name or id (Config's id for a repository is its name). */
const nameOf = (item: ConfigurationItem): string => stringOf(item.configuration?.RepositoryName) ?? item.resourceName ?? item.resourceId;

/** What the item holds, as DescribeRepositories would answer it. */
const IN_ITEM = ['repositoryName', 'repositoryArn', 'imageTagMutability', 'scanOnPush'] as const;
const LISTED: readonly string[] = ['repositoryName', 'repositoryArn', 'registryId', 'createdAt', 'imageTagMutability', 'imageTagMutabilityExclusionFilters', 'scanOnPush', 'encryptionType', 'kmsKey'];
const NOT_IN_ITEM: readonly Unreadable[] = [
  ...['registryId', 'createdAt', 'imageTagMutabilityExclusionFilters', 'encryptionType', 'kmsKey'].map((path) => ({ path, reason: `AWS Config's resource schema for AWS::ECR::Repository lists no ${path} of the repository` })),
  ...scanningPaths.map((path) => ({ path, reason: 'AWS Config does not record the scanning the registry\'s scanning rules give a repository (BatchGetRepositoryScanningConfiguration) in AWS::ECR::Repository' })),
  { path: 'lifecyclePolicy', reason: 'that AWS::ECR::Repository items hold the lifecycle policy text as GetLifecyclePolicy returns it is not verified' },
  { path: 'repositoryPolicy', reason: 'that AWS::ECR::Repository items hold the repository policy as GetRepositoryPolicy returns it is not verified' },
];

interface Region { readonly repositories: Fetch<Repository[]>; readonly scanning: Map<string, Fetch<RepositoryScanningConfiguration>> }

async function readRegion(ctx: CollectContext): Promise<Region> {
  const ecr = ctx.clients.get(ECRClient, ctx.region);
  const repositories = await listFetch(repositoryCalls.DescribeRepositories, () => paginateDescribeRepositories({ client: ecr }, {}), (page) => page.repositories);
  const scanning = new Map<string, Fetch<RepositoryScanningConfiguration>>();
  if (repositories.kind !== 'ok') return { repositories, scanning };
  const call = repositoryCalls.BatchGetRepositoryScanningConfiguration;
  const names = repositories.value.flatMap((r) => (r.repositoryName === undefined || r.repositoryName === '' ? [] : [r.repositoryName]));
  for (const batch of batches(names)) {
    const answer = await ctx.call(call, () => ecr.send(new BatchGetRepositoryScanningConfigurationCommand({ repositoryNames: batch })));
    for (const name of batch) {
      if (answer.kind !== 'ok') {
        scanning.set(name, answer.kind === 'failed' ? answer : { kind: 'failed', failure: { code: INCOMPLETE, message: `the answer has no scanning configuration for ${name}`, operation: call.label } });
        continue;
      }
      const config = answer.value.scanningConfigurations?.find((c) => c.repositoryName === name);
      const failure = answer.value.failures?.find((f) => f.repositoryName === name);
      if (config !== undefined) scanning.set(name, { kind: 'ok', value: config });
      else if (failure?.failureCode === 'REPOSITORY_NOT_FOUND') scanning.set(name, gone(call.label));
      else scanning.set(name, { kind: 'failed', failure: { code: INCOMPLETE, message: failure === undefined ? `the answer has no scanning configuration for ${name}` : `the answer names ${name} a failure: ${String(failure.failureCode)} ${failure.failureReason ?? ''}`.trimEnd(), operation: call.label } });
    }
  }
  return { repositories, scanning };
}

/** The region's repositories and the scanning of each, read once per collector run (a run is one account and region), as the API collector reads them. */
const regionOf = oncePerRun(readRegion);

const gone = (operation: string): Fetch<never> => goneFrom('RepositoryNotFoundException', 'ECR no longer has the repository AWS Config recorded', operation);

const field = (readers: ReadersOf<EcrRepository>, path: string, operation: string): Fetch<unknown> => fieldOf(readers, path, operation);

async function listedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const label = repositoryCalls.DescribeRepositories.label;
  const { repositories } = await regionOf(ctx);
  if (repositories.kind !== 'ok') return repositories.kind === 'failed' ? repositories : gone(label);
  const repo = repositories.value.find((r) => r.repositoryName === nameOf(item));
  return repo === undefined ? gone(label) : field(repositoryFields(repo), path, label);
}

async function scanningField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const { repositories, scanning } = await regionOf(ctx);
  // Without the listing the API path reads no scanning either; a repository not listed is gone.
  if (repositories.kind !== 'ok') return repositories.kind === 'failed' ? repositories : gone(repositoryCalls.DescribeRepositories.label);
  const scan = scanning.get(nameOf(item)) ?? gone(repositoryCalls.DescribeRepositories.label);
  return scan.kind === 'ok' ? field(scanningFields(scan.value), path, repositoryCalls.BatchGetRepositoryScanningConfiguration.label) : scan;
}

/** A policy, one call per repository; ECR's "not found" for the policy is null, for the repository an error. */
async function policyField(ctx: CollectContext, item: ConfigurationItem, path: 'lifecyclePolicy' | 'repositoryPolicy'): Promise<Fetch<unknown>> {
  const ecr = ctx.clients.get(ECRClient, ctx.region);
  const repositoryName = nameOf(item);
  if (path === 'lifecyclePolicy') {
    const answer = await ctx.call(repositoryCalls.GetLifecyclePolicy, () => ecr.send(new GetLifecyclePolicyCommand({ repositoryName })));
    return answer.kind === 'absent' ? { kind: 'ok', value: null } : mapped(answer, lifecyclePolicy, repositoryCalls.GetLifecyclePolicy.label);
  }
  const answer = await ctx.call(repositoryCalls.GetRepositoryPolicy, () => ecr.send(new GetRepositoryPolicyCommand({ repositoryName })));
  return answer.kind === 'absent' ? { kind: 'ok', value: null } : mapped(answer, repositoryPolicy, repositoryCalls.GetRepositoryPolicy.label);
}

const isScanning = (path: string): boolean => (scanningPaths as readonly string[]).includes(path);

export const ecrRepositoryFromConfig = defineConfigMapper({
  configType: 'AWS::ECR::Repository',
  catalogType: 'aws.ecr.repository',
  fill: {
    calls: [repositoryCalls],
    read(ctx, item, path) {
      if (path === 'lifecyclePolicy' || path === 'repositoryPolicy') return () => policyField(ctx, item, path);
      if (isScanning(path)) return () => scanningField(ctx, item, path);
      if (LISTED.includes(path)) return () => listedField(ctx, item, path);
      return undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const scan = isRecord(c.ImageScanningConfiguration) ? c.ImageScanningConfiguration.ScanOnPush : undefined;
    const repo: Repository = {
      repositoryName: stringOf(c.RepositoryName), repositoryArn: stringOf(c.Arn), imageTagMutability: stringOf(c.ImageTagMutability) as Repository['imageTagMutability'],
      imageScanningConfiguration: typeof scan === 'boolean' ? { scanOnPush: scan } : undefined,
    };
    const readers = repositoryFields(repo);
    const read = fromItem(readFields(Object.fromEntries(IN_ITEM.map((path) => [path, readers[path]])) as ReadersOf<EcrRepository>), NOT_IN_ITEM);
    const name = nameOf(item);
    const arn = repo.repositoryArn ?? item.arn ?? `arn:${place.partition}:ecr:${place.region}:${place.account}:repository/${name}`;
    return {
      envelope: { type: 'aws.ecr.repository', id: name, arn, tags: { ...item.tags } },
      fields: read.fields,
      unreadable: read.unreadable,
    };
  },
});
