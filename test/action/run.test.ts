/**
 * The action as GitHub runs it: the scan step of action.yml executed by bash
 * with the env the runner would give it (each `${{ inputs.x }}` replaced by
 * the input or its default), real GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, the demo snapshot — for a passing and a failing gate. The one change
 * from a real run: `dist/` under GITHUB_ACTION_PATH holds a shim that loads
 * the TypeScript entry point, so the test needs no build.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resultFixturePath } from '../fixtures/results/load.js';

interface Step { id?: string; run: string; shell: string; env?: Record<string, string> }
interface ActionYml { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown>; runs: { steps: Step[] } }

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const scanStep = action.runs.steps.find((s) => s.id === 'scan');
const demo = resolve('examples/demo-account.json');

let dir: string;
let actionPath: string;
let workspace: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-action-'));
  actionPath = join(dir, 'action');
  workspace = join(dir, 'workspace');
  await mkdir(join(actionPath, 'dist', 'cli'), { recursive: true });
  await mkdir(workspace);
  await writeFile(join(actionPath, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(actionPath, 'dist', 'cli', 'action-main.js'), `await import(${JSON.stringify(pathToFileURL(resolve('src/cli/action-main.ts')).href)});\n`);
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

/** What the runner does with `env:` in a composite step: substitute inputs, defaults where not given. */
function stepEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(scanStep?.env ?? {}).map(([name, value]) => [name, value.replace(/\$\{\{ inputs\.([a-z-]+) \}\}/g, (_, input: string) => inputs[input] ?? action.inputs[input]?.default ?? '')]));
}

async function runStep(inputs: Record<string, string>) {
  const outputFile = join(dir, 'github-output');
  const summaryFile = join(dir, 'step-summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  expect(scanStep?.shell).toBe('bash');
  const child = spawnSync('bash', ['-e', '-c', scanStep?.run ?? 'false'], {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1',
      NODE_OPTIONS: `--import=${pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href}`,
      GITHUB_ACTION_PATH: actionPath, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile,
      ...stepEnv(inputs),
    },
  });
  const outputs = Object.fromEntries((await readFile(outputFile, 'utf8')).trim().split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  return { code: child.status, stdout: child.stdout, stderr: child.stderr, outputs, summary: await readFile(summaryFile, 'utf8') };
}

describe('the GitHub Action, run as GitHub runs it', () => {
  it('a failing gate: every file and output is written, then the step fails', async () => {
    const run = await runStep({ snapshot: demo, packs: 'cis-aws-foundations-7.0.0' });
    expect(run.code, run.stderr).toBe(1);
    const results = join(workspace, 'assay-results');
    expect((await readdir(results)).sort()).toEqual(['assay.html', 'assay.json', 'assay.md', 'assay.sarif']);
    expect(run.outputs).toEqual({
      'exit-code': '1', 'sarif-file': join(results, 'assay.sarif'), 'json-file': join(results, 'assay.json'),
      'html-file': join(results, 'assay.html'), 'markdown-file': join(results, 'assay.md'),
      'pass-count': '153', 'fail-count': '68', 'error-count': '2', 'waived-count': '0', 'not-applicable-count': '20', 'manual-count': '14',
      'critical-count': '0', 'high-count': '10', 'medium-count': '43', 'low-count': '15', 'info-count': '0', 'max-severity': 'high',
    });
    expect(Object.keys(run.outputs).sort(), 'action.yml declares exactly the outputs written').toEqual(Object.keys(action.outputs).sort());
    expect(run.summary).toBe(await readFile(join(results, 'assay.md'), 'utf8'));
    expect(run.summary).toMatch(/^# Assay scan report/);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(10);
    expect(annotations.slice(0, 9).every((a) => a.startsWith('::error title=HIGH '))).toBe(true);
    expect(annotations[9]).toBe('::notice title=Assay::68 failing findings (59 not annotated): see the job summary and the HTML report for all of them with evidence.');
    expect(JSON.parse(await readFile(join(results, 'assay.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it('a passing gate exits 0 with the same outputs', async () => {
    const run = await runStep({ snapshot: demo, packs: 'cis-aws-foundations-7.0.0', 'fail-on': 'critical', 'output-dir': 'reports/nightly' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ 'exit-code': '0', 'max-severity': 'high', 'fail-count': '68', 'json-file': join(workspace, 'reports', 'nightly', 'assay.json') });
    expect(run.summary).toMatch(/^# Assay scan report/);
  });

  it('bad input exits 2, reports only the exit code, and never passes an earlier run\'s report for this one', async () => {
    // An earlier run's reports where the first test shows a run leaves them, a real findings
    // document among them (copied, not scanned: it saves a whole run of the action).
    const earlier = join(workspace, 'assay-results');
    await mkdir(earlier);
    await copyFile(resultFixturePath('before'), join(earlier, 'assay.json'));
    for (const file of ['assay.html', 'assay.md', 'assay.sarif']) await writeFile(join(earlier, file), 'an earlier run\'s report\n');
    const run = await runStep({ snapshot: demo, packs: 'cis-aws-foundations-7' });
    expect(run.code).toBe(2);
    expect(run.outputs).toEqual({ 'exit-code': '2' });
    expect(run.summary).toBe('');
    expect(run.stderr).toContain('unknown pack');
    expect(await readdir(join(workspace, 'assay-results'))).toEqual([]);
  });
});
