/**
 * Reads one JSON object from a stream of bytes without ever holding the
 * whole text: the top-level members are parsed one by one, and the members
 * named "split" (a snapshot's `resources`, a findings document's `findings`)
 * element by element. A million-resource snapshot is larger than the longest
 * string V8 can hold, and parsing it whole would double its memory.
 *
 * The scanner here only finds where each value ends (string-aware bracket
 * counting); JSON.parse checks and builds each value. It also enforces the
 * limits that make the input safe to read: nesting depth (so no recursive
 * step later can overflow the stack), the size of one value (so a gzip bomb
 * or a giant string fails early), and strict UTF-8. Every error is located
 * at file:line:column. Columns count bytes from the start of the line, which
 * equals characters for the indented JSON Assay writes.
 */
import { isUtf8 } from 'node:buffer';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { AssayError } from '../diagnostics/error.js';
import { firstInvalidUtf8 } from '../diagnostics/utf8.js';
import { locateSyntaxError } from './decode.js';
import { DEFAULT_INPUT_LIMITS, SIZE_LIMIT_HINT, type InputLimits } from './limits.js';


export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

export interface JsonValueHandler {
  /** A top-level member that is not split (or a split one whose value is not a list), whole. */
  member(key: string, value: unknown, text: string, at: Position): void;
  /** A split top-level list begins (its elements follow). */
  list(key: string): void;
  /** One element of a split top-level list, in order. */
  element(key: string, index: number, value: unknown, text: string, at: Position): void;
}

const enum State { Start, KeyOrEnd, Key, Colon, Value, AfterMember, ElementOrEnd, Element, AfterElement, Done }

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const describe = (b: number): string => (b >= 0x21 && b <= 0x7e ? `"${String.fromCharCode(b)}"` : `byte 0x${b.toString(16).padStart(2, '0')}`);

export class JsonObjectStream {
  private state = State.Start;
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  private readonly seenKeys = new Set<string>();
  private key = '';
  private splitting = false;
  private index = 0;
  // The value being captured: its bytes so far, where it started, and the scanner's state inside it.
  private capturing = false;
  private pieces: Uint8Array[] = [];
  private captured = 0;
  private start: Position = { offset: 0, line: 1, column: 1 };
  private depth = 0;
  private baseDepth = 0;
  private inString = false;
  private escaped = false;
  private primitive = false;
  private bom = 0;

  constructor(
    private readonly file: string,
    private readonly split: ReadonlySet<string>,
    private readonly handler: JsonValueHandler,
    private readonly limits: InputLimits = DEFAULT_INPUT_LIMITS,
    /** What to say when the document is not an object: the reader knows what it expected. */
    private readonly notObject: { readonly code: DiagnosticCode; readonly message: string } = { code: 'JSON_SYNTAX', message: 'invalid JSON: expected the document to be an object' },
  ) {}

  private here(): Position {
    return this.at(this.offset);
  }

  /** A position on the current line. */
  private at(offset: number): Position {
    return { offset, line: this.line, column: offset - this.lineStart + 1 };
  }

  private fail(message: string, at: Position = this.here(), code: DiagnosticCode = 'JSON_SYNTAX', hint?: string): never {
    throw new AssayError(code, message, { location: { file: this.file, line: at.line, column: at.column }, hint });
  }

  push(chunk: Uint8Array): void {
    let i = 0;
    // A UTF-8 byte order mark is allowed before the document, as JSON.parse of decoded text would ignore it.
    while (this.state === State.Start && this.bom < 3 && i < chunk.length && this.offset === this.bom && chunk[i] === [0xef, 0xbb, 0xbf][this.bom]) {
      this.bom++;
      i++;
      this.offset++;
      this.lineStart = this.offset;
    }
    while (i < chunk.length) {
      if (this.capturing) {
        i = this.capture(chunk, i);
        continue;
      }
      const b = chunk[i] ?? 0;
      if (isSpace(b)) {
        this.advance(b);
        i++;
        continue;
      }
      // A value's first byte is left for the capture loop, which must see its "{", "[" or quote.
      this.lastByte = b;
      if (!this.structural(b)) {
        this.advance(b);
        i++;
      }
    }
  }

