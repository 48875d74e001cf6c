import { defineResourceType } from '../define.js';
import { accountId, bool, list, nullable, obj, oneOf, policyDocument, str, timestamp } from '../fields.js';

export const ecrRepository = defineResourceType({
  type: 'aws.ecr.repository',
  service: 'ecr',
  scope: 'regional',
  awsTypes: ['AWS::ECR::Repository'],
  description: 'A private ECR repository with its tag mutability, the image scanning the registry gives it, encryption, lifecycle policy and repository policy.',
  idDescription: 'the repository name (may contain "/", e.g. team/service)',
  data: obj({
    repositoryName: str('Repository name (DescribeRepositories repositoryName).'),
    repositoryArn: str('Repository ARN (DescribeRepositories repositoryArn).'),
    registryId: accountId('Account id of the registry holding the repository (DescribeRepositories registryId).'),
    createdAt: timestamp('When the repository was created (DescribeRepositories createdAt).'),
    imageTagMutability: oneOf(['MUTABLE', 'IMMUTABLE', 'MUTABLE_WITH_EXCLUSION', 'IMMUTABLE_WITH_EXCLUSION'], 'Whether image tags can be overwritten (DescribeRepositories imageTagMutability); the *_WITH_EXCLUSION values exempt the tags matching imageTagMutabilityExclusionFilters.'),
    imageTagMutabilityExclusionFilters: list(str('One WILDCARD filter of tags exempt from the mutability setting.'), 'Tag filters exempt from imageTagMutability (DescribeRepositories imageTagMutabilityExclusionFilters); empty when none.'),
    scanOnPush: bool('The repository\'s own scan-on-push flag (DescribeRepositories imageScanningConfiguration.scanOnPush). AWS ignores it where registry scanning rules apply: decide from scanFrequency.'),
    scanFrequency: oneOf(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL'], 'How images are scanned, as the registry\'s scanning configuration applies to this repository (BatchGetRepositoryScanningConfiguration scanFrequency); MANUAL when no rule scans it.'),
    appliedScanFilters: list(str('One WILDCARD repository filter.'), 'The registry scanning rule filters that match this repository (BatchGetRepositoryScanningConfiguration appliedScanFilters); empty when none applies.'),
    encryptionType: oneOf(['AES256', 'KMS', 'KMS_DSSE'], 'Encryption at rest (DescribeRepositories encryptionConfiguration.encryptionType): AES256 is SSE-S3 with keys Amazon S3 manages.'),
    kmsKey: nullable(str('ARN of the KMS key encrypting the repository (encryptionConfiguration.kmsKey); null with AES256.')),
    lifecyclePolicy: nullable(str('Lifecycle policy text (GetLifecyclePolicy lifecyclePolicyText); null when none is set (LifecyclePolicyNotFoundException).')),
    repositoryPolicy: nullable(policyDocument('Repository policy (GetRepositoryPolicy policyText); null when none is set (RepositoryPolicyNotFoundException).')),
  }, 'ECR repository settings.'),
  example: {
    repositoryName: 'payments/api',
    repositoryArn: 'arn:aws:ecr:us-east-1:123456789012:repository/payments/api',
    registryId: '123456789012',
    createdAt: '2024-05-02T09:30:00.000Z',
    imageTagMutability: 'IMMUTABLE',
    imageTagMutabilityExclusionFilters: [],
    scanOnPush: true,
    scanFrequency: 'CONTINUOUS_SCAN',
    appliedScanFilters: ['*'],
    encryptionType: 'KMS',
    kmsKey: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    lifecyclePolicy: '{"rules":[{"rulePriority":1,"description":"Expire untagged images after 14 days","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}',
    repositoryPolicy: {
      Version: '2012-10-17',
      Statement: [{
        Sid: 'PullFromDeployAccount',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::210987654321:root' },
        Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
      }],
    },
  },
});
