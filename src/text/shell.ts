/**
 * Untrusted text as one word of a POSIX shell script: single quotes, inside
 * which nothing is special but the quote itself, written as close-quote,
 * escaped quote, reopen: it's → 'it'\''s'. A NUL byte is the one thing no
 * shell word can carry; callers that might meet one refuse it first (the
 * remediation script does).
 */
export function shellQuote(value: string): string {
  // Most values hold no quote: skip the regex (every FAIL's remediation quotes several).
  return value.includes("'") ? `'${value.replace(/'/g, `'\\''`)}'` : `'${value}'`;
}
