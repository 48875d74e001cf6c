/** kmsKeys through the real KMS client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { kmsKeys } from './keys.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const keyId = (n: number): string => `1234abcd-12ab-34cd-56ef-12345678900${n}`;
const meta = (n: number, spec = 'SYMMETRIC_DEFAULT', manager = 'CUSTOMER') => ({
  KeyMetadata: { KeyId: keyId(n), Arn: `arn:aws:kms:us-east-1:123456789012:key/${keyId(n)}`, AWSAccountId: '123456789012', CreationDate: 1700000000, Enabled: true,
    Description: `key ${n}`, KeyManager: manager, KeySpec: spec, KeyUsage: spec === 'SYMMETRIC_DEFAULT' ? 'ENCRYPT_DECRYPT' : 'SIGN_VERIFY', KeyState: 'Enabled', Origin: 'AWS_KMS', MultiRegion: false },
});
const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' }] };

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListKeys',
      match: byTarget('TrentService.ListKeys'),
      respond: (r) => (r.params.Marker === undefined
        ? json({ Keys: [{ KeyId: keyId(1), KeyArn: `arn:aws:kms:us-east-1:123456789012:key/${keyId(1)}` }, { KeyId: keyId(2), KeyArn: `arn:aws:kms:us-east-1:123456789012:key/${keyId(2)}` }], Truncated: true, NextMarker: 'page-2' })
        : json({ Keys: [{ KeyId: keyId(3), KeyArn: `arn:aws:kms:us-east-1:123456789012:key/${keyId(3)}` }], Truncated: false })),
    },
    { name: 'DescribeKey', match: byTarget('TrentService.DescribeKey'), respond: (r) => json(meta(Number(String(r.params.KeyId).slice(-1)), String(r.params.KeyId).endsWith('3') ? 'RSA_2048' : 'SYMMETRIC_DEFAULT')) },
    { name: 'GetKeyRotationStatus', match: byTarget('TrentService.GetKeyRotationStatus'), respond: (r) => json({ KeyRotationEnabled: String(r.params.KeyId).endsWith('1'), RotationPeriodInDays: 365 }) },
    { name: 'GetKeyPolicy', match: byTarget('TrentService.GetKeyPolicy'), respond: json({ Policy: JSON.stringify(policy), PolicyName: 'default' }) },
  ];
}

describe('kmsKeys', () => {
  it('follows pagination and maps every key to a valid resource', async () => {
    const run = await collectRecorded([kmsKeys], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const keys = run.snapshot.resources.filter((r) => r.type === 'aws.kms.key');
    expect(keys.map((k) => k.id).sort()).toEqual([keyId(1), keyId(2), keyId(3)]);
    expect(keys.find((k) => k.id === keyId(1))?.data).toMatchObject({ rotationEnabled: true, rotationPeriodInDays: 365, keyManager: 'CUSTOMER', policy });
    expect(keys.find((k) => k.id === keyId(2))?.data).toMatchObject({ rotationEnabled: false, rotationPeriodInDays: null });
    // Asymmetric keys cannot rotate: no call is made, and the answer is recorded as off.
    expect(keys.find((k) => k.id === keyId(3))?.data).toMatchObject({ keySpec: 'RSA_2048', rotationEnabled: false });
    expect(run.aws.count('GetKeyRotationStatus')).toBe(2);
    expect(run.snapshot.coverage).toContainEqual({ type: 'aws.kms.key', account: '123456789012', region: 'us-east-1', status: 'complete' });
  });

  it('records AccessDenied on one key policy on that key only, and in the snapshot errors', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === 'TrentService.GetKeyPolicy' && r.params.KeyId === keyId(2), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: kms:GetKeyPolicy') };
    const run = await collectRecorded([kmsKeys], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const key2 = run.snapshot.resources.find((r) => r.id === keyId(2));
    expect(key2?.errors).toEqual([{ path: 'policy', code: 'AccessDeniedException', message: 'User is not authorized to perform: kms:GetKeyPolicy', operation: 'kms:GetKeyPolicy' }]);
    expect('policy' in (key2?.data ?? {})).toBe(false);
    expect(run.snapshot.resources.find((r) => r.id === keyId(1))?.errors).toBeUndefined();
    expect(run.snapshot.errors).toContainEqual(expect.objectContaining({ service: 'kms', operation: 'GetKeyPolicy', resource: keyId(2), code: 'AccessDeniedException' }));
  });

  it('recovers from throttling by retrying', async () => {
    const throttled: Route = { name: 'throttled', match: (r) => r.target === 'TrentService.DescribeKey' && r.params.KeyId === keyId(1), respond: [jsonError('ThrottlingException', 'Rate exceeded'), json(meta(1))] };
    const run = await collectRecorded([kmsKeys], routes([throttled]), { regions: ['us-east-1'] });
    expect(run.aws.count('throttled')).toBe(2);
    expect(run.snapshot.resources.find((r) => r.id === keyId(1))?.errors).toBeUndefined();
  });

  it('marks coverage failed when keys cannot be listed', async () => {
    const run = await collectRecorded([kmsKeys], routes([{ name: 'list-denied', match: byTarget('TrentService.ListKeys'), respond: jsonError('AccessDeniedException', 'no kms:ListKeys') }]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.kms.key', region: 'us-east-1', status: 'failed', reason: 'AccessDeniedException on kms:ListKeys: no kms:ListKeys' })]);
  });
});

describe('kmsKeys never guesses', () => {
  it('records an answer without KeyManager or a key policy as unreadable fields, not as CUSTOMER or "no policy"', async () => {
    const incomplete: Route[] = [
      { name: 'no-manager', match: (r) => r.target === 'TrentService.DescribeKey' && r.params.KeyId === keyId(2), respond: json({ KeyMetadata: { ...meta(2).KeyMetadata, KeyManager: undefined } }) },
      { name: 'no-policy', match: (r) => r.target === 'TrentService.GetKeyPolicy' && r.params.KeyId === keyId(1), respond: json({ PolicyName: 'default' }) },
    ];
    const run = await collectRecorded([kmsKeys], routes(incomplete), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const key1 = run.snapshot.resources.find((r) => r.id === keyId(1));
    expect(key1?.errors).toEqual([{ path: 'policy', code: 'IncompleteResponse', message: 'the answer has no Policy', operation: 'kms:GetKeyPolicy' }]);
    const key2 = run.snapshot.resources.find((r) => r.id === keyId(2));
    expect(key2?.errors?.map((e) => e.path)).toContain('keyManager');
    expect('keyManager' in (key2?.data ?? {})).toBe(false);
  });

  it('reads rotation as unknown, never as off, when DescribeKey answered no KeySpec (it decides whether the key can rotate)', async () => {
    const { KeySpec: _spec, ...noSpec } = meta(2).KeyMetadata;
    const silent: Route = { name: 'no-spec', match: (r) => r.target === 'TrentService.DescribeKey' && r.params.KeyId === keyId(2), respond: json({ KeyMetadata: noSpec }) };
    const run = await collectRecorded([kmsKeys], routes([silent]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const key = run.snapshot.resources.find((r) => r.id === keyId(2));
    expect(key?.errors?.map((e) => `${e.path} ${e.code}`)).toEqual(['keySpec IncompleteResponse', 'rotationEnabled IncompleteResponse', 'rotationPeriodInDays IncompleteResponse']);
    expect(key?.data).not.toHaveProperty('rotationEnabled');
  });
});

describe('kmsKeys call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(kmsKeys)).toEqual([]);
  });
});
