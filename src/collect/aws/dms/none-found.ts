/**
 * DMS answers a Describe* listing that matches nothing with
 * ResourceNotFoundFault instead of an empty page. On the first page that is
 * "none in the region": the listing is complete and empty. On a later page
 * it is an error like any other, so the listing stays partial.
 */
import { describeError } from '../../failure.js';

export async function* noneFoundIsEmpty<P>(pages: AsyncIterable<P>, empty: P): AsyncGenerator<P> {
  let first = true;
  try {
    for await (const page of pages) {
      first = false;
      yield page;
    }
  } catch (error) {
    if (!first || describeError(error).code !== 'ResourceNotFoundFault') throw error;
    yield empty;
  }
}
