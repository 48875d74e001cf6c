/** User regular expressions run on RE2: linear time, and RE2's syntax with its refusals spelled out. */
import { describe, expect, it } from 'vitest';
import { compileRegex } from './regex.js';

function compiled(source: string) {
  const result = compileRegex(source);
  if (!result.ok) throw new Error(`did not compile: ${result.message}`);
  return result.regex;
}

describe('compileRegex', () => {
  it('runs a pattern that backtracks catastrophically in RegExp to its answer', () => {
    // With RegExp this call does not return for hours: 2^35 ways to split the a's.
    expect(compiled('^(a+)+$').test(`${'a'.repeat(40)}!`)).toBe(false);
    expect(compiled('^(a+)+$').test('a'.repeat(40))).toBe(true);
    expect(compiled('^(a|aa)+$').test(`${'a'.repeat(5000)}!`)).toBe(false);
    expect(compiled('(x+x+)+y').test('x'.repeat(5000))).toBe(false);
  });

  it.each([
    ['unanchored search', 'logs', 'prod-logs-2', true],
    ['anchors', '^prod-', 'dev-prod-logs', false],
    ['case-sensitive by default', '^PROD', 'prod', false],
    ['inline case-insensitive flag', '(?i)^PROD', 'prod', true],
    ['Unicode classes', '^\\p{Lu}', 'Éclair', true],
    ['a character is a code point', '^.$', '😀', true],
    ['. does not match a newline', '^a.b$', 'a\nb', false],
    ['named groups', '^(?P<env>prod|dev)-', 'dev-x', true],
  ])('%s: %s against %j is %s', (_label, source, text, expected) => {
    expect(compiled(source).test(text)).toBe(expected);
  });

  it.each([
    ['(a)\\1', 'RE2 does not support backreferences (\\1)'],
    ['(?<n>a)\\k<n>', 'RE2 does not support named backreferences (\\k<name>)'],
    ['(?P<n>a)(?P=n)', 'RE2 does not support named backreferences ((?P=name))'],
    ['foo(?=bar)', 'RE2 does not support lookahead ((?=…)'],
    ['foo(?!bar)', 'RE2 does not support lookahead ((?!…)'],
    ['(?<=foo)bar', 'RE2 does not support lookbehind ((?<=…)'],
    ['(?<!foo)bar', 'RE2 does not support lookbehind ((?<!…)'],
    ['(?>a+)b', 'RE2 does not support atomic groups ((?>…))'],
    ['a*+b', 'RE2 does not support possessive quantifiers (*+)'],
  ])('refuses %s and says what RE2 leaves out', (source, start) => {
    const result = compileRegex(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.startsWith(`${start}; patterns use RE2 syntax, which matches in linear time (https://github.com/google/re2/wiki/Syntax)`)).toBe(true);
  });

  it.each([
    ['prod-(', 'missing closing ): `prod-(`'],
    ['[a-', 'missing closing ]: `[a-`'],
    ['a{1001}', 'invalid repeat count: `{1001}`'],
    ['\\u0041', 'invalid escape sequence: `\\u`'],
  ])('reports a syntax error in %s in RE2\'s words', (source, message) => {
    expect(compileRegex(source)).toEqual({ ok: false, message });
  });
});
