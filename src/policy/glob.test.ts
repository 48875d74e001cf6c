/** Wildcard globs (IAM actions, waiver ARNs), matched without a backtracking engine. */
import { describe, expect, it } from 'vitest';
import { globMatcher, matchGlob } from './glob.js';

describe('matchGlob', () => {
  it.each([
    ['*', '', true],
    ['*', 'anything:at/all', true],
    ['', '', true],
    ['', 'x', false],
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['a*c', 'ac', true],
    ['a*c', 'abbbc', true],
    ['a*c', 'abbbd', false],
    ['*c', 'abc', true],
    ['a*', 'a', true],
    ['a**b', 'axxb', true],
    ['*a*b*', 'xxaxxbxx', true],
    ['*a*b', 'xxaxxbxxc', false],
    ['a*b*c', 'abcbc', true],
    ['a*bc', 'abcbd', false],
    ['s3:Get*', 's3:GetObject', true],
    ['arn:aws:s3:::acme.(x)', 'arn:aws:s3:::acmeX(x)', false],
    ['[a]', 'a', false],
    ['?', '😀', true],
    ['a?b', 'a\nb', true],
  ])('%j matches %j: %s', (glob, text, expected) => {
    expect(matchGlob(glob, text)).toBe(expected);
  });

  it('ignores case when asked, as IAM action names do', () => {
    expect(matchGlob('S3:getobject', 's3:GetObject', { ignoreCase: true })).toBe(true);
    expect(matchGlob('S3:getobject', 's3:GetObject')).toBe(false);
  });

  it('answers for a glob of many stars against a long text (a RegExp translation backtracks for hours)', () => {
    // `^a.*a.*a…b$` took seconds at six stars on 60 characters in V8, and grows as a power of the stars.
    const glob = `${'*a'.repeat(30)}*b`;
    expect(globMatcher(glob)('a'.repeat(2000))).toBe(false);
    expect(globMatcher(glob)(`${'a'.repeat(2000)}b`)).toBe(true);
  });
});
