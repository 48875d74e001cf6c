/** The policy reader: every spelling the grammar allows reads into one shape. */
import { describe, expect, it } from 'vitest';
import { parseOperator, readStatements } from './read.js';

describe('readStatements', () => {
  it.each([
    ['a list of statements', { Statement: [{ Effect: 'Allow' }, { Effect: 'Deny' }] }, ['Allow', 'Deny']],
    ['one statement object', { Statement: { Effect: 'Deny' } }, ['Deny']],
    ['no Statement', { Version: '2012-10-17' }, []],
    ['items that are not objects are left out', { Statement: [null, 'x', { Effect: 'Allow' }] }, ['Allow']],
    ['a value that is not a document', 'not a policy', []],
    ['null', null, []],
    ['a list', [{ Effect: 'Allow' }], []],
  ])('%s', (_name, document, effects) => {
    expect(readStatements(document).map((s) => s.effect)).toEqual(effects);
  });

  it('keeps list positions and labels statements by Sid or position', () => {
    const [first, second] = readStatements({ Statement: [{ Sid: 'Read', Effect: 'Allow' }, { Sid: '', Effect: 'Allow' }] });
    expect(first).toMatchObject({ index: 0, sid: 'Read', label: 'Read' });
    expect(second).toMatchObject({ index: 1, sid: undefined, label: 'Statement[1]' });
  });

  it.each([
    ['a string', 's3:GetObject', ['s3:GetObject']],
    ['a list', ['s3:GetObject', 's3:PutObject'], ['s3:GetObject', 's3:PutObject']],
    ['a list with a non-string', ['s3:GetObject', 7], ['s3:GetObject']],
    ['absent', undefined, undefined],
  ])('Action, NotAction, Resource and NotResource as %s', (_name, value, expected) => {
    const [statement] = readStatements({ Statement: { Action: value, NotAction: value, Resource: value, NotResource: value } });
    expect(statement?.action).toEqual(expected);
    expect(statement?.notAction).toEqual(expected);
    expect(statement?.resource).toEqual(expected);
    expect(statement?.notResource).toEqual(expected);
  });

  it.each([
    ['"*"', '*', true, {}],
    ['a map with a string', { AWS: 'arn:aws:iam::111122223333:root' }, false, { AWS: ['arn:aws:iam::111122223333:root'] }],
    ['a map with lists', { AWS: ['*', '111122223333'], Service: 'cloudtrail.amazonaws.com' }, false, { AWS: ['*', '111122223333'], Service: ['cloudtrail.amazonaws.com'] }],
    ['a map of CanonicalUser', { CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' }, false, { CanonicalUser: ['79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'] }],
  ])('Principal and NotPrincipal as %s', (_name, value, all, byType) => {
    const [statement] = readStatements({ Statement: { Principal: value, NotPrincipal: value } });
    for (const principal of [statement?.principal, statement?.notPrincipal]) {
      expect(principal?.all).toBe(all);
      expect(Object.fromEntries(principal?.byType ?? [])).toEqual(byType);
      expect(principal?.raw).toEqual(value);
    }
  });

  it('reads no principal when the element is absent (identity policies)', () => {
    const [statement] = readStatements({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } });
    expect(statement?.principal).toBeUndefined();
    expect(statement?.notPrincipal).toBeUndefined();
  });

  it('flattens the Condition block into operator/key tests with string values', () => {
    const [statement] = readStatements({ Statement: { Condition: {
      'ForAnyValue:StringLikeIfExists': { 'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/*', 'o-f6g7h8i9j0/*'] },
      Bool: { 'aws:SecureTransport': false, 'aws:MultiFactorAuthPresent': 'true' },
      NumericLessThan: { 's3:max-keys': 10 },
    } } });
    expect(statement?.conditions).toEqual([
      { operator: 'ForAnyValue:StringLikeIfExists', base: 'StringLike', set: 'ForAnyValue', ifExists: true, key: 'aws:PrincipalOrgPaths', values: ['o-a1b2c3d4e5/*', 'o-f6g7h8i9j0/*'] },
      { operator: 'Bool', base: 'Bool', set: undefined, ifExists: false, key: 'aws:SecureTransport', values: ['false'] },
      { operator: 'Bool', base: 'Bool', set: undefined, ifExists: false, key: 'aws:MultiFactorAuthPresent', values: ['true'] },
      { operator: 'NumericLessThan', base: 'NumericLessThan', set: undefined, ifExists: false, key: 's3:max-keys', values: ['10'] },
    ]);
  });

  it('reads no conditions from a missing or malformed Condition', () => {
    expect(readStatements({ Statement: {} })[0]?.conditions).toEqual([]);
    expect(readStatements({ Statement: { Condition: 'x' } })[0]?.conditions).toEqual([]);
    expect(readStatements({ Statement: { Condition: { StringEquals: ['x'] } } })[0]?.conditions).toEqual([]);
  });
});

describe('parseOperator', () => {
  it.each([
    ['StringEquals', 'StringEquals', undefined, false],
    ['StringEqualsIfExists', 'StringEquals', undefined, true],
    ['ForAllValues:StringLike', 'StringLike', 'ForAllValues', false],
    ['ForAnyValue:ArnLikeIfExists', 'ArnLike', 'ForAnyValue', true],
    ['foranyvalue:stringequalsifexists', 'stringequals', 'ForAnyValue', true],
    ['Null', 'Null', undefined, false],
  ])('%s', (operator, base, set, ifExists) => {
    expect(parseOperator(operator)).toEqual({ base, set, ifExists });
  });
});