  end(): void {
    if (this.state === State.Start) this.fail('file is empty; expected a JSON document');
    if (this.state !== State.Done) this.fail(`invalid JSON: expected ${this.capturing ? 'the rest of a value' : 'more of the document'} at end of file (is the file truncated?)`);
  }

  private advance(b: number): void {
    this.offset++;
    if (b === NEWLINE) this.newline(this.offset);
  }

  /** A byte outside any captured value: the top-level object's own punctuation. True when it begins a value. */
  private structural(b: number): boolean {
    switch (this.state) {
      case State.Start:
        if (b !== 0x7b) this.fail(this.notObject.message, this.here(), this.notObject.code);
        this.state = State.KeyOrEnd;
        return false;
      case State.KeyOrEnd:
      case State.Key:
        if (b === 0x7d && this.state === State.KeyOrEnd) {
          this.state = State.Done;
          return false;
        }
        if (b !== QUOTE) this.fail(`invalid JSON: expected a property name in double quotes, found ${describe(b)}`);
        return this.startCapture(false);
      case State.Colon:
        if (b !== 0x3a) this.fail(`invalid JSON: expected ":" after the property name, found ${describe(b)}`);
        this.state = State.Value;
        return false;
      case State.Value:
        if (this.split.has(this.key) && b === 0x5b) {
          this.splitting = true;
          this.index = 0;
          this.handler.list(this.key);
          this.state = State.ElementOrEnd;
          return false;
        }
        return this.startCapture(b !== 0x7b && b !== 0x5b && b !== QUOTE);
      case State.ElementOrEnd:
      case State.Element:
        if (b === 0x5d && this.state === State.ElementOrEnd) {
          this.splitting = false;
          this.state = State.AfterMember;
          return false;
        }
        return this.startCapture(b !== 0x7b && b !== 0x5b && b !== QUOTE);
      case State.AfterElement:
        if (b === 0x2c) this.state = State.Element;
        else if (b === 0x5d) {
          this.splitting = false;
          this.state = State.AfterMember;
        } else this.fail(`invalid JSON: expected "," or "]" after a list element, found ${describe(b)}`);
        return false;
      case State.AfterMember:
        if (b === 0x2c) this.state = State.Key;
        else if (b === 0x7d) this.state = State.Done;
        else this.fail(`invalid JSON: expected "," or "}" after a property, found ${describe(b)}`);
        return false;
      case State.Done:
        return this.fail('invalid JSON: unexpected content after the end of the JSON value');
    }
  }

  /** Begins capturing a value at the current byte; true, for the caller's loop. */
  private startCapture(primitive: boolean): true {
    if (primitive && this.state !== State.Key && this.state !== State.KeyOrEnd) this.valueStarts();
    this.capturing = true;
    this.primitive = primitive;
    this.pieces = [];
    this.captured = 0;
    this.start = this.here();
    this.depth = 0;
    this.baseDepth = this.splitting ? 2 : 1;
    this.inString = false;
    this.escaped = false;
    return true;
  }

  private lastByte = 0;

  /** A value cannot start with punctuation: `[1,]` or `{"a": }` lack one. */
  private valueStarts(): void {
    const b = this.lastByte;
    if (b === 0x2c || b === 0x7d || b === 0x5d || b === 0x3a) this.fail(`invalid JSON: expected a value, found ${describe(b)}`);
  }

