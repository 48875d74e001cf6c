import type { DiagnosticCode } from './codes.js';

/**
 * Where a problem is in user input. `line`/`column` are 1-based positions in
 * the file; `pointer` is the RFC 6901 JSON pointer to the offending value
 * when the input is structured data.
 */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly pointer?: string;
}

export interface AssayErrorOptions {
  readonly location?: SourceLocation | undefined;
  readonly hint?: string | undefined;
  readonly cause?: unknown;
}

/**
 * The one error type of Assay. Bad input is always reported through it, with
 * a code from the closed set in codes.ts and, for user input, a location.
 * Validators return arrays of these so that every problem in every file can
 * be reported at once; single failures throw one.
 */
export class AssayError extends Error {
  override readonly name = 'AssayError';
  readonly code: DiagnosticCode;
  readonly location: SourceLocation | undefined;
  readonly hint: string | undefined;

  constructor(code: DiagnosticCode, message: string, options: AssayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.location = options.location;
    this.hint = options.hint;
  }
}

/** Thrown when a step found several problems; the CLI prints them all. */
export class AssayErrors extends Error {
  override readonly name = 'AssayErrors';
  readonly errors: readonly AssayError[];

  constructor(errors: readonly AssayError[]) {
    // A problem in a named condition is the same error object in every policy that uses it: report it once.
    const unique = [...new Set(errors)];
    super(unique.map((e) => e.message).join('\n'));
    this.errors = unique;
  }
}

export function isAssayError(value: unknown): value is AssayError {
  return value instanceof AssayError;
}

/** Sorts problems by file, then position, then code, so output is deterministic. */
export function compareErrors(a: AssayError, b: AssayError): number {
  const fa = a.location?.file ?? '';
  const fb = b.location?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.location?.line ?? 0;
  const lb = b.location?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.location?.column ?? 0;
  const cb = b.location?.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
