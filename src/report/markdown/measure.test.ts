import { describe, expect, it } from 'vitest';
import { truncate, utf8Length } from './measure.js';

describe('markdown report sizes', () => {
  it('truncates by code point and measures UTF-8 like the encoder', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('😀😀😀', 2)).toBe('😀…');
    expect(truncate('short', 10)).toBe('short');
    for (const s of ['ascii', 'é', '€', '😀', '⚠️ x', '\ud800 lone', 'end \udc00']) {
      expect(utf8Length(s), s).toBe(new TextEncoder().encode(s).length);
    }
  });
});
