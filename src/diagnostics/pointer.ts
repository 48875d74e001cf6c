/**
 * JSON pointers (RFC 6901), the one way every part of Assay names a place in
 * a document, and the locator type that turns one into file:line:col.
 */
import type { SourceLocation } from './error.js';

/** Finds where a pointer's value (or, with atKey, its key) sits in the source file. */
export type Locator = (pointer: string, atKey?: boolean) => SourceLocation;

/** `/a~1b/0` → `['a/b', '0']`: the reference tokens, unescaped (~1 is "/", ~0 is "~"). */
export function pointerSegments(pointer: string): string[] {
  return pointer.split('/').slice(1).map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
}
