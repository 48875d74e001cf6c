/** KMS keys: customer managed ones with and without rotation, and the AWS managed keys services created. */
import { kmsKey } from '../../src/resources/types/kms-key.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, demo, keyIds, make, type DemoRegion, type Overrides } from './demo.js';

const rootAccess = { Sid: 'EnableIAMUserPermissions', Effect: 'Allow', Principal: { AWS: arn.iam('root') }, Action: 'kms:*', Resource: '*' };

/** The key policy AWS writes for its managed keys: use through the named service by principals of this account. */
const awsManagedPolicy = (viaService: string) => ({
  Version: '2012-10-17',
  Id: 'auto-key-policy',
  Statement: [{
    Sid: 'Allow access through the service for all principals in the account that are authorized to use it',
    Effect: 'Allow',
    Principal: { AWS: '*' },
    Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'],
    Resource: '*',
    Condition: { StringEquals: { 'kms:ViaService': viaService, 'kms:CallerAccount': demo.account } },
  }],
});

function key(region: DemoRegion, keyId: string, alias: string, data: Overrides<typeof kmsKey>): Resource {
  return make(kmsKey, { id: keyId, region, arn: arn.kms(region, keyId), name: alias, data: { keyId, ...data } });
}

export function kmsKeys(): Resource[] {
  return [
    // Encrypts the management trail, its log group and the alert topic; rotates yearly (CIS 3.6 passes).
    key('us-east-1', keyIds.securityLogging, 'alias/security-logging', {
      description: 'CloudTrail, CloudWatch Logs and alerting',
      creationDate: '2023-02-14T10:00:00.000Z',
      policy: {
        Version: '2012-10-17',
        Statement: [
          rootAccess,
          {
            Sid: 'AllowCloudTrailEncrypt', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'kms:GenerateDataKey*', Resource: '*',
            Condition: { StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${demo.account}:trail/*` } },
          },
          { Sid: 'AllowCloudWatchLogs', Effect: 'Allow', Principal: { Service: 'logs.us-east-1.amazonaws.com' }, Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'], Resource: '*' },
        ],
      },
    }),
    // Customer managed key without rotation — CIS 3.6 fails.
    key('us-east-1', keyIds.appData, 'alias/app-data', {
      description: 'Application data (S3, EBS, RDS, EFS)',
      creationDate: '2023-03-10T07:45:00.000Z',
      rotationEnabled: false,
      rotationPeriodInDays: null,
      policy: { Version: '2012-10-17', Statement: [rootAccess] },
    }),
    // AWS managed key: AWS rotates it yearly; rotation controls do not apply to it.
    key('us-east-1', keyIds.awsEbsUsEast1, 'alias/aws/ebs', {
      description: 'Default key that protects my EBS volumes when no other key is defined',
      keyManager: 'AWS',
      creationDate: '2023-03-10T08:14:00.000Z',
      policy: awsManagedPolicy('ec2.us-east-1.amazonaws.com'),
    }),
    // eu-west-1 customer key with a shorter rotation period than the default year.
    key('eu-west-1', keyIds.euData, 'alias/eu-data', {
      description: 'EU data residency: data lake, orders database, payments logs',
      creationDate: '2024-05-06T07:30:00.000Z',
      rotationPeriodInDays: 180,
      policy: { Version: '2012-10-17', Statement: [rootAccess] },
    }),
    key('eu-west-1', keyIds.awsRdsEuWest1, 'alias/aws/rds', {
      description: 'Default key that protects my RDS database volumes when no other key is defined',
      keyManager: 'AWS',
      creationDate: '2024-05-06T09:02:00.000Z',
      policy: awsManagedPolicy('rds.eu-west-1.amazonaws.com'),
    }),
    // A customer key scheduled for deletion, rotation off: rotation checks should skip keys that are not Enabled.
    key('eu-west-1', keyIds.retiredEu, 'alias/eu-legacy-import', {
      description: 'Legacy import pipeline (retired)',
      keyState: 'PendingDeletion',
      creationDate: '2024-05-06T07:35:00.000Z',
      rotationEnabled: false,
      rotationPeriodInDays: null,
      policy: { Version: '2012-10-17', Statement: [rootAccess] },
    }),
  ];
}
