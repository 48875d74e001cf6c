import { describe, expect, it } from 'vitest';
import { code, codeLine, fenceFor, text, truncate, utf8Length } from './escape.js';

describe('markdown escaping', () => {
  it('text escapes HTML with entities and Markdown punctuation with backslashes, on one line', () => {
    expect(text('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(text('a | b `c` [d](e) *f* _g_ ~h~ $i$ #j !k \\l &amp;')).toBe(
      'a \\| b \\`c\\` \\[d\\](e) \\*f\\* \\_g\\_ \\~h\\~ \\$i\\$ \\#j \\!k \\\\l &amp;amp;');
    expect(text('one\ntwo\r\nthree\rfour\u2028five\u0000six')).toBe('one two three four five six');
  });

  it('code uses a backtick span for plain values and escaped <code> for anything a span cannot carry', () => {
    expect(code('acme-logs_2')).toBe('`acme-logs_2`');
    expect(code('a|b')).toBe('<code>a\\|b</code>');
    expect(code('x`y')).toBe('<code>x\\`y</code>');
    expect(code('<b>')).toBe('<code>&lt;b&gt;</code>');
    expect(code(' padded ')).toBe('<code> padded </code>');
    expect(code('two\nlines')).toBe('<code>two lines</code>');
    expect(code('')).toBe('<code></code>');
  });

  it('fences are longer than any backtick run inside', () => {
    expect(fenceFor(['plain'])).toBe('```');
    expect(fenceFor(['a ```` b', '``'])).toBe('`````');
    expect(codeLine('# name\nrm -rf /')).toBe('# name rm -rf /');
  });

  it('truncates by code point and measures UTF-8 like the encoder', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('😀😀😀', 2)).toBe('😀…');
    expect(truncate('short', 10)).toBe('short');
    for (const s of ['ascii', 'é', '€', '😀', '⚠️ x', '\ud800 lone', 'end \udc00']) {
      expect(utf8Length(s), s).toBe(new TextEncoder().encode(s).length);
    }
  });
});
