/**
 * Bytes to JSON value, for snapshot files: gzip detected by its magic bytes
 * (not the file name), UTF-8 checked, syntax errors located at line:col.
 */
import { gunzipSync } from 'node:zlib';
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { AssayError } from '../diagnostics/error.js';
import { LineIndex } from '../diagnostics/position.js';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function decodeText(bytes: Uint8Array, file: string): string {
  let raw: Uint8Array = bytes;
  if (isGzip(bytes)) {
    try {
      raw = gunzipSync(bytes);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new AssayError('GZIP_CORRUPT', `gzip data is truncated or corrupt (${reason})`, {
        location: { file },
        cause,
        hint: 'the file was probably cut short while copying or writing; collect the snapshot again',
      });
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (cause) {
    throw new AssayError('JSON_SYNTAX', 'file is not UTF-8 text', { location: { file }, cause });
  }
}

const syntaxPhrases: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," or the end of the object or list',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected content after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character in string',
  InvalidCharacter: 'control character in string',
};

/** Parses JSON; on failure finds the first error's position with a tolerant parser. */
export function parseJson(text: string, file: string): unknown {
  if (text.trim() === '') {
    throw new AssayError('JSON_SYNTAX', 'file is empty; expected a JSON document', { location: { file, line: 1, column: 1 } });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const offset = first?.offset ?? 0;
    const { line, column } = new LineIndex(text).position(offset);
    const code = first === undefined ? undefined : printParseErrorCode(first.error);
    const phrase = code === undefined ? 'invalid JSON' : (syntaxPhrases[code] ?? code);
    const endOfFile = offset >= text.trimEnd().length;
    throw new AssayError('JSON_SYNTAX', `invalid JSON: ${phrase}${endOfFile ? ' at end of file (is the file truncated?)' : ''}`, {
      location: { file, line, column },
      cause,
    });
  }
}
