/**
 * Runs a policy's inline test cases through the real compiler and engine,
 * the way ESLint's RuleTester runs a rule's valid and invalid cases, and
 * polices the cases themselves: a PASS, a FAIL and an ERROR case each, unique
 * names, no duplicate cases, and every fixture valid for its resource type
 * (unstated fields come from the type's valid example).
 */
import { isDeepStrictEqual } from 'node:util';
import { AssayError } from '../diagnostics/error.js';
import { buildResource } from '../resources/build.js';
import { findResourceType, resourceTypes } from '../resources/catalog.js';
import { GLOBAL_REGION } from '../resources/define.js';
import type { Resource } from '../resources/resource.js';
import { compilePolicy, type ParameterOverride } from '../policy/compile.js';
import type { LoadedPolicy } from '../policy/load.js';
import type { PolicyTestCase } from '../policy/schema.js';
import { createLocator } from '../snapshot/locate.js';
import type { CoverageEntry, Snapshot } from '../snapshot/schema.js';
import { validateSnapshot } from '../snapshot/validate.js';
import { evaluate } from './evaluate.js';
import type { Finding, ScanResult } from '../findings/schema.js';
import { resolveTestCase, unusedFixtures } from './test-fixtures.js';

export const TEST_ACCOUNT = '123456789012';
const TEST_REGIONS = ['eu-west-1', 'us-east-1'];
const TEST_TIME = '2026-06-01T12:00:00.000Z';

export interface CaseOutcome {
  readonly name: string;
  readonly passed: boolean;
  readonly problems: readonly AssayError[];
  /** The scan the case ran, when its fixtures could be built: other checks (plans) reuse it. */
  readonly result?: ScanResult;
  /** The finding of the case's own resource in that scan. */
  readonly finding?: Finding;
}

function buildFixture(typeName: string, spec: { id?: string; arn?: string; region?: string; data?: Record<string, unknown>; tags?: Record<string, string>; errors?: PolicyTestCase['errors'] }, pointer: string, policy: LoadedPolicy): Resource | AssayError {
  const definition = findResourceType(typeName);
  if (definition === undefined) return new AssayError('POLICY_TEST', `unknown resource type "${typeName}"`, { location: policy.locate(pointer) });
  return buildResource(definition, {
    id: spec.id ?? 'test-resource',
    ...(spec.arn === undefined ? {} : { arn: spec.arn }),
    account: TEST_ACCOUNT,
    region: definition.scope === 'global' ? GLOBAL_REGION : (spec.region ?? 'us-east-1'),
    ...(spec.tags === undefined ? {} : { tags: spec.tags }),
    data: spec.data ?? {},
    ...(spec.errors === undefined ? {} : { errors: spec.errors.map((e) => ({ path: e.path, code: e.code, message: e.message ?? `${e.code} (test)` })) }),
  });
}

function coverageFor(testCase: PolicyTestCase): CoverageEntry[] {
  const entries: CoverageEntry[] = [];
  for (const definition of resourceTypes) {
    for (const region of definition.scope === 'global' ? [GLOBAL_REGION] : TEST_REGIONS) {
      const override = (testCase.coverage ?? []).find((c) => c.type === definition.type && (c.region === undefined || c.region === region));
      entries.push(override === undefined
        ? { type: definition.type, account: TEST_ACCOUNT, region, status: 'complete' }
        : { type: definition.type, account: TEST_ACCOUNT, region, status: override.status, reason: `${override.status} in test` });
    }
  }
  return entries;
}

/** Does some actual evidence item match every field the expectation states? */
function evidenceMatches(expected: { path: string; actual?: unknown; expected?: unknown; op?: string }, actual: Finding['evidence']): boolean {
  return actual.some((item) => item.path === expected.path
    && (!('actual' in expected) || isDeepStrictEqual(item.actual, expected.actual))
    && (!('expected' in expected) || isDeepStrictEqual(item.expected, expected.expected))
    && (expected.op === undefined || item.op === expected.op));
}

