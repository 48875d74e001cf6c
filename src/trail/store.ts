/**
 * What trail verification reads, as an interface: the bucket's listing and
 * objects, and CloudTrail's public keys. The verifier (verify.ts) depends
 * only on this, so it runs the same over the AWS SDK (src/collect/trail/)
 * and over an in-memory bucket in tests and benchmarks. Failures are data
 * (a `StoreFailure`), so an object that cannot be read is reported as
 * unknown, never as intact and never as an exception that ends the run.
 */

/** One key of a listing page. */
export interface ListedObject {
  readonly key: string;
  readonly size: number;
}

/** Why a read failed: AWS's error code (AccessDenied, KMS.DisabledException …) and message, and the call. */
export interface StoreFailure {
  readonly code: string;
  readonly message: string;
  /** `s3:GetObject` as IAM names it. */
  readonly operation: string;
}

/** An object's content, streamed, and its user metadata (x-amz-meta-*, names lower-case without the prefix). */
export interface StoredObject {
  readonly body: AsyncIterable<Uint8Array>;
  readonly metadata: Readonly<Record<string, string>>;
}

export type Read<T> =
  | { readonly kind: 'ok'; readonly value: T }
  /** The object does not exist (NoSuchKey): a fact about the bucket, not a failure to read it. */
  | { readonly kind: 'absent' }
  | { readonly kind: 'failed'; readonly failure: StoreFailure };

/** A CloudTrail public key as ListPublicKeys answers it. */
export interface TrailPublicKey {
  /** DER, PKCS#1 RSAPublicKey. */
  readonly value: Uint8Array;
  readonly fingerprint: string;
  readonly validityStart: string;
  readonly validityEnd: string;
}

export interface TrailStore {
  /**
   * Keys under `prefix` that sort after `startAfter`, in key order, a page
   * at a time (ListObjectsV2 pages: memory holds one page, not the bucket).
   * A failed page ends the iteration by throwing a `StoreFailureError`.
   */
  list(bucket: string, prefix: string, startAfter?: string): AsyncIterable<readonly ListedObject[]>;
  /** The "folders" directly under `prefix` (ListObjectsV2 with the delimiter /), each ending in /. */
  folders(bucket: string, prefix: string): Promise<Read<readonly string[]>>;
  get(bucket: string, key: string): Promise<Read<StoredObject>>;
  /** CloudTrail's public keys in `region` valid at some time in [start, end] (ISO 8601). */
  publicKeys(region: string, start: string, end: string): Promise<Read<readonly TrailPublicKey[]>>;
}

/** A listing page that could not be read: thrown out of `list`, caught by the verifier. */
export class StoreFailureError extends Error {
  override readonly name = 'StoreFailureError';
  constructor(readonly failure: StoreFailure) {
    super(`${failure.code} on ${failure.operation}: ${failure.message}`);
  }
}
