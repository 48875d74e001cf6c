/**
 * Length helpers for SARIF strings, within GitHub's limits. Escaping is
 * src/text/'s: sarif.ts for plain text, markdown.ts for `help.markdown`.
 */

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

/** First non-empty value: GitHub rejects empty strings where it requires text. */
export function nonEmpty(...values: readonly (string | undefined)[]): string {
  for (const value of values) {
    if (value !== undefined && value.trim() !== '') return value;
  }
  return '(none)';
}
