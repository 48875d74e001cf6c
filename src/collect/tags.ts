/**
 * The envelope's tags from the call that reads them (ListTags,
 * ListTagsForResource, DescribeTags …), for every collector that reads tags
 * with a call of their own: the tag map when the answer was read, otherwise
 * no tags and the failure that names `$tags` unreadable, so a waiver or
 * filter matching on tags never reads an unreadable answer as "untagged".
 */
import { INCOMPLETE, mapped, UnreadableAnswer } from './answers.js';
import type { Fetch, ResourceDraft } from './context.js';
import type { CallFailure } from './failure.js';
import { TAGS_ERROR_PATH } from '../resources/resource.js';

export interface EnvelopeTags {
  readonly tags: Record<string, string>;
  /** Why the tags could not be read; undefined when they were. */
  readonly failure?: CallFailure;
}

/**
 * `fetch` undefined means the call could not be made (the listing gave no
 * ARN to ask by): `unasked` says why. A row without `absentOn` never
 * answers absent; one that does is unreadable here, since "not configured"
 * is no tag map.
 */
export function envelopeTags<T>(fetch: Fetch<T> | undefined, read: (answer: T) => Record<string, string>, operation: string, unasked = 'the tags could not be asked for'): EnvelopeTags {
  if (fetch === undefined) return { tags: {}, failure: { code: INCOMPLETE, message: unasked, operation } };
  const tags = mapped(fetch, read, operation);
  if (tags.kind === 'ok') return { tags: tags.value };
  return { tags: {}, failure: tags.kind === 'failed' ? tags.failure : { code: INCOMPLETE, message: 'the tags call answered nothing', operation } };
}

/** Names the draft's tags unreadable when they could not be read. */
export function failTags<D>(draft: ResourceDraft<D>, tags: EnvelopeTags): void {
  if (tags.failure !== undefined) draft.fail(TAGS_ERROR_PATH, tags.failure);
}

/**
 * The pages of a tag listing that pages by key, not by token (Kinesis's
 * ListTagsForStream, Firehose's ListTagsForDeliveryStream; their SDK
 * clients have no paginator for it): each next page starts after the last
 * key of the one before, while HasMoreTags. A page that leaves HasMoreTags
 * out, or says more without a new key to go on from, cannot be paged: the
 * listing fails there.
 */
export async function* tagKeyPages<P extends { readonly Tags?: readonly { readonly Key?: string | undefined }[] | undefined; readonly HasMoreTags?: boolean | undefined }>(
  operation: string, send: (start: string | undefined) => Promise<P>,
): AsyncGenerator<P> {
  let start: string | undefined;
  for (;;) {
    const page = await send(start);
    yield page;
    if (page.HasMoreTags === undefined) throw new UnreadableAnswer('IncompleteResponse', `a ${operation} answer has no HasMoreTags`);
    if (!page.HasMoreTags) return;
    const last = page.Tags?.at(-1)?.Key;
    if (last === undefined || last === start) throw new UnreadableAnswer('UnexpectedResponse', `a ${operation} answer has more tags but no new key to go on from`);
    start = last;
  }
}
