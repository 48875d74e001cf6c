/**
 * Text helpers for SARIF strings. Policy prose and resource values are
 * untrusted: in Markdown they must render as the words they are (no HTML,
 * no emphasis from an `Encrypt*`, no link from a name), and in plain-text
 * messages they must not form SARIF embedded links (`[text](target)`).
 */

/** Characters CommonMark may read as markup anywhere in a line. */
const MARKDOWN_INLINE = /[\\`*_[\]<>#|~&!]/g;

/**
 * Prose as literal Markdown: inline markup characters are backslash-escaped
 * (CommonMark renders `\x` as `x` for any ASCII punctuation), and a line that
 * would start a list, quote, heading, rule or code block is escaped at its
 * start. Lines are trimmed so indentation cannot open a code block.
 */
export function escapeMarkdown(text: string): string {
  return text.split(/\r?\n/).map((raw) => {
    const line = raw.trim().replace(MARKDOWN_INLINE, '\\$&');
    return line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  }).join('\n');
}

/** A fenced code block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function codeBlock(content: string, info: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${content.replace(/\n+$/, '')}\n${fence}`;
}

/** An http(s) URL safe to use as a SARIF `uri` and a Markdown autolink, or undefined. */
export function safeUrl(value: string): string | undefined {
  if (!/^https?:\/\/[^\s<>"`\\{}|^]+$/.test(value)) return undefined;
  try {
    return new URL(value).protocol.startsWith('http') ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cuts to at most `max` UTF-16 units (GitHub's limits count characters),
 * preferring the end of a sentence in the second half, never splitting a
 * surrogate pair, and marking the cut with an ellipsis.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const sentence = room.lastIndexOf('. ');
  if (sentence >= max / 2) return `${room.slice(0, sentence + 1)} …`;
  const cut = /[\uD800-\uDBFF]$/.test(room) ? room.slice(0, -1) : room;
  return `${cut}…`;
}

/**
 * Untrusted text in a SARIF plain-text message: `](` would let a value
 * such as a resource name form an embedded link that viewers render as a
 * link, so a space is put between the brackets' halves.
 *
 * Braces are left single although SARIF §3.11.5 asks for `{{`/`}}`: Assay
 * emits no `arguments`, the viewers checked (GitHub, the VS Code SARIF
 * viewer) substitute placeholders only from `arguments` and do not undo the
 * doubling, so doubled braces would show as written in evidence values.
 */
export function plainText(text: string): string {
  return text.replaceAll('](', '] (');
}

/** First non-empty value: GitHub rejects empty strings where it requires text. */
export function nonEmpty(...values: readonly (string | undefined)[]): string {
  for (const value of values) {
    if (value !== undefined && value.trim() !== '') return value;
  }
  return '(none)';
}
