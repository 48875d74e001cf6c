import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from './schema.js';
import { decideGate } from './gate.js';

function finding(status: Finding['status'], severity: Finding['severity']): Finding {
  return {
    policy: 'p', title: 't', severity, status,
    resource: { type: 'aws.s3.bucket', id: 'b', account: '123456789012', region: 'us-east-1' },
    message: 'm', messageKey: 'fail', evidence: [], controls: [], fingerprint: `${status}-${severity}`,
  };
}

const resultOf = (findings: Finding[]): ScanResult => ({ findings } as unknown as ScanResult);

describe('the gate', () => {
  it.each([
    ['critical', ['high'], false], ['high', ['high'], true], ['high', ['medium'], false], ['medium', ['medium'], true],
    ['low', ['low'], true], ['low', ['info'], false], ['none', ['critical'], false],
  ] as const)('--fail-on %s with FAIL %j fails: %s', (threshold, severities, failed) => {
    expect(decideGate(resultOf(severities.map((s) => finding('FAIL', s))), threshold, false).failed).toBe(failed);
  });

  it('only FAIL findings gate by severity; ERROR gates only with --fail-on-error', () => {
    const result = resultOf([finding('ERROR', 'critical'), finding('PASS', 'critical'), finding('MANUAL', 'critical')]);
    expect(decideGate(result, 'low', false)).toMatchObject({ failed: false, summary: 'gate passed (--fail-on low)' });
    expect(decideGate(result, 'none', true)).toMatchObject({ failed: true, blockingErrors: 1, summary: 'gate failed: 1 ERROR finding (--fail-on-error) (--fail-on none --fail-on-error)' });
  });

  it('says how many findings block', () => {
    const result = resultOf([finding('FAIL', 'high'), finding('FAIL', 'critical'), finding('FAIL', 'low')]);
    expect(decideGate(result, 'high', false).summary).toBe('gate failed: 2 FAIL findings at or above high (--fail-on high)');
  });
});
