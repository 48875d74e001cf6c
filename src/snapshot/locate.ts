/**
 * Maps JSON pointers back to line:col in the source text, so schema errors
 * point into the file. Parses the text a second time, only when there are
 * errors to place.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { SourceLocation } from '../diagnostics/error.js';
import { LineIndex } from '../diagnostics/position.js';

export type Locator = (pointer: string, atKey?: boolean) => SourceLocation;

function segments(pointer: string): (string | number)[] {
  return pointer.split('/').slice(1).map((raw) => {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9]\d*)$/.test(part) ? Number(part) : part;
  });
}

export function createLocator(file: string, text: string | undefined): Locator {
  if (text === undefined) return (pointer) => ({ file, pointer });
  let root: Node | undefined;
  let index: LineIndex | undefined;
  return (pointer, atKey = false) => {
    root ??= parseTree(text);
    index ??= new LineIndex(text);
    if (root === undefined) return { file, pointer };
    // Walk up to the deepest node that exists: a missing field is reported at its parent.
    let path = segments(pointer);
    let node = findNodeAtLocation(root, path);
    while (node === undefined && path.length > 0) {
      path = path.slice(0, -1);
      node = findNodeAtLocation(root, path);
    }
    if (node === undefined) return { file, pointer };
    const target = atKey && node.parent?.type === 'property' ? node.parent : node;
    const { line, column } = index.position(target.offset);
    return { file, line, column, pointer };
  };
}
