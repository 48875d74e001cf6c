import { defineResourceType } from '../define.js';
import { bool, int, nullable, obj, str, timestamp } from '../fields.js';

export const secretsmanagerSecret = defineResourceType({
  type: 'aws.secretsmanager.secret',
  service: 'secretsmanager',
  awsTypes: ['AWS::SecretsManager::Secret'],
  scope: 'regional',
  description: 'A Secrets Manager secret\'s metadata: its key, rotation schedule and history, and when it was last read. Never its value: Assay does not call GetSecretValue.',
  idDescription: 'the secret name',
  data: obj({
    name: str('Secret name (ListSecrets Name).'),
    arn: str('Secret ARN (ARN).'),
    createdDate: timestamp('When the secret was created (CreatedDate).'),
    kmsKeyId: nullable(str('ARN or alias of the KMS key that encrypts the secret\'s values (KmsKeyId); null when ListSecrets leaves it out, which is the AWS managed key aws/secretsmanager.')),
    owningService: nullable(str('Service that created and manages the secret, e.g. rds for a DB instance\'s master user password (OwningService); null for a secret the account created itself.')),
    rotationEnabled: bool('Whether automatic, scheduled rotation is on (RotationEnabled). A secret that was never given a rotation (no RotationEnabled, RotationLambdaARN or RotationRules in the answer) is false; RotationEnabled left out beside a rotation function or rules is unknown.'),
    rotationLambdaArn: nullable(str('Lambda function that rotates the secret (RotationLambdaARN); null when none is set, as for a managed rotation.')),
    rotationRules: nullable(obj({
      automaticallyAfterDays: nullable(int('Days between rotations (RotationRules.AutomaticallyAfterDays); null when the schedule is a ScheduleExpression AWS answered without it.', { minimum: 1 })),
      scheduleExpression: nullable(str('cron() or rate() schedule (RotationRules.ScheduleExpression); null when the schedule is given in days only.')),
      duration: nullable(str('Length of the rotation window, e.g. 3h (RotationRules.Duration); null when unset, which AWS documents as a window to the end of the day the rotation is due.')),
    }, 'Rotation schedule (RotationRules); null when the secret has none.')),
    lastRotatedDate: nullable(timestamp('When rotation last completed successfully (LastRotatedDate); null when the secret has never rotated.')),
    nextRotationDate: nullable(timestamp('Latest date the next rotation is scheduled for (NextRotationDate); null when rotation is off. AWS documents that after a failed rotation this date may be in the past.')),
    lastAccessedDate: nullable(timestamp('Day the secret was last retrieved in this region, truncated to the date (LastAccessedDate); null when it has never been retrieved here.')),
  }, 'Secrets Manager secret metadata from ListSecrets; the secret value is never read.'),
  example: {
    name: 'prod/payments/db',
    arn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/payments/db-a1B2c3',
    createdDate: '2025-03-01T09:00:00.000Z',
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    owningService: null,
    rotationEnabled: true,
    rotationLambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:SecretsManagerRotation',
    rotationRules: { automaticallyAfterDays: 30, scheduleExpression: 'rate(30 days)', duration: '3h' },
    lastRotatedDate: '2026-10-20T03:00:00.000Z',
    nextRotationDate: '2026-11-19T23:59:59.000Z',
    lastAccessedDate: '2026-10-31T00:00:00.000Z',
  },
});
