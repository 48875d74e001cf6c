/**
 * The only URLs a report turns into links: absolute http(s) with nothing a
 * Markdown autolink, an HTML attribute or a SARIF `uri` would read
 * differently (no whitespace, quotes, angle brackets, backticks, braces,
 * pipes, controls or bidi characters). Anything else — `javascript:`,
 * `data:`, relative paths — stays text.
 */
import { hasUnsafe } from './reveal.js';

export function safeHttpUrl(value: string): string | undefined {
  if (hasUnsafe(value) || !/^https?:\/\/[^\s<>"'`\\{}|^]+$/i.test(value)) return undefined;
  try {
    return /^https?:$/.test(new URL(value).protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}
