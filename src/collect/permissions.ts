/**
 * IAM permissions: the action each SDK operation needs (mostly the
 * operation's own name under the service's IAM prefix, with the exceptions
 * AWS documents), and the least-privilege policy `assay permissions` prints.
 */
import type { Collector } from './define.js';

const servicePrefixes: Record<string, string> = {
  AccessAnalyzer: 'access-analyzer',
  Account: 'account',
  CloudTrail: 'cloudtrail',
  CloudWatch: 'cloudwatch',
  CloudWatchLogs: 'logs',
  ConfigService: 'config',
  EC2: 'ec2',
  EFS: 'elasticfilesystem',
  IAM: 'iam',
  KMS: 'kms',
  Organizations: 'organizations',
  RDS: 'rds',
  S3: 's3',
  S3Control: 's3',
  SNS: 'sns',
  STS: 'sts',
  SecurityHub: 'securityhub',
};

/** Operations whose IAM action is not the operation name (AWS's Service Authorization Reference). */
const exceptions: Record<string, string> = {
  'S3:ListBuckets': 's3:ListAllMyBuckets',
  'S3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  'S3:GetBucketLifecycleConfiguration': 's3:GetLifecycleConfiguration',
  'S3:GetObjectLockConfiguration': 's3:GetBucketObjectLockConfiguration',
  'S3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  'S3Control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
  'CloudTrail:GetTrailStatus': 'cloudtrail:GetTrailStatus',
  'EC2:DescribeRegions': 'ec2:DescribeRegions',
};

/** `S3:GetBucketPolicy` → `s3:GetBucketPolicy`. */
export function iamActionFor(operationKey: string): string {
  const exception = exceptions[operationKey];
  if (exception !== undefined) return exception;
  const [client = '', operation = ''] = operationKey.split(':');
  return `${servicePrefixes[client] ?? client.toLowerCase()}:${operation}`;
}

/** Calls the run itself makes, outside any collector: identity and region discovery. */
export const basePermissions: readonly string[] = ['ec2:DescribeRegions', 'sts:GetCallerIdentity'];

export function requiredPermissions(collectors: readonly Collector[]): string[] {
  return [...new Set([...basePermissions, ...collectors.flatMap((c) => c.permissions)])].sort();
}

/** The least-privilege IAM policy document for the given collectors. */
export function permissionsPolicy(collectors: readonly Collector[]): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'AssayReadOnlyScan', Effect: 'Allow', Action: requiredPermissions(collectors), Resource: '*' }],
  };
}
