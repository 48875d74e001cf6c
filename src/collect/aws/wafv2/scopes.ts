/**
 * The two scopes AWS WAF lists under. REGIONAL resources are answered in
 * every region; CLOUDFRONT resources only by the us-east-1 endpoint of the
 * aws partition (CloudFront's home), so they are listed there and recorded
 * in us-east-1, as their ARNs (arn:aws:wafv2:us-east-1:…:global/…) say.
 * A scan that leaves out us-east-1 does not see them.
 *
 * AWS WAF's listings page by NextMarker and the SDK client has no
 * paginators; AWS WAF may answer a NextMarker on the last page, so a page
 * with no items ends the listing too, and a page that repeats the marker it
 * was asked with fails it (it would page forever).
 */
import { UnreadableAnswer } from '../../answers.js';
import type { Call } from '../../calls.js';
import type { CollectContext } from '../../context.js';
import { readPages } from '../../listing.js';
import { homeRegion } from '../../partition.js';
import type { WafScope } from './map.js';

/** Most items AWS WAF answers per page (Limit). */
const PAGE_SIZE = 100;

export function scopesIn(ctx: Pick<CollectContext, 'partition' | 'region'>): WafScope[] {
  return ctx.partition === 'aws' && ctx.region === homeRegion('aws') ? ['REGIONAL', 'CLOUDFRONT'] : ['REGIONAL'];
}

interface MarkerPage<T> {
  readonly NextMarker?: string | undefined;
  readonly items: readonly T[] | undefined;
}

export async function* markerPages<T>(send: (marker: string | undefined, limit: number) => Promise<MarkerPage<T>>): AsyncGenerator<MarkerPage<T>> {
  let marker: string | undefined;
  do {
    const page = await send(marker, PAGE_SIZE);
    yield page;
    const next = page.NextMarker === '' || (page.items ?? []).length === 0 ? undefined : page.NextMarker;
    if (next !== undefined && next === marker) throw new UnreadableAnswer('UnexpectedResponse', 'a page answered the NextMarker it was asked with, which would page forever');
    marker = next;
  } while (marker !== undefined);
}

/**
 * Every item of `call`'s listing in each scope of the region, with its
 * scope. A scope whose listing fails marks the type's coverage failed, or
 * partial when some items (of either scope) arrived.
 */
export async function listInScopes<T>(ctx: CollectContext, call: Call, send: (scope: WafScope, marker: string | undefined, limit: number) => Promise<MarkerPage<T>>): Promise<{ scope: WafScope; item: T }[]> {
  const listings = await Promise.all(scopesIn(ctx).map(async (scope) => ({ scope, listing: await readPages(call, markerPages((marker, limit) => send(scope, marker, limit)), (page) => page.items) })));
  const found = listings.flatMap(({ scope, listing }) => listing.items.map((item) => ({ scope, item })));
  const failed = listings.find(({ listing }) => listing.failure !== undefined)?.listing.failure;
  if (failed !== undefined) ctx.listingFailed(failed, found.length > 0);
  return found;
}
