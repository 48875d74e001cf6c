import { createHash } from 'node:crypto';

/** Digest of the policies a scan ran, with their effective parameters, in id order. */
export function policySetDigest(entries: readonly { id: string; document: unknown; params: ReadonlyMap<string, unknown> }[]): string {
  const hash = createHash('sha256');
  for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    hash.update(JSON.stringify([entry.id, entry.document, [...entry.params.entries()].sort()]));
    hash.update('\n');
  }
  return `sha256:${hash.digest('hex')}`;
}
