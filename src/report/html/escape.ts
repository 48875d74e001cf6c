/**
 * Every string in a findings document is untrusted: resource names, tag
 * values and ids come from the scanned account, and policies and packs may
 * be a user's. Everything that reaches the page goes through these helpers,
 * which escape for both text and double- or single-quoted attributes, so no
 * value can open an element, close the style sheet or add an attribute.
 */

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

/** Escapes text and attribute values alike (the five characters that matter in either). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/**
 * An evidence value as the auditor should read it: JSON, so strings keep
 * their quotes and `null` (absent or unreadable) is told apart from "".
 * Returned unescaped; callers escape.
 */
export function formatValue(value: unknown): string {
  try {
    // Typed as string, but undefined, functions and symbols have no JSON form.
    const json = JSON.stringify(value) as string | undefined;
    return json ?? typeof value;
  } catch {
    // Cycles or BigInts: impossible in a parsed findings document, possible in a hand-built one.
    return '(not serializable)';
  }
}

/**
 * Links to documentation only: http(s) URLs become anchors that the reader
 * may follow (navigation loads nothing into the report); anything else —
 * `javascript:`, `data:`, relative paths — is shown as text.
 */
export function linkOrText(url: string): string {
  const text = escapeHtml(url);
  if (!/^https?:\/\/[^\s"'<>]+$/i.test(url)) return `<span class="url">${text}</span>`;
  return `<a href="${text}" rel="noopener noreferrer">${text}</a>`;
}
