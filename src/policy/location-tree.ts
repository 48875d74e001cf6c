/**
 * Where each node of a parsed YAML document starts, as plain data: a tree
 * that mirrors the document (a map's entries by key, with where each key
 * starts; a list's items by index). The locator walks it the way a person
 * reads a JSON pointer, so a policy parsed now and one loaded from the
 * build-time bundle (which stores the tree instead of the text's syntax
 * nodes) point at the same line and column.
 */
import type { SourceLocation } from '../diagnostics/error.js';
import { pointerSegments, type Locator } from '../diagnostics/pointer.js';

/** `[line, column]` of a node (0, 0 when the parser gave none), then its entries or items. */
export type LocationTree =
  | readonly [number, number]
  | readonly [number, number, LocationEntries]
  | readonly [number, number, readonly (LocationTree | null)[]];

/** A map's entries: where the key starts, and the value's tree (null for an empty value). */
export type LocationEntries = { readonly [key: string]: readonly [number, number, LocationTree | null] };

function at(file: string, pointer: string, line: number, column: number): SourceLocation {
  return line === 0 ? { file, pointer } : { file, line, column, pointer };
}

/**
 * The deepest node on the pointer's path that exists (or, with atKey, the
 * key naming the last value found): a pointer into a field the file left
 * out points at the nearest thing written.
 */
export function treeLocator(tree: LocationTree, file: string): Locator {
  return (pointer, atKey = false) => {
    let node: LocationTree | undefined = tree;
    let best: readonly [number, number] = [tree[0], tree[1]];
    let key: readonly [number, number] | undefined;
    for (const segment of pointerSegments(pointer)) {
      key = undefined;
      const children: LocationTree[2] = node[2];
      if (children === undefined) break;
      if (Array.isArray(children)) {
        const item: LocationTree | null | undefined = (children as readonly (LocationTree | null)[])[Number(segment)];
        if (item === undefined || item === null) break;
        node = item;
      } else {
        const entries = children as LocationEntries;
        if (!Object.hasOwn(entries, segment)) break;
        const entry = entries[segment];
        if (entry === undefined) break;
        key = [entry[0], entry[1]];
        if (entry[2] === null) {
          best = key;
          break;
        }
        node = entry[2];
      }
      best = [node[0], node[1]];
    }
    const target = atKey && key !== undefined ? key : best;
    return at(file, pointer, target[0], target[1]);
  };
}
