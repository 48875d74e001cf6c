/**
 * Gzip'd objects, inflated as they stream in. CloudTrail hashes a log file's
 * uncompressed content (AWS, "Validating CloudTrail log file integrity with
 * custom implementations"), so a log file is hashed chunk by chunk and never
 * held whole; a digest file is small and kept, up to a limit that stops a
 * gzip bomb. Bytes that are not gzip, or that follow the compressed stream,
 * make the object corrupt, which for a log file means modified.
 */
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

export type Inflated<T> =
  | { readonly kind: 'ok'; readonly value: T }
  /** The content is not one valid gzip stream. */
  | { readonly kind: 'corrupt'; readonly message: string }
  /** Reading the body failed (the connection, not the content). */
  | { readonly kind: 'unread'; readonly error: unknown };

/** A digest file inflates to far less than this; more is not a digest file. */
const MAX_DIGEST_BYTES = 64 * 1024 * 1024;

class BodyError extends Error {
  constructor(readonly error: unknown) {
    super('body read failed');
  }
}

/** The body, with its own failures told apart from the inflater's. */
async function* tagged(body: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  try {
    for await (const chunk of body) yield chunk;
  } catch (error) {
    throw new BodyError(error);
  }
}

async function inflate<T>(body: AsyncIterable<Uint8Array>, sink: (chunks: AsyncIterable<Buffer>) => Promise<T>): Promise<Inflated<T>> {
  let value: T | undefined;
  try {
    await pipeline(tagged(body), createGunzip(), async (chunks: AsyncIterable<Buffer>) => { value = await sink(chunks); });
    return { kind: 'ok', value: value as T };
  } catch (error) {
    if (error instanceof BodyError) return { kind: 'unread', error: error.error };
    return { kind: 'corrupt', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Hex SHA-256 of the inflated content. */
export function inflatedSha256(body: AsyncIterable<Uint8Array>): Promise<Inflated<string>> {
  return inflate(body, async (chunks) => {
    const hash = createHash('sha256');
    for await (const chunk of chunks) hash.update(chunk);
    return hash.digest('hex');
  });
}

/** The inflated content, whole (digest files). */
export function inflatedBytes(body: AsyncIterable<Uint8Array>, limit = MAX_DIGEST_BYTES): Promise<Inflated<Buffer>> {
  return inflate(body, async (chunks) => {
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > limit) throw new Error(`inflates to more than ${limit} bytes`);
      parts.push(chunk);
    }
    return Buffer.concat(parts);
  });
}
