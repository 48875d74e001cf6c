import { describe, expect, it } from 'vitest';
import { resultFixture } from '../../test/fixtures/results/load.js';
import { fingerprint } from './fingerprint.js';
import type { Finding, ScanResult } from './schema.js';
import type { Status } from './vocabulary.js';
import { createAjv } from '../resources/validate-data.js';
import { compareResults, newErrorFingerprints, newFailFingerprints, newFailuresAtOrAbove } from './compare.js';
import { comparisonSchema, type ComparedFinding } from './comparison.js';

/** A slice of the demo scan (test/fixtures/results/make.ts). */
const base = resultFixture('before');
const template: Finding = (() => {
  const found = base.findings.find((f) => f.status === 'FAIL' && f.policy === 'aws-s3-bucket-denies-http');
  if (found === undefined) throw new Error('fixture has no FAIL for aws-s3-bucket-denies-http');
  return found;
})();

function finding(status: Status, over: { policy?: string; severity?: Finding['severity']; id?: string; account?: string; region?: string; evidence?: Finding['evidence'] } = {}): Finding {
  const policy = over.policy ?? 'aws-s3-bucket-denies-http';
  const id = over.id ?? 'bucket-a';
  const account = over.account ?? '123456789012';
  const region = over.region ?? 'us-east-1';
  return {
    ...template,
    policy,
    severity: over.severity ?? 'medium',
    status,
    resource: { type: 'aws.s3.bucket', id, account, region },
    message: `${policy} ${id} is ${status}`,
    messageKey: status.toLowerCase(),
    evidence: over.evidence ?? (status === 'FAIL' ? template.evidence : []),
    fingerprint: fingerprint(policy, account, region, 'aws.s3.bucket', id),
  };
}

function scan(findings: Finding[], over: { policies?: string[]; regions?: string[]; digest?: string } = {}): ScanResult {
  return {
    ...base,
    snapshot: { ...base.snapshot, regions: over.regions ?? ['eu-west-1', 'us-east-1'], ...(over.digest === undefined ? {} : { digest: over.digest }) },
    policySet: { ...base.policySet, policies: over.policies ?? ['aws-iam-user-console-mfa', 'aws-s3-bucket-denies-http', 'aws-s3-bucket-not-public'] },
    findings,
  };
}

const transition = (e: ComparedFinding): string => `${e.before?.status ?? '-'}>${e.after?.status ?? '-'}`;

