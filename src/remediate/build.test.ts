import { describe, expect, it } from 'vitest';
import type { Finding, PolicyInfo, ScanResult } from '../findings/schema.js';
import { buildPlan, shellVariables } from './build.js';

function policy(id: string, disruption?: string): PolicyInfo {
  return {
    id, title: `${id} title`, severity: 'medium', resourceType: 'aws.s3.bucket', description: 'd', rationale: 'r', frameworks: {},
    remediation: { text: 't', cli: [], ...(disruption === undefined ? {} : { disruption }) }, references: [], origin: 'bundled',
  };
}

function finding(policyId: string, id: string, over: Partial<Finding> = {}): Finding {
  return {
    policy: policyId, title: `${policyId} title`, severity: 'medium', status: 'FAIL',
    resource: { type: 'aws.s3.bucket', id, arn: `arn:aws:s3:::${id}`, account: '123456789012', region: 'us-east-1' },
    message: 'm', messageKey: 'fail', evidence: [], controls: [`cis:${policyId}`], fingerprint: `${policyId}/${id}`,
    remediation: { text: `fix ${policyId}`, cli: [`aws s3api fix-${policyId} --bucket '${id}'`] },
    ...over,
  };
}

function result(findings: Finding[], policies: PolicyInfo[]): ScanResult {
  return {
    schemaVersion: 2, generator: { name: 'assay', version: 'test' },
    snapshot: { digest: 'sha256:s', collectedAt: '2026-06-01T00:00:00.000Z', partition: 'aws', accounts: ['123456789012'], regions: ['us-east-1'] },
    policySet: { digest: 'sha256:p', policies: policies.map((p) => p.id) }, packs: [], policies,
    summary: { byStatus: {}, failuresBySeverity: {}, resources: 0 }, findings, controls: [], waivers: [],
  };
}

describe('buildPlan', () => {
  it('one step per resource and fix, most severe first, numbered in order', () => {
    const plan = buildPlan(result([finding('a', 'logs'), finding('b', 'data', { severity: 'critical' }), finding('a', 'data')], [policy('a'), policy('b')]));
    expect(plan.steps.map((s) => [s.id, s.severity, s.resource.id, s.policies.join()])).toEqual([
      ['step-001', 'critical', 'data', 'b'], ['step-002', 'medium', 'data', 'a'], ['step-003', 'medium', 'logs', 'a'],
    ]);
  });

  it('two findings one command fixes share one step', () => {
    const same = { remediation: { text: 'enable it', cli: ["aws s3api put-x --bucket 'logs'"] } };
    const plan = buildPlan(result([finding('a', 'logs', same), finding('b', 'logs', same)], [policy('a'), policy('b')]));
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]).toMatchObject({ policies: ['a', 'b'], findings: ['a/logs', 'b/logs'], controls: ['cis:a', 'cis:b'] });
  });

  it('leaves waived and passing findings out, listing the waived; lists failures without commands', () => {
    const waived = finding('a', 'w', { status: 'WAIVED', waiver: { reason: 'accepted', owner: 'o', expires: '2026-12-31', index: 0 } });
    const manual = finding('b', 'm', { remediation: { text: 'do it by hand', cli: [] } });
    const plan = buildPlan(result([waived, finding('a', 'p', { status: 'PASS' }), manual], [policy('a'), policy('b')]));
    expect(plan.steps).toEqual([]);
    expect(plan.waived).toEqual([expect.objectContaining({ policy: 'a', reason: 'accepted', owner: 'o' })]);
    expect(plan.withoutCommands).toEqual([expect.objectContaining({ policy: 'b', guidance: 'do it by hand' })]);
  });

  it('a step is disruptive unless every policy says its fix disrupts nothing', () => {
    const plan = buildPlan(result([finding('quiet', 'x'), finding('loud', 'y')], [policy('quiet', 'None: only new objects are affected.'), policy('loud', 'Closes port 22.')]));
    expect(Object.fromEntries(plan.steps.map((s) => [s.policies[0], s.disruptive]))).toEqual({ quiet: false, loud: true });
  });
});

describe('shellVariables', () => {
  it('finds $NAME and ${NAME} outside single quotes', () => {
    expect(shellVariables([`aws x --bucket "$TRAIL_BUCKET" --p '{"a":"$NOT_ME"}' --r \${REGION}`, `aws y '"'"$ACCESS_LOG_BUCKET"'"'`])).toEqual(['ACCESS_LOG_BUCKET', 'REGION', 'TRAIL_BUCKET']);
  });
});

describe('risk, verification and rollback', () => {
  it('a stated risk decides; medium and high ask first; the step carries verify and rollback commands', () => {
    const low = { ...policy('low'), remediation: { ...policy('low').remediation, risk: 'low' as const, disruption: 'Briefly restarts the service.' } };
    const high = { ...policy('high'), remediation: { ...policy('high').remediation, risk: 'high' as const } };
    const withChecks = finding('high', 'y', { remediation: { text: 't', cli: ["aws s3api fix --bucket 'y'"], verify: ["aws s3api get --bucket 'y'"], rollback: { text: 'undo', cli: ["aws s3api unfix --bucket 'y'"] } } });
    const plan = buildPlan(result([finding('low', 'x'), withChecks], [low, high]));
    expect(plan.steps.map((s) => [s.policies[0], s.risk, s.disruptive])).toEqual([['low', 'low', false], ['high', 'high', true]]);
    expect(plan.steps[1]).toMatchObject({ verify: ["aws s3api get --bucket 'y'"], rollback: [{ text: 'undo', commands: ["aws s3api unfix --bucket 'y'"] }] });
  });
});

describe('prerequisites', () => {
  it('a step comes after the steps its policies name in `after` (same account), whatever their severity', () => {
    const trail = { ...policy('trail'), remediation: { ...policy('trail').remediation } };
    const alarm = { ...policy('alarm'), remediation: { ...policy('alarm').remediation, after: ['trail'] } };
    const plan = buildPlan(result([
      finding('alarm', 'account', { severity: 'high' }),
      finding('trail', 'main-trail', { severity: 'low' }),
      finding('other', 'z', { severity: 'critical' }),
    ], [trail, alarm, policy('other')]));
    expect(plan.steps.map((s) => [s.id, s.policies[0], s.after])).toEqual([
      ['step-001', 'other', []], ['step-002', 'trail', []], ['step-003', 'alarm', ['step-002']],
    ]);
  });

  it('declarations that form a cycle still place every step once', () => {
    const a = { ...policy('a'), remediation: { ...policy('a').remediation, after: ['b'] } };
    const b = { ...policy('b'), remediation: { ...policy('b').remediation, after: ['a'] } };
    expect(buildPlan(result([finding('a', 'x'), finding('b', 'y')], [a, b])).steps).toHaveLength(2);
  });
});
