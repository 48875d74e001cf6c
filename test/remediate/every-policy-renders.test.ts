/**
 * Every bundled policy can be remediated by a plan step: its own FAIL test
 * case, run through the real compiler and engine, gives a FAIL finding whose
 * plan step has commands with the resource's values filled in, and the plan
 * renders in every format (the script carrying each command as the plan has
 * it). A policy that truly cannot be fixed by a command must be allowlisted
 * below, with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import { TEST_ACCOUNT } from '../../src/engine/policy-tests.js';
import type { ScanResult } from '../../src/engine/result.js';
import { compilePolicy, type ParameterOverride } from '../../src/policy/compile.js';
import { loadPolicies, type LoadedPolicy, type PolicySource } from '../../src/policy/load.js';
import type { PolicyTestCase } from '../../src/policy/schema.js';
import { buildPlan } from '../../src/remediate/build.js';
import { renderJson } from '../../src/remediate/render/json.js';
import { renderMarkdown } from '../../src/remediate/render/markdown.js';
import { renderScript } from '../../src/remediate/render/script.js';
import { renderTerraform } from '../../src/remediate/render/terraform.js';
import { buildResource } from '../../src/resources/build.js';
import { findResourceType, resourceTypes } from '../../src/resources/catalog.js';
import { GLOBAL_REGION } from '../../src/resources/define.js';
import type { Resource } from '../../src/resources/resource.js';
import type { CoverageEntry, Snapshot } from '../../src/snapshot/schema.js';

/**
 * Policies whose fix is deliberately not a command. Each would need the root
 * user's own credentials (root access keys, which these very policies say
 * should not exist) or a console session as root; their remediation text
 * says so and the plan lists them under "Without commands (by hand)".
 */
