/**
 * Rolling findings up, on plain findings: a control's status, its counts and
 * the "passed by absence" note, and the document's summary. evaluate() feeding
 * it compiled policies and inventories is tested in engine/roll-up.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { rollUpControls, summarize, type ControlToRollUp } from './roll-up.js';
import type { Finding } from './schema.js';

function finding(policy: string, status: Finding['status'], severity: Finding['severity'] = 'medium', id = 'b'): Finding {
  return {
    policy, title: 't', severity, status,
    resource: { type: 'aws.s3.bucket', id, account: '123456789012', region: 'us-east-1' },
    message: 'm', messageKey: 'fail', evidence: [], controls: [], fingerprint: `${policy}-${id}-${status}`,
  };
}

const control = (over: Partial<ControlToRollUp> = {}): ControlToRollUp => ({ pack: 'cis', id: '1.1', title: 'A control', policies: ['p', 'q'], ...over });

describe('a control\'s status', () => {
  it('is the worst of its policies\' findings, with counts by status', () => {
    const [result] = rollUpControls([control()], [finding('p', 'PASS'), finding('q', 'WAIVED'), finding('q', 'PASS', 'medium', 'c')], new Map());
    expect(result).toEqual({ pack: 'cis', id: '1.1', title: 'A control', status: 'WAIVED', policies: ['p', 'q'], counts: { PASS: 2, WAIVED: 1 } });
    expect(rollUpControls([control()], [finding('p', 'ERROR'), finding('q', 'FAIL')], new Map())[0]?.status).toBe('FAIL');
  });

  it('counts only its own policies\' findings, and is NOT_APPLICABLE with none in scope', () => {
    const [result] = rollUpControls([control({ policies: ['p'] })], [finding('q', 'FAIL'), finding('p', 'NOT_APPLICABLE')], new Map());
    expect(result).toMatchObject({ status: 'NOT_APPLICABLE', counts: { NOT_APPLICABLE: 1 } });
  });

  it('passes by absence only for a policy that says so and found nothing in scope, and says why', () => {
    const absent = new Map([['p', 'aws.iam.server-certificate']]);
    const [passed] = rollUpControls([control({ policies: ['p'] })], [finding('p', 'NOT_APPLICABLE')], absent);
    expect(passed).toMatchObject({ status: 'PASS', note: 'Passed by absence: the inventory of aws.iam.server-certificate is complete and holds none in scope.' });
    const [failed] = rollUpControls([control({ policies: ['p'] })], [finding('p', 'FAIL')], absent);
    expect(failed?.status).toBe('FAIL');
    expect(failed?.note).toBeUndefined();
  });

  it('is MANUAL for a manual control, with its guidance, whatever the findings', () => {
    const { policies: _none, ...manual } = control({ manual: 'Ask the owner.', section: '1', level: 2 });
    const [result] = rollUpControls([manual], [finding('p', 'FAIL')], new Map());
    expect(result).toEqual({ pack: 'cis', id: '1.1', title: 'A control', section: '1', level: 2, status: 'MANUAL', policies: [], counts: {}, guidance: 'Ask the owner.' });
  });
});

describe('the summary', () => {
  it('counts findings by status and failures by severity, listing every one at zero too', () => {
    expect(summarize([finding('p', 'FAIL', 'high'), finding('p', 'FAIL', 'high', 'c'), finding('q', 'ERROR', 'critical'), finding('q', 'PASS', 'low')], 7)).toEqual({
      byStatus: { PASS: 1, FAIL: 2, ERROR: 1, NOT_APPLICABLE: 0, MANUAL: 0, WAIVED: 0 },
      failuresBySeverity: { critical: 0, high: 2, medium: 0, low: 0, info: 0 },
      resources: 7,
    });
  });
});
