/**
 * Bytes to text for every file a user hands Assay as text (policies, packs,
 * the configuration, account lists): strict UTF-8. Node's `readFile(f,
 * 'utf8')` turns invalid bytes into U+FFFD without a word, so a policy could
 * compare against a value nobody wrote; here they are an error located at the
 * first invalid byte's line and column.
 */
import type { DiagnosticCode } from './codes.js';
import { AssayError } from './error.js';
import { LineIndex } from './position.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte
 * there does not start one (the well-formed table of Unicode 15, §3.9,
 * table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  const inRange = (k: number, low: number, high: number): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 <= 0x7f) return 1;
  if (b0 >= 0xc2 && b0 <= 0xdf) return inRange(1, 0x80, 0xbf) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return inRange(1, low, high) && inRange(2, 0x80, 0xbf) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return inRange(1, low, high) && inRange(2, 0x80, 0xbf) && inRange(3, 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/**
 * Decodes `bytes` as UTF-8 or throws an AssayError with `code` at the line and
 * column (in characters, as every other location) of the first invalid byte.
 * A byte-order mark is kept: the parsers that read these files skip it.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, code: DiagnosticCode): string {
  try {
    return strict.decode(bytes);
  } catch (cause) {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const before = strict.decode(bytes.subarray(0, offset));
    const { line, column } = new LineIndex(before).position(before.length);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new AssayError(code, `file is not UTF-8 text: byte 0x${byte} does not start a valid UTF-8 character`, {
      location: { file, line, column },
      cause,
      hint: 'save the file as UTF-8 (Assay does not guess other encodings)',
    });
  }
}
