/**
 * Parser for the JSON form of the CloudWatch Logs filter-pattern language
 * (the `filterPattern` of a metric filter), into a small AST that
 * evaluate.ts runs against JSON log events such as CloudTrail records.
 *
 * Grammar (whitespace — space, tab, CR, LF — may stand between any two tokens,
 * never inside a selector or a bare value):
 *
 *   pattern    := ''                                  empty: matches every event
 *               | '{' or '}'
 *   or         := and ( '||' and )*                    && binds tighter than ||
 *   and        := primary ( '&&' primary )*
 *   primary    := '(' or ')' | condition
 *   condition  := selector op value
 *               | selector IS ( NULL | TRUE | FALSE ) | selector NOT EXISTS
 *   selector   := '$' ( '.' name ) ( '.' name | '[' digits ']' )*     name := [A-Za-z0-9_-]+
 *   op         := '=' | '!=' | '<' | '>' | '<=' | '>='
 *   value      := '"' chars '"'        quoted; backslash takes the next character literally
 *               | '%' regex '%'        regular expression (= and != only)
 *               | bare                 run of characters other than whitespace ( ) { } " & | = ! < >
 *
 * `<`, `>`, `<=`, `>=` need a number (integer or decimal, optional sign and
 * exponent). Keywords (IS, NULL, TRUE, FALSE, NOT, EXISTS) are read in any
 * case. A `*` at the start and/or end of a string value is a wildcard; one in
 * the middle is a literal character. Parentheses nest at most 256 deep.
 *
 * Sources: AWS CloudWatch Logs User Guide, "Filter pattern syntax for metric
 * filters" — "Matching terms in JSON log events" (selectors, `=`/`!=`, quoted
 * and unquoted strings, "*Event", "Event*", and "Ev*ent will only match the
 * actual string Ev*ent"; IS NULL, NOT EXISTS, IS TRUE/FALSE; "the syntax
 * follows standard order of operations () > && > ||"; numeric comparisons)
 * and "Supported regular expressions" (`%…%`); the empty pattern "matches all
 * log events". https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html
 *
 * Term patterns (`ERROR`, `"Access Denied"`, `?a ?b`), standalone `%regex%`
 * patterns and space-delimited `[ip, user, …]` patterns are not parsed: they
 * are reported as "not a JSON filter pattern" rather than guessed at, because
 * they match raw message text whose exact serialization we do not have.
 */

import { compileRegex, type CompiledRegex } from '../../regex.js';

export type ComparisonOperator = '=' | '!=' | '<' | '>' | '<=' | '>=';

export interface Selector {
  /** As written, e.g. `$.userIdentity.type`, for messages. */
  readonly text: string;
  /** Property names and array indexes, from the root. */
  readonly steps: readonly (string | number)[];
}

export type PatternValue =
  | {
    readonly kind: 'string';
    /** The value as written, quotes removed, wildcards kept. */
    readonly text: string;
    /** The text without its leading/trailing wildcard. */
    readonly core: string;
    /** A leading `*`: any text may come before core. */
    readonly anyBefore: boolean;
    /** A trailing `*`: any text may come after core. */
    readonly anyAfter: boolean;
  }
  | { readonly kind: 'number'; readonly text: string; readonly value: number }
  | { readonly kind: 'regex'; readonly source: string; readonly regex: CompiledRegex };

export type Expression =
  | { readonly type: 'or'; readonly operands: readonly Expression[] }
  | { readonly type: 'and'; readonly operands: readonly Expression[] }
  | { readonly type: 'compare'; readonly selector: Selector; readonly operator: ComparisonOperator; readonly value: PatternValue }
  | { readonly type: 'test'; readonly selector: Selector; readonly test: 'null' | 'true' | 'false' | 'notExists' };

export type FilterPattern =
  | { readonly kind: 'all' }
  | { readonly kind: 'json'; readonly expression: Expression };

export interface ParseError {
  /** Zero-based character offset into the pattern text. */
  readonly offset: number;
  readonly expected: string;
  readonly found: string;
  /** `parse error at offset N: expected …, found …` */
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly pattern: FilterPattern }
  | { readonly ok: false; readonly error: ParseError };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NAME_CHAR = /[A-Za-z0-9_-]/;
