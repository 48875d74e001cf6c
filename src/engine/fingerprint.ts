import { createHash, hash } from 'node:crypto';

/** Stable identity of a finding across runs: the same policy on the same resource. */
export function fingerprint(policy: string, account: string, region: string, type: string, id: string): string {
  // One-shot hash: one call per finding, so skipping the Hash object matters at scale.
  return hash('sha256', [policy, account, region, type, id].join('\u0000'), 'hex').slice(0, 32);
}

/** Digest of the policies a scan ran, with their effective parameters, in id order. */
export function policySetDigest(entries: readonly { id: string; document: unknown; params: ReadonlyMap<string, unknown> }[]): string {
  const hash = createHash('sha256');
  for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    hash.update(JSON.stringify([entry.id, entry.document, [...entry.params.entries()].sort()]));
    hash.update('\n');
  }
  return `sha256:${hash.digest('hex')}`;
}
