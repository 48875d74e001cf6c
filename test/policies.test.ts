/**
 * Every bundled policy's inline cases, run through the real compiler and
 * engine (like ESLint's RuleTester), and the cases themselves policed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../src/policy/compile.js';
import { loadPolicies, type PolicySource } from '../src/policy/load.js';
import { policeCases, runPolicyCase } from '../src/engine/policy-tests.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function policyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const sources: PolicySource[] = policyFiles(join(root, 'policies')).map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8'), origin: 'bundled' }));
const { policies, errors } = loadPolicies(sources);

describe('bundled policies', () => {
  it('all load without problems', () => {
    expect(errors.map((e) => `${e.location?.file ?? ''}:${e.location?.line ?? ''}: ${e.message}`)).toEqual([]);
    expect(policies.length).toBe(sources.length);
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
