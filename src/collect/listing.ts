/**
 * Paginated listings, the one way collectors read them. A resource listing
 * (the things a collector emits) keeps what came before a page that failed
 * and marks the type's coverage failed, or partial when some pages arrived.
 * A lookup listing (a user's access keys, a region's flow logs) is usable
 * only complete, so it becomes one fetch that fails as a whole: half a list
 * would read as "the rest do not exist".
 */
import type { Call } from './calls.js';
import type { CollectContext, Fetch } from './context.js';
import { INCOMPLETE, UnreadableAnswer } from './answers.js';
import { describeError, type CallFailure } from './failure.js';

export interface Listing<T> {
  readonly items: T[];
  /** Set when a page failed: `items` then holds only the pages before it. */
  readonly failure?: CallFailure;
}

/**
 * Every item of every page of `call`'s answers. A page without its list fails the listing
 * (IncompleteResponse): AWS answers an empty list as one (`<Users/>`,
 * `"logGroups": []`), so a missing one says nothing about what exists —
 * read as empty it would be "no users", "no MFA devices", "no policies attached".
 */
export async function readPages<P, T>(call: Call, pages: AsyncIterable<P>, pick: (page: P) => readonly T[] | undefined): Promise<Listing<T>> {
  const operation = call.label;
  const items: T[] = [];
  try {
    for await (const page of pages) {
      const list = pick(page);
      if (list === undefined) return { items, failure: { code: INCOMPLETE, message: `a ${operation} answer has no list of results`, operation } };
      for (const item of list) items.push(item);
    }
    return { items };
  } catch (error) {
    // A page the collector could not read (tokenPages' repeated token) keeps its own code.
    const failure = error instanceof UnreadableAnswer ? { code: error.code, message: error.message } : describeError(error);
    return { items, failure: { ...failure, operation } };
  }
}

/**
 * The pages of a listing whose SDK client has no paginator (EventBridge's
 * has none): `send` is called with each page's NextToken until a page comes
 * without one. A page answering the token it was asked with would page
 * forever, so that listing fails there (as the SDK's own paginators do).
 */
export async function* tokenPages<P extends { readonly NextToken?: string | undefined }>(send: (token: string | undefined) => Promise<P>): AsyncGenerator<P> {
  let token: string | undefined;
  do {
    const page = await send(token);
    yield page;
    const next = page.NextToken === '' ? undefined : page.NextToken;
    if (next !== undefined && next === token) throw new UnreadableAnswer('UnexpectedResponse', 'a page answered the NextToken it was asked with, which would page forever');
    token = next;
  } while (token !== undefined);
}

/** Lists the resources a collector emits, recording a failed page on the type's coverage. */
export async function listResources<P, T>(ctx: CollectContext, call: Call, pages: () => AsyncIterable<P>, pick: (page: P) => readonly T[] | undefined): Promise<T[]> {
  const listing = await readPages(call, pages(), pick);
  if (listing.failure !== undefined) ctx.listingFailed(listing.failure, listing.items.length > 0);
  return listing.items;
}

/** A listing as one fetch: complete, or failed as a whole. */
export function listingFetch<T>(listing: Listing<T>): Fetch<T[]> {
  return listing.failure === undefined ? { kind: 'ok', value: listing.items } : { kind: 'failed', failure: listing.failure };
}

/** Reads a lookup listing as one fetch. */
export async function listFetch<P, T>(call: Call, pages: () => AsyncIterable<P>, pick: (page: P) => readonly T[] | undefined): Promise<Fetch<T[]>> {
  return listingFetch(await readPages(call, pages(), pick));
}

/**
 * The id of an item a resource listing answered, or undefined after marking
 * the listing partial: an item without its id can be neither described nor
 * told apart, so the listing is incomplete, not shorter.
 * `listedId(ctx, key.KeyId, calls.ListKeys, 'a key', 'KeyId')`.
 */
export function listedId(ctx: Pick<CollectContext, 'listingFailed'>, id: string | undefined, call: Call, item: string, field: string): string | undefined {
  if (id !== undefined && id !== '') return id;
  ctx.listingFailed({ code: INCOMPLETE, message: `${call.operation} answered ${item} without ${field}`, operation: call.label }, true);
  return undefined;
}
