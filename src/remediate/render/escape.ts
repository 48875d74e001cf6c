/**
 * Escaping for the plan's Markdown and Terraform renderings. Everything in a
 * plan is untrusted: resource ids, names and ARNs come from the account, and
 * titles, guidance and snippets may come from custom policies.
 *
 * The Markdown rules follow src/report/markdown/escape.ts; that module cannot
 * be imported here (remediate/ may not depend on report/, see STYLE.md), so
 * the few helpers the plan needs are restated.
 */

/** Line breaks (CommonMark's and HCL's, plus the Unicode separators). */
const BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Characters that start inline Markdown (or GitHub's math and strikethrough). */
const PUNCTUATION = /[\\`*_[\]|~$#!]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One line of plain text: renders as exactly these characters in a paragraph, heading or list item. */
export function mdText(value: string): string {
  return value
    .replace(BREAKS, ' ')
    .replace(CONTROLS, ' ')
    .replace(PUNCTUATION, (c) => `\\${c}`)
    // Entities rather than `\<`, so no raw `<tag` reaches the Markdown source at all.
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /[`<>&|\\\r\n\u0085\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A value shown as code: a backtick span when safe, else <code> around escaped text. */
export function mdCode(value: string): string {
  const plain = value !== '' && !/^\s|\s$/.test(value) && !NEEDS_ESCAPE.test(value);
  return plain ? `\`${value}\`` : `<code>${mdText(value)}</code>`;
}

/** One line inside a fenced block: a value with a line break could add a line a reader copies. */
export function oneLine(value: string): string {
  return value.replace(BREAKS, ' ').replace(CONTROLS, ' ');
}

/** A multi-line block's text with plain `\n` line ends and no control characters (tabs kept). */
export function block(value: string): string {
  return value.replace(BREAKS, '\n').replace(CONTROLS, ' ');
}

/** A backtick fence longer than any backtick run inside (and at least three), so no line can close it. */
export function fenceFor(lines: readonly string[]): string {
  let longest = 0;
  for (const line of lines) for (const run of line.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return '`'.repeat(Math.max(2, longest) + 1);
}
