/**
 * Paginated IAM listings. `listAll` reads every page of a per-resource list
 * (a user's access keys …) as one fetch: a failure on any page fails the
 * field, because half a list would read as "the rest do not exist".
 * `listTop` reads the listing a collector enumerates; a failure there marks
 * the type's coverage failed (nothing read) or partial (some pages read).
 */
import type { CollectContext, Fetch } from '../../context.js';
import { describeError } from '../../failure.js';

export function listAll<P, T>(ctx: CollectContext, operation: string, pages: () => AsyncIterable<P>, items: (page: P) => readonly T[] | undefined): Promise<Fetch<T[]>> {
  return ctx.call(operation, async () => {
    const all: T[] = [];
    for await (const page of pages()) all.push(...(items(page) ?? []));
    return all;
  });
}

export async function listTop<P, T>(ctx: CollectContext, operation: string, pages: () => AsyncIterable<P>, items: (page: P) => readonly T[] | undefined): Promise<T[]> {
  const all: T[] = [];
  try {
    for await (const page of pages()) all.push(...(items(page) ?? []));
  } catch (error) {
    const { code, message } = describeError(error);
    ctx.listingFailed({ code, message, operation }, all.length > 0);
  }
  return all;
}
