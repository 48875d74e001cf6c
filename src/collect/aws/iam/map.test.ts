/** Pure IAM mappings on their own: documents, device types, last use. */
import { describe, expect, it } from 'vitest';
import { mapped, policyDocument, UnreadableAnswer } from '../../answers.js';
import { accessKeyFields, accessKeyLastUsed, mfaDeviceType, roleLastUsed } from './map.js';

describe('policyDocument', () => {
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a b/*', Condition: { StringLike: { 's3:prefix': ['50%/*'] } } }] };

  it('URL-decodes and parses what IAM sends', () => {
    expect(policyDocument(encodeURIComponent(JSON.stringify(doc)), 'doc')).toEqual(doc);
  });

  it('takes an already decoded document as is, so a literal % is never decoded twice', () => {
    expect(policyDocument(JSON.stringify(doc), 'doc')).toEqual(doc);
  });

  it('throws InvalidPolicyDocument for text that is not a JSON object', () => {
    for (const text of ['%E0%A4%A', encodeURIComponent('{"Version":'), encodeURIComponent('[1]')]) {
      expect(() => policyDocument(text, 'doc')).toThrow(UnreadableAnswer);
    }
  });
});

describe('mapped', () => {
  it('turns an unreadable answer into a failure of the operation, and passes other outcomes through', () => {
    expect(mapped({ kind: 'ok', value: 'x' }, () => policyDocument('nope', 'the document'), 'iam:GetUserPolicy')).toEqual({
      kind: 'failed', failure: { code: 'InvalidPolicyDocument', message: 'the document is not JSON', operation: 'iam:GetUserPolicy' },
    });
    expect(mapped({ kind: 'absent' }, () => 1, 'op')).toEqual({ kind: 'absent' });
    expect(() => mapped({ kind: 'ok', value: 1 }, () => { throw new TypeError('bug'); }, 'op')).toThrow(TypeError);
  });
});

describe('mfaDeviceType', () => {
  it.each([
    ['arn:aws:iam::123456789012:mfa/alice', 'virtual'],
    ['arn:aws-us-gov:iam::123456789012:mfa/path/alice', 'virtual'],
    ['GAKT000123456', 'hardware'],
    ['arn:aws:iam::123456789012:u2f/user/alice/key-ABC', 'hardware'],
  ])('%s is %s', (serial, type) => {
    expect(mfaDeviceType(serial)).toBe(type);
  });
});

describe('access keys and roles', () => {
  it('reads a never-used key as nulls, not as N/A strings', () => {
    expect(accessKeyLastUsed({ ServiceName: 'N/A', Region: 'N/A' })).toEqual({ lastUsedDate: null, lastUsedService: null, lastUsedRegion: null });
  });

  it('refuses a key status outside the documented set', () => {
    expect(() => accessKeyFields({ AccessKeyId: 'AKIA', Status: 'Revoked' as never, CreateDate: new Date(0) })).toThrow(/Active, Inactive or Expired/);
  });

  it('reads an empty RoleLastUsed as never used', () => {
    expect(roleLastUsed({ Path: '/', RoleName: 'r', RoleId: 'i', Arn: 'a', CreateDate: new Date(0), RoleLastUsed: {} })).toBeNull();
  });
});
