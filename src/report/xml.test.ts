import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { xmlAttr, xmlAttrs, xmlLegal, xmlText } from './xml.js';

/** The text and attribute `v` of `<a v="…">…</a>` as a conforming parser reads them. */
function roundTrip(value: string): { text: string; attribute: string } {
  const parser = new SaxesParser();
  let text = '';
  let attribute = '';
  parser.on('error', (error) => { throw error; });
  parser.on('opentag', (tag) => { attribute = tag.attributes['v'] ?? ''; });
  parser.on('text', (t) => { text += t; });
  parser.write(`<a v="${xmlAttr(value)}" w='${xmlAttr(value)}'>${xmlText(value)}</a>`).close();
  return { text, attribute };
}

describe('XML escaping', () => {
  it.each([
    ['plain', 'plain'],
    ['<&>"\'', '<&>"\''],
    [']]>', ']]>'],
    ['tab\tlf\ncr\rcrlf\r\n', 'tab\tlf\ncr\rcrlf\r\n'],
    ['\u0000\u0001\u0008\u000B\u000C\u000E\u001F', ''],
    ['a\uFFFEb\uFFFFc', 'abc'],
    ['lone \uD800 and \uDC00 here', 'lone  and  here'],
    ['pair 😀 kept, é 中文 \u0085 \u007F kept', 'pair 😀 kept, é 中文 \u0085 \u007F kept'],
  ])('%j reads back as %j in text and in both attribute quotings', (value, expected) => {
    expect(xmlLegal(value)).toBe(expected);
    expect(roundTrip(value)).toEqual({ text: expected, attribute: expected });
  });

  it('writes attributes in the order given', () => {
    expect(xmlAttrs([['name', 'a"b'], ['tests', 3]])).toBe(' name="a&quot;b" tests="3"');
  });
});
