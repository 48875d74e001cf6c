/**
 * Regular expressions from policies and snapshots, compiled with RE2 (the
 * pure-JavaScript port re2js), never with JavaScript's RegExp. Both are
 * untrusted: a policy file may come from anyone who can open a pull request,
 * and a snapshot's metric-filter patterns from anyone who can write to the
 * account. JavaScript's engine backtracks, so `^(a+)+$` against 35 `a`s and a
 * `!` runs for hours; RE2 matches in time linear in the input, whatever the
 * pattern. The price is RE2's syntax (https://github.com/google/re2/wiki/Syntax):
 * no backreferences and no lookaround, which are the features that need
 * backtracking; a pattern using them is refused at load with a message that
 * says so, rather than silently meaning something else.
 */
import { RE2JS, RE2JSException, RE2JSSyntaxException } from 're2js';

export interface CompiledRegex {
  /** The pattern as written. */
  readonly source: string;
  /** True when the pattern matches somewhere in `text` (unanchored, like RegExp.prototype.test). */
  test(text: string): boolean;
}

export type RegexCompilation = { readonly ok: true; readonly regex: CompiledRegex } | { readonly ok: false; readonly message: string };

/** The RE2 syntax page, named in every refusal so a policy author can look a construct up. */
export const RE2_SYNTAX = 'https://github.com/google/re2/wiki/Syntax';

/**
 * What RE2 refused, in words, when the cause is a construct RE2 leaves out on
 * purpose. RE2 reports these as generic syntax errors; `error` and `input`
 * are the parts of its message (e.g. "invalid escape sequence" and `\1`).
 */
function unsupportedConstruct(error: string, input: string): string | undefined {
  if (error === 'invalid escape sequence' && /^\\[1-9]$/.test(input)) return `backreferences (${input})`;
  if (error === 'invalid escape sequence' && (input === '\\k' || input === '\\g')) return `named backreferences (${input}<name>)`;
  if (input === '(?P' && error.startsWith('invalid or unsupported Perl syntax')) return 'named backreferences ((?P=name))';
  if (input === '(?=' || input === '(?!') return `lookahead (${input}…)`;
  if (input.startsWith('(?<=') || input.startsWith('(?<!')) return `lookbehind (${input.slice(0, 4)}…)`;
  if (input === '(?>') return 'atomic groups ((?>…))';
  if (error === 'invalid nested repetition operator' && /[*+?}][+]$/.test(input)) return `possessive quantifiers (${input})`;
  return undefined;
}

/** Compiles `source` with RE2 once; the matcher it returns is what evaluation calls, many times. */
export function compileRegex(source: string): RegexCompilation {
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(source);
  } catch (cause) {
    if (!(cause instanceof RE2JSException)) throw cause;
    const construct = cause instanceof RE2JSSyntaxException && cause.input !== null ? unsupportedConstruct(cause.error, cause.input) : undefined;
    if (construct !== undefined) {
      return { ok: false, message: `RE2 does not support ${construct}; patterns use RE2 syntax, which matches in linear time (${RE2_SYNTAX})` };
    }
    return { ok: false, message: cause.message.replace(/^error parsing regexp: /, '') };
  }
  return { ok: true, regex: { source, test: (text) => pattern.test(text) } };
}