  /** Scans from `from` until the captured value ends or the chunk does; returns where scanning stopped. */
  private capture(chunk: Uint8Array, from: number): number {
    let i = from;
    const n = chunk.length;
    if (this.primitive) {
      while (i < n) {
        const b = chunk[i] ?? 0;
        if (isSpace(b) || b === 0x2c || b === 0x7d || b === 0x5d) return this.finish(chunk, i, from);
        i++;
      }
    } else {
      const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      let backslash = -1;
      while (i < n) {
        if (this.inString) {
          // Most bytes are inside strings: jump to the closing quote (memchr) instead of looking at each.
          // JSON.parse rejects a raw newline in a string, so none is counted here.
          if (this.escaped) {
            this.escaped = false;
            i++;
            continue;
          }
          const quote = bytes.indexOf(QUOTE, i);
          // The next backslash is looked for once per backslash, not once per string: n means none left in this chunk.
          if (backslash < i) {
            backslash = bytes.indexOf(BACKSLASH, i);
            if (backslash === -1) backslash = n;
          }
          if (backslash < n && (quote === -1 || backslash < quote)) {
            // An escape comes first: skip the byte it escapes, which may be in the next chunk.
            i = backslash + 1;
            this.escaped = true;
            continue;
          }
          // The string goes on into the next chunk.
          if (quote === -1) break;
          i = quote + 1;
          this.inString = false;
          if (this.depth === 0) return this.finish(chunk, i, from);
          continue;
        }
        const b = chunk[i] ?? 0;
        i++;
        if (b === QUOTE) this.inString = true;
        else if (b === 0x7b || b === 0x5b) {
          this.depth++;
          if (this.baseDepth + this.depth > this.limits.maxDepth) {
            this.fail(`nested more than ${this.limits.maxDepth} levels deep; Assay refuses deeper input so that no step can exhaust the stack`, this.at(this.offset + i - 1 - from), 'INPUT_LIMIT');
          }
        } else if (b === 0x7d || b === 0x5d) {
          this.depth--;
          if (this.depth === 0) return this.finish(chunk, i, from);
        } else if (b === NEWLINE) this.newline(this.offset + i - from);
      }
    }
    this.keep(chunk.subarray(from, n));
    this.offset += n - from;
    return n;
  }

  /** A newline inside a captured value; `next` is the file offset of the byte after it. */
  private newline(next: number): void {
    this.line++;
    this.lineStart = next;
  }

  private keep(piece: Uint8Array): void {
    this.captured += piece.length;
    if (this.captured > this.limits.maxValueBytes) {
      this.fail(`a single value is larger than ${this.limits.maxValueBytes} bytes${this.splitting ? ` (element ${this.index} of "${this.key}")` : ''}; Assay refuses it rather than exhaust memory`, this.start, 'INPUT_LIMIT',
        SIZE_LIMIT_HINT);
    }
    this.pieces.push(piece);
  }

  private finish(chunk: Uint8Array, end: number, from = 0): number {
    this.keep(chunk.subarray(from, end));
    this.offset += end - from;
    const bytes = this.pieces.length === 1 ? this.pieces[0] ?? new Uint8Array(0) : Buffer.concat(this.pieces);
    this.pieces = [];
    this.capturing = false;
    const text = this.decode(bytes);
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch {
      const at = locateSyntaxError(text);
      this.fail(`invalid JSON: ${at.phrase}`, this.within(text, at.offset));
    }
    this.deliver(value, text);
    return end;
  }

  private decode(bytes: Uint8Array): string {
    if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const before = Buffer.from(bytes.buffer, bytes.byteOffset, bad).toString('utf8');
    const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    this.fail(`file is not UTF-8 text: byte 0x${byte} does not start a valid UTF-8 character`, this.within(before, before.length));
  }

  /** The file position of character `offset` of a captured value's text. */
  private within(text: string, offset: number): Position {
    let line = this.start.line;
    let lineStartChar = -this.start.column + 1;
    for (let i = 0; i < offset && i < text.length; i++) {
      if (text.charCodeAt(i) === NEWLINE) {
        line++;
        lineStartChar = i + 1;
      }
    }
    return { offset: this.start.offset + offset, line, column: offset - lineStartChar + 1 };
  }

  private deliver(value: unknown, text: string): void {
    switch (this.state) {
      case State.Key:
      case State.KeyOrEnd: {
        const key = value as string;
        if (this.seenKeys.has(key)) this.fail(`invalid JSON: property "${key}" appears twice in the top-level object`, this.start);
        this.seenKeys.add(key);
        this.key = key;
        this.state = State.Colon;
        return;
      }
      case State.Value:
        this.handler.member(this.key, value, text, this.start);
        this.state = State.AfterMember;
        return;
      default:
        this.handler.element(this.key, this.index++, value, text, this.start);
        this.state = State.AfterElement;
    }
  }
}
