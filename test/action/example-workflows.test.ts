/**
 * The example workflows users copy: valid against GitHub's workflow schema,
 * granting each job the permissions its steps need (and no more), using only
 * the action's declared inputs and outputs, uploading SARIF even when the
 * gate fails, and the README showing the scheduled scan as it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step { id?: string; uses?: string; run?: string; if?: string; with?: Record<string, string> }
interface Job { permissions?: Record<string, string>; steps?: Step[] }
interface Workflow { permissions?: Record<string, string>; jobs: Record<string, Job> }
interface ActionYml { inputs: Record<string, unknown>; outputs: Record<string, unknown> }

const dir = 'examples/workflows';
const files = readdirSync(dir).filter((f) => f.endsWith('.yml')).sort();
const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const ours = (step: Step): boolean => /^[\w.-]+\/assay@/.test(step.uses ?? '');

/** The permissions each kind of step needs from the job's GITHUB_TOKEN. */
const needs: readonly { step: RegExp; permission: string; level: string }[] = [
  { step: /^aws-actions\/configure-aws-credentials@/, permission: 'id-token', level: 'write' },
  { step: /^github\/codeql-action\/upload-sarif@/, permission: 'security-events', level: 'write' },
  { step: /^actions\/checkout@/, permission: 'contents', level: 'read' },
];

describe.each(files)('examples/workflows/%s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const workflow = parse(text) as Workflow;

  it('is a valid workflow', () => {
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('grants each job the permissions its steps need, and nothing it does not use', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const granted = job.permissions ?? workflow.permissions;
      expect(granted, `${name}: permissions must be explicit`).toBeTypeOf('object');
      const steps = job.steps ?? [];
      for (const need of needs) {
        if (steps.some((s) => need.step.test(s.uses ?? ''))) expect(granted?.[need.permission], `${name}: ${need.permission}`).toMatch(need.level === 'read' ? /^(read|write)$/ : /^write$/);
      }
      // A job's own grant must be used by its own steps.
      for (const [permission, level] of Object.entries(job.permissions ?? {})) {
        const used = steps.some((s) => needs.some((n) => n.permission === permission && n.step.test(s.uses ?? '')));
        expect(used, `${name}: ${permission}: ${level} is granted but none of its steps needs it`).toBe(true);
      }
      // A workflow-level grant no job of this file needs would be excess for every job.
      for (const [permission, level] of Object.entries(workflow.permissions ?? {})) {
        const used = Object.values(workflow.jobs).some((j) => (j.steps ?? []).some((s) => needs.some((n) => n.permission === permission && n.step.test(s.uses ?? ''))));
        expect(used, `${permission}: ${level} is granted but no step needs it`).toBe(true);
      }
    }
  });

  it('passes only declared inputs to the action and reads only declared outputs', () => {
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps ?? []);
    const assay = steps.filter(ours);
    expect(assay.length).toBeGreaterThan(0);
    for (const step of assay) {
      expect(step.id, 'the action step has an id, for its outputs').toBeTruthy();
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), input).toContain(input);
      for (const match of text.matchAll(new RegExp(`steps\\.${step.id ?? ''}\\.outputs\\.([\\w-]+)`, 'g'))) expect(Object.keys(action.outputs), match[1]).toContain(match[1]);
    }
    expect(text).not.toMatch(/aws-access-key-id|aws-secret-access-key|secrets\./);
  });

  it('uploads SARIF even when the gate fails, without a category the SARIF would override', () => {
    for (const step of Object.values(workflow.jobs).flatMap((j) => j.steps ?? []).filter((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))) {
      expect(step.uses).toBe('github/codeql-action/upload-sarif@v4');
      expect(step.if).toMatch(/^always\(\)/);
      expect(step.with?.sarif_file).toMatch(/^\$\{\{ steps\.[\w-]+\.outputs\.sarif-file \}\}$/);
      expect(step.with?.category).toBeUndefined();
    }
  });
});

describe('the examples as a set', () => {
  it('include a scheduled scan feeding code scanning, a deploy gate with a baseline, and a matrix of accounts', () => {
    const parsed = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    expect(parsed['scheduled-scan.yml']).toMatch(/schedule:[\s\S]*upload-sarif@v4/);
    expect(parsed['deploy-gate.yml']).toMatch(/baseline: \S+/);
    expect(parsed['multi-account.yml']).toMatch(/fail-fast: false[\s\S]*matrix:/);
  });

  it('the README shows the scheduled scan exactly as the file has it', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`\`\`\`yaml\n${readFileSync(join(dir, 'scheduled-scan.yml'), 'utf8')}\`\`\``);
  });

  it('action.yml itself is valid against GitHub\'s action schema', () => {
    expect(validateAction(readFileSync('action.yml', 'utf8')).errors).toEqual([]);
  });
});
