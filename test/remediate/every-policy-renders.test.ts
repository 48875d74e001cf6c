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
import { runPolicyCase } from '../../src/engine/policy-tests.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { loadPolicies, type LoadedPolicy, type PolicySource } from '../../src/policy/load.js';
import type { PolicyTestCase } from '../../src/policy/schema.js';
import { buildPlan } from '../../src/remediate/build.js';
import { renderJson } from '../../src/remediate/render/json.js';
import { renderMarkdown } from '../../src/remediate/render/markdown.js';
import { renderScript } from '../../src/remediate/render/script.js';
import { renderTerraform } from '../../src/remediate/render/terraform.js';

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

const expected = (testCase: PolicyTestCase): string => (typeof testCase.expect === 'string' ? testCase.expect : testCase.expect.status);

/** The scan the policy's first FAIL case runs (its resource and related resources), as the policy tests run it. */
function failScan(policy: LoadedPolicy): { result: ScanResult; subject: { type: string; id: string } } {
  const index = policy.document.tests.findIndex((t) => expected(t) === 'FAIL');
  if (index < 0) throw new Error(`${policy.document.id} has no FAIL case`);
  const outcome = runPolicyCase(policy, index);
  if (outcome.result === undefined || outcome.finding === undefined) throw new Error(outcome.problems.map((e) => e.message).join('\n'));
  return { result: outcome.result, subject: outcome.finding.resource };
}

describe('every bundled policy renders a remediation step', () => {
  it('loads the library', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(policies.length + sources.filter((s) => s.file.startsWith('policies/lib/')).length).toBe(sources.length);
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
