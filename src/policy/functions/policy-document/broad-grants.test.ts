/** Service-wide wildcards (IAM.21) and actions on every resource of a kind (KMS.1): what counts and what does not. */
import { describe, expect, it } from 'vitest';
import { coversEveryResource, everyResourceGrants, serviceWideGrants } from './broad-grants.js';

const doc = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement });
const KMS = { service: 'kms', prefix: 'key/' };
const DECRYPT = ['kms:Decrypt', 'kms:ReEncryptFrom'];

describe('serviceWideGrants', () => {
  it.each([
    ['ec2:*', true], ['EC2:*', true], ['s3:**', true], ['*', true], ['*:*', true],
    ['ec2:Describe*', false], ['ec2:*Tags', false], ['s3:GetObject', false], ['ec2:', false],
  ])('Action %s on a bucket: %s', (action, broad) => {
    expect(serviceWideGrants(doc({ Effect: 'Allow', Action: ['s3:GetObject', action], Resource: 'arn:aws:s3:::b' })).length > 0).toBe(broad);
  });

  it('names the statement, its actions, resources and condition', () => {
    const condition = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };
    expect(serviceWideGrants(doc({ Sid: 'Ops', Effect: 'Allow', Action: 'ec2:*', Resource: '*', Condition: condition }))).toEqual([
      { statement: 'Ops', actions: 'ec2:*', resources: '*', condition },
    ]);
  });

  it('counts an Allow with NotAction (every other service), unless it excludes every action', () => {
    expect(serviceWideGrants(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))).toEqual([{ statement: 'Statement[0]', actions: 'iam:*', resources: '*' }]);
    expect(serviceWideGrants(doc({ Effect: 'Allow', NotAction: '*', Resource: '*' }))).toEqual([]);
  });

  it('does not count Deny statements', () => {
    expect(serviceWideGrants(doc({ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }))).toEqual([]);
  });
});

describe('coversEveryResource', () => {
  it.each([
    ['*', true], ['arn:aws:kms:*:*:key/*', true], ['arn:aws:kms:us-east-1:111122223333:key/*', true], ['arn:aws:kms:*', true], ['arn:*', true],
    ['arn:aws:kms:eu-*:*:key/*', true], ['arn:aws:*:*:*:*', true], ['arn:aws:kms:*:*:*', true],
    ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', false], ['arn:aws:kms:*:*:key/mrk-*', false],
    ['arn:aws:kms:*:*:alias/*', false], ['arn:aws:s3:::*', false], ['arn:aws:KMS:*:*:key/*', false], ['key/*', false],
  ])('%s: %s', (pattern, every) => {
    expect(coversEveryResource(pattern, KMS)).toBe(every);
  });
});

describe('everyResourceGrants', () => {
  it('counts kms:Decrypt or a wildcard covering it on every key, conditioned or not', () => {
    expect(everyResourceGrants(doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }), DECRYPT, KMS)).toHaveLength(1);
    expect(everyResourceGrants(doc({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:111122223333:key/*' }), DECRYPT, KMS)).toHaveLength(1);
    expect(everyResourceGrants(doc({ Effect: 'Allow', Action: 'kms:ReEncrypt*', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }), DECRYPT, KMS)).toHaveLength(1);
    expect(everyResourceGrants(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), DECRYPT, KMS)).toHaveLength(1);
  });

  it('does not count other actions, named keys or Deny', () => {
    expect(everyResourceGrants(doc({ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:GenerateDataKey'], Resource: '*' }), DECRYPT, KMS)).toEqual([]);
    expect(everyResourceGrants(doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }), DECRYPT, KMS)).toEqual([]);
    expect(everyResourceGrants(doc({ Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' }), DECRYPT, KMS)).toEqual([]);
    expect(everyResourceGrants(doc({ Effect: 'Allow', NotAction: 'kms:*', Resource: '*' }), DECRYPT, KMS)).toEqual([]);
  });

  it('counts NotResource unless it excludes every key', () => {
    expect(everyResourceGrants(doc({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }), DECRYPT, KMS)).toHaveLength(1);
    expect(everyResourceGrants(doc({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: 'arn:aws:kms:*:*:key/*' }), DECRYPT, KMS)).toEqual([]);
  });
});