const WORD_CHAR = /[A-Za-z]/;
const WHITESPACE = new Set([' ', '\t', '\r', '\n']);
const BARE_STOP = new Set([...WHITESPACE, '(', ')', '{', '}', '"', '&', '|', '=', '!', '<', '>']);
const OPERATORS: readonly ComparisonOperator[] = ['!=', '<=', '>=', '=', '<', '>'];
const MAX_DEPTH = 256;
const NOT_JSON = '"{" (only JSON filter patterns are evaluated; term, regex and space-delimited patterns are not)';

/** Thrown inside the parser only; parseFilterPattern turns it into a result. */
class Failure extends Error {
  constructor(readonly detail: ParseError) {
    super(detail.message);
  }
}

export function parseFilterPattern(text: string): ParseResult {
  try {
    return { ok: true, pattern: new Parser(text).pattern() };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, error: error.detail };
    throw error;
  }
}

/** True when a string reads as a filter-pattern number; evaluate.ts uses it for numeric strings in events. */
export function isNumberText(text: string): boolean {
  return NUMBER.test(text);
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  pattern(): FilterPattern {
    this.skipWhitespace();
    if (this.atEnd()) return { kind: 'all' };
    if (this.char() !== '{') this.fail(NOT_JSON);
    this.pos += 1;
    const expression = this.or();
    this.skipWhitespace();
    this.expect('}', '"&&", "||" or "}"');
    this.skipWhitespace();
    if (!this.atEnd()) this.fail('end of pattern after "}"');
    return { kind: 'json', expression };
  }

  private or(): Expression {
    const operands = [this.and()];
    while (this.consume('||')) operands.push(this.and());
    return operands.length === 1 ? operands[0] as Expression : { type: 'or', operands };
  }

  private and(): Expression {
    const operands = [this.primary()];
    while (this.consume('&&')) operands.push(this.primary());
    return operands.length === 1 ? operands[0] as Expression : { type: 'and', operands };
  }

  private primary(): Expression {
    this.skipWhitespace();
    if (this.char() === '(') {
      // AWS caps a pattern at 1024 characters; this cap keeps hostile snapshot data from exhausting the stack.
      if (this.depth >= MAX_DEPTH) this.fail(`at most ${String(MAX_DEPTH)} nested parentheses`);
      const open = this.pos;
      this.pos += 1;
      this.depth += 1;
      const inner = this.or();
      this.depth -= 1;
      this.skipWhitespace();
      this.expect(')', `"&&", "||" or ")" to close the "(" at offset ${open}`);
      return inner;
    }
    if (this.char() === '$') return this.condition();
    return this.fail('a selector such as "$.eventName", or "("');
  }

  private condition(): Expression {
    const selector = this.selector();
    this.skipWhitespace();
    const operator = OPERATORS.find((op) => this.text.startsWith(op, this.pos));
    if (operator !== undefined) {
      this.pos += operator.length;
      this.skipWhitespace();
      return { type: 'compare', selector, operator, value: this.value(operator) };
    }
    const keywordAt = this.pos;
    const keyword = this.word();
    if (keyword === 'IS') {
      this.skipWhitespace();
      const at = this.pos;
      const test = this.word();
      if (test === 'NULL' || test === 'TRUE' || test === 'FALSE') return { type: 'test', selector, test: test === 'NULL' ? 'null' : test === 'TRUE' ? 'true' : 'false' };
      this.pos = at;
      return this.fail('NULL, TRUE or FALSE after IS');
    }
    if (keyword === 'NOT') {
      this.skipWhitespace();
      const at = this.pos;
      if (this.word() === 'EXISTS') return { type: 'test', selector, test: 'notExists' };
      this.pos = at;
      return this.fail('EXISTS after NOT');
    }
    this.pos = keywordAt;
    return this.fail(`an operator (=, !=, <, >, <=, >=) or IS NULL, IS TRUE, IS FALSE, NOT EXISTS after ${selector.text}`);
  }

  private selector(): Selector {
    const start = this.pos;
    this.pos += 1; // the '$'
    const steps: (string | number)[] = [];
    if (this.char() !== '.') this.fail('"." and a property name after "$"');
    for (;;) {
      if (this.char() === '.') {
        this.pos += 1;
        const name = this.run(NAME_CHAR);
        if (name === '') this.fail('a property name (letters, digits, "_" or "-") after "."');
        steps.push(name);
      } else if (this.char() === '[') {
        this.pos += 1;
        const digits = this.run(/\d/);
        if (digits === '') this.fail('an array index (digits) after "["');
        this.expect(']', '"]" after the array index');
        steps.push(Number(digits));
      } else {
        break;
      }
    }
    return { text: this.text.slice(start, this.pos), steps };
  }

  private value(operator: ComparisonOperator): PatternValue {
    const start = this.pos;
    const numeric = operator !== '=' && operator !== '!=';
    const char = this.char();
    if (char === '"' || char === '%') {
      if (numeric) this.fail(`a number after "${operator}"`);
      return char === '"' ? stringValue(this.quoted()) : this.regex();
    }
    let bare = '';
    while (!this.atEnd() && !BARE_STOP.has(this.char())) bare += this.advance();
    if (bare === '') this.fail(`a value after "${operator}"`);
    if (NUMBER.test(bare)) return { kind: 'number', text: bare, value: Number(bare) };
    if (numeric) {
      this.pos = start;
      this.fail(`a number after "${operator}"`);
    }
    return stringValue(bare);
  }

  private quoted(): string {
    const open = this.pos;
    this.pos += 1;
    let content = '';
    while (!this.atEnd() && this.char() !== '"') {
      if (this.char() === '\\') this.pos += 1;
      if (this.atEnd()) break;
      content += this.advance();
    }
    if (this.atEnd()) this.fail(`a closing '"' for the string opened at offset ${open}`);
    this.pos += 1;
    return content;
  }

  private regex(): PatternValue {
    const open = this.pos;
    const close = this.text.indexOf('%', open + 1);
    if (close === -1) {
      this.pos = this.text.length;
      this.fail(`a closing "%" for the regular expression opened at offset ${open}`);
    }
    const source = this.text.slice(open + 1, close);
    // The pattern comes from the snapshot (anyone who may put a metric filter
    // on the account wrote it): RE2, so it matches the policy's sample events
    // in linear time. AWS's own regex subset has no backreferences or lookaround.
    const compiled = compileRegex(source);
    if (!compiled.ok) {
      this.pos = open;
      return this.fail('a valid regular expression between "%" signs');
    }
    this.pos = close + 1;
    return { kind: 'regex', source, regex: compiled.regex };
  }

  private word(): string {
    return this.run(WORD_CHAR).toUpperCase();
  }

  private run(pattern: RegExp): string {
    let out = '';
    while (!this.atEnd() && pattern.test(this.char())) out += this.advance();
    return out;
  }

  /** Skips whitespace, then takes token if it comes next. */
  private consume(token: string): boolean {
    this.skipWhitespace();
    if (!this.text.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }

  private expect(token: string, expected: string): void {
    if (!this.text.startsWith(token, this.pos)) this.fail(expected);
    this.pos += token.length;
  }

  private skipWhitespace(): void {
    while (!this.atEnd() && WHITESPACE.has(this.char())) this.pos += 1;
  }

  private atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  private char(): string {
    return this.text.charAt(this.pos);
  }

  private advance(): string {
    const c = this.char();
    this.pos += 1;
    return c;
  }

  private fail(expected: string): never {
    const found = this.atEnd() ? 'end of pattern' : JSON.stringify(this.char());
    const offset = this.pos;
    throw new Failure({ offset, expected, found, message: `parse error at offset ${offset}: expected ${expected}, found ${found}` });
  }
}

function stringValue(text: string): PatternValue {
  const anyBefore = text.startsWith('*');
  let core = anyBefore ? text.slice(1) : text;
  const anyAfter = core.endsWith('*');
  if (anyAfter) core = core.slice(0, -1);
  return { kind: 'string', text, core, anyBefore, anyAfter };
}
