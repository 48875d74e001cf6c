/**
 * Several reports from one scan, and the gate: every file is written before
 * the exit code is decided, so a failing CI job still uploads its reports.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-out-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const scan = (...extra: string[]) => runCli(['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'cis-aws-foundations-7.0.0', ...extra]);

describe('scan outputs and gate', () => {
  it('writes every requested report, then fails the gate', async () => {
    const run = await scan('--output', `json=${join(dir, 'findings.json')}`, '--output', `table=${join(dir, 'summary.txt')}`);
    expect(run.code).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['findings.json', 'summary.txt']);
    const findings = JSON.parse(await readFile(join(dir, 'findings.json'), 'utf8')) as { schemaVersion: number; findings: { status: string; severity: string }[] };
    expect(findings.schemaVersion).toBe(2);
    expect(findings.findings.some((f) => f.status === 'FAIL' && f.severity === 'high')).toBe(true);
    expect(await readFile(join(dir, 'summary.txt'), 'utf8')).toContain('packs: cis-aws-foundations-7.0.0');
    // The terminal summary still goes to stdout when every --output names its format.
    expect(run.stdout).toContain('Assay scan');
    expect(run.stderr).toContain('gate failed: ');
  });

  it('a plain --output file takes --format and stdout stays empty', async () => {
    const run = await scan('--format', 'json', '--output', join(dir, 'out.json'), '--fail-on', 'none');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(await readFile(join(dir, 'out.json'), 'utf8'))).toHaveProperty('policies');
  });

  it('the same scan gives byte-identical reports', async () => {
    await scan('--output', `json=${join(dir, 'a.json')}`, '--fail-on', 'none');
    await scan('--output', `json=${join(dir, 'b.json')}`, '--fail-on', 'none');
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe(await readFile(join(dir, 'b.json'), 'utf8'));
  });

  it('every format can be written at once, and the baseline counts reach the auditor reports', async () => {
    const formats = ['table', 'json', 'sarif', 'junit', 'csv', 'markdown', 'html'];
    const run = await runCli(['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundations', '--baseline', 'test/fixtures/results/baseline-older.json',
      ...formats.flatMap((f) => ['--output', `${f}=${join(dir, `report.${f}`)}`])]);
    expect(run.code).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(formats.map((f) => `report.${f}`).sort());
    expect(await readFile(join(dir, 'report.markdown'), 'utf8')).toContain('**Baseline:**');
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('<dt>Baseline</dt>');
    const json = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as { baseline: { new: number }; findings: { baseline?: string }[] };
    expect(json.baseline.new).toBe(2);
    expect(json.findings.filter((f) => f.baseline === 'new')).toHaveLength(2);
  });

  it('--plan writes the remediation plan with the reports, in the format its extension implies', async () => {
    const { execFileSync } = await import('node:child_process');
    const { stat } = await import('node:fs/promises');
    const run = await scan('--plan', join(dir, 'fix.sh'), '--fail-on', 'none');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/wrote .*fix\.sh \(script: \d+ steps, \d+ disruptive\)/);
    expect((await stat(join(dir, 'fix.sh'))).mode & 0o111).not.toBe(0);
    execFileSync('bash', ['-n', join(dir, 'fix.sh')]);
    await scan('--plan', `markdown=${join(dir, 'plan.txt')}`, '--fail-on', 'none');
    expect(await readFile(join(dir, 'plan.txt'), 'utf8')).toMatch(/^# Assay remediation plan/);
  });
});
