import type { AwsCredentialIdentity } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { sharedCredentials } from './credentials.js';

const HOUR = 3_600_000;

describe('sharedCredentials', () => {
  it('asks once for every client while the credentials are fresh, and again shortly before they expire', async () => {
    let now = 0;
    let calls = 0;
    const provider = sharedCredentials(() => { calls++; return Promise.resolve<AwsCredentialIdentity>({ accessKeyId: `ASIA${calls}`, secretAccessKey: 's', expiration: new Date(now + HOUR) }); }, () => now);
    const keys = await Promise.all(Array.from({ length: 20 }, () => provider()));
    expect(calls).toBe(1);
    expect(new Set(keys.map((k) => k.accessKeyId))).toEqual(new Set(['ASIA1']));
    now = HOUR - 4 * 60_000;
    expect((await provider()).accessKeyId).toBe('ASIA2');
    expect(calls).toBe(2);
  });

  it('does not keep a failure: the next call tries again', async () => {
    let calls = 0;
    const provider = sharedCredentials(() => (++calls === 1 ? Promise.reject(new Error('AccessDenied')) : Promise.resolve({ accessKeyId: 'ASIA', secretAccessKey: 's' })));
    await expect(provider()).rejects.toThrow('AccessDenied');
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'ASIA' });
    expect(calls).toBe(2);
  });
});
