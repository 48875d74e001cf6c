/** A profile level selects among the chosen packs' controls: one that selects nothing different is refused. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const demo = resolve('examples/demo-account.json');

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-level-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('--level', () => {
  it.each([
    ['without --pack', ['--level', '1'], /^assay: --level 1 selects controls of a pack, but no pack is chosen \[CLI_USAGE\]$/m],
    ['that the pack does not define', ['--pack', 'assay-foundations', '--level', '9'], /^assay: --level 9 is not a profile level of assay-foundations; levels: 1, 2 \[CLI_USAGE\]$/m],
    ['of a pack without levels', ['--pack', 'pci-dss-4.0', '--level', '1'], /^assay: --level 1: pci-dss-4.0 defines no profile levels \[CLI_USAGE\]$/m],
  ])('%s is refused with exit 2', async (_, args, message) => {
    const run = await runCli(['scan', '--snapshot', demo, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('of packs show is refused when the pack does not define it', async () => {
    const run = await runCli(['packs', 'show', 'assay-foundations', '--level', '3']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--level 3 is not a profile level of assay-foundations; levels: 1, 2/);
  });
});

describe('level: in the configuration file', () => {
  it.each([
    ['that its packs do not define', 'packs: [assay-foundations]\nlevel: 3\n', /:2:8: level 3 is not a profile level of assay-foundations; levels: 1, 2 \[CONFIG_SCHEMA\]/],
    ['without a pack', 'failOn: none\nlevel: 1\n', /:2:8: level 1 selects controls of a pack, but no pack is chosen \[CONFIG_SCHEMA\]/],
  ])('%s is refused, located at the line', async (name, text, message) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
    await writeFile(file, text);
    const run = await runCli(['scan', '--snapshot', demo, '--config', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain(`${file}:2:8`);
  });
});
