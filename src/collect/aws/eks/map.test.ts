/** The pure EKS mappers: version numbers, log types per entry, and what an absent encryptionConfig means. */
import { describe, expect, it } from 'vitest';
import type { Cluster } from '@aws-sdk/client-eks';
import { UnreadableAnswer } from '../../answers.js';
import { encryptionConfig, logTypeEnabled, minorVersion } from './map.js';

describe('minorVersion', () => {
  it('reads N of Kubernetes 1.N as a number, so 1.100 comes after 1.99', () => {
    expect(minorVersion('1.35')).toBe(35);
    expect(minorVersion('1.100')).toBeGreaterThan(minorVersion('1.99'));
  });

  it('never reads a version that is not 1.N', () => {
    for (const version of [undefined, '', '2.0', '1.35.2', 'v1.35', '1']) expect(() => minorVersion(version)).toThrow(UnreadableAnswer);
  });
});

describe('logTypeEnabled', () => {
  const logging = (...entries: { types?: string[]; enabled?: boolean }[]): Cluster => ({ logging: { clusterLogging: entries } } as Cluster);

  it('reads each type from the entry that names it', () => {
    const cluster = logging({ types: ['api', 'audit'], enabled: true }, { types: ['authenticator', 'controllerManager', 'scheduler'], enabled: false });
    expect(logTypeEnabled(cluster, 'audit')).toBe(true);
    expect(logTypeEnabled(cluster, 'scheduler')).toBe(false);
  });

  it('is unknown for a type no entry names, an entry without its flag, a contradiction, or no logging at all', () => {
    expect(() => logTypeEnabled(logging({ types: ['api'], enabled: true }), 'audit')).toThrow(/names no entry/);
    expect(() => logTypeEnabled(logging({ types: ['audit'] }), 'audit')).toThrow(/enabled/);
    expect(() => logTypeEnabled(logging({ types: ['audit'], enabled: true }, { types: ['audit'], enabled: false }), 'audit')).toThrow(/both enabled and disabled/);
    expect(() => logTypeEnabled({}, 'audit')).toThrow(/logging.clusterLogging/);
  });

  it('ignores a log type this version does not know', () => {
    expect(logTypeEnabled(logging({ types: ['api', 'audit', 'someFutureType'], enabled: true }), 'audit')).toBe(true);
  });
});

describe('encryptionConfig', () => {
  const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

  it('is null when the answer has none, or an empty list: no KMS key configured', () => {
    expect(encryptionConfig({})).toBeNull();
    expect(encryptionConfig({ encryptionConfig: [] })).toBeNull();
  });

  it('keeps the key, and resources null when the deprecated member is left out', () => {
    expect(encryptionConfig({ encryptionConfig: [{ provider: { keyArn: key } }] })).toEqual([{ resources: null, keyArn: key }]);
  });

  it('never reads a configuration without its key', () => {
    expect(() => encryptionConfig({ encryptionConfig: [{ provider: {} }] })).toThrow(UnreadableAnswer);
  });
});
