/**
 * AWS::SecretsManager::Secret items mapped to aws.secretsmanager.secret on
 * their own (no API to fill from): what the item holds as the API collector
 * reads a ListSecrets entry, nulls as none, the dates the schema lacks named
 * unreadable, and a secret scheduled for deletion left out.
 */
import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { secretFields } from '../../aws/secretsmanager/map.js';
import { parseItem, type ConfigurationItem } from '../item.js';
import { secretsmanagerSecretFromConfig } from './secretsmanager-secret.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf';
const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:rotator';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const NOT_IN_ITEM = ['createdDate', 'owningService', 'lastRotatedDate', 'nextRotationDate', 'lastAccessedDate'];

function itemOf(change: Record<string, unknown>): ConfigurationItem {
  const all: Record<string, unknown> = {
    Name: 'prod/db', ARN, Description: 'the database password', KMSKeyId: KEY, RotationEnabled: true, RotationLambdaARN: LAMBDA,
    RotationRules: { AutomaticallyAfterDays: 30, AutomaticallyAfterHours: null, RotationDuration: '3h', RotationScheduleExpression: 'rate(30 days)' }, Deleted: false, ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: ARN, resourceType: 'AWS::SecretsManager::Secret', resourceName: 'prod/db', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'data' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return parsed.item;
}
const mapItem = (change: Record<string, unknown>): ReturnType<typeof secretsmanagerSecretFromConfig.map> => secretsmanagerSecretFromConfig.map(itemOf(change), place);
const paths = (m: ReturnType<typeof secretsmanagerSecretFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('secretsmanagerSecretFromConfig', () => {
  it('gives what the API collector gives from a ListSecrets entry for what the item holds, with the item\'s tags', () => {
    const sdk: SecretListEntry = { Name: 'prod/db', ARN, KmsKeyId: KEY, RotationEnabled: true, RotationLambdaARN: LAMBDA, RotationRules: { AutomaticallyAfterDays: 30, Duration: '3h', ScheduleExpression: 'rate(30 days)' } };
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.secretsmanager.secret', id: 'prod/db', arn: ARN, tags: { team: 'data' } });
    const api = readFields(secretFields(sdk)).fields;
    expect(mapping.fields).toEqual(Object.fromEntries(Object.entries(api).filter(([k]) => !NOT_IN_ITEM.includes(k))));
    expect(paths(mapping)).toEqual(NOT_IN_ITEM);
  });

  it('reads nulls as none: the AWS managed key, no rotation function, no schedule, rotation never set up', () => {
    const mapping = mapItem({ KMSKeyId: null, RotationEnabled: null, RotationLambdaARN: null, RotationRules: null });
    expect(mapping.fields).toMatchObject({ kmsKeyId: null, rotationEnabled: false, rotationLambdaArn: null, rotationRules: null });
    expect(paths(mapping)).toEqual(NOT_IN_ITEM);
  });

  it('leaves out a secret scheduled for deletion, as ListSecrets does, and keeps one whose item does not say', () => {
    expect(secretsmanagerSecretFromConfig.omits?.(itemOf({ Deleted: true }))).toBe(true);
    expect(secretsmanagerSecretFromConfig.omits?.(itemOf({}))).toBe(false);
    expect(secretsmanagerSecretFromConfig.omits?.(itemOf({ Deleted: undefined }))).toBe(false);
  });

  it.each([
    ['no KMSKeyId (never "the AWS managed key")', 'kmsKeyId', { KMSKeyId: undefined }],
    ['no RotationEnabled (never "rotation off")', 'rotationEnabled', { RotationEnabled: undefined }],
    ['a null RotationEnabled without the rotation function beside it', 'rotationEnabled', { RotationEnabled: null, RotationLambdaARN: undefined }],
    ['no RotationLambdaARN', 'rotationLambdaArn', { RotationLambdaARN: undefined }],
    ['no RotationRules (never "no schedule")', 'rotationRules', { RotationRules: undefined }],
    ['a schedule in hours, which ListSecrets answers as an expression', 'rotationRules', { RotationRules: { AutomaticallyAfterDays: null, AutomaticallyAfterHours: 4, RotationDuration: null, RotationScheduleExpression: null } }],
    ['a schedule without its expression key', 'rotationRules', { RotationRules: { AutomaticallyAfterDays: 30, RotationDuration: null } }],
    ['a schedule of a fraction of a day', 'rotationRules', { RotationRules: { AutomaticallyAfterDays: 1.5, RotationDuration: null, RotationScheduleExpression: null } }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });
});
