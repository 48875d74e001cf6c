/**
 * Pure mapping from ECR API answers to the aws.ecr.repository catalog
 * shape, one reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - imageTagMutabilityExclusionFilters absent is none: ECR sends the list
 *   only for a repository created or updated with exclusion filters.
 * - kmsKey absent is null only with AES256; a KMS or KMS_DSSE repository
 *   without its key is unreadable.
 * - appliedScanFilters absent is none: the filters only explain
 *   scanFrequency, which is required and is what policies decide from.
 * - LifecyclePolicyNotFoundException and RepositoryPolicyNotFoundException
 *   are "none" (null), decided by the collector before these run.
 */
import type { GetLifecyclePolicyCommandOutput, GetRepositoryPolicyCommandOutput, Repository, RepositoryScanningConfiguration } from '@aws-sdk/client-ecr';
import { iso, knownValue, policyDocument, required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type RepositoryData = CatalogData['aws.ecr.repository'];

const MUTABILITY = ['MUTABLE', 'IMMUTABLE', 'MUTABLE_WITH_EXCLUSION', 'IMMUTABLE_WITH_EXCLUSION'] as const;
const ENCRYPTION = ['AES256', 'KMS', 'KMS_DSSE'] as const;
const FREQUENCY = ['SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL'] as const;

/** The fields DescribeRepositories answers for a repository. */
export function repositoryFields(repo: Repository): ReadersOf<RepositoryData> {
  const encryptionType = (): RepositoryData['encryptionType'] => knownValue(repo.encryptionConfiguration?.encryptionType, ENCRYPTION, 'encryptionConfiguration.encryptionType');
  return {
    repositoryName: () => text(repo.repositoryName, 'repositoryName'),
    repositoryArn: () => text(repo.repositoryArn, 'repositoryArn'),
    registryId: () => text(repo.registryId, 'registryId'),
    createdAt: () => iso(repo.createdAt, 'createdAt'),
    imageTagMutability: () => knownValue(repo.imageTagMutability, MUTABILITY, 'imageTagMutability'),
    imageTagMutabilityExclusionFilters: () => (repo.imageTagMutabilityExclusionFilters ?? []).map((f) => text(f.filter, 'imageTagMutabilityExclusionFilters[].filter')),
    scanOnPush: () => required(repo.imageScanningConfiguration?.scanOnPush, 'imageScanningConfiguration.scanOnPush'),
    encryptionType,
    kmsKey: () => (encryptionType() === 'AES256' ? null : text(repo.encryptionConfiguration?.kmsKey, 'encryptionConfiguration.kmsKey')),
  };
}

export const scanningPaths = ['scanFrequency', 'appliedScanFilters'] as const;

/** The fields BatchGetRepositoryScanningConfiguration answers for one repository: the scanning the registry's rules give it. */
export function scanningFields(config: RepositoryScanningConfiguration): ReadersOf<RepositoryData> {
  return {
    scanFrequency: () => knownValue(config.scanFrequency, FREQUENCY, 'scanFrequency'),
    appliedScanFilters: () => (config.appliedScanFilters ?? []).map((f) => text(f.filter, 'appliedScanFilters[].filter')),
  };
}

/** Called only for a policy that exists: LifecyclePolicyNotFoundException is null before this. Kept as the text ECR returns. */
export function lifecyclePolicy(answer: GetLifecyclePolicyCommandOutput): NonNullable<RepositoryData['lifecyclePolicy']> {
  return text(answer.lifecyclePolicyText, 'lifecyclePolicyText');
}

/** The repository policy arrives as plain JSON text; one that is missing or not a JSON object is unreadable. */
export function repositoryPolicy(answer: GetRepositoryPolicyCommandOutput): NonNullable<RepositoryData['repositoryPolicy']> {
  return policyDocument(answer.policyText, 'policyText');
}

/** BatchGetRepositoryScanningConfiguration takes at most 25 repository names per call. */
export const SCANNING_BATCH = 25;

export function batches<T>(items: readonly T[], size = SCANNING_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
