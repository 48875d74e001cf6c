/**
 * Fail closed, end to end: one operation answering AccessDenied during
 * collection makes exactly the findings that need its answer ERROR, with
 * that reason, while everything else is still evaluated.
 */
import { describe, expect, it } from 'vitest';
import { kmsKeys } from '../../src/collect/aws/kms/keys.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { idFromFile } from '../../src/policy/load.js';
import { compileBundled } from '../support/bundled-policies.js';
import { collectRecorded, regionsRoute } from '../support/collect.js';
import { byTarget, json, jsonError } from '../support/recorded-aws.js';

const id = (n: number): string => `0000000${n}-aaaa-bbbb-cccc-dddddddddddd`;

describe('AccessDenied on one call, from collection to verdict', () => {
  it('gives ERROR with the reason for the key whose rotation could not be read, and verdicts for the rest', async () => {
    const run = await collectRecorded([kmsKeys], [
      regionsRoute(['us-east-1']),
      { name: 'ListKeys', match: byTarget('TrentService.ListKeys'), respond: json({ Keys: [1, 2].map((n) => ({ KeyId: id(n), KeyArn: `arn:aws:kms:us-east-1:123456789012:key/${id(n)}` })), Truncated: false }) },
      { name: 'DescribeKey', match: byTarget('TrentService.DescribeKey'), respond: (r) => json({ KeyMetadata: { KeyId: r.params.KeyId, CreationDate: 1700000000, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', KeyState: 'Enabled', Origin: 'AWS_KMS', MultiRegion: false, Description: '' } }) },
      { name: 'denied', match: (r) => r.target === 'TrentService.GetKeyRotationStatus' && r.params.KeyId === id(2), respond: jsonError('AccessDeniedException', 'not authorized to perform kms:GetKeyRotationStatus') },
      { name: 'GetKeyRotationStatus', match: byTarget('TrentService.GetKeyRotationStatus'), respond: json({ KeyRotationEnabled: false }) },
      { name: 'GetKeyPolicy', match: byTarget('TrentService.GetKeyPolicy'), respond: json({ Policy: '{"Version":"2012-10-17","Statement":[]}' }) },
    ], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const file = 'policies/aws/kms/aws-kms-cmk-rotation-enabled.yaml';
    const policy = compileBundled(idFromFile(file));
    const result = evaluate(run.snapshot, [policy], { snapshotDigest: 'recorded', generator: { name: 'assay', version: 'test' }, selection: { policyIds: undefined, controls: [], overrides: new Map(), packs: [] } });
    const byKey = new Map(result.findings.map((f) => [f.resource.id, f]));
    expect(byKey.get(id(1))?.status).toBe('FAIL');
    expect(byKey.get(id(2))?.status).toBe('ERROR');
    expect(byKey.get(id(2))?.reasons?.[0]).toMatchObject({ path: 'rotationEnabled', code: 'AccessDeniedException' });
    expect(byKey.get(id(2))?.message).toContain('kms:GetKeyRotationStatus');
  });
});
