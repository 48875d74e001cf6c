/**
 * Output files as a user names them: formats from extensions, empty names,
 * folders to create, files that cannot be written. Every file is checked
 * before any is written and before the scan runs.
 */
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../support/cli.js';

const demo = resolve('examples/demo-account.json');
const findings = resolve('test/fixtures/results/after.json');

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-outputs-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const at = (name: string): string => join(dir, name);

function expectRefused(run: CliRun, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\.tmp\b|\n\s+at .*\.(ts|js):\d+/);
}

describe('an option that names no file', () => {
  it.each([
    ['scan --output json=', ['scan', '--snapshot', demo, '--output', 'json=']],
    ['scan --plan json=', ['scan', '--snapshot', demo, '--plan', 'json=']],
    ['scan --output ""', ['scan', '--snapshot', demo, '--output', '']],
    ['scan --save-snapshot ""', ['scan', '--save-snapshot', ' ']],
    ['scan --snapshot ""', ['scan', '--snapshot', '']],
    ['collect -o ""', ['collect', '-o', '']],
    ['snapshot merge -o ""', ['snapshot', 'merge', demo, '-o', '']],
    ['plan --output ""', ['plan', findings, '--output', '']],
    ['diff --output ""', ['diff', findings, findings, '--output', '']],
  ])('%s is refused with exit 2', async (_, args) => {
    const run = await runCli(args);
    expectRefused(run, /names no file|expected a file name/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('is refused in the configuration\'s outputs, located', async () => {
    await writeFile(at('assay.config.yaml'), 'outputs: ["json= "]\n');
    const run = await runCli(['scan', '--snapshot', demo, '--config', at('assay.config.yaml')]);
    expectRefused(run, new RegExp(`${at('assay.config.yaml')}:1:\\d+: "json=" names no file`));
  });
});

describe('the format of a plain --output <file>', () => {
  it('comes from the extension, and the files take the place of stdout', async () => {
    const run = await runCli(['scan', '--snapshot', demo, '--fail-on', 'none',
      '--output', at('assay.sarif'), '--output', at('junit.xml'), '--output', at('summary.txt'), '--output', at('report.MD'), '--output', at('findings.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(await readFile(at('assay.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(await readFile(at('junit.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(await readFile(at('summary.txt'), 'utf8')).toMatch(/^Assay scan/);
    expect(await readFile(at('report.MD'), 'utf8')).toMatch(/^#/m);
    expect(JSON.parse(await readFile(at('findings.json'), 'utf8'))).toHaveProperty('findings');
  });

  it('is --format for a name without an extension', async () => {
    const run = await runCli(['scan', '--snapshot', demo, '--fail-on', 'none', '--format', 'json', '--output', at('findings')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(await readFile(at('findings'), 'utf8'))).toHaveProperty('findings');
  });

  it('refuses an extension that names no format, listing the known ones, before writing anything', async () => {
    const run = await runCli(['scan', '--snapshot', demo, '--output', `json=${at('ok.json')}`, '--output', at('report.out')]);
    expectRefused(run, /cannot tell the report format of --output .*report\.out from its extension/);
    expect(run.stderr).toContain('.sarif (sarif)');
    expect(run.stderr).toContain('.xml (junit)');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an extension that contradicts --format', async () => {
    const run = await runCli(['scan', '--snapshot', demo, '--format', 'json', '--output', at('report.sarif')]);
    expectRefused(run, /report\.sarif is named like a sarif report, but --format is json/);
  });
});

describe('every output path is checked before the scan writes any', () => {
  it('creates the folders an output goes in', async () => {
    const run = await runCli(['scan', '--snapshot', demo, '--fail-on', 'none', '--output', `sarif=${at('out/ci/assay.sarif')}`, '--plan', at('out/plans/plan.md')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(await readFile(at('out/ci/assay.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(await readFile(at('out/plans/plan.md'), 'utf8')).toMatch(/^# /);
  });

  it('refuses an output that cannot be created, naming it, with nothing written', async () => {
    await writeFile(at('blocker'), 'a file where a folder should be');
    const run = await runCli(['scan', '--snapshot', demo, '--output', `json=${at('ok.json')}`, '--output', `sarif=${at('blocker/assay.sarif')}`]);
    expectRefused(run, new RegExp(`^${at('blocker/assay.sarif')}: cannot write the file: cannot create its folder: ${at('blocker')} is a file \\[FILE_WRITE_FAILED\\]`, 'm'));
    expect(await readdir(dir)).toEqual(['blocker']);
  });

  it('refuses a directory, a --plan and a --save-snapshot that cannot be written, all at once, before collecting', async () => {
    await mkdir(at('reports'));
    await writeFile(at('blocker'), '');
    // No --snapshot: a live scan, which must not start.
    const run = await runCli(['scan', '--output', `json=${at('reports')}`, '--plan', at('blocker/plan.md'), '--save-snapshot', at('blocker/snapshot.json')]);
    expectRefused(run, /reports: cannot write the file: is a directory/);
    expect(run.stderr).toMatch(/blocker\/plan\.md: cannot write the file/);
    expect(run.stderr).toMatch(/blocker\/snapshot\.json: cannot write the file/);
    expect(run.stderr).not.toMatch(/AWS_|collecting/);
  });

  it('refuses a collect -o that cannot be written before collecting', async () => {
    await writeFile(at('blocker'), '');
    const run = await runCli(['collect', '-o', at('blocker/snapshot.json')]);
    expectRefused(run, /blocker\/snapshot\.json: cannot write the file/);
    expect(run.stderr).not.toMatch(/AWS_|collecting/);
  });

  it('refuses two outputs that are one file, across options', async () => {
    const run = await runCli(['scan', '--snapshot', demo, '--output', `json=${at('x.json')}`, '--plan', join(dir, '.', 'x.json')]);
    expectRefused(run, /--output .*x\.json and --plan .*x\.json name the same file/);
  });

  it('respects a read-only file (mode 0444) as cp would: exit 2, located, the file untouched', async () => {
    await writeFile(at('locked.json'), 'keep');
    await chmod(at('locked.json'), 0o444);
    const run = await runCli(['scan', '--snapshot', demo, '--output', `json=${at('locked.json')}`]);
    expectRefused(run, new RegExp(`^${at('locked.json')}: cannot write the file: the file is read-only \\(mode 0444\\)`, 'm'));
    expect(run.stderr).toContain('[FILE_WRITE_FAILED]');
    expect(await readFile(at('locked.json'), 'utf8')).toBe('keep');
  });

  it('respects a read-only plan --output', async () => {
    await writeFile(at('plan.md'), 'keep');
    await chmod(at('plan.md'), 0o444);
    expectRefused(await runCli(['plan', findings, '--output', at('plan.md')]), /plan\.md: cannot write the file: the file is read-only/);
    expect(await readFile(at('plan.md'), 'utf8')).toBe('keep');
  });
});
