/**
 * Pieces the mappers' `fill` hooks share: what a Configuration Item lacks is
 * read from the service in the same run, and each answer serves every field
 * and item that needs it. A listing is sent once per collector run (one
 * account and region), a per-resource call once per item; a field is taken
 * from the API collector's own readers, so a value reads the same from
 * either source.
 */
import { readFields, type ReadersOf } from '../answers.js';
import type { CollectContext, Fetch } from '../context.js';
import type { ConfigurationItem } from './item.js';

/** `read` memoized per collector run: a listing sent once however many items lack a field. */
export function oncePerRun<T>(read: (ctx: CollectContext) => Promise<T>): (ctx: CollectContext) => Promise<T> {
  const answers = new WeakMap<CollectContext, Promise<T>>();
  return (ctx) => {
    let answer = answers.get(ctx);
    if (answer === undefined) answers.set(ctx, (answer = read(ctx)));
    return answer;
  };
}

/** `read` memoized per item: one call per resource however many of its fields it answers. */
export function oncePerItem<T>(read: (ctx: CollectContext, item: ConfigurationItem) => Promise<T>): (ctx: CollectContext, item: ConfigurationItem) => Promise<T> {
  const answers = new WeakMap<ConfigurationItem, Promise<T>>();
  return (ctx, item) => {
    let answer = answers.get(item);
    if (answer === undefined) answers.set(item, (answer = read(ctx, item)));
    return answer;
  };
}

/** `read` memoized per collector run and key: one call per parent (an API's stages) however many of its items lack fields. */
export function oncePerRunAndKey<T>(read: (ctx: CollectContext, key: string) => Promise<T>): (ctx: CollectContext, key: string) => Promise<T> {
  const answers = new WeakMap<CollectContext, Map<string, Promise<T>>>();
  return (ctx, key) => {
    let run = answers.get(ctx);
    if (run === undefined) answers.set(ctx, (run = new Map<string, Promise<T>>()));
    let answer = run.get(key);
    if (answer === undefined) run.set(key, (answer = read(ctx, key)));
    return answer;
  };
}

/** One field of a reading by the API collector's readers, or its failure (as `operation`'s) when that field or a part of it was unreadable. */
export function fieldOf<T extends object>(readers: ReadersOf<T>, path: string, operation: string): Fetch<unknown> {
  const read = readFields(readers);
  const unread = read.unreadable.find((u) => u.path === path || u.path.startsWith(`${path}.`) || u.path.startsWith(`${path}[`));
  if (unread !== undefined) return { kind: 'failed', failure: { code: unread.code, message: unread.message, operation } };
  return { kind: 'ok', value: read.fields[path] };
}

/** The resource AWS Config recorded is gone from the service: its fields are failures, never "none". */
export const goneFrom = (code: string, message: string, operation: string): Fetch<never> => ({ kind: 'failed', failure: { code, message, operation } });

/**
 * One field of the resource's entry in a listing (one answer per collector
 * run): `entryOf` picks the entry the item is, and the API collector's
 * readers read the field from it. A listing answered "none", or without the
 * entry, means the resource is gone since Config recorded it: `gone`'s
 * failure, never "none".
 */
export function fieldFromListing<E, T extends object>(
  listing: Fetch<readonly E[]>,
  entryOf: (entries: readonly E[]) => E | undefined,
  readers: (entry: E) => ReadersOf<T>,
  path: string,
  operation: string,
  gone: (operation: string) => Fetch<never>,
): Fetch<unknown> {
  if (listing.kind !== 'ok') return listing.kind === 'failed' ? listing : gone(operation);
  const entry = entryOf(listing.value);
  return entry === undefined ? gone(operation) : fieldOf(readers(entry), path, operation);
}
