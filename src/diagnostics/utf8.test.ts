/** Strict UTF-8 for text inputs, with the first invalid byte located. */
import { describe, expect, it } from 'vitest';
import { AssayError } from './error.js';
import { decodeUtf8, firstInvalidUtf8 } from './utf8.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

function failure(input: Uint8Array): AssayError {
  try {
    decodeUtf8(input, 'policies/p.yaml', 'YAML_SYNTAX');
  } catch (error) {
    if (error instanceof AssayError) return error;
    throw error;
  }
  throw new Error('decoded');
}

describe('decodeUtf8', () => {
  it('decodes UTF-8, keeping a byte-order mark for the parser to skip', () => {
    expect(decodeUtf8(bytes('id: café ✓ 😀\n'), 'f', 'YAML_SYNTAX')).toBe('id: café ✓ 😀\n');
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'a'), 'f', 'YAML_SYNTAX')).toBe('\ufeffa');
  });

  it('refuses invalid bytes at their line and column (in characters), not as U+FFFD', () => {
    const error = failure(bytes('id: p\ntitle: caf', [0xe9], ' au lait\n'));
    expect([error.code, error.location, error.message]).toEqual([
      'YAML_SYNTAX', { file: 'policies/p.yaml', line: 2, column: 11 }, 'file is not UTF-8 text: byte 0xE9 does not start a valid UTF-8 character',
    ]);
    // Multi-byte characters before it count as one column each.
    expect(failure(bytes('é😀', [0xff])).location).toEqual({ file: 'policies/p.yaml', line: 1, column: 4 });
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['a truncated two-byte sequence', [0x41, 0xc3, 0x41], 1],
    ['a truncated sequence at the end', [0x41, 0xe2, 0x82], 1],
    ['an overlong encoding', [0xc0, 0xaf], 0],
    ['an overlong three-byte encoding', [0xe0, 0x80, 0xaf], 0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a byte that never appears', [0x41, 0x42, 0xfe], 2],
  ])('%s', (_label, input, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(offset);
    expect(() => decodeUtf8(Uint8Array.from(input), 'f', 'YAML_SYNTAX')).toThrow(AssayError);
  });

  it('agrees with the WHATWG decoder on which byte strings are UTF-8', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    // A fixed pseudo-random sequence, weighted to the bytes where the rules are.
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const interesting = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff];
    for (let n = 0; n < 5000; n++) {
      const input = Uint8Array.from({ length: 1 + (next() % 6) }, () => interesting[next() % interesting.length] ?? 0);
      let valid = true;
      try {
        fatal.decode(input);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(input) === -1, Array.from(input, (b) => b.toString(16)).join(' ')).toBe(valid);
    }
  });
});
