/**
 * The chain of one account's digests in one region: each digest names the
 * digest before it (previousDigestS3Bucket/Object) and carries its
 * signature (previousDigestSignature), so deleting, replacing or
 * re-ordering a digest breaks a link. Digests are fed in key order, which
 * is time order; the checker keeps the previous link and the keys listed so
 * far (a few per hour of the range), never the digests themselves.
 */
import { failed, s3Url, shortSignature, type Issue } from './issues.js';

export interface Link {
  readonly bucket: string;
  readonly key: string;
  /** The signature in the object's metadata; undefined when it had none. */
  readonly signature: string | undefined;
  /** What the digest says came before it; undefined when the digest could not be read or parsed. */
  readonly previous: { readonly bucket: string | null; readonly key: string | null; readonly signature: string | null } | undefined;
}

export class ChainChecker {
  private last: Link | undefined;
  private readonly seen = new Set<string>();

  /**
   * `inRange(key)`: whether a digest key's end time falls in the verified
   * range, so its absence from the listing means it was deleted.
   */
  constructor(private readonly inRange: (key: string) => boolean) {}

  /** Keys of a listing page, recorded before its digests are checked: a later digest may name any of them. */
  listed(keys: readonly string[]): void {
    for (const key of keys) this.seen.add(key);
  }

  /** The broken links `link` makes with what came before it. */
  next(link: Link): Issue[] {
    const before = this.last;
    this.last = link;
    const previous = link.previous;
    if (previous === undefined) return [];
    const at = (field: string): string => `${s3Url(link.bucket, link.key)}#/${field}`;
    if (previous.key === null || previous.signature === null) {
      // A new chain: CloudTrail starts one when logging or validation starts again; within the range it is a break.
      return before === undefined ? [] : [failed('chain', at('previousDigestSignature'), 'equals', null, shortSignature(before.signature))];
    }
    const named = previous.key;
    const sameBucket = previous.bucket === null || previous.bucket === link.bucket;
    if (before === undefined) {
      // The first digest of the range: its predecessor lies before the range unless its key says otherwise.
      return sameBucket && !this.seen.has(named) && this.inRange(named) ? [failed('chain', s3Url(previous.bucket ?? link.bucket, named), 'exists', null, true)] : [];
    }
    if (sameBucket && named === before.key) {
      return previous.signature === before.signature ? [] : [failed('chain', at('previousDigestSignature'), 'equals', shortSignature(previous.signature), shortSignature(before.signature))];
    }
    if (sameBucket && !this.seen.has(named) && this.inRange(named)) {
      // Named, due in the range, and not in the bucket: the digest was deleted.
      return [failed('chain', s3Url(previous.bucket ?? link.bucket, named), 'exists', null, true)];
    }
    // It names another digest than the one listed before it: the chain was re-ordered or forked.
    return [failed('chain', at('previousDigestS3Object'), 'equals', named, before.key)];
  }
}
