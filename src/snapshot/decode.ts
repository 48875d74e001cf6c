/**
 * Bytes to JSON value, for snapshot files: gzip detected by its magic bytes
 * (not the file name), UTF-8 checked, syntax errors located at line:col.
 */
import { gunzipSync } from 'node:zlib';
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { AssayError } from '../diagnostics/error.js';
import { LineIndex } from '../diagnostics/position.js';
import { decodeUtf8 } from '../diagnostics/utf8.js';
import { DEFAULT_INPUT_LIMITS } from './limits.js';

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
  const text = decodeUtf8(raw, file, 'JSON_SYNTAX');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

/** Where JSON.parse failed and why, found with a tolerant parser (JSON.parse's own messages vary by engine). */
export function locateSyntaxError(text: string): { offset: number; phrase: string } {
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  const offset = first?.offset ?? 0;
  const code = first === undefined ? undefined : printParseErrorCode(first.error);
  const phrase = code === undefined ? 'invalid JSON' : (syntaxPhrases[code] ?? code);
  const endOfFile = offset >= text.trimEnd().length;
  return { offset, phrase: `${phrase}${endOfFile ? ' at end of file (is the file truncated?)' : ''}` };
}

/**
 * Parses JSON; on failure finds the first error's position with a tolerant parser.
 * Nesting deeper than `maxDepth` is refused first: later steps (validation, canonical
 * JSON) walk values recursively, and hostile input must not exhaust their stack.
 */
export function parseJson(text: string, file: string, maxDepth = DEFAULT_INPUT_LIMITS.maxDepth): unknown {
  if (text.trim() === '') {
    throw new AssayError('JSON_SYNTAX', 'file is empty; expected a JSON document', { location: { file, line: 1, column: 1 } });
  }
  const tooDeep = depthExceeded(text, maxDepth);
  if (tooDeep !== undefined) {
    const { line, column } = new LineIndex(text).position(tooDeep);
    throw new AssayError('INPUT_LIMIT', `nested more than ${maxDepth} levels deep; Assay refuses deeper input so that no step can exhaust the stack`, { location: { file, line, column } });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const { offset, phrase } = locateSyntaxError(text);
    const { line, column } = new LineIndex(text).position(offset);
    throw new AssayError('JSON_SYNTAX', `invalid JSON: ${phrase}`, { location: { file, line, column }, cause });
  }
}

/** Offset of the first "{" or "[" that opens level maxDepth + 1 outside strings, or undefined. */
function depthExceeded(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}
