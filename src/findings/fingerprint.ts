/**
 * A finding's identity across runs: the key a comparison, a baseline and the
 * reader's duplicate check match findings on. Defined with the findings
 * document, not the engine, because every reader of saved documents relies on
 * it staying the same.
 */
import { hash } from 'node:crypto';

/** Stable identity of a finding across runs: the same policy on the same resource. */
export function fingerprint(policy: string, account: string, region: string, type: string, id: string): string {
  return fingerprintOf(policy, fingerprintKey(account, region, type, id));
}

/** The resource's part of a fingerprint's key: made once per resource, shared by the findings of every policy on it. */
export function fingerprintKey(account: string, region: string, type: string, id: string): string {
  return `${account}\u0000${region}\u0000${type}\u0000${id}`;
}

/** fingerprint(policy, account, region, type, id), given fingerprintKey(account, region, type, id). */
export function fingerprintOf(policy: string, key: string): string {
  // One-shot hash: one call per finding, so skipping the Hash object matters at scale; the key is
  // concatenated rather than joined from an array, which took a third of this function's time.
  return hash('sha256', `${policy}\u0000${key}`, 'hex').slice(0, 32);
}
