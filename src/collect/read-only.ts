/**
 * The read-only guard (DESIGN.md rule 2): every SDK client Assay creates
 * carries this middleware, which refuses any operation that is not on the
 * allowlist before it is signed or sent. The allowlist is explicit, one
 * operation per line, so adding a call is a reviewed change.
 */
import type { InitializeHandler, InitializeHandlerArguments, InitializeHandlerOutput, InitializeMiddleware, MetadataBearer } from '@smithy/types';
import { AssayError } from '../diagnostics/error.js';

/** `<sdk client name without "Client">:<operation>`, e.g. `S3:GetBucketPolicy`. Sorted. */
export const readOnlyOperations: ReadonlySet<string> = new Set([
  'AccessAnalyzer:ListAnalyzers',
  'Account:GetAlternateContact',
  'CloudTrail:DescribeTrails',
  'CloudTrail:GetEventSelectors',
  'CloudTrail:GetInsightSelectors',
  'CloudTrail:GetTrailStatus',
  'CloudWatch:DescribeAlarms',
  'CloudWatchLogs:DescribeLogGroups',
  'CloudWatchLogs:DescribeMetricFilters',
  'ConfigService:BatchGetAggregateResourceConfig',
  'ConfigService:BatchGetResourceConfig',
  'ConfigService:DescribeConfigurationAggregatorSourcesStatus',
  'ConfigService:DescribeConfigurationAggregators',
  'ConfigService:DescribeConfigurationRecorderStatus',
  'ConfigService:DescribeConfigurationRecorders',
  'ConfigService:DescribeDeliveryChannels',
  'ConfigService:SelectAggregateResourceConfig',
  'ConfigService:SelectResourceConfig',
  'EC2:DescribeFlowLogs',
  'EC2:DescribeInstances',
  'EC2:DescribeNetworkAcls',
  'EC2:DescribeNetworkInterfaces',
  'EC2:DescribeRegions',
  'EC2:DescribeSecurityGroups',
  'EC2:DescribeVolumes',
  'EC2:DescribeVpcs',
  'EC2:GetEbsDefaultKmsKeyId',
  'EC2:GetEbsEncryptionByDefault',
  'EFS:DescribeBackupPolicy',
  'EFS:DescribeFileSystemPolicy',
  'EFS:DescribeFileSystems',
  // Asks IAM to build the credential report; it changes no configuration and is how every scanner reads it.
  'IAM:GenerateCredentialReport',
  'IAM:GetAccountPasswordPolicy',
  'IAM:GetAccountSummary',
  'IAM:GetCredentialReport',
  'IAM:GetLoginProfile',
  'IAM:GetPolicy',
  'IAM:GetPolicyVersion',
  'IAM:GetRole',
  'IAM:GetUserPolicy',
  'IAM:ListAccessKeys',
  'IAM:GetAccessKeyLastUsed',
  'IAM:ListAttachedRolePolicies',
  'IAM:ListAttachedUserPolicies',
  'IAM:ListEntitiesForPolicy',
  'IAM:ListGroupsForUser',
  'IAM:ListInstanceProfilesForRole',
  'IAM:ListMFADevices',
  'IAM:ListPolicies',
  'IAM:ListRolePolicies',
  'IAM:ListRoles',
  'IAM:ListServerCertificates',
  'IAM:ListUserPolicies',
  'IAM:ListUsers',
  'IAM:ListVirtualMFADevices',
  'KMS:DescribeKey',
  'KMS:GetKeyPolicy',
  'KMS:GetKeyRotationStatus',
  'KMS:ListAliases',
  'KMS:ListKeys',
  'KMS:ListResourceTags',
  'Organizations:DescribeOrganization',
  'Organizations:ListAccounts',
  'RDS:DescribeDBInstances',
  'S3:GetBucketAcl',
  'S3:GetBucketEncryption',
  'S3:GetBucketLifecycleConfiguration',
  'S3:GetBucketLocation',
  'S3:GetBucketLogging',
  'S3:GetBucketOwnershipControls',
  'S3:GetBucketPolicy',
  'S3:GetBucketPolicyStatus',
  'S3:GetBucketTagging',
  'S3:GetBucketVersioning',
  'S3:GetObjectLockConfiguration',
  'S3:GetPublicAccessBlock',
  'S3:ListBuckets',
  'S3Control:GetPublicAccessBlock',
  'SNS:GetSubscriptionAttributes',
  'SNS:GetTopicAttributes',
  'SNS:ListSubscriptionsByTopic',
  'SNS:ListTagsForResource',
  'SNS:ListTopics',
  'STS:GetCallerIdentity',
  'SecurityHub:DescribeHub',
  'SecurityHub:GetEnabledStandards',
]);

/** The allowlist key of a command sent by a client: `S3:GetBucketPolicy`. */
export function operationKey(clientName: string, commandName: string): string {
  return `${clientName.replace(/Client$/, '')}:${commandName.replace(/Command$/, '')}`;
}

/** Read-only operations by their naming: what the allowlist may contain (a test checks it). */
export function looksReadOnly(operation: string): boolean {
  const name = operation.split(':')[1] ?? '';
  // Select* runs a read-only query (AWS Config's advanced query); BatchGet* reads several items at once.
  return /^(Get|List|Describe|Select|BatchGet)[A-Z]/.test(name) || operation === 'IAM:GenerateCredentialReport';
}

export function readOnlyGuard(): InitializeMiddleware<object, MetadataBearer> {
  return (next: InitializeHandler<object, MetadataBearer>, context) => async (args: InitializeHandlerArguments<object>): Promise<InitializeHandlerOutput<MetadataBearer>> => {
    const key = operationKey(String(context.clientName), String(context.commandName));
    if (!readOnlyOperations.has(key)) {
      throw new AssayError('READ_ONLY_VIOLATION', `refused to send ${key}: it is not on Assay's read-only allowlist`, {
        hint: 'scanning never changes anything in AWS; this is a bug in a collector',
      });
    }
    return next(args);
  };
}

/** Installs the guard on a client, before any other middleware can act on the request. */
export function guard<C extends { middlewareStack: { add(middleware: InitializeMiddleware<object, MetadataBearer>, options: { step: 'initialize'; priority: 'high'; name: string }): void } }>(client: C): C {
  client.middlewareStack.add(readOnlyGuard(), { step: 'initialize', priority: 'high', name: 'assayReadOnlyGuard' });
  return client;
}