const WITHOUT_COMMANDS: ReadonlyMap<string, string> = new Map([
  ['aws-iam-root-hardware-mfa', 'root MFA devices can only be managed while signed in as root'],
  ['aws-iam-root-mfa-enabled', 'root MFA devices can only be managed while signed in as root'],
  ['aws-iam-root-no-access-keys', 'deleting root access keys from the CLI means signing with those keys'],
]);

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = readdirSync(join(root, 'policies'), { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
  .map((e) => join(e.parentPath, e.name))
  .sort();
const sources: PolicySource[] = files.map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8'), origin: 'bundled' }));
const { policies, errors } = loadPolicies(sources);

type ResourceSpec = Pick<PolicyTestCase, 'id' | 'region' | 'tags' | 'errors'> & { readonly data?: Record<string, unknown> };

/** A case's resource as the policy tests build it: unstated fields from the type's valid example. */
function fixture(type: string, spec: ResourceSpec): Resource {
  const definition = findResourceType(type);
  if (definition === undefined) throw new Error(`unknown resource type ${type}`);
  return buildResource(definition, {
    id: spec.id ?? 'test-resource',
    account: TEST_ACCOUNT,
    region: definition.scope === 'global' ? GLOBAL_REGION : (spec.region ?? 'us-east-1'),
    ...(spec.tags === undefined ? {} : { tags: spec.tags }),
    data: spec.data ?? {},
    ...(spec.errors === undefined ? {} : { errors: spec.errors.map((e) => ({ path: e.path, code: e.code, message: e.message ?? `${e.code} (test)` })) }),
  });
}

/** Every type complete in every region, as in the policy tests, unless the case says otherwise. */
function coverage(testCase: PolicyTestCase): CoverageEntry[] {
  return resourceTypes.flatMap((definition) => (definition.scope === 'global' ? [GLOBAL_REGION] : ['eu-west-1', 'us-east-1']).map((region): CoverageEntry => {
    const override = (testCase.coverage ?? []).find((c) => c.type === definition.type && (c.region === undefined || c.region === region));
    return override === undefined
      ? { type: definition.type, account: TEST_ACCOUNT, region, status: 'complete' }
      : { type: definition.type, account: TEST_ACCOUNT, region, status: override.status, reason: `${override.status} in test` };
  }));
}

const expected = (testCase: PolicyTestCase): string => (typeof testCase.expect === 'string' ? testCase.expect : testCase.expect.status);

/** The scan of a snapshot holding only the policy's first FAIL case (and its related resources). */
function failScan(policy: LoadedPolicy): { result: ScanResult; subject: Resource } {
  const testCase = policy.document.tests.find((t) => expected(t) === 'FAIL');
  if (testCase === undefined) throw new Error(`${policy.document.id} has no FAIL case`);
  const overrides = new Map<string, ParameterOverride>(Object.entries(testCase.params ?? {}).map(([k, v]) => [k, { value: v, location: policy.locate('/tests') }]));
  const compiled = compilePolicy(policy, overrides);
  if (Array.isArray(compiled)) throw new Error(compiled.map((e) => e.message).join('\n'));
  const subject = fixture(policy.document.resource, { ...testCase, data: testCase.resource });
  const snapshot: Snapshot = {
    schemaVersion: 1,
    generator: { name: 'assay-test', version: '0' },
    collectedAt: '2026-06-01T12:00:00.000Z',
    scope: { partition: 'aws', accounts: [TEST_ACCOUNT], regions: ['eu-west-1', 'us-east-1'] },
    resources: [subject, ...(testCase.related ?? []).map((r) => fixture(r.type, r))],
    coverage: coverage(testCase),
    errors: [],
  };
  const result = evaluate(snapshot, [compiled], { snapshotDigest: 'sha256:test', generator: { name: 'assay', version: 'test' }, selection: { policyIds: undefined, controls: [], overrides: new Map(), packs: [] } });
  return { result, subject };
}

describe('every bundled policy renders a remediation step', () => {
  it('loads the library', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(policies.length).toBe(sources.length);
  });

  it('keeps the allowlist to policies that exist and really have no commands', () => {
    const byId = new Map(policies.map((p) => [p.document.id, p]));
    for (const id of WITHOUT_COMMANDS.keys()) {
      const policy = byId.get(id);
      expect(policy, `${id} is not a bundled policy`).toBeDefined();
      expect(policy?.document.remediation.cli ?? [], `${id} has commands now: take it off the allowlist`).toEqual([]);
    }
  });

  describe.each(policies.map((p) => [p.document.id, p] as const))('%s', (id, policy) => {
    const { result, subject } = failScan(policy);
    const plan = buildPlan(result);
    const failure = result.findings.find((f) => f.status === 'FAIL' && f.resource.type === subject.type && f.resource.id === subject.id);

    it('its FAIL case fails', () => {
      expect(failure?.policy).toBe(id);
    });

    if (WITHOUT_COMMANDS.has(id)) {
      it('is listed to fix by hand, with guidance', () => {
        expect(plan.steps.filter((s) => s.resource.id === subject.id)).toEqual([]);
        expect(plan.withoutCommands.find((m) => m.fingerprint === failure?.fingerprint)?.guidance.length).toBeGreaterThan(20);
      });
      return;
    }

    it('gives a plan step with commands, the resource\'s values filled in', () => {
      const step = plan.steps.find((s) => s.findings.includes(failure?.fingerprint ?? '-'));
      expect(step?.policies).toContain(id);
      expect(step?.commands.length ?? 0).toBeGreaterThan(0);
      for (const command of step?.commands ?? []) expect(command).not.toMatch(/\{\{\s*(resource|param)\./);
      const templates = policy.document.remediation.cli ?? [];
      if (templates.some((t) => t.includes('{{resource.id}}'))) expect(step?.commands.join('\n')).toContain(`'${subject.id}'`);
    });

    it('renders as Markdown, a script, JSON and Terraform', () => {
      const markdown = renderMarkdown(plan);
      expect(markdown).toMatch(/^### step-001 · /m);
      const script = renderScript(plan);
      for (const command of plan.steps.flatMap((s) => s.commands)) expect(script).toContain(command);
      expect(JSON.parse(renderJson(plan))).toEqual(plan);
      const terraform = renderTerraform(plan);
      if (policy.document.remediation.terraform !== undefined) expect(terraform).toContain(policy.document.remediation.terraform.trimEnd());
    });
  });
});
