/**
 * Every comparison operator, through parse → compile → evaluate: values that
 * match and values that do not, null ("not configured") and absent values
 * (under a null parent, or an unset tag), uncollected values (ERROR for every
 * operator), and operands the compiler must refuse because they can never
 * match.
 */
import { describe, expect, it } from 'vitest';
import { comparisonOperators, comparisonsByName } from '../../src/policy/conditions/comparisons/index.js';
import { compileSpec, diagnoseSpec, findingFor, policyYaml, positionOf, resource, statusOf, type ResourceSpec } from './harness.js';

const BUCKET = 'aws.s3.bucket';
const SG = 'aws.ec2.security-group';
const USER = 'aws.iam.user';
const KMS = 'aws.kms.key';

type Row = readonly [label: string, type: string, condition: Record<string, unknown>, spec: ResourceSpec, expected: 'PASS' | 'FAIL'];

const bucket = (data: Record<string, unknown>, extra: Omit<ResourceSpec, 'data'> = {}): ResourceSpec => ({ data, ...extra });

const rows: Record<string, readonly Row[]> = {
  equals: [
    ['enum value equal', BUCKET, { path: 'versioning.status', equals: 'Enabled' }, bucket({ versioning: { status: 'Enabled' } }), 'PASS'],
    ['enum value different', BUCKET, { path: 'versioning.status', equals: 'Enabled' }, bucket({ versioning: { status: 'Suspended' } }), 'FAIL'],
    ['null is not a string', BUCKET, { path: 'versioning.status', equals: 'Enabled' }, bucket({ versioning: { status: null } }), 'FAIL'],
    ['null equals null', BUCKET, { path: 'versioning.status', equals: null }, bucket({ versioning: { status: null } }), 'PASS'],
    ['a value does not equal null', BUCKET, { path: 'versioning.status', equals: null }, bucket({ versioning: { status: 'Enabled' } }), 'FAIL'],
    ['boolean true', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', equals: true }, bucket({}), 'PASS'],
    ['boolean false', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', equals: true }, bucket({ publicAccessBlock: { blockPublicAcls: false } }), 'FAIL'],
    ['absent under a null parent', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', equals: true }, bucket({ publicAccessBlock: null }), 'FAIL'],
    ['integer equal', SG, { path: 'attachedInterfaceCount', equals: 2 }, { data: { attachedInterfaceCount: 2 } }, 'PASS'],
    ['integer different', SG, { path: 'attachedInterfaceCount', equals: 3 }, { data: { attachedInterfaceCount: 2 } }, 'FAIL'],
    ['list compared deeply', USER, { path: 'groups', equals: ['admins', 'developers'] }, { data: { groups: ['admins', 'developers'] } }, 'PASS'],
    ['list order matters', USER, { path: 'groups', equals: ['admins', 'developers'] }, { data: { groups: ['developers', 'admins'] } }, 'FAIL'],
    ['concrete list index', BUCKET, { path: 'encryption.rules[0].sseAlgorithm', equals: 'AES256' }, bucket({ encryption: { rules: [{ sseAlgorithm: 'AES256', kmsMasterKeyId: null, bucketKeyEnabled: false }] } }), 'PASS'],
    ['index past the end is absent', BUCKET, { path: 'encryption.rules[1].sseAlgorithm', equals: 'AES256' }, bucket({ encryption: { rules: [{ sseAlgorithm: 'AES256', kmsMasterKeyId: null, bucketKeyEnabled: false }] } }), 'FAIL'],
    ['no coercion in untyped data (string vs number)', BUCKET, { path: 'policy.Count', equals: 1 }, bucket({ policy: { Count: '1' } }), 'FAIL'],
    ['untyped data, same type', BUCKET, { path: 'policy.Count', equals: 1 }, bucket({ policy: { Count: 1 } }), 'PASS'],
    ['envelope $id', BUCKET, { path: '$id', equals: 'logs' }, bucket({}, { id: 'logs' }), 'PASS'],
    ['absent $name reads as null', BUCKET, { path: '$name', equals: null }, bucket({}), 'PASS'],
    ['$name when set', BUCKET, { path: '$name', equals: 'Logs' }, bucket({}, { name: 'Logs' }), 'PASS'],
    ['absent $arn reads as null', BUCKET, { path: '$arn', equals: null }, bucket({}), 'PASS'],
    ['$arn when set', BUCKET, { path: '$arn', equals: null }, bucket({}, { arn: 'arn:aws:s3:::r-1' }), 'FAIL'],
    ['tag value', BUCKET, { path: '$tags.env', equals: 'prod' }, bucket({}, { tags: { env: 'prod' } }), 'PASS'],
    ['absent tag', BUCKET, { path: '$tags.env', equals: 'prod' }, bucket({}), 'FAIL'],
  ],
  notEquals: [
    ['different value', BUCKET, { path: 'versioning.status', notEquals: 'Suspended' }, bucket({ versioning: { status: 'Enabled' } }), 'PASS'],
    ['same value', BUCKET, { path: 'versioning.status', notEquals: 'Suspended' }, bucket({ versioning: { status: 'Suspended' } }), 'FAIL'],
    ['null differs from a string', BUCKET, { path: 'versioning.status', notEquals: 'Suspended' }, bucket({ versioning: { status: null } }), 'PASS'],
    ['null does not differ from null', BUCKET, { path: 'versioning.status', notEquals: null }, bucket({ versioning: { status: null } }), 'FAIL'],
    ['absent differs from false', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', notEquals: false }, bucket({ publicAccessBlock: null }), 'PASS'],
    ['lists compared deeply', USER, { path: 'groups', notEquals: ['developers'] }, { data: { groups: ['developers'] } }, 'FAIL'],
  ],
  in: [
    ['listed value', BUCKET, { path: 'versioning.status', in: ['Enabled', 'Suspended'] }, bucket({ versioning: { status: 'Suspended' } }), 'PASS'],
    ['value not listed', BUCKET, { path: 'versioning.status', in: ['Enabled'] }, bucket({ versioning: { status: 'Suspended' } }), 'FAIL'],
    ['null not listed', BUCKET, { path: 'versioning.status', in: ['Enabled', 'Suspended'] }, bucket({ versioning: { status: null } }), 'FAIL'],
    ['null listed', BUCKET, { path: 'versioning.status', in: ['Suspended', null] }, bucket({ versioning: { status: null } }), 'PASS'],
    ['number listed', SG, { path: 'attachedInterfaceCount', in: [0, 2] }, { data: { attachedInterfaceCount: 2 } }, 'PASS'],
    ['number not listed', SG, { path: 'attachedInterfaceCount', in: [0, 1] }, { data: { attachedInterfaceCount: 2 } }, 'FAIL'],
    ['absent is not listed', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', in: [true, false] }, bucket({ publicAccessBlock: null }), 'FAIL'],
  ],
  notIn: [
    ['value not listed', BUCKET, { path: 'versioning.status', notIn: ['Suspended'] }, bucket({ versioning: { status: 'Enabled' } }), 'PASS'],
    ['listed value', BUCKET, { path: 'versioning.status', notIn: ['Suspended', 'Enabled'] }, bucket({ versioning: { status: 'Enabled' } }), 'FAIL'],
    ['null not listed', BUCKET, { path: 'versioning.status', notIn: ['Suspended'] }, bucket({ versioning: { status: null } }), 'PASS'],
    ['null listed', BUCKET, { path: 'versioning.status', notIn: ['Suspended', null] }, bucket({ versioning: { status: null } }), 'FAIL'],
  ],
  exists: [
    ['set object', BUCKET, { path: 'logging', exists: true }, bucket({ logging: { targetBucket: 'logs', targetPrefix: '' } }), 'PASS'],
    ['null is not set', BUCKET, { path: 'logging', exists: true }, bucket({ logging: null }), 'FAIL'],
    ['false: null', BUCKET, { path: 'logging', exists: false }, bucket({ logging: null }), 'PASS'],
    ['false: set', BUCKET, { path: 'logging', exists: false }, bucket({ logging: { targetBucket: 'logs', targetPrefix: '' } }), 'FAIL'],
    ['false is a value that exists', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', exists: true }, bucket({ publicAccessBlock: { blockPublicAcls: false } }), 'PASS'],
    ['absent under a null parent', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', exists: true }, bucket({ publicAccessBlock: null }), 'FAIL'],
    ['false: absent', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', exists: false }, bucket({ publicAccessBlock: null }), 'PASS'],
    ['tag set', BUCKET, { path: '$tags.owner', exists: true }, bucket({}, { tags: { owner: 'team-a' } }), 'PASS'],
    ['tag not set', BUCKET, { path: '$tags.owner', exists: true }, bucket({}, { tags: { env: 'prod' } }), 'FAIL'],
  ],
  empty: [
    ['empty list', USER, { path: 'groups', empty: true }, { data: { groups: [] } }, 'PASS'],
    ['list with an element', USER, { path: 'groups', empty: true }, { data: { groups: ['developers'] } }, 'FAIL'],
    ['null', BUCKET, { path: 'logging', empty: true }, bucket({ logging: null }), 'PASS'],
    ['empty string', BUCKET, { path: 'name', empty: true }, bucket({ name: '' }), 'PASS'],
    ['non-empty string', BUCKET, { path: 'name', empty: true }, bucket({ name: 'x' }), 'FAIL'],
    ['empty object', BUCKET, { path: 'policy', empty: true }, bucket({ policy: {} }), 'PASS'],
    ['zero is content', SG, { path: 'attachedInterfaceCount', empty: true }, { data: { attachedInterfaceCount: 0 } }, 'FAIL'],
    ['false is content', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', empty: true }, bucket({ publicAccessBlock: { blockPublicAcls: false } }), 'FAIL'],
    ['absent', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', empty: true }, bucket({ publicAccessBlock: null }), 'PASS'],
    ['false: list with an element', USER, { path: 'groups', empty: false }, { data: { groups: ['developers'] } }, 'PASS'],
    ['false: empty list', USER, { path: 'groups', empty: false }, { data: { groups: [] } }, 'FAIL'],
  ],
  gt: [
    ['above', SG, { path: 'attachedInterfaceCount', gt: 1 }, { data: { attachedInterfaceCount: 2 } }, 'PASS'],
    ['equal', SG, { path: 'attachedInterfaceCount', gt: 2 }, { data: { attachedInterfaceCount: 2 } }, 'FAIL'],
    ['null', KMS, { path: 'rotationPeriodInDays', gt: 0 }, { data: { rotationPeriodInDays: null } }, 'FAIL'],
    ['absent', BUCKET, { path: 'objectLock.defaultRetention.days', gt: 0 }, bucket({ objectLock: null }), 'FAIL'],
    ['numeric string in untyped data is not a number', BUCKET, { path: 'policy.Count', gt: 1 }, bucket({ policy: { Count: '5' } }), 'FAIL'],
  ],
  gte: [
    ['equal', SG, { path: 'attachedInterfaceCount', gte: 2 }, { data: { attachedInterfaceCount: 2 } }, 'PASS'],
    ['below', SG, { path: 'attachedInterfaceCount', gte: 3 }, { data: { attachedInterfaceCount: 2 } }, 'FAIL'],
    ['null', KMS, { path: 'rotationPeriodInDays', gte: 90 }, { data: { rotationPeriodInDays: null } }, 'FAIL'],
    ['nullable field with a value', KMS, { path: 'rotationPeriodInDays', gte: 90 }, { data: { rotationPeriodInDays: 365 } }, 'PASS'],
  ],
  lt: [
    ['below', SG, { path: 'attachedInterfaceCount', lt: 3 }, { data: { attachedInterfaceCount: 2 } }, 'PASS'],
    ['equal', SG, { path: 'attachedInterfaceCount', lt: 2 }, { data: { attachedInterfaceCount: 2 } }, 'FAIL'],
    ['null is not below anything', KMS, { path: 'rotationPeriodInDays', lt: 1000 }, { data: { rotationPeriodInDays: null } }, 'FAIL'],
    ['absent is not below anything', BUCKET, { path: 'objectLock.defaultRetention.days', lt: 1000 }, bucket({ objectLock: null }), 'FAIL'],
  ],
  lte: [
    ['equal', SG, { path: 'attachedInterfaceCount', lte: 2 }, { data: { attachedInterfaceCount: 2 } }, 'PASS'],
    ['above', SG, { path: 'attachedInterfaceCount', lte: 1 }, { data: { attachedInterfaceCount: 2 } }, 'FAIL'],
    ['null', KMS, { path: 'rotationPeriodInDays', lte: 1000 }, { data: { rotationPeriodInDays: null } }, 'FAIL'],
  ],
  matches: [
    ['anchored match', BUCKET, { path: 'name', matches: '^prod-' }, bucket({ name: 'prod-logs' }), 'PASS'],
    ['anchored, match elsewhere', BUCKET, { path: 'name', matches: '^prod-' }, bucket({ name: 'dev-prod-logs' }), 'FAIL'],
    ['unanchored by default', BUCKET, { path: 'name', matches: 'logs' }, bucket({ name: 'prod-logs-2' }), 'PASS'],
    ['case-sensitive', BUCKET, { path: 'name', matches: '^PROD' }, bucket({ name: 'prod-logs' }), 'FAIL'],
    ['unicode property escapes (u flag)', BUCKET, { path: 'name', matches: '^\\p{Lu}' }, bucket({ name: 'Éclair' }), 'PASS'],
    ['null', BUCKET, { path: 'versioning.status', matches: '.*' }, bucket({ versioning: { status: null } }), 'FAIL'],
    ['absent', BUCKET, { path: 'logging.targetBucket', matches: '.*' }, bucket({ logging: null }), 'FAIL'],
  ],
  startsWith: [
    ['prefix', BUCKET, { path: 'name', startsWith: 'prod-' }, bucket({ name: 'prod-logs' }), 'PASS'],
    ['not a prefix', BUCKET, { path: 'name', startsWith: 'logs' }, bucket({ name: 'prod-logs' }), 'FAIL'],
    ['case-sensitive', BUCKET, { path: 'name', startsWith: 'Prod-' }, bucket({ name: 'prod-logs' }), 'FAIL'],
    ['regex characters are literal', BUCKET, { path: 'name', startsWith: 'a.' }, bucket({ name: 'ab-logs' }), 'FAIL'],
    ['null', BUCKET, { path: 'versioning.status', startsWith: 'E' }, bucket({ versioning: { status: null } }), 'FAIL'],
  ],
  endsWith: [
    ['suffix', BUCKET, { path: 'name', endsWith: '-logs' }, bucket({ name: 'prod-logs' }), 'PASS'],
    ['not a suffix', BUCKET, { path: 'name', endsWith: 'prod' }, bucket({ name: 'prod-logs' }), 'FAIL'],
    ['absent', BUCKET, { path: 'logging.targetBucket', endsWith: 'logs' }, bucket({ logging: null }), 'FAIL'],
  ],
  contains: [
    ['substring', BUCKET, { path: 'name', contains: 'od-lo' }, bucket({ name: 'prod-logs' }), 'PASS'],
    ['not a substring', BUCKET, { path: 'name', contains: 'xyz' }, bucket({ name: 'prod-logs' }), 'FAIL'],
    ['list element', USER, { path: 'groups', contains: 'admins' }, { data: { groups: ['developers', 'admins'] } }, 'PASS'],
    ['no such list element', USER, { path: 'groups', contains: 'admins' }, { data: { groups: ['developers'] } }, 'FAIL'],
    ['list element, not a substring of one', USER, { path: 'groups', contains: 'admin' }, { data: { groups: ['admins'] } }, 'FAIL'],
    ['empty list', USER, { path: 'groups', contains: 'admins' }, { data: { groups: [] } }, 'FAIL'],
    ['null', USER, { path: 'passwordLastUsed', contains: '2024' }, { data: { passwordLastUsed: null } }, 'FAIL'],
  ],
  // NOW is 2026-06-01T12:00:00.000Z; exactly 90 days before is 2026-03-03T12:00:00.000Z.
  olderThanDays: [
    ['well past the limit', USER, { path: 'createDate', olderThanDays: 90 }, { data: { createDate: '2026-01-01T00:00:00.000Z' } }, 'PASS'],
    ['one millisecond past the limit', USER, { path: 'createDate', olderThanDays: 90 }, { data: { createDate: '2026-03-03T11:59:59.999Z' } }, 'PASS'],
    ['exactly the limit is not older', USER, { path: 'createDate', olderThanDays: 90 }, { data: { createDate: '2026-03-03T12:00:00.000Z' } }, 'FAIL'],
    ['recent', USER, { path: 'createDate', olderThanDays: 90 }, { data: { createDate: '2026-05-31T12:00:00.000Z' } }, 'FAIL'],
    ['in the future', USER, { path: 'createDate', olderThanDays: 0 }, { data: { createDate: '2026-07-01T00:00:00.000Z' } }, 'FAIL'],
    ['null (never used)', USER, { path: 'passwordLastUsed', olderThanDays: 90 }, { data: { passwordLastUsed: null } }, 'FAIL'],
    ['unparsable', USER, { path: 'createDate', olderThanDays: 1 }, { data: { createDate: 'last tuesday' } }, 'FAIL'],
  ],
  moreThanDaysAhead: [
    ['far ahead', USER, { path: 'createDate', moreThanDaysAhead: 30 }, { data: { createDate: '2026-12-01T00:00:00.000Z' } }, 'PASS'],
    ['one millisecond past the limit', USER, { path: 'createDate', moreThanDaysAhead: 30 }, { data: { createDate: '2026-07-01T12:00:00.001Z' } }, 'PASS'],
    ['exactly the limit is not more', USER, { path: 'createDate', moreThanDaysAhead: 30 }, { data: { createDate: '2026-07-01T12:00:00.000Z' } }, 'FAIL'],
    ['in the past', USER, { path: 'createDate', moreThanDaysAhead: 0 }, { data: { createDate: '2026-05-01T00:00:00.000Z' } }, 'FAIL'],
    ['null', USER, { path: 'passwordLastUsed', moreThanDaysAhead: 1 }, { data: { passwordLastUsed: null } }, 'FAIL'],
    ['unparsable', USER, { path: 'createDate', moreThanDaysAhead: 0 }, { data: { createDate: 'next tuesday' } }, 'FAIL'],
  ],
  newerThanDays: [
    ['recent', USER, { path: 'createDate', newerThanDays: 90 }, { data: { createDate: '2026-05-31T12:00:00.000Z' } }, 'PASS'],
    ['one millisecond inside the limit', USER, { path: 'createDate', newerThanDays: 90 }, { data: { createDate: '2026-03-03T12:00:00.001Z' } }, 'PASS'],
    ['exactly the limit is not newer', USER, { path: 'createDate', newerThanDays: 90 }, { data: { createDate: '2026-03-03T12:00:00.000Z' } }, 'FAIL'],
    ['old', USER, { path: 'createDate', newerThanDays: 90 }, { data: { createDate: '2026-01-01T00:00:00.000Z' } }, 'FAIL'],
    ['null (never used)', USER, { path: 'passwordLastUsed', newerThanDays: 90 }, { data: { passwordLastUsed: null } }, 'FAIL'],
    ['unparsable', USER, { path: 'createDate', newerThanDays: 100000 }, { data: { createDate: 'last tuesday' } }, 'FAIL'],
  ],
};

describe('comparison operators', () => {
  it.each(comparisonOperators.map((operator) => [operator.name]))('%s, as the language defines it, has a matching and a non-matching case here', (name) => {
    const expected = (rows[name] ?? []).map((row) => row[4]);
    expect(expected).toContain('PASS');
    expect(expected).toContain('FAIL');
  });

  for (const [op, table] of Object.entries(rows)) {
    describe(op, () => {
      it('is an operator of the language', () => {
        expect(comparisonsByName.has(op)).toBe(true);
      });
      it.each(table)('%s', (_label, type, condition, spec, expected) => {
        expect(statusOf(type, condition, spec)).toBe(expected);
      });
    });
  }
});

describe('evidence of a comparison', () => {
  it('records path, actual, operator, operand and result', () => {
    const policy = compileSpec({ resource: BUCKET, check: { path: 'versioning.status', equals: 'Enabled' } });
    expect(findingFor(policy, resource(BUCKET, { data: { versioning: { status: 'Suspended' } } })).evidence)
      .toEqual([{ path: 'versioning.status', actual: 'Suspended', op: 'equals', expected: 'Enabled', result: 'fail' }]);
    expect(findingFor(policy, resource(BUCKET, { data: { versioning: { status: 'Enabled' } } })).evidence)
      .toEqual([{ path: 'versioning.status', actual: 'Enabled', op: 'equals', expected: 'Enabled', result: 'pass' }]);
  });

  it('shows an absent value as null', () => {
    const policy = compileSpec({ resource: BUCKET, check: { path: 'publicAccessBlock.blockPublicAcls', equals: true } });
    expect(findingFor(policy, resource(BUCKET, { data: { publicAccessBlock: null } })).evidence)
      .toEqual([{ path: 'publicAccessBlock.blockPublicAcls', actual: null, op: 'equals', expected: true, result: 'fail' }]);
  });

  it('shows the value of a parameter operand, not the reference', () => {
    const policy = compileSpec({
      resource: KMS,
      check: { path: 'rotationPeriodInDays', lte: { param: 'maxDays' } },
      parameters: { maxDays: { type: 'integer', default: 365 } },
    });
    expect(findingFor(policy, resource(KMS, { data: { rotationPeriodInDays: 400 } })).evidence)
      .toEqual([{ path: 'rotationPeriodInDays', actual: 400, op: 'lte', expected: 365, result: 'fail' }]);
  });
});

describe('age operators measure from the snapshot, never the clock', () => {
  it.each([
    ['2020-01-05T00:00:00.000Z', 'newerThanDays', 'PASS'],
    ['2020-01-05T00:00:00.000Z', 'olderThanDays', 'FAIL'],
    ['2020-03-01T00:00:00.000Z', 'newerThanDays', 'FAIL'],
    ['2020-03-01T00:00:00.000Z', 'olderThanDays', 'PASS'],
    ['2019-12-20T00:00:00.000Z', 'moreThanDaysAhead', 'PASS'],
    ['2019-12-25T00:00:00.000Z', 'moreThanDaysAhead', 'FAIL'],
  ])('collected at %s: %s 10 on a key created 2020-01-01', (collectedAt, op, expected) => {
    const policy = compileSpec({ resource: USER, check: { path: 'createDate', [op]: 10 } });
    const subject = resource(USER, { data: { createDate: '2020-01-01T00:00:00.000Z' } });
    expect(findingFor(policy, subject, [], { collectedAt }).status).toBe(expected);
  });
});

describe('a value that could not be collected is ERROR for every operator', () => {
  // Each of these would PASS or FAIL on an absent value; on an uncollected one it must be neither.
  const uncollected: readonly (readonly [string, Record<string, unknown>, ResourceSpec])[] = [
    [BUCKET, { path: 'versioning.status', equals: 'Enabled' }, { errors: [{ path: 'versioning', code: 'AccessDenied' }] }],
    [BUCKET, { path: 'versioning.status', notEquals: 'Suspended' }, { errors: [{ path: 'versioning', code: 'AccessDenied' }] }],
    [BUCKET, { path: 'versioning.status', in: ['Enabled'] }, { errors: [{ path: 'versioning.status', code: 'AccessDenied' }] }],
    [BUCKET, { path: 'versioning.status', notIn: ['Suspended'] }, { errors: [{ path: 'versioning.status', code: 'AccessDenied' }] }],
    [BUCKET, { path: 'logging', exists: true }, { errors: [{ path: 'logging', code: 'AccessDenied' }] }],
    [BUCKET, { path: 'logging', exists: false }, { errors: [{ path: 'logging', code: 'AccessDenied' }] }],
    [BUCKET, { path: 'logging', empty: true }, { errors: [{ path: 'logging', code: 'AccessDenied' }] }],
    [USER, { path: 'groups', empty: false }, { errors: [{ path: 'groups', code: 'Throttling' }] }],
    [SG, { path: 'attachedInterfaceCount', gt: 0 }, { errors: [{ path: 'attachedInterfaceCount', code: 'UnauthorizedOperation' }] }],
    [SG, { path: 'attachedInterfaceCount', gte: 0 }, { errors: [{ path: 'attachedInterfaceCount', code: 'UnauthorizedOperation' }] }],
    [SG, { path: 'attachedInterfaceCount', lt: 100 }, { errors: [{ path: 'attachedInterfaceCount', code: 'UnauthorizedOperation' }] }],
    [SG, { path: 'attachedInterfaceCount', lte: 100 }, { errors: [{ path: 'attachedInterfaceCount', code: 'UnauthorizedOperation' }] }],
    [BUCKET, { path: 'name', matches: '.*' }, { errors: [{ path: '', code: 'AccessDenied' }] }],
    [BUCKET, { path: 'logging.targetBucket', startsWith: 'a' }, { errors: [{ path: 'logging', code: 'AccessDenied' }] }],
    [BUCKET, { path: 'logging.targetBucket', endsWith: 'a' }, { errors: [{ path: 'logging', code: 'AccessDenied' }] }],
    [USER, { path: 'groups', contains: 'admins' }, { errors: [{ path: 'groups', code: 'AccessDenied' }] }],
    [USER, { path: 'passwordLastUsed', olderThanDays: 90 }, { errors: [{ path: 'passwordLastUsed', code: 'AccessDenied' }] }],
    [USER, { path: 'passwordLastUsed', newerThanDays: 90 }, { errors: [{ path: 'passwordLastUsed', code: 'AccessDenied' }] }],
    [USER, { path: 'passwordLastUsed', moreThanDaysAhead: 90 }, { errors: [{ path: 'passwordLastUsed', code: 'AccessDenied' }] }],
  ];

  it('covers every operator of the language', () => {
    const ops = new Set(uncollected.map(([, condition]) => Object.keys(condition).find((k) => k !== 'path')));
    expect([...ops].sort()).toEqual(comparisonOperators.map((operator) => operator.name).sort());
  });

  it.each(uncollected)('%s %j', (type, condition, spec) => {
    const policy = compileSpec({ resource: type, check: condition });
    const finding = findingFor(policy, resource(type, spec));
    expect(finding.status).toBe('ERROR');
    const error = spec.errors?.[0];
    expect(finding.reasons).toEqual([{ path: condition.path, code: error?.code, message: `${String(error?.code)}: ${String(error?.code)} (test)` }]);
    expect(finding.evidence).toEqual([expect.objectContaining({ path: condition.path, actual: null, result: 'unknown' })]);
  });

  it('envelope fields are always known, even when all of data is unreadable', () => {
    expect(statusOf(BUCKET, { path: '$id', equals: 'r-1' }, { errors: [{ path: '', code: 'AccessDenied' }] })).toBe('PASS');
  });

  it('an error on a sibling field leaves the read field decidable', () => {
    expect(statusOf(BUCKET, { path: 'versioning.status', equals: 'Enabled' }, { errors: [{ path: 'versioning.mfaDelete', code: 'AccessDenied' }] })).toBe('PASS');
    expect(statusOf(BUCKET, { path: 'versioning.status', equals: 'Suspended' }, { errors: [{ path: 'logging', code: 'AccessDenied' }] })).toBe('FAIL');
  });
});

/** [label, type, condition, expected message of the one diagnostic (without the file location)] */
const refused: readonly (readonly [string, string, Record<string, unknown>, string])[] = [
  ['equals: a misspelt enum value', BUCKET, { path: 'versioning.status', equals: 'enabled' },
    'equals on "versioning.status": "enabled" is not a possible value of this field ("Enabled", "Suspended" or null); did you mean "Enabled"?'],
  ['notEquals: a misspelt enum value', BUCKET, { path: 'versioning.status', notEquals: 'suspend' },
    'notEquals on "versioning.status": "suspend" is not a possible value of this field ("Enabled", "Suspended" or null); did you mean "Suspended"?'],
  ['in: one misspelt enum value', BUCKET, { path: 'versioning.status', in: ['Enabled', 'Suspnded'] },
    'in on "versioning.status": "Suspnded" is not a possible value of this field ("Enabled", "Suspended" or null); did you mean "Suspended"?'],
  ['notIn: an enum value of another field', KMS, { path: 'keyManager', notIn: ['Enabled'] },
    'notIn on "keyManager": "Enabled" is not a possible value of this field ("CUSTOMER", "AWS")'],
  ['equals: null on a field that is never null', KMS, { path: 'keyManager', equals: null },
    'equals on "keyManager": null is not a possible value of this field ("CUSTOMER", "AWS")'],
  ['equals: a string on a boolean field', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', equals: 'true' },
    'equals on "publicAccessBlock.blockPublicAcls": "true" can never match: the field holds boolean'],
  ['equals: a fraction on an integer field', SG, { path: 'attachedInterfaceCount', equals: 1.5 },
    'equals on "attachedInterfaceCount": 1.5 can never match: the field holds integer'],
  ['gte: on a string field', BUCKET, { path: 'name', gte: 3 }, 'gte on "name": gte compares numbers, but this field holds string'],
  ['lt: on a boolean field', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', lt: 1 }, 'lt on "publicAccessBlock.blockPublicAcls": lt compares numbers, but this field holds boolean'],
  ['matches: on an integer field', SG, { path: 'attachedInterfaceCount', matches: '^1' }, 'matches on "attachedInterfaceCount": matches tests strings, but this field holds integer'],
  ['matches: an invalid regular expression', BUCKET, { path: 'name', matches: 'prod-(' }, 'matches on "name": invalid regular expression "prod-(": missing closing ): `prod-(`'],
  ['matches: a lookbehind typo', BUCKET, { path: 'name', matches: '[a-' }, 'matches on "name": invalid regular expression "[a-": missing closing ]: `[a-`'],
  ['startsWith: on a boolean field', BUCKET, { path: 'publicAccessBlock.blockPublicAcls', startsWith: 't' }, 'startsWith on "publicAccessBlock.blockPublicAcls": startsWith tests strings, but this field holds boolean'],
  ['endsWith: on a list field', USER, { path: 'groups', endsWith: 's' }, 'endsWith on "groups": endsWith tests strings, but this field holds array'],
  ['contains: on an integer field', SG, { path: 'attachedInterfaceCount', contains: 1 }, 'contains on "attachedInterfaceCount": contains tests strings and lists, but this field holds integer'],
  ['contains: a number in a string', BUCKET, { path: 'name', contains: 1 }, 'contains on "name": contains on a string field needs a string operand'],
  // Operands of the wrong kind for the operator itself, whatever the field.
  ['exists: a string instead of true or false', BUCKET, { path: 'logging', exists: 'yes' }, 'exists on "logging": the operand must be true or false; found "yes"'],
  ['empty: a number instead of true or false', USER, { path: 'groups', empty: 0 }, 'empty on "groups": the operand must be true or false; found 0'],
  ['gte: a numeric string', SG, { path: 'attachedInterfaceCount', gte: '5' }, 'gte on "attachedInterfaceCount": the operand must be a number; found "5"'],
  ['in: a single value instead of a list', BUCKET, { path: 'versioning.status', in: 'Enabled' }, 'in on "versioning.status": the operand must be a list; found "Enabled"'],
  ['notIn: a number instead of a list', SG, { path: 'attachedInterfaceCount', notIn: 5 }, 'notIn on "attachedInterfaceCount": the operand must be a list; found 5'],
  ['matches: an empty pattern', BUCKET, { path: 'name', matches: '' }, 'matches on "name": the operand must not be empty'],
  ['startsWith: a number', BUCKET, { path: 'name', startsWith: 5 }, 'startsWith on "name": the operand must be a string; found 5'],
  ['olderThanDays: a negative age', USER, { path: 'createDate', olderThanDays: -1 }, 'olderThanDays on "createDate": the operand must be at least 0; found -1'],
  ['newerThanDays: a string', USER, { path: 'createDate', newerThanDays: '90' }, 'newerThanDays on "createDate": the operand must be a number; found "90"'],
  ['contains: a number in a list of strings', USER, { path: 'groups', contains: 5 },
    'contains on "groups": 5 can never match: the field holds string (contains compares the operand with each element of the list)'],
  ['olderThanDays: on a string that is not a timestamp', BUCKET, { path: 'name', olderThanDays: 30 }, 'olderThanDays on "name": olderThanDays measures timestamps, but this field is not one'],
  ['newerThanDays: on an integer field', SG, { path: 'attachedInterfaceCount', newerThanDays: 30 }, 'newerThanDays on "attachedInterfaceCount": newerThanDays measures timestamps, but this field is not one'],
];

describe('operands that can never match are load errors', () => {
  it.each(refused)('%s', (_label, type, condition, message) => {
    const errors = diagnoseSpec({ resource: type, check: condition });
    expect(errors.map((e) => [e.code, e.message])).toEqual([['POLICY_CONDITION', message]]);
  });

  it('points at the operand', () => {
    const text = policyYaml({ resource: BUCKET, check: { path: 'versioning.status', equals: 'enabled' } });
    const errors = diagnoseSpec({ resource: BUCKET, check: { path: 'versioning.status', equals: 'enabled' } });
    expect(errors[0]?.location).toEqual({ file: 'policies/test-policy.yaml', pointer: '/check/equals', ...positionOf(text, '"enabled"') });
  });

  it('checks a parameter value the same way as a literal operand', () => {
    const errors = diagnoseSpec({
      resource: BUCKET,
      check: { path: 'versioning.status', equals: { param: 'wanted' } },
      parameters: { wanted: { type: 'string', default: 'enabled' } },
    });
    expect(errors.map((e) => e.message)).toEqual(['equals on "versioning.status": "enabled" is not a possible value of this field ("Enabled", "Suspended" or null); did you mean "Enabled"?']);
  });
});
