import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/schema.js';
import { applyWaivers, waiverGlob, type Waiver } from './waivers.js';

function finding(id: string, status: Finding['status'] = 'FAIL', arn: string | null = `arn:aws:s3:::${id}`): Finding {
  return {
    policy: 'aws-s3-bucket-mfa-delete', title: 't', severity: 'low', status,
    resource: { type: 'aws.s3.bucket', id, ...(arn === null ? {} : { arn }), account: '123456789012', region: 'us-east-1' },
    message: 'm', messageKey: 'fail', evidence: [{ path: 'versioning.mfaDelete', actual: 'Disabled', op: 'equals', expected: 'Enabled', result: 'fail' }], controls: [], fingerprint: id,
  };
}

const waiver = (over: Partial<Waiver> = {}): Waiver => ({
  policy: 'aws-s3-bucket-mfa-delete', resources: ['arn:aws:s3:::acme-*'], reason: 'MFA delete needs the root user; tracked in SEC-42', owner: 'secops@acme.example', expires: '2026-12-31', ...over,
});

describe('ARN globs', () => {
  it.each([
    ['arn:aws:s3:::acme-*', 'arn:aws:s3:::acme-logs', true],
    ['arn:aws:s3:::acme-*', 'arn:aws:s3:::other', false],
    ['arn:aws:iam::*:role/ops/*', 'arn:aws:iam::123456789012:role/ops/admin', true],
    ['arn:aws:s3:::acme-?', 'arn:aws:s3:::acme-1', true],
    ['arn:aws:s3:::acme.(x)', 'arn:aws:s3:::acmeX(x)', false],
    ['*', 'anything:at/all', true],
  ])('%s matches %s: %s', (glob, subject, expected) => {
    expect(waiverGlob(glob)(subject)).toBe(expected);
  });
});

describe('applyWaivers', () => {
  it('turns matching FAIL findings into WAIVED, keeping the evidence and recording the waiver', () => {
    const { findings, outcomes } = applyWaivers([finding('acme-logs'), finding('other')], [waiver()], '2026-06-01');
    expect(findings[0]).toMatchObject({ status: 'WAIVED', waiver: { owner: 'secops@acme.example', expires: '2026-12-31', index: 0 } });
    expect(findings[0]?.evidence).toHaveLength(1);
    expect(findings[1]?.status).toBe('FAIL');
    expect(outcomes).toEqual([expect.objectContaining({ state: 'active', matched: 1 })]);
  });

  it('applies through its expiry day and not after; an expired waiver is reported with what it would cover', () => {
    expect(applyWaivers([finding('acme-logs')], [waiver()], '2026-12-31').findings[0]?.status).toBe('WAIVED');
    const after = applyWaivers([finding('acme-logs')], [waiver()], '2027-01-01');
    expect(after.findings[0]?.status).toBe('FAIL');
    expect(after.findings[0]?.waiver).toBeUndefined();
    expect(after.outcomes).toEqual([expect.objectContaining({ state: 'expired', matched: 1 })]);
  });

  it('leaves other statuses and other policies alone', () => {
    const { findings, outcomes } = applyWaivers([finding('acme-a', 'PASS'), finding('acme-b', 'ERROR'), { ...finding('acme-c'), policy: 'aws-s3-bucket-denies-http' }], [waiver()], '2026-06-01');
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'ERROR', 'FAIL']);
    expect(outcomes[0]?.matched).toBe(0);
  });

  it('an expired waiver does not hide a later active one; the active one is recorded', () => {
    const { findings } = applyWaivers([finding('acme-logs')], [waiver({ expires: '2026-01-01' }), waiver({ owner: 'platform@acme.example' })], '2026-06-01');
    expect(findings[0]?.waiver).toMatchObject({ owner: 'platform@acme.example', index: 1 });
  });

  it('matches resources without an ARN by account/region/type/id', () => {
    const noArn = finding('acme-x', 'FAIL', null);
    expect(applyWaivers([noArn], [waiver({ resources: ['123456789012/us-east-1/aws.s3.bucket/acme-*'] })], '2026-06-01').findings[0]?.status).toBe('WAIVED');
  });
});