export function runPolicyCase(policy: LoadedPolicy, index: number): CaseOutcome {
  const testCase = resolveTestCase(policy, index);
  if (testCase instanceof AssayError) return { name: policy.document.tests[index]?.name ?? '', passed: false, problems: [testCase] };
  const at = `/tests/${index}`;
  const fail = (message: string, pointer = at): CaseOutcome => ({ name: testCase.name, passed: false, problems: [new AssayError('POLICY_TEST_FAILED', `${policy.document.id}: test "${testCase.name}": ${message}`, { location: policy.locate(pointer) })] });
  const overrides = new Map<string, ParameterOverride>(Object.entries(testCase.params ?? {}).map(([k, v]) => [k, { value: v, location: policy.locate(`${at}/params/${k}`) }]));
  const compiled = compilePolicy(policy, overrides);
  if (Array.isArray(compiled)) return { name: testCase.name, passed: false, problems: compiled };
  const subject = buildFixture(policy.document.resource, { ...testCase, data: testCase.resource ?? {} }, `${at}/resource`, policy);
  if (subject instanceof AssayError) return { name: testCase.name, passed: false, problems: [subject] };
  const resources: Resource[] = [subject];
  for (const [j, related] of (testCase.related ?? []).entries()) {
    const built = buildFixture(related.type, related, `${at}/related/${j}`, policy);
    if (built instanceof AssayError) return { name: testCase.name, passed: false, problems: [built] };
    resources.push(built);
  }
  const snapshot: Snapshot = {
    schemaVersion: 1,
    generator: { name: 'assay-policy-test', version: '0' },
    collectedAt: TEST_TIME,
    scope: { partition: 'aws', accounts: [TEST_ACCOUNT], regions: TEST_REGIONS },
    resources,
    coverage: coverageFor(testCase),
    errors: [],
  };
  const valid = validateSnapshot(snapshot, createLocator(policy.file, undefined));
  if (!valid.ok) {
    return fail(`the case's resources do not fit their types: ${valid.errors.map((e) => e.message).join('; ')}`, `${at}/resource`);
  }
  const result = evaluate(snapshot, [compiled], { snapshotDigest: 'test', generator: { name: 'assay', version: 'test' }, selection: { policyIds: undefined, controls: [], overrides: new Map(), packs: [] }, evidenceForPass: true });
  const finding = result.findings.find((f) => f.resource.id === subject.id && f.resource.type === subject.type);
  if (finding === undefined) return fail('the policy produced no finding for the test resource');
  const ran = { result, finding };
  const expect: { status: string; message?: string; evidence?: { path: string; actual?: unknown; expected?: unknown; op?: string }[] } = typeof testCase.expect === 'string' ? { status: testCase.expect } : testCase.expect;
  if (finding.status !== expect.status) {
    const why = finding.reasons?.map((r) => `${r.path}: ${r.message}`).join('; ');
    return { ...fail(`expected ${expect.status}, got ${finding.status}${why === undefined ? '' : ` (${why})`}; evidence: ${JSON.stringify(finding.evidence)}`, `${at}/expect`), ...ran };
  }
  if (expect.message !== undefined && finding.messageKey !== expect.message) {
    return { ...fail(`expected message "${expect.message}", got "${finding.messageKey}"`, `${at}/expect/message`), ...ran };
  }
  for (const [k, item] of (expect.evidence ?? []).entries()) {
    if (!evidenceMatches(item, finding.evidence)) return { ...fail(`no evidence matches ${JSON.stringify(item)}; got ${JSON.stringify(finding.evidence)}`, `${at}/expect/evidence/${k}`), ...ran };
  }
  return { name: testCase.name, passed: true, problems: [], ...ran };
}

/** Problems with the set of cases, independent of their results. */
export function policeCases(policy: LoadedPolicy): AssayError[] {
  const problems: AssayError[] = unusedFixtures(policy);
  const cases = policy.document.tests;
  const statusOf = (c: PolicyTestCase): string => (typeof c.expect === 'string' ? c.expect : c.expect.status);
  for (const required of ['PASS', 'FAIL', 'ERROR']) {
    if (!cases.some((c) => statusOf(c) === required)) {
      problems.push(new AssayError('POLICY_TEST', `${policy.document.id} has no test case expecting ${required}; every policy and named condition needs a PASS, a FAIL and an ERROR case`, { location: policy.locate('/tests') }));
    }
  }
  // A `where` that no case shows excluding anything is a clause nobody has seen work.
  if (policy.document.where !== undefined && !cases.some((c) => statusOf(c) === 'NOT_APPLICABLE')) {
    problems.push(new AssayError('POLICY_TEST', `${policy.document.id} has a where clause but no test case expecting NOT_APPLICABLE`, { location: policy.locate('/where') }));
  }
  const names = new Map<string, number>();
  const bodies = new Map<string, number>();
  cases.forEach((c, i) => {
    const seenName = names.get(c.name);
    if (seenName !== undefined) problems.push(new AssayError('POLICY_TEST', `test name "${c.name}" is used twice (also case ${seenName + 1})`, { location: policy.locate(`/tests/${i}/name`) }));
    names.set(c.name, i);
    const { name: _name, expect: _expect, ...body } = c;
    const key = JSON.stringify(body);
    const seenBody = bodies.get(key);
    if (seenBody !== undefined) problems.push(new AssayError('POLICY_TEST', `test "${c.name}" repeats the fixture of case ${seenBody + 1}`, { location: policy.locate(`/tests/${i}`) }));
    bodies.set(key, i);
  });
  return problems;
}

export function runPolicyTests(policy: LoadedPolicy): CaseOutcome[] {
  return policy.document.tests.map((_testCase, i) => runPolicyCase(policy, i));
}
