import { describe, expect, it } from 'vitest';
import { buildResource, mergeData } from '../../src/resources/build.js';
import { s3Bucket } from '../../src/resources/types/s3-bucket.js';
import { cloudtrailTrail } from '../../src/resources/types/cloudtrail-trail.js';
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

  it('fills list elements the example has none of with empty lists and nulls, in the schema\'s order', () => {
    const trail = buildResource(cloudtrailTrail, {
      id: 't', account: '123456789012', region: 'us-east-1',
      data: { eventSelectors: [], advancedEventSelectors: [{ name: 'mgmt', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] },
    });
    const [selector] = trail.data.advancedEventSelectors as { fieldSelectors: Record<string, unknown>[] }[];
    expect(selector?.fieldSelectors[0]).toEqual({ field: 'eventCategory', equals: ['Management'], startsWith: [], endsWith: [], notEquals: [], notStartsWith: [], notEndsWith: [] });
    expect(Object.keys(selector?.fieldSelectors[0] ?? {})[0]).toBe('field');
    expect(validateData(cloudtrailTrail, trail.data)).toEqual([]);
  });

  it('leaves a required field of such an element unstated, so the fixture is refused', () => {
    const trail = buildResource(cloudtrailTrail, {
      id: 't', account: '123456789012', region: 'us-east-1',
      data: { advancedEventSelectors: [{ name: 'mgmt', fieldSelectors: [{ equals: ['Management'] }] }] },
    });
    expect(validateData(cloudtrailTrail, trail.data).map((e) => `${e.instancePath} ${e.message ?? ''}`)).toEqual(['/advancedEventSelectors/0/fieldSelectors/0 must have required property \'field\'']);
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
