/**
 * Values and links as the HTML report shows them. Escaping itself is
 * src/text/html.ts's; these decide what is shown.
 */
import { htmlAttr, htmlText } from '../../text/html.js';
import { safeHttpUrl } from '../../text/url.js';

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
  const safe = safeHttpUrl(url);
  if (safe === undefined) return `<span class="url">${htmlText(url)}</span>`;
  return `<a href="${htmlAttr(safe)}" rel="noopener noreferrer">${htmlText(safe)}</a>`;
}
