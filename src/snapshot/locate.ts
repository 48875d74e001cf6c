/**
 * Maps JSON pointers back to line:col in the source text, so schema errors
 * point into the file. Parses the text a second time, only when there are
 * errors to place.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { LineIndex } from '../diagnostics/position.js';
import { pointerSegments, type Locator } from '../diagnostics/pointer.js';

export type { Locator };

function segments(pointer: string): (string | number)[] {
  return pointerSegments(pointer).map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

/** Where a piece of a larger document sits: its pointer prefix and its first character's line and column in the file. */
export interface PieceOrigin {
  readonly prefix: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A locator over `text`; with `origin`, the text is one piece of a document
 * read as a stream (one resource, one top-level member), so pointers are from
 * the document's root and positions are shifted to the piece's place.
 */
export function createLocator(file: string, text: string | undefined, origin?: PieceOrigin): Locator {
  if (text === undefined) return (pointer) => ({ file, pointer });
  let root: Node | undefined;
  let index: LineIndex | undefined;
  return (pointer, atKey = false) => {
    root ??= parseTree(text);
    index ??= new LineIndex(text);
    if (root === undefined) return { file, pointer };
    const inPiece = origin === undefined ? pointer : pointer.startsWith(origin.prefix) ? pointer.slice(origin.prefix.length) : '';
    // Walk up to the deepest node that exists: a missing field is reported at its parent.
    let path = segments(inPiece);
    let node = findNodeAtLocation(root, path);
    while (node === undefined && path.length > 0) {
      path = path.slice(0, -1);
      node = findNodeAtLocation(root, path);
    }
    if (node === undefined) return { file, pointer };
    const target = atKey && node.parent?.type === 'property' ? node.parent : node;
    const { line, column } = index.position(target.offset);
    if (origin === undefined) return { file, line, column, pointer };
    return { file, line: origin.line + line - 1, column: line === 1 ? origin.column + column - 1 : column, pointer };
  };
}
