import { describe, expect, it } from 'vitest';
import { formatPath, parsePath, resolvePath } from '../../src/resources/paths.js';
import { s3Bucket } from '../../src/resources/types/s3-bucket.js';
import { iamUser } from '../../src/resources/types/iam-user.js';

describe('parsePath', () => {
  it.each([
    ['', []],
    ['policy', [{ kind: 'field', name: 'policy' }]],
    ['acl.grants[0].permission', [{ kind: 'field', name: 'acl' }, { kind: 'field', name: 'grants' }, { kind: 'index', index: 0 }, { kind: 'field', name: 'permission' }]],
    ['accessKeys[].status', [{ kind: 'field', name: 'accessKeys' }, { kind: 'index', index: null }, { kind: 'field', name: 'status' }]],
  ])('parses %j', (path, segments) => {
    expect(parsePath(path)).toEqual(segments);
    expect(formatPath(parsePath(path)!)).toBe(path);
  });

  it.each(['.a', 'a.', 'a..b', '[0]', 'a.[0]', 'a[x]', 'a[0]b', 'a[0'])('rejects malformed %j', (path) => {
    expect(parsePath(path)).toBeUndefined();
  });
});

describe('resolvePath', () => {
  it('walks through nullable objects and lists', () => {
    expect(resolvePath(s3Bucket.data, 'publicAccessBlock.blockPublicAcls').ok).toBe(true);
    expect(resolvePath(s3Bucket.data, 'acl.grants[].grantee.uri').ok).toBe(true);
    expect(resolvePath(iamUser.data, 'accessKeys[1].status').ok).toBe(true);
  });

  it('accepts any key inside open maps such as policy documents', () => {
    expect(resolvePath(s3Bucket.data, 'policy.Statement').ok).toBe(true);
  });

  it('names the known fields when a field is unknown', () => {
    const result = resolvePath(s3Bucket.data, 'publicAccessBlock.blockPublicAcl');
    expect(result).toMatchObject({ ok: false, reason: 'unknown-field', at: 'publicAccessBlock.blockPublicAcl' });
    expect(result.ok ? [] : result.known).toContain('blockPublicAcls');
  });

  it('refuses to index a scalar or descend into one', () => {
    expect(resolvePath(s3Bucket.data, 'name[0]')).toMatchObject({ ok: false, reason: 'not-an-array' });
    expect(resolvePath(s3Bucket.data, 'name.length')).toMatchObject({ ok: false, reason: 'not-an-object' });
  });
});
