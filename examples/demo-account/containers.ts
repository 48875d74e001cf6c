/** ECR repositories: one held to every control, one that fails them (its own scan-on-push flag on, but no registry rule scans it), one immutable except for an excluded tag. */
import { ecrRepository } from '../../src/resources/types/ecr-repository.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, demo, keys, make, type DemoRegion, type Overrides } from './demo.js';

const expireUntagged = '{"rules":[{"rulePriority":1,"description":"Expire untagged images after 14 days","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}';

function repository(region: DemoRegion, name: string, data: Overrides<typeof ecrRepository>): Resource {
  const repositoryArn = arn.in('ecr', region, `repository/${name}`);
  return make(ecrRepository, { id: name, region, arn: repositoryArn, data: { repositoryName: name, repositoryArn, registryId: demo.account, ...data } });
}

export function ecrRepositories(): Resource[] {
  return [
    // Immutable tags, continuously scanned by the registry's enhanced rule for payments/*, a customer managed key, expiry, pulls by the deploy role only.
    repository('us-east-1', 'payments/api', {
      createdAt: '2024-05-02T09:30:00.000Z', scanFrequency: 'CONTINUOUS_SCAN', appliedScanFilters: ['payments/*'],
      encryptionType: 'KMS', kmsKey: keys.appData, lifecyclePolicy: expireUntagged,
      repositoryPolicy: {
        Version: '2012-10-17',
        Statement: [{ Sid: 'PullForDeploys', Effect: 'Allow', Principal: { AWS: arn.iam('role/deployer') }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'] }],
      },
    }),
    // Edge case: the repository's own scanOnPush is on, but the registry's rules (payments/* only) leave it MANUAL — ECR ignores the flag.
    // Mutable tags, SSE-S3, no lifecycle policy, and a policy anyone may pull through.
    repository('us-east-1', 'web/frontend', {
      createdAt: '2022-08-19T14:05:00.000Z', imageTagMutability: 'MUTABLE', scanOnPush: true, scanFrequency: 'MANUAL', appliedScanFilters: [],
      encryptionType: 'AES256', kmsKey: null, lifecyclePolicy: null,
      repositoryPolicy: {
        Version: '2012-10-17',
        Statement: [{ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
      },
    }),
    // Scanned on push by the registry's wildcard rule; immutable except for "latest", which can still be moved.
    repository('eu-west-1', 'batch/worker', {
      createdAt: '2025-01-20T08:00:00.000Z', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['latest'],
      scanOnPush: false, scanFrequency: 'SCAN_ON_PUSH', appliedScanFilters: ['*'],
      encryptionType: 'KMS', kmsKey: keys.euData, lifecyclePolicy: expireUntagged, repositoryPolicy: null,
    }),
  ];
}
