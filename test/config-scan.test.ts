/**
 * The configuration file as a scan reads it: found in the working directory,
 * paths relative to the file, command-line options winning, parameters
 * overriding the packs'.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-config-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const demo = resolve('examples/demo-account.json');

describe('scan with a configuration file', () => {
  it('writes the outputs it names, relative to the file, and applies its gate', async () => {
    await writeFile(join(dir, 'assay.config.yaml'), 'packs: [assay-foundations]\noutputs: ["json=reports/findings.json"]\nfailOn: critical\n');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'reports'));
    const run = await runCli(['scan', '--snapshot', demo, '--config', join(dir, 'assay.config.yaml')]);
    expect(run.code).toBe(0);
    const findings = JSON.parse(await readFile(join(dir, 'reports', 'findings.json'), 'utf8')) as { packs: { id: string }[] };
    expect(findings.packs.map((p) => p.id)).toEqual(['assay-foundations']);
  });

  it('lets the command line win over the file', async () => {
    await writeFile(join(dir, 'c.yaml'), 'packs: [assay-foundations]\nfailOn: none\n');
    expect((await runCli(['scan', '--snapshot', demo, '--config', join(dir, 'c.yaml'), '--format', 'json'])).code).toBe(0);
    expect((await runCli(['scan', '--snapshot', demo, '--config', join(dir, 'c.yaml'), '--format', 'json', '--fail-on', 'high'])).code).toBe(1);
  });

  it('overrides a pack parameter with its own, which the findings show', async () => {
    await writeFile(join(dir, 'c.yaml'), 'packs: [assay-foundations]\nfailOn: none\nparameters:\n  aws-iam-password-policy-min-length: { minimumLength: 20 }\n');
    const run = await runCli(['scan', '--snapshot', demo, '--config', join(dir, 'c.yaml'), '--format', 'json']);
    const result = JSON.parse(run.stdout) as { findings: { policy: string; message: string }[] };
    expect(result.findings.find((f) => f.policy === 'aws-iam-password-policy-min-length')?.message).toMatch(/20/);
  });

  it('refuses a parameter of the wrong type at the configuration line', async () => {
    await writeFile(join(dir, 'c.yaml'), 'packs: [assay-foundations]\nparameters:\n  aws-iam-password-policy-min-length:\n    minimumLength: long\n');
    const run = await runCli(['scan', '--snapshot', demo, '--config', join(dir, 'c.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/c\.yaml:4:/);
  });
});
