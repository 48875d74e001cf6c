/**
 * A control's status from its policies' findings. "Ensure no X is …"
 * (ifNoneInScope: PASS) passes on a complete inventory holding no X; every
 * other control with nothing in scope is NOT_APPLICABLE; an incomplete
 * inventory is never a pass. Driven through evaluate(), which feeds the
 * roll-up (findings/roll-up.ts) compiled policies and the inventory's gaps.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compilePolicy, type CompiledPolicy } from '../policy/compile.js';
import { parsePolicy } from '../policy/load.js';
import type { Snapshot } from '../snapshot/schema.js';
import { AssayError } from '../diagnostics/error.js';
import { evaluate } from './evaluate.js';

const ACCOUNT = '123456789012';

function policy(ifNoneInScope: 'PASS' | 'NOT_APPLICABLE' | undefined): CompiledPolicy {
  const document = {
    id: 'no-expired-certificates', title: 'No expired server certificates', severity: 'medium', resource: 'aws.iam.server-certificate',
    description: 'Checks expiry.', rationale: 'Expired certificates break HTTPS.',
    ...(ifNoneInScope === undefined ? {} : { ifNoneInScope }),
    check: { path: 'expiration', newerThanDays: 0 }, messages: { fail: 'expired' }, remediation: { text: 'Delete it.' },
    tests: [{ name: 'valid', resource: {}, expect: 'PASS' }],
  };
  const loaded = parsePolicy({ file: 'no-expired-certificates.yaml', text: stringify(document), origin: 'user' });
  if (Array.isArray(loaded)) throw new Error(loaded.map((e) => e.message).join('; '));
  const compiled = compilePolicy(loaded);
  if (Array.isArray(compiled)) throw new Error(compiled.map((e) => e.message).join('; '));
  return compiled;
}

function snapshot(status: 'complete' | 'failed', certificates: number): Snapshot {
  return {
    schemaVersion: 1,
    collectedAt: '2026-12-01T00:00:00.000Z',
    scope: { partition: 'aws', accounts: [ACCOUNT], regions: ['us-east-1'] },
    resources: Array.from({ length: certificates }, (_, i) => ({
      type: 'aws.iam.server-certificate', id: `cert-${String(i)}`, account: ACCOUNT, region: 'global', tags: {},
      data: { serverCertificateName: `cert-${String(i)}`, serverCertificateId: 'ASCA', arn: `arn:aws:iam::${ACCOUNT}:server-certificate/cert-${String(i)}`, path: '/', uploadDate: '2025-01-01T00:00:00.000Z', expiration: '2027-01-01T00:00:00.000Z' },
    })),
    coverage: [{ type: 'aws.iam.server-certificate', account: ACCOUNT, region: 'global', status }],
    errors: [],
  } as unknown as Snapshot;
}

function control(p: CompiledPolicy, s: Snapshot) {
  const result = evaluate(s, [p], {
    snapshotDigest: 'test', generator: { name: 'assay', version: 'test' },
    selection: { policyIds: undefined, overrides: new Map(), packs: [], controls: [{ pack: 'cis', id: '2.17', title: 'Expired certificates are removed', policies: [p.id] }] },
  });
  return result.controls[0];
}

describe('control roll-up', () => {
  it('passes an "ensure no X" control on a complete inventory with none, and says why', () => {
    const result = control(policy('PASS'), snapshot('complete', 0));
    expect(result?.status).toBe('PASS');
    expect(result?.counts).toEqual({});
    expect(result?.note).toContain('aws.iam.server-certificate is complete and holds none in scope');
  });

  it('is NOT_APPLICABLE for the same inventory when the policy does not say so', () => {
    expect(control(policy(undefined), snapshot('complete', 0))?.status).toBe('NOT_APPLICABLE');
    expect(control(policy('NOT_APPLICABLE'), snapshot('complete', 0))?.status).toBe('NOT_APPLICABLE');
  });

  it('is ERROR when the inventory is incomplete, never a pass by absence', () => {
    const result = control(policy('PASS'), snapshot('failed', 0));
    expect(result?.status).toBe('ERROR');
    expect(result?.note).toBeUndefined();
  });

  it('decides from findings, without a note, when resources are in scope', () => {
    const result = control(policy('PASS'), snapshot('complete', 2));
    expect(result).toMatchObject({ status: 'PASS', counts: { PASS: 2 } });
    expect(result?.note).toBeUndefined();
  });
});

describe('evaluate called wrongly', () => {
  it('throws the one error type, with a code, when waivers come without today\'s date', () => {
    const call = () => evaluate(snapshot('complete', 0), [policy(undefined)], {
      snapshotDigest: 'test', generator: { name: 'assay', version: 'test' },
      selection: { policyIds: undefined, overrides: new Map(), packs: [], controls: [] },
      waivers: [{ policy: 'no-expired-certificates', resources: ['*'], reason: 'r', owner: 'o', expires: '2027-01-01' }],
    });
    expect(call).toThrow(AssayError);
    expect(call).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
  });
});
