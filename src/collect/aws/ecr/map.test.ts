import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { batches, lifecyclePolicy, repositoryFields, repositoryPolicy, scanningFields } from './map.js';

const arn = 'arn:aws:ecr:us-east-1:123456789012:repository/app';

describe('ecr mapping', () => {
  it('reads a repository, the key only where KMS encrypts it', () => {
    const base = { repositoryName: 'app', repositoryArn: arn, registryId: '123456789012', createdAt: new Date('2024-05-02T09:30:00Z'), imageTagMutability: 'MUTABLE' as const, imageScanningConfiguration: { scanOnPush: false } };
    expect(readFields(repositoryFields({ ...base, encryptionConfiguration: { encryptionType: 'AES256' } }))).toEqual({
      fields: { repositoryName: 'app', repositoryArn: arn, registryId: '123456789012', createdAt: '2024-05-02T09:30:00.000Z', imageTagMutability: 'MUTABLE', imageTagMutabilityExclusionFilters: [], scanOnPush: false, encryptionType: 'AES256', kmsKey: null },
      unreadable: [],
    });
    // KMS without its key, no scanning configuration, an encryption type this version does not know: each fails alone.
    const kmsNoKey = readFields(repositoryFields({ ...base, imageScanningConfiguration: undefined, encryptionConfiguration: { encryptionType: 'KMS' } }));
    expect(kmsNoKey.unreadable.map((u) => u.path)).toEqual(['scanOnPush', 'kmsKey']);
    expect(readFields(repositoryFields({ ...base, encryptionConfiguration: { encryptionType: 'SSE_QUANTUM' as never } })).unreadable.map((u) => u.path)).toEqual(['encryptionType', 'kmsKey']);
  });

  it('reads the effective scan frequency, never defaulting a missing one', () => {
    expect(readFields(scanningFields({ scanFrequency: 'SCAN_ON_PUSH', appliedScanFilters: [{ filter: '*', filterType: 'WILDCARD' }] })).fields).toEqual({ scanFrequency: 'SCAN_ON_PUSH', appliedScanFilters: ['*'] });
    expect(readFields(scanningFields({ scanOnPush: true })).unreadable.map((u) => [u.path, u.code])).toEqual([['scanFrequency', 'IncompleteResponse']]);
  });

  it('keeps the lifecycle policy text and parses the repository policy', () => {
    expect(lifecyclePolicy({ $metadata: {}, lifecyclePolicyText: '{"rules":[]}' })).toBe('{"rules":[]}');
    expect(() => lifecyclePolicy({ $metadata: {} })).toThrow();
    expect(repositoryPolicy({ $metadata: {}, policyText: '{\n  "Version": "2012-10-17"\n}' })).toEqual({ Version: '2012-10-17' });
    expect(() => repositoryPolicy({ $metadata: {}, policyText: 'nope' })).toThrow();
  });

  it('splits names into batches of 25', () => {
    expect(batches(Array.from({ length: 51 }, (_, i) => i)).map((b) => b.length)).toEqual([25, 25, 1]);
    expect(batches([])).toEqual([]);
  });
});