describe('compareResults', () => {
  it('reports a FAIL that was PASS, ERROR or absent before as new, with what it was', () => {
    const c = compareResults(
      scan([finding('PASS', { id: 'a' }), finding('ERROR', { id: 'b' })]),
      scan([finding('FAIL', { id: 'a' }), finding('FAIL', { id: 'b' }), finding('FAIL', { id: 'c' })]),
    );
    expect(c.new.map((e) => [e.resource.id, transition(e), e.absent])).toEqual([['a', 'PASS>FAIL', undefined], ['b', 'ERROR>FAIL', undefined], ['c', '->FAIL', 'resource']]);
    expect(c.summary).toEqual({ new: 3, fixed: 0, unchanged: 0, changed: 0 });
  });

  it('reports a FAIL that now passes, is not applicable or whose resource is gone as fixed', () => {
    const c = compareResults(
      scan([finding('FAIL', { id: 'a' }), finding('FAIL', { id: 'b' }), finding('FAIL', { id: 'c' })]),
      scan([finding('PASS', { id: 'a' }), finding('NOT_APPLICABLE', { id: 'b' })]),
    );
    expect(c.fixed.map((e) => [e.resource.id, transition(e), e.absent])).toEqual([['a', 'FAIL>PASS', undefined], ['b', 'FAIL>NOT_APPLICABLE', undefined], ['c', 'FAIL>-', 'resource']]);
  });

  it('keeps FAIL in both as unchanged and notes when the evidence moved', () => {
    const moved = [{ ...template.evidence[0]!, actual: 'something else' }];
    const c = compareResults(
      scan([finding('FAIL', { id: 'a' }), finding('FAIL', { id: 'b' })]),
      scan([finding('FAIL', { id: 'a' }), finding('FAIL', { id: 'b', evidence: moved })]),
    );
    expect(c.unchanged.map((e) => [e.resource.id, e.evidenceChanged])).toEqual([['a', false], ['b', true]]);
    expect(c.new).toEqual([]);
  });

  it('reports other transitions through ERROR (and FAIL → ERROR) as changed, not as fixed', () => {
    const c = compareResults(
      scan([finding('PASS', { id: 'a' }), finding('ERROR', { id: 'b' }), finding('FAIL', { id: 'c' }), finding('ERROR', { id: 'd' })]),
      scan([finding('ERROR', { id: 'a' }), finding('PASS', { id: 'b' }), finding('ERROR', { id: 'c' }), finding('ERROR', { id: 'e' })]),
    );
    expect(c.changed.map((e) => [e.resource.id, transition(e)])).toEqual([['a', 'PASS>ERROR'], ['b', 'ERROR>PASS'], ['c', 'FAIL>ERROR'], ['d', 'ERROR>-'], ['e', '->ERROR']]);
    expect(c.fixed).toEqual([]);
  });

  it('treats a waived FAIL as changed, not fixed, and a lapsed waiver as a new FAIL', () => {
    const c = compareResults(
      scan([finding('FAIL', { id: 'a' }), finding('WAIVED', { id: 'b' })]),
      scan([{ ...finding('WAIVED', { id: 'a' }), waiver: { reason: 'legacy app, replaced in Q3', owner: 'team-web', expires: '2026-12-31', index: 0 } }, finding('FAIL', { id: 'b' })]),
    );
    expect(c.changed.map((e) => [e.resource.id, transition(e)])).toEqual([['a', 'FAIL>WAIVED']]);
    expect(c.changed[0]?.after?.waiver).toMatchObject({ owner: 'team-web', expires: '2026-12-31' });
    expect(c.new.map((e) => [e.resource.id, transition(e)])).toEqual([['b', 'WAIVED>FAIL']]);
    expect(c.fixed).toEqual([]);
  });

  it('does not report moves between passing statuses, or a status that stayed', () => {
    const c = compareResults(
      scan([finding('PASS', { id: 'a' }), finding('NOT_APPLICABLE', { id: 'b' }), finding('PASS', { id: 'c' }), finding('ERROR', { id: 'd' })]),
      scan([finding('NOT_APPLICABLE', { id: 'a' }), finding('PASS', { id: 'b' }), finding('ERROR', { id: 'd' }), finding('PASS', { id: 'e' })]),
    );
    expect(c.summary).toEqual({ new: 0, fixed: 0, unchanged: 0, changed: 0 });
  });

  it('does not call a FAIL fixed when its policy was not run or its region not scanned', () => {
    const c = compareResults(
      scan([finding('FAIL', { id: 'a', policy: 'aws-s3-bucket-not-public' }), finding('FAIL', { id: 'b', region: 'eu-west-1' })]),
      scan([], { policies: ['aws-s3-bucket-denies-http'], regions: ['us-east-1'] }),
    );
    expect(c.fixed).toEqual([]);
    expect(c.changed.map((e) => [e.resource.id, transition(e), e.absent])).toEqual([['b', 'FAIL>-', 'scope'], ['a', 'FAIL>-', 'policy']]);
    expect(c.policies).toEqual({ added: [], removed: ['aws-iam-user-console-mfa', 'aws-s3-bucket-not-public'] });
  });

  it('does not call a FAIL fixed when its type could not be listed in the later scan (fail closed)', () => {
    const unlisted = finding('ERROR', { id: '*' });
    const c = compareResults(scan([finding('FAIL', { id: 'a' })]), scan([unlisted]));
    expect(c.fixed).toEqual([]);
    expect(c.changed.map((e) => [e.resource.id, transition(e), e.absent])).toEqual([['*', '->ERROR', 'resource'], ['a', 'FAIL>-', 'unlisted']]);
  });

  it('says when a new FAIL comes from a policy that was not run before', () => {
    const c = compareResults(scan([], { policies: ['aws-s3-bucket-denies-http'] }), scan([finding('FAIL', { policy: 'aws-s3-bucket-not-public' })]));
    expect(c.new.map((e) => e.absent)).toEqual(['policy']);
    expect(c.policies.added).toEqual(['aws-iam-user-console-mfa', 'aws-s3-bucket-not-public']);
  });

  it('sorts by severity (most severe first), then policy, account, region and resource id', () => {
    const after = [
      finding('FAIL', { id: 'z', severity: 'low' }),
      finding('FAIL', { id: 'b', region: 'us-east-1' }),
      finding('FAIL', { id: 'a', region: 'us-east-1' }),
      finding('FAIL', { id: 'c', region: 'eu-west-1' }),
      finding('FAIL', { id: 'a', account: '000000000001' }),
      finding('FAIL', { id: 'y', policy: 'aws-iam-user-console-mfa' }),
      finding('FAIL', { id: 'x', severity: 'critical', policy: 'aws-s3-bucket-not-public' }),
    ];
    const order = (findings: Finding[]): string[] => compareResults(scan([]), scan(findings)).new.map((e) => `${e.severity} ${e.policy} ${e.resource.account}/${e.resource.region}/${e.resource.id}`);
    const expected = [
      'critical aws-s3-bucket-not-public 123456789012/us-east-1/x',
      'medium aws-iam-user-console-mfa 123456789012/us-east-1/y',
      'medium aws-s3-bucket-denies-http 000000000001/us-east-1/a',
      'medium aws-s3-bucket-denies-http 123456789012/eu-west-1/c',
      'medium aws-s3-bucket-denies-http 123456789012/us-east-1/a',
      'medium aws-s3-bucket-denies-http 123456789012/us-east-1/b',
      'low aws-s3-bucket-denies-http 123456789012/us-east-1/z',
    ];
    expect(order(after)).toEqual(expected);
    expect(order([...after].reverse())).toEqual(expected);
  });

  it('describes an entry as it is now, keeping both states', () => {
    const was = finding('PASS', { severity: 'low' });
    const now = { ...finding('FAIL', { severity: 'high' }), title: 'New title' };
    const [entry] = compareResults(scan([was]), scan([now])).new;
    expect(entry).toMatchObject({ severity: 'high', title: 'New title', before: { status: 'PASS', message: was.message }, after: { status: 'FAIL', evidence: now.evidence } });
  });

  it('produces a document that fits its schema, and the same bytes for the same inputs', () => {
    const before = resultFixture('before');
    const after = resultFixture('after');
    const c = compareResults(before, after);
    const validate = createAjv().compile(comparisonSchema);
    expect(validate(c), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(c.summary).toEqual({ new: 2, fixed: 2, unchanged: 6, changed: 4 });
    expect(JSON.stringify(compareResults(before, after))).toBe(JSON.stringify(c));
  });
});

describe('gate helpers', () => {
  const c = compareResults(
    scan([finding('FAIL', { id: 'old' }), finding('PASS', { id: 'p' }), finding('ERROR', { id: 'e' })]),
    scan([
      finding('FAIL', { id: 'old' }), finding('FAIL', { id: 'n1', severity: 'high' }), finding('FAIL', { id: 'n2', severity: 'low' }),
      finding('ERROR', { id: 'p' }), finding('ERROR', { id: 'e' }),
    ]),
  );

  it('names only the FAILs and ERRORs the baseline did not have', () => {
    const fp = (id: string): string => fingerprint('aws-s3-bucket-denies-http', '123456789012', 'us-east-1', 'aws.s3.bucket', id);
    expect(newFailFingerprints(c)).toEqual(new Set([fp('n1'), fp('n2')]));
    expect(newErrorFingerprints(c)).toEqual(new Set([fp('p')]));
  });

  it('filters new FAILs by severity threshold; none never blocks', () => {
    expect(newFailuresAtOrAbove(c, 'high').map((e) => e.resource.id)).toEqual(['n1']);
    expect(newFailuresAtOrAbove(c, 'low').map((e) => e.resource.id)).toEqual(['n1', 'n2']);
    expect(newFailuresAtOrAbove(c, 'critical')).toEqual([]);
    expect(newFailuresAtOrAbove(c, 'none')).toEqual([]);
  });
});
