/**
 * `assay plan` end to end in-process: every format from a real findings
 * document, the same bytes for the same input, --output (an executable
 * script), and exit 2 for bad input.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/remediate/plan.js';
import { runCli } from '../support/cli.js';

let dir = '';
let findings = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-plan-'));
  findings = join(dir, 'findings.json');
  const scan = await runCli(['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'cis-aws-foundations-7.0.0', '--format', 'json', '--fail-on', 'none']);
  expect(scan.code, scan.stderr).toBe(0);
  await writeFile(findings, scan.stdout);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('assay plan', () => {
  it('prints the Markdown plan by default', async () => {
    const result = await runCli(['plan', findings]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')[0]).toBe('# Assay remediation plan');
    expect(result.stdout).toMatch(/^### step-001 · (critical|high) · /m);
    expect(result.stdout).toContain('## Without commands (by hand)');
  });

  it('prints the plan document with --format json', async () => {
    const result = await runCli(['plan', findings, '--format', 'json']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as Plan;
    expect(plan.schemaVersion).toBe(1);
    expect(plan.scan.snapshotDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(plan.steps.length).toBeGreaterThan(10);
    expect(plan.steps.every((s) => s.commands.length > 0)).toBe(true);
  });

  it('prints Terraform guidance with --format terraform', async () => {
    const result = await runCli(['plan', findings, '--format', 'terraform']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('These are templates to adapt, not generated configuration.');
    expect(result.stdout).toMatch(/^resource "aws_/m);
  });

  it('prints a bash script with --format script', async () => {
    const result = await runCli(['plan', findings, '--format', 'script']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('#!')).toBe(true);
  });

  it.each(['markdown', 'json', 'terraform', 'script'])('gives the same bytes for the same input (%s)', async (format) => {
    const [first, second] = await Promise.all([runCli(['plan', findings, '--format', format]), runCli(['plan', findings, '--format', format])]);
    expect(first.stdout.length).toBeGreaterThan(0);
    expect(second.stdout === first.stdout).toBe(true);
  });

  it('writes the plan to --output and says so on stderr', async () => {
    const file = join(dir, 'plan.md');
    const result = await runCli(['plan', findings, '--output', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^wrote .*plan\.md \(markdown: \d+ steps, \d+ disruptive\)\n$/);
    expect(await readFile(file, 'utf8')).toBe((await runCli(['plan', findings])).stdout);
    expect((await stat(file)).mode & 0o777).toBe(0o644);
  });

  it('writes an executable script with --format script --output', async () => {
    const file = join(dir, 'remediate.sh');
    const result = await runCli(['plan', findings, '--format', 'script', '--output', file]);
    expect(result.code).toBe(0);
    expect((await stat(file)).mode & 0o777).toBe(0o755);
    expect(await readFile(file, 'utf8')).toBe((await runCli(['plan', findings, '--format', 'script'])).stdout);
  });

  it('exits 2 for a missing file, a file that is not a findings document, and an unknown format', async () => {
    const missing = await runCli(['plan', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
    expect(missing.stdout).toBe('');
    const snapshot = await runCli(['plan', 'examples/demo-account.json']);
    expect(snapshot.code).toBe(2);
    expect(snapshot.stderr).toContain('examples/demo-account.json');
    const garbage = join(dir, 'garbage.json');
    await writeFile(garbage, '{ not json');
    expect((await runCli(['plan', garbage])).code).toBe(2);
    expect((await runCli(['plan', findings, '--format', 'yaml'])).code).toBe(2);
  });

  it('shows help with examples', async () => {
    const result = await runCli(['plan', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('assay plan findings.json --format script --output remediate.sh');
  });
});
