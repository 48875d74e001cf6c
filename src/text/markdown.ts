/**
 * Untrusted text in Markdown as GitHub renders it (job summaries, PR
 * comments, SARIF help, generated docs). GitHub renders HTML inside
 * Markdown, links bare URLs and `www.`, notifies `@user` and `@org/team`,
 * and links `#123`, so a value must never open a tag, a link, emphasis, a
 * new table cell or a new line, nor mention or reference anyone.
 *
 * Rule kept by every caller: inline text never starts a line, so block
 * syntax (`#`, `-`, `1.`, `>`, indentation) cannot be triggered by a value;
 * `markdownParagraph` is for the one case where prose does start a line.
 */
import { hasUnsafe, LINE_BREAKS, reveal } from './reveal.js';
import { safeHttpUrl } from './url.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Characters that start inline Markdown (GitHub's math and strikethrough too), split a table cell, or start a reference. */
const PUNCTUATION = /[\\`*_[\]|~$!#]/g;
/** Zero-width space: breaks a mention or reference without changing what the reader sees. */
const ZWSP = '\u200b';

/**
 * One line of plain text: renders as exactly these characters (with the
 * reader-visible escapes of reveal.ts) in a paragraph, heading, list item or
 * table cell. Line breaks fold to spaces; HTML becomes entities; Markdown
 * punctuation is backslash-escaped; `scheme://` and `www.` lose the
 * character GFM's autolinking needs; `@` and `#` before a name or number
 * get a zero-width space, so no one is notified and nothing is referenced.
 */
export function markdownText(value: string): string {
  return reveal(value.replace(LINE_BREAKS, ' '))
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c)
    .replace(PUNCTUATION, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/([@#])(?=[\p{L}\p{N}_-])/gu, `$1${ZWSP}`);
}

/**
 * Prose that starts a line (a paragraph of its own): folded and escaped as
 * `markdownText`, leading whitespace dropped (four spaces would open a code
 * block), and a leading list, quote or setext marker escaped.
 */
export function markdownParagraph(value: string): string {
  return markdownText(value.trim())
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** What a backtick code span cannot carry safely (or at all): then <code> around escaped text. */
const NEEDS_HTML = /[`<>&|\\]/;

/**
 * A value shown as code: a backtick span (exact for copying; GitHub neither
 * links nor mentions inside one) when nothing in it needs escaping,
 * otherwise an HTML <code> element around `markdownText`, which GitHub
 * renders the same way.
 */
export function markdownCode(value: string): string {
  const plain = value !== '' && !/^\s|\s$/.test(value) && !NEEDS_HTML.test(value) && !hasUnsafe(value);
  return plain ? `\`${value}\`` : `<code>${markdownText(value)}</code>`;
}

/** One line inside a fenced code block: a value with a line break could add a line (a command) a reader copies. */
export function markdownCodeLine(value: string): string {
  return reveal(value.replace(LINE_BREAKS, ' '), '\t');
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
export function markdownFence(longestRun: number): string {
  return '`'.repeat(Math.max(2, longestRun) + 1);
}

/** Lines already made safe by `markdownCodeLine`, fenced. */
export function markdownFenced(info: string, lines: readonly string[]): string[] {
  const fence = markdownFence(longestBacktickRun(lines));
  return [`${fence}${info}`, ...lines, fence];
}

/**
 * A multi-line block shown verbatim (a Terraform snippet, YAML): line breaks
 * kept as LF, tabs kept, every other unsafe character revealed, fenced so
 * no line can close it.
 */
export function markdownCodeBlock(info: string, body: string): string {
  const lines = reveal(body.replace(LINE_BREAKS, '\n'), '\t\n').replace(/\n+$/, '').split('\n');
  return markdownFenced(info, lines).join('\n');
}

/** An http(s) URL as an autolink; anything else as text. */
export function markdownLink(url: string): string {
  const safe = safeHttpUrl(url);
  return safe === undefined ? markdownText(url) : `<${safe}>`;
}

/** A table row whose cells were escaped by the caller (`markdownText` / `markdownCode`), so no pipe inside can split them. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function markdownTableHead(header: readonly string[]): string {
  return `${markdownRow(header)}\n${markdownRow(header.map(() => '---'))}`;
}

/** A whole table: header cells and rows escaped by the caller. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [markdownTableHead(header), ...rows.map(markdownRow)].join('\n');
}
