/**
 * What every EC2 collector does with a paginated Describe*: read all pages,
 * keep what came before a page that failed, and say so. Resource listings
 * mark coverage (partial when some pages arrived); lookup listings (network
 * interfaces, flow logs) are only usable complete, so callers turn their
 * failure into a recorded failure on the field they feed.
 */
import type { CollectContext, Fetch, ResourceDraft } from '../../context.js';
import { describeError, type CallFailure } from '../../failure.js';

export interface Listing<T> {
  readonly items: T[];
  /** Set when a page failed: `items` then holds only the pages before it. */
  readonly failure?: CallFailure;
}

/** Every item of every page; `operation` names the IAM action for a failure, e.g. ec2:DescribeVpcs. */
export async function listAll<P, T>(operation: string, pages: AsyncIterable<P>, pick: (page: P) => readonly T[] | undefined): Promise<Listing<T>> {
  const items: T[] = [];
  try {
    for await (const page of pages) items.push(...(pick(page) ?? []));
    return { items };
  } catch (error) {
    return { items, failure: { ...describeError(error), operation } };
  }
}

/** Lists the resources a collector emits: a failed page marks the type's coverage failed, or partial when some pages arrived. */
export async function listResources<P, T>(ctx: CollectContext, operation: string, pages: () => AsyncIterable<P>, pick: (page: P) => readonly T[] | undefined): Promise<T[]> {
  const listing = await ctx.limit(() => listAll(operation, pages(), pick));
  if (listing.failure !== undefined) ctx.listingFailed(listing.failure, listing.items.length > 0);
  return listing.items;
}

/** A listing as one fetch: complete, or failed as a whole (a partial list would read as "none of the rest"). */
export function listingFetch<T>(listing: Listing<T>): Fetch<T[]> {
  return listing.failure === undefined ? { kind: 'ok', value: listing.items } : { kind: 'failed', failure: listing.failure };
}

/** Sets every field a listing already answered. */
export function setFields(draft: ResourceDraft, fields: Readonly<Record<string, unknown>>): ResourceDraft {
  for (const [path, value] of Object.entries(fields)) draft.set(path, value);
  return draft;
}
