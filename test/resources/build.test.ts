import { describe, expect, it } from 'vitest';
import { buildResource, mergeData } from '../../src/resources/build.js';
import { s3Bucket } from '../../src/resources/types/s3-bucket.js';
import { iamUser } from '../../src/resources/types/iam-user.js';
import { validateData } from '../../src/resources/validate-data.js';

describe('mergeData', () => {
  it('merges objects field by field and replaces arrays and null', () => {
    expect(mergeData({ a: { b: 1, c: 2 }, list: [1, 2], n: { x: 1 } }, { a: { c: 3 }, list: [9], n: null })).toEqual({ a: { b: 1, c: 3 }, list: [9], n: null });
  });

  it('does not share structure with the example', () => {
    const base = { a: { b: [1] } };
    const merged = mergeData(base, {}) as { a: { b: number[] } };
    merged.a.b.push(2);
    expect(base.a.b).toEqual([1]);
  });
});

describe('buildResource', () => {
  it('starts from the example and applies overrides', () => {
    const bucket = buildResource(s3Bucket, { id: 'logs', account: '123456789012', region: 'us-east-1', data: { name: 'logs', versioning: { status: null } } });
    expect(bucket.data).toMatchObject({ name: 'logs', versioning: { status: null, mfaDelete: 'Disabled' } });
    expect(validateData(s3Bucket, bucket.data)).toEqual([]);
  });

  it('puts global types in the global region', () => {
    expect(buildResource(iamUser, { id: 'alice', account: '123456789012', region: 'us-east-1' }).region).toBe('global');
  });

  it('removes the fields named by collection errors, at any depth', () => {
    const bucket = buildResource(s3Bucket, {
      id: 'b', account: '123456789012', region: 'us-east-1',
      errors: [{ path: 'policy', code: 'AccessDenied', message: 'denied' }, { path: 'versioning.mfaDelete', code: 'AccessDenied', message: 'denied' }],
    });
    expect('policy' in bucket.data).toBe(false);
    expect(bucket.data.versioning).toEqual({ status: 'Enabled' });
    expect(bucket.errors).toHaveLength(2);
  });
});
