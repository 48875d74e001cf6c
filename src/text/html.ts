/**
 * Untrusted text in the HTML report. The five characters that matter in
 * text and in double- or single-quoted attributes become entities, so no
 * value can open an element, close the style sheet or add an attribute; and
 * the characters of reveal.ts are shown as escapes, since a browser would
 * otherwise reorder the text around a bidi override or hide a control.
 */
import { reveal } from './reveal.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

const entities = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Element content: tabs and line breaks kept (they matter in <pre>), escaped for any context. */
export function htmlText(value: string): string {
  return entities(reveal(value, '\t\n'));
}

/** An attribute value (either quote style): one line, every control shown as an escape. */
export function htmlAttr(value: string): string {
  return entities(reveal(value));
}
