/**
 * The listing both API Gateway v2 collectors start from: every HTTP and
 * WebSocket API of the region (GetApis, paged by NextToken), then one
 * child listing per API (GetStages or GetRoutes, paged the same way). An
 * API whose children could not be listed makes the type's coverage partial
 * (failed when none could), so they are unknown, never "none"; an API
 * deleted while it is read (NotFoundException) has none.
 */
import { ApiGatewayV2Client, GetApisCommand, type Api } from '@aws-sdk/client-apigatewayv2';
import type { Call } from '../../calls.js';
import type { CollectContext } from '../../context.js';
import { listResources, listedId, readPages, tokenPages } from '../../listing.js';
import { inWindow } from '../../window.js';

export interface ApiChildren<T> {
  readonly api: Api & { readonly ApiId: string };
  readonly items: readonly T[];
}

/** Each listed API with its children as `page` answers them. */
export async function apiChildren<P extends { readonly NextToken?: string | undefined }, T>(
  ctx: CollectContext, getApis: Call, children: Call,
  page: (client: ApiGatewayV2Client, apiId: string, token: string | undefined) => Promise<P>, pick: (page: P) => readonly T[] | undefined,
): Promise<ApiChildren<T>[]> {
  const client = ctx.clients.get(ApiGatewayV2Client, ctx.region);
  const apis = await listResources(ctx, getApis, () => tokenPages((NextToken) => client.send(new GetApisCommand({ NextToken }))), (p) => p.Items);
  const listed = apis.flatMap((api) => {
    const id = listedId(ctx, api.ApiId, getApis, 'an API', 'ApiId');
    return id === undefined ? [] : [{ ...api, ApiId: id }];
  });
  const listings = await inWindow(listed, (api) => readPages(children, tokenPages((token) => page(client, api.ApiId, token)), pick));
  const failures = listings.flatMap((listing) => (listing.failure === undefined || children.absentOn.includes(listing.failure.code) ? [] : [listing.failure]));
  const someListed = listings.some((listing) => listing.failure === undefined || listing.items.length > 0);
  for (const failure of failures) ctx.listingFailed(failure, someListed);
  return listed.map((api, i) => ({ api, items: listings[i]?.items ?? [] }));
}
