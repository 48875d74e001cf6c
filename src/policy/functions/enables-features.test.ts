import { describe, expect, it } from 'vitest';
import { enablesFeatures } from './enables-features.js';

const on = (name: string, additional: [string, string][] = []) => ({ name, status: 'ENABLED', additionalConfiguration: additional.map(([n, status]) => ({ name: n, status })) });

describe('enablesFeatures', () => {
  const test = enablesFeatures.compile({ features: ['S3_DATA_EVENTS', 'RUNTIME_MONITORING/EKS_ADDON_MANAGEMENT'] });

  it('is true when every required feature and additional configuration is ENABLED', () => {
    expect(test([on('S3_DATA_EVENTS'), on('RUNTIME_MONITORING', [['EKS_ADDON_MANAGEMENT', 'ENABLED']])])).toEqual({ result: true, actual: [] });
  });

  it('names each requirement not met: a DISABLED feature, a missing one, an additional configuration off', () => {
    expect(test([{ name: 'S3_DATA_EVENTS', status: 'DISABLED', additionalConfiguration: [] }, on('RUNTIME_MONITORING', [['EKS_ADDON_MANAGEMENT', 'DISABLED']])]))
      .toEqual({ result: false, actual: ['S3_DATA_EVENTS', 'RUNTIME_MONITORING/EKS_ADDON_MANAGEMENT'] });
    expect(test([on('S3_DATA_EVENTS')])).toEqual({ result: false, actual: ['RUNTIME_MONITORING/EKS_ADDON_MANAGEMENT'] });
  });

  it('reads an empty list (no detector) as every requirement off', () => {
    expect(test([])).toEqual({ result: false, actual: ['S3_DATA_EVENTS', 'RUNTIME_MONITORING/EKS_ADDON_MANAGEMENT'] });
  });
});
