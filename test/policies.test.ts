/**
 * Every bundled policy's inline cases, run through the real compiler and
 * engine (like ESLint's RuleTester), and the cases themselves policed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../src/policy/compile.js';
import { namedConditionsUsed } from '../src/policy/library.js';
import { loadPolicies, type PolicySource } from '../src/policy/load.js';
import { conditionTestSuite } from '../src/engine/condition-tests.js';
import { policeCases, runPolicyCase } from '../src/engine/policy-tests.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function policyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const sources: PolicySource[] = policyFiles(join(root, 'policies')).map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8'), origin: 'bundled' }));
const { policies, library, errors } = loadPolicies(sources);

describe('bundled policies', () => {
  it('all load without problems', () => {
    expect(errors.map((e) => `${e.location?.file ?? ''}:${e.location?.line ?? ''}: ${e.message}`)).toEqual([]);
    const libraries = sources.filter((s) => s.file.startsWith('policies/lib/'));
    expect(policies.length + libraries.length).toBe(sources.length);
  });

  it('keep condition libraries under policies/lib/, each named condition used by some policy', () => {
    const library = policies[0]?.library;
    const used = new Set(policies.flatMap((p) => namedConditionsUsed([p.document.where, p.document.check], p.library)));
    for (const named of library?.conditions.values() ?? []) {
      expect(named.file, named.name).toMatch(/^policies\/lib\/[a-z0-9-]+\.yaml$/);
      expect(used.has(named), `named condition ${named.name} is used by no policy`).toBe(true);
    }
    expect(library?.conditions.size).toBeGreaterThan(0);
  });

  it('live under policies/aws/<service>/<id>.yaml', () => {
    for (const policy of policies) {
      const service = policy.document.resource.split('.')[1];
      expect(policy.file, policy.document.id).toBe(`policies/aws/${service === undefined || policy.document.resource === 'aws.account' || policy.document.resource === 'aws.region' ? policy.file.split('/')[2] : service}/${policy.document.id}.yaml`);
    }
  });

  describe.each(policies.map((p) => [p.document.id, p] as const))('%s', (_id, policy) => {
    it('compiles', () => {
      const compiled = compilePolicy(policy);
      expect(Array.isArray(compiled) ? compiled.map((e) => e.message) : []).toEqual([]);
    });

    // The policy page's "Differences from the benchmark": what the verdict rules were compared with,
    // naming the CIS v7.0.0 audit of every control the policy evidences, and each departure (or none).
    it('says how its verdict rules compare with the benchmark', () => {
      const benchmark = policy.document.benchmark;
      expect(benchmark, 'benchmark: { comparedWith, differences } is missing').toBeDefined();
      const compared = (benchmark?.comparedWith ?? []).join('\n');
      for (const control of policy.document.frameworks?.['cis-aws-foundations-7.0.0'] ?? []) {
        expect(compared, `comparedWith names "CIS AWS Foundations v7.0.0 ${control}"`).toContain(`CIS AWS Foundations v7.0.0 ${control} `);
      }
    });

    it('has PASS, FAIL and ERROR cases, uniquely named, no duplicates', () => {
      expect(policeCases(policy).map((e) => e.message)).toEqual([]);
    });

    it.each(policy.document.tests.map((t, i) => [t.name, i] as const))('case: %s', (_name, i) => {
      const outcome = runPolicyCase(policy, i);
      expect(outcome.problems.map((e) => e.message)).toEqual([]);
      expect(outcome.passed).toBe(true);
    });
  });
});

// A named condition is tested once, in its library, for every policy that uses it.
describe.each([...library.conditions.values()].map((c) => [c.name, c] as const))('named condition %s', (name, named) => {
  const suite = conditionTestSuite(named, library);

  it('has its own PASS, FAIL and ERROR cases, uniquely named, each passing what it needs', () => {
    expect(suite, `${name} in ${named.file} has no tests:`).toBeDefined();
    expect([...suite?.problems ?? [], ...(suite === undefined ? [] : policeCases(suite.policy))].map((e) => e.message)).toEqual([]);
  });

  it.each((named.document.tests ?? []).map((t, i) => [t.name, i] as const))('case: %s', (_name, i) => {
    if (suite === undefined) throw new Error('no suite');
    const outcome = runPolicyCase(suite.policy, i);
    expect(outcome.problems.map((e) => `${e.location?.line ?? ''}: ${e.message}`)).toEqual([]);
    expect(outcome.passed).toBe(true);
  });
});

describe('the case police', () => {
  const withCases = (cases: string, where = ''): ReturnType<typeof policeCases> => {
    const original = policies.find((p) => p.document.id === 'aws-iam-user-console-mfa');
    if (original === undefined) throw new Error('fixture policy missing');
    const statuses = cases.split(',');
    const document = { ...original.document, tests: statuses.map((expect, i) => ({ name: `case ${String(i)}`, resource: { userName: `u${String(i)}` }, expect })) };
    if (where === '') delete (document as { where?: unknown }).where;
    return policeCases({ ...original, document } as typeof original);
  };

  it('asks for PASS, FAIL and ERROR cases', () => {
    expect(withCases('PASS,FAIL').map((e) => e.message)).toEqual(['aws-iam-user-console-mfa has no test case expecting ERROR; every policy and named condition needs a PASS, a FAIL and an ERROR case']);
  });

  it('asks for a NOT_APPLICABLE case when the policy has a where clause', () => {
    expect(withCases('PASS,FAIL,ERROR', 'keep').map((e) => e.message)).toEqual(['aws-iam-user-console-mfa has a where clause but no test case expecting NOT_APPLICABLE']);
    expect(withCases('PASS,FAIL,ERROR,NOT_APPLICABLE', 'keep')).toEqual([]);
    expect(withCases('PASS,FAIL,ERROR')).toEqual([]);
  });
});
