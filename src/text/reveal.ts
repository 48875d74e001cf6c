/**
 * The characters no reader should receive raw from an untrusted value, and
 * their visible spelling. Every destination in this folder starts here:
 * a value may carry ESC sequences (colour, window title, clear screen), CR
 * (overwrite the line), NUL, C1 controls, Unicode line separators, bidi
 * embeddings, overrides and isolates ("Trojan Source"), lone surrogates and
 * the noncharacters U+FFFE/U+FFFF (which XML cannot carry and encoders turn
 * into U+FFFD). Each becomes an escape the reader can see — `\x1b`, `\n`,
 * `\u202e` — never a silent deletion: the reader must see that something
 * odd was there.
 *
 * Backslashes are left alone, so a value that spells `\x1b` itself reads
 * the same as one holding ESC; both are harmless, and doubling every
 * backslash would garble the paths and patterns error messages quote.
 */

/** Controls (C0, DEL, C1), bidi marks, embeddings, overrides and isolates, line separators, U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/;
/** Half of a surrogate pair without the other half (no character at all). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const PATTERN = new RegExp(`${CHARACTERS.source}|${LONE_SURROGATE.source}`);
const UNSAFE = new RegExp(PATTERN.source, 'g');
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');
const SHORT: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeOf(c: string): string {
  const short = SHORT[c];
  if (short !== undefined) return short;
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The value with every unsafe character spelled as a visible escape,
 * except those in `keep` (a destination that carries tabs or line breaks
 * faithfully, such as an HTML <pre>, passes '\t\n').
 */
export function reveal(value: string, keep = ''): string {
  return value.replace(UNSAFE, (c) => (keep !== '' && keep.includes(c) ? c : escapeOf(c)));
}

/**
 * Only the lone surrogates shown as escapes: no UTF-8 file can hold one (an
 * encoder writes U+FFFD instead), so a destination that keeps everything
 * else exact (CSV) still shows that one was there.
 */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATES, escapeOf);
}

/** Whether the value holds any character `reveal` would rewrite. */
export function hasUnsafe(value: string): boolean {
  return PATTERN.test(value);
}

/**
 * Line breaks as CommonMark, HCL and Unicode know them (CRLF, CR, LF, NEL,
 * LINE and PARAGRAPH SEPARATOR): destinations that fold prose onto one line
 * replace these with a space before revealing the rest.
 */
export const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
