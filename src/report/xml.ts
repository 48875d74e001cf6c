/**
 * XML 1.0 escaping for reports built from untrusted strings (resource names,
 * tag values and ids can hold anything). Small enough to own rather than
 * pull in a builder: a document is well-formed when every text node and
 * attribute value passes through these two functions.
 */

/**
 * Characters XML 1.0 forbids anywhere, even as character references
 * (production [2] Char): C0 controls other than tab, LF and CR, unpaired
 * surrogates, and U+FFFE/U+FFFF. A parser must reject a document holding
 * one, so they are dropped.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without characters XML 1.0 cannot carry. */
export function xmlLegal(text: string): string {
  return text.replace(ILLEGAL, '');
}

/**
 * Character data. `>` is escaped too so `]]>` cannot appear; a CR is written
 * as a reference because parsers turn a literal CR (or CRLF) into LF.
 */
export function xmlText(text: string): string {
  return xmlLegal(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

/**
 * An attribute value, for either quote style. Tab, LF and CR are written as
 * references: attribute-value normalization would turn the literal
 * characters into spaces.
 */
export function xmlAttr(value: string): string {
  return xmlText(value)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;');
}

/** ` name="value"` for each attribute, in the order given. */
export function xmlAttrs(attributes: readonly (readonly [string, string | number])[]): string {
  return attributes.map(([name, value]) => ` ${name}="${xmlAttr(String(value))}"`).join('');
}
