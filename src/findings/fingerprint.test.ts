import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintKey, fingerprintOf } from './fingerprint.js';

/** The definition saved documents rely on, written the slow, obvious way. */
function reference(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex').slice(0, 32);
}

const cases: readonly (readonly [string, string, string, string, string])[] = [
  ['aws-s3-bucket-public-access-blocked', '123456789012', 'global', 'aws.s3.bucket', 'app-data'],
  ['aws-ec2-security-group-no-ssh', '210987654321', 'eu-west-1', 'aws.ec2.security-group', 'sg-0123456789abcdef0'],
  ['p', 'a', 'r', 't', '*'],
  ['p', 'a', 'r', 't', ''],
  // Ids come from the cloud and may hold anything: non-ASCII, astral characters, separators.
  ['p', 'a', 'r', 't', 'bücket-日本-😀'],
  ['p', 'a', 'r', 't', 'twin\u0000x'],
];

describe('fingerprint', () => {
  it('is the first 128 bits of SHA-256 over policy, account, region, type and id joined by NUL', () => {
    for (const parts of cases) expect(fingerprint(...parts)).toBe(reference(parts));
  });

  it('is the same digest when the resource part of the key is made once and shared', () => {
    for (const [policy, account, region, type, id] of cases) {
      expect(fingerprintOf(policy, fingerprintKey(account, region, type, id))).toBe(reference([policy, account, region, type, id]));
    }
  });

  it('keeps a known value, so a change to the definition shows here', () => {
    expect(fingerprint('aws-s3-bucket-public-access-blocked', '123456789012', 'global', 'aws.s3.bucket', 'app-data')).toBe('b5c4033e2c3f2165a045191479f88162');
  });
});
