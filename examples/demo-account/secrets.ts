/**
 * Secrets Manager (metadata only: the demo, like Assay, holds no secret
 * value). The payments database password rotates monthly and is read every
 * day; an API token made by hand years ago was never rotated and nobody has
 * read it for most of a year; the reporting database's rotation is on but
 * its last rotation failed (the next rotation date has passed); the RDS
 * managed master password in eu-west-1 rotates on RDS's schedule; and one
 * secret's entry came back without its rotation flag beside rotation
 * settings, so its rotation is unknown, never "off" or "on".
 */
import { secretsmanagerSecret } from '../../src/resources/types/secretsmanager-secret.js';
import type { Resource, ResourceError } from '../../src/resources/resource.js';
import { arn, daysAgo, keys, make, type DemoRegion, type Overrides } from './demo.js';

const rotator = (region: DemoRegion): string => arn.in('lambda', region, 'function:SecretsManagerRotation');

function secret(region: DemoRegion, name: string, suffix: string, data: Overrides<typeof secretsmanagerSecret>, errors?: ResourceError[]): Resource {
  const secretArn = arn.in('secretsmanager', region, `secret:${name}-${suffix}`);
  return make(secretsmanagerSecret, {
    id: name, region, arn: secretArn, tags: { team: 'platform' },
    data: { name, arn: secretArn, ...data },
    ...(errors === undefined ? {} : { errors }),
  });
}

export function secretsmanagerSecrets(): Resource[] {
  return [
    // Held to every control: rotated 12 days ago on a 30-day schedule, read yesterday.
    secret('us-east-1', 'prod/payments/db', 'Q1w2E3', {
      createdDate: '2024-02-11T10:00:00.000Z', kmsKeyId: keys.appData, rotationLambdaArn: rotator('us-east-1'),
      rotationRules: { automaticallyAfterDays: 30, scheduleExpression: 'rate(30 days)', duration: '3h' },
      lastRotatedDate: daysAgo(12), nextRotationDate: daysAgo(-18), lastAccessedDate: daysAgo(1),
    }),
    // Fails every control: never rotated, rotation never set up, last read 200 days ago, the AWS managed key.
    secret('us-east-1', 'legacy/partner-api-token', 'Zx9Yw8', {
      createdDate: '2021-06-03T15:20:00.000Z', kmsKeyId: null, rotationEnabled: false, rotationLambdaArn: null, rotationRules: null,
      lastRotatedDate: null, nextRotationDate: null, lastAccessedDate: daysAgo(200),
    }),
    // Edge case: rotation is on, but the last rotation failed 40 days ago and the next date has passed.
    secret('us-east-1', 'prod/reporting/db', 'Lm4Nb5', {
      createdDate: '2023-09-01T08:00:00.000Z', kmsKeyId: keys.appData, rotationLambdaArn: rotator('us-east-1'),
      rotationRules: { automaticallyAfterDays: 30, scheduleExpression: null, duration: null },
      lastRotatedDate: daysAgo(70), nextRotationDate: daysAgo(40), lastAccessedDate: daysAgo(2),
    }),
    // Managed by RDS, which rotates it every 7 days without a function of the account's.
    secret('eu-west-1', 'rds!db-4f8e2a1b-9c3d-4e5f-a6b7-c8d9e0f1a2b3', 'Rd5Sm6', {
      createdDate: '2025-05-10T07:00:00.000Z', kmsKeyId: keys.euData, owningService: 'rds', rotationLambdaArn: null,
      rotationRules: { automaticallyAfterDays: 7, scheduleExpression: 'rate(7 days)', duration: null },
      lastRotatedDate: daysAgo(3), nextRotationDate: daysAgo(-4), lastAccessedDate: daysAgo(0),
    }),
    // Edge case: ListSecrets answered rotation rules and a function but no RotationEnabled — unknown, never a pass or a fail.
    secret('eu-west-1', 'analytics/warehouse', 'Aw7Hs8', {
      createdDate: '2025-01-15T12:00:00.000Z', kmsKeyId: keys.euData, rotationLambdaArn: rotator('eu-west-1'),
      rotationRules: { automaticallyAfterDays: 60, scheduleExpression: null, duration: null },
      lastRotatedDate: daysAgo(20), nextRotationDate: daysAgo(-40), lastAccessedDate: daysAgo(5),
    }, [{ path: 'rotationEnabled', code: 'IncompleteResponse', message: 'the answer has rotation settings but no RotationEnabled', operation: 'secretsmanager:ListSecrets' }]),
  ];
}
