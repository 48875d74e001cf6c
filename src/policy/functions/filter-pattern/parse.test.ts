/**
 * The filter-pattern parser: the tree it builds (precedence, selectors,
 * values, keywords, whitespace), and for bad patterns the offset and what
 * was expected there.
 */
import { describe, expect, it } from 'vitest';
import { parseFilterPattern, type Expression, type FilterPattern } from './parse.js';

function parsed(text: string): FilterPattern {
  const result = parseFilterPattern(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return result.pattern;
}

function expression(text: string): Expression {
  const pattern = parsed(text);
  if (pattern.kind !== 'json') throw new Error(`${text}: not a JSON pattern`);
  return pattern.expression;
}

/** A compact rendering of the tree: and(…), or(…), `$.a = "x"`, `$.a NOT EXISTS`. */
function shape(e: Expression): string {
  switch (e.type) {
    case 'or': return `or(${e.operands.map(shape).join(', ')})`;
    case 'and': return `and(${e.operands.map(shape).join(', ')})`;
    case 'test': return `${e.selector.text} ${e.test}`;
    case 'compare': {
      const v = e.value;
      const written = v.kind === 'string' ? JSON.stringify(v.text) : v.kind === 'number' ? `#${String(v.value)}` : `%${v.source}%`;
      return `${e.selector.text} ${e.operator} ${written}`;
    }
  }
}

describe('parseFilterPattern: structure', () => {
  const rows: readonly (readonly [label: string, pattern: string, shape: string])[] = [
    ['one selector', '{ $.eventName = "ConsoleLogin" }', '$.eventName = "ConsoleLogin"'],
    ['&& binds tighter than ||', '{ $.a = 1 || $.b = 2 && $.c = 3 }', 'or($.a = #1, and($.b = #2, $.c = #3))'],
    ['&& before ||', '{ $.a = 1 && $.b = 2 || $.c = 3 }', 'or(and($.a = #1, $.b = #2), $.c = #3)'],
    ['parentheses override', '{ ($.a = 1 || $.b = 2) && $.c = 3 }', 'and(or($.a = #1, $.b = #2), $.c = #3)'],
    ['chains are flat', '{ $.a = 1 || $.b = 2 || $.c = 3 }', 'or($.a = #1, $.b = #2, $.c = #3)'],
    ['redundant parentheses vanish', '{ ((($.a = 1))) }', '$.a = #1'],
    ['CIS 5.1 (v5/v7): one || and a && chain', '{ ($.errorCode ="*UnauthorizedOperation") || ($.errorCode ="AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }',
      'or($.errorCode = "*UnauthorizedOperation", and($.errorCode = "AccessDenied*", $.sourceIPAddress != "delivery.logs.amazonaws.com", $.eventName != "HeadBucket"))'],
    ['CIS 5.3 (v7)', '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
      'and($.userIdentity.type = "Root", $.userIdentity.invokedBy notExists, $.eventType != "AwsServiceEvent")'],
    ['CIS 5.7 (Security Hub text): no spaces, nested groups', '{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}',
      'and($.eventSource = "kms.amazonaws.com", or($.eventName = "DisableKey", $.eventName = "ScheduleKeyDeletion"))'],
    ['no whitespace at all', '{$.a=1&&$.b!=x||$.c>=2}', 'or(and($.a = #1, $.b != "x"), $.c >= #2)'],
    ['tabs and newlines', '{\n\t$.a = "x"\n\t&& $.b NOT EXISTS\n}', 'and($.a = "x", $.b notExists)'],
    ['every operator', '{ $.a = 1 && $.b != 2 && $.c < 3 && $.d > 4 && $.e <= 5 && $.f >= 6 }', 'and($.a = #1, $.b != #2, $.c < #3, $.d > #4, $.e <= #5, $.f >= #6)'],
    ['IS tests and NOT EXISTS', '{ $.a IS NULL || $.b IS TRUE || $.c IS FALSE || $.d NOT EXISTS }', 'or($.a null, $.b true, $.c false, $.d notExists)'],
    ['keywords in any case', '{ $.a is null || $.b Is True || $.c not exists }', 'or($.a null, $.b true, $.c notExists)'],
    ['array indexes and nested arrays', '{ $.resources[0].ARN = "x" && $.coordinates[0][1] = 2 }', 'and($.resources[0].ARN = "x", $.coordinates[0][1] = #2)'],
    ['names with - and _', '{ $.detail-type = x && $.snake_case = y }', 'and($.detail-type = "x", $.snake_case = "y")'],
    ['regular expression value', '{ $.eventName = %^Delete.*Policy$% }', '$.eventName = %^Delete.*Policy$%'],
    ['bare values keep dots, colons and stars', '{ $.sourceIPAddress != 123.123.* && $.arn = arn:aws:iam::1:root }', 'and($.sourceIPAddress != "123.123.*", $.arn = "arn:aws:iam::1:root")'],
  ];
  it.each(rows)('%s', (_label, pattern, expected) => {
    expect(shape(expression(pattern))).toBe(expected);
  });

  it('reads selector steps as names and indexes', () => {
    const e = expression('{ $.resources[0].ARN = "x" }');
    expect(e.type === 'compare' ? e.selector.steps : undefined).toEqual(['resources', 0, 'ARN']);
  });

  it('reads numbers with sign, decimals and exponents', () => {
    const values = ['+1000', '-2', '55.5', '10e3', '10e-3', '.5', '7.']
      .map((n) => expression(`{ $.x < ${n} }`))
      .map((e) => (e.type === 'compare' && e.value.kind === 'number' ? e.value.value : undefined));
    expect(values).toEqual([1000, -2, 55.5, 10000, 0.01, 0.5, 7]);
  });

  it('marks leading and trailing wildcards, and leaves inner stars literal', () => {
    const value = (text: string) => {
      const e = expression(`{ $.x = ${text} }`);
      return e.type === 'compare' && e.value.kind === 'string' ? { core: e.value.core, before: e.value.anyBefore, after: e.value.anyAfter } : undefined;
    };
    expect(value('"*UnauthorizedOperation"')).toEqual({ core: 'UnauthorizedOperation', before: true, after: false });
    expect(value('AccessDenied*')).toEqual({ core: 'AccessDenied', before: false, after: true });
    expect(value('"*html*"')).toEqual({ core: 'html', before: true, after: true });
    expect(value('Ev*ent')).toEqual({ core: 'Ev*ent', before: false, after: false });
    expect(value('*')).toEqual({ core: '', before: true, after: false });
  });

  it('takes the character after a backslash literally inside quotes', () => {
    const e = expression('{ $.msg = "say \\"hi\\" \\\\ ok" }');
    expect(e.type === 'compare' && e.value.kind === 'string' ? e.value.text : undefined).toBe('say "hi" \\ ok');
  });

  it('reads the empty pattern, and whitespace alone, as "every event"', () => {
    expect(parsed('')).toEqual({ kind: 'all' });
    expect(parsed('  \n ')).toEqual({ kind: 'all' });
  });

  it('allows whitespace around the braces', () => {
    expect(parsed('  { $.a = 1 }\n').kind).toBe('json');
  });
});

describe('parseFilterPattern: errors say where and what was expected', () => {
  const NOT_JSON = '"{" (only JSON filter patterns are evaluated; term, regex and space-delimited patterns are not)';
  const rows: readonly (readonly [label: string, pattern: string, offset: number, expected: string])[] = [
    ['a term pattern', 'ERROR', 0, NOT_JSON],
    ['a quoted phrase', '"Access Denied"', 0, NOT_JSON],
    ['OR terms', '?ERROR ?WARN', 0, NOT_JSON],
    ['a space-delimited pattern', '[ip, user, ..., status_code = 4*, bytes]', 0, NOT_JSON],
    ['a standalone regex', '%AUTHORIZED%', 0, NOT_JSON],
    ['a term after leading spaces', '   ERROR', 3, NOT_JSON],
    ['an open brace only', '{', 1, 'a selector such as "$.eventName", or "("'],
    ['empty braces', '{ }', 2, 'a selector such as "$.eventName", or "("'],
    ['no value', '{ $.a = }', 8, 'a value after "="'],
    ['== is not an operator', '{ $.a == "x" }', 7, 'a value after "="'],
    ['no closing brace', '{ $.a = "x" ', 12, '"&&", "||" or "}"'],
    ['text after the closing brace', '{ $.a = "x" } extra', 14, 'end of pattern after "}"'],
    ['a single &', '{ $.a = 1 & $.b = 2 }', 10, '"&&", "||" or "}"'],
    ['a dangling &&', '{ $.a = 1 && }', 13, 'a selector such as "$.eventName", or "("'],
    ['a selector without a dot', '{ $a = 1 }', 3, '"." and a property name after "$"'],
    ['an index straight after $', '{ $[0] = 1 }', 3, '"." and a property name after "$"'],
    ['an empty property name', '{ $. = 1 }', 4, 'a property name (letters, digits, "_" or "-") after "."'],
    ['a property name with a space in it', '{ $.error Code = 1 }', 10, 'an operator (=, !=, <, >, <=, >=) or IS NULL, IS TRUE, IS FALSE, NOT EXISTS after $.error'],
    ['an index that is not a number', '{ $.a[x] = 1 }', 6, 'an array index (digits) after "["'],
    ['a wildcard index', '{ $.a[*] = 1 }', 6, 'an array index (digits) after "["'],
    ['an unclosed index', '{ $.a[0 = 1 }', 7, '"]" after the array index'],
    ['no operator', '{ $.a }', 6, 'an operator (=, !=, <, >, <=, >=) or IS NULL, IS TRUE, IS FALSE, NOT EXISTS after $.a'],
    ['EXISTS alone is not a test', '{ $.a EXISTS }', 6, 'an operator (=, !=, <, >, <=, >=) or IS NULL, IS TRUE, IS FALSE, NOT EXISTS after $.a'],
    ['an unknown IS test', '{ $.a IS MISSING }', 9, 'NULL, TRUE or FALSE after IS'],
    ['NOT without EXISTS', '{ $.a NOT THERE }', 10, 'EXISTS after NOT'],
    ['> with a word', '{ $.a > abc }', 8, 'a number after ">"'],
    ['>= with a quoted number', '{ $.a >= "5" }', 9, 'a number after ">="'],
    ['< with a regex', '{ $.a < %5% }', 8, 'a number after "<"'],
    ['an unclosed parenthesis', '{ ($.a = 1 }', 11, '"&&", "||" or ")" to close the "(" at offset 2'],
    ['an unterminated string', '{ $.a = "abc }', 14, 'a closing \'"\' for the string opened at offset 8'],
    ['an unterminated regex', '{ $.a = %abc }', 14, 'a closing "%" for the regular expression opened at offset 8'],
    ['an invalid regex', '{ $.a = %[% }', 8, 'a valid regular expression between "%" signs'],
    ['an unquoted phrase (CIS 5.6 with its quotes lost)', '{ ($.eventName = ConsoleLogin) && ($.errorMessage = Failed authentication) }', 59, '"&&", "||" or ")" to close the "(" at offset 34'],
  ];
  it.each(rows)('%s', (_label, pattern, offset, expected) => {
    const result = parseFilterPattern(pattern);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect({ offset: result.error.offset, expected: result.error.expected }).toEqual({ offset, expected });
    expect(result.error.message).toBe(`parse error at offset ${String(offset)}: expected ${expected}, found ${result.error.found}`);
  });

  it('refuses absurdly deep nesting instead of overflowing the stack', () => {
    const deep = `{ ${'('.repeat(10_000)}$.a = 1${')'.repeat(10_000)} }`;
    const result = parseFilterPattern(deep);
    expect(result.ok ? undefined : { offset: result.error.offset, expected: result.error.expected }).toEqual({ offset: 258, expected: 'at most 256 nested parentheses' });
    expect(parseFilterPattern(`{ ${'('.repeat(256)}$.a = 1${')'.repeat(256)} }`).ok).toBe(true);
  });

  it('names what it found: a character, or the end of the pattern', () => {
    const at = (text: string) => {
      const result = parseFilterPattern(text);
      return result.ok ? undefined : result.error.message;
    };
    expect(at('{ $.a = }')).toBe('parse error at offset 8: expected a value after "=", found "}"');
    expect(at('{ $.a = "x"')).toBe('parse error at offset 11: expected "&&", "||" or "}", found end of pattern');
  });
});
