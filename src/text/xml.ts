/**
 * Untrusted text in XML 1.0 (the JUnit report). A document is well-formed
 * when every text node and attribute value passes through these functions.
 *
 * XML 1.0 forbids C0 controls other than tab, LF and CR, unpaired
 * surrogates and U+FFFE/U+FFFF anywhere, even as character references: they
 * are shown as escapes (reveal.ts), as are C1 controls and bidi characters,
 * which XML allows but which mislead a reader. Tab, LF and CR are data and
 * are kept exactly.
 */
import { reveal } from './reveal.js';

/** The value as an XML reader gets it back: what XML cannot carry (and what misleads) shown as escapes. */
export function xmlLegal(value: string): string {
  return reveal(value, '\t\n\r');
}

const TEXT_REFERENCES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_REFERENCES: Readonly<Record<string, string>> = { ...TEXT_REFERENCES, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;' };

/**
 * Character data. `>` is escaped too so `]]>` cannot appear; a CR is written
 * as a reference because parsers turn a literal CR (or CRLF) into LF.
 */
export function xmlText(value: string): string {
  return xmlLegal(value).replace(/[&<>\r]/g, (c) => TEXT_REFERENCES[c] ?? c);
}

/**
 * An attribute value, for either quote style. Tab and LF are written as
 * references too: attribute-value normalization would turn the literal
 * characters into spaces.
 */
export function xmlAttr(value: string): string {
  return xmlLegal(value).replace(/[&<>\r"'\t\n]/g, (c) => ATTRIBUTE_REFERENCES[c] ?? c);
}

/** ` name="value"` for each attribute, in the order given. */
export function xmlAttrs(attributes: readonly (readonly [string, string | number])[]): string {
  return attributes.map(([name, value]) => ` ${name}="${xmlAttr(String(value))}"`).join('');
}
