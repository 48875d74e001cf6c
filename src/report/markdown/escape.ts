/**
 * Escaping for the Markdown report. Everything in a scan result is untrusted
 * (resource names, tag values and error messages come from the account), and
 * GitHub renders HTML inside Markdown, so a value must never open a tag, a
 * link, emphasis, a new table cell or a new line.
 *
 * Report-specific rather than src/docs/markdown.ts: the docs helpers only
 * protect table cells from pipes, because they render our own policy files.
 *
 * Rule kept by every caller: escaped text never starts a line, so block-level
 * syntax (`#`, `-`, `1.`, `>`) cannot be triggered by a value.
 */

/** Line breaks (CommonMark's, plus the Unicode separators) and C0 controls. */
const BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Characters that start inline Markdown (or GitHub's math and strikethrough) or split a table cell. */
/** What a backtick code span cannot carry safely (or at all): then <code> with escaped text is used. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /[`<>&|\\\r\n\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const PUNCTUATION = /[\\`*_[\]|~$#!]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One line of plain text: renders as exactly these characters, in a paragraph, heading or table cell. */
export function text(value: string): string {
  return value
    .replace(BREAKS, ' ')
    .replace(CONTROLS, ' ')
    .replace(PUNCTUATION, (c) => `\\${c}`)
    // Entities rather than `\<`, so no raw `<tag` reaches the Markdown source at all.
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A value shown as code. A backtick code span when nothing in it needs
 * escaping (code spans cannot escape `<`, and `\|` inside one shows the
 * backslash outside tables); otherwise an HTML <code> element around
 * escaped text, which GitHub renders the same way.
 */
export function code(value: string): string {
  const plain = value !== '' && !/^\s|\s$/.test(value) && !NEEDS_ESCAPE.test(value);
  return plain ? `\`${value}\`` : `<code>${text(value)}</code>`;
}

export function longestBacktickRun(lines: readonly string[]): number {
  let longest = 0;
  for (const line of lines) {
    if (!line.includes('`')) continue;
    for (const run of line.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  }
  return longest;
}

/** A fence longer than the longest backtick run inside (and at least three), so no line can close the block. */
export function fenceOf(longestRun: number): string {
  return '`'.repeat(Math.max(2, longestRun) + 1);
}

export function fenceFor(lines: readonly string[]): string {
  return fenceOf(longestBacktickRun(lines));
}

/** One line inside a fenced code block: a value with a line break could add a command a reader copies. */
export function codeLine(value: string): string {
  return value.replace(BREAKS, ' ').replace(CONTROLS, ' ');
}

/** At most `max` characters (code points, so no surrogate pair is split), with an ellipsis when cut. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

/** UTF-8 length without encoding: the budget is in bytes, as GitHub counts them. */
export function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) { bytes += 4; i += 1; } else bytes += 3;
    } else bytes += 3; // the rest of the BMP; a lone surrogate is written as U+FFFD, also 3 bytes
  }
  return bytes;
}

/** A table row: cells are already escaped by the caller (`text` / `code`), so pipes inside cannot split them. */
export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function tableHead(header: readonly string[]): string {
  return `${row(header)}\n${row(header.map(() => '---'))}`;
}
