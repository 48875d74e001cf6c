/**
 * What a command loads, seen from inside the built CLI's process: a probe
 * preloaded with `node --import` records every module the ESM loader loads
 * and, at exit, every CommonJS module in require's cache. A command that
 * does not call AWS must not load the AWS SDK, whatever it costs on a given
 * machine; this checks the modules, never the time. Needs `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { matching, modulesLoadedBy } from '../support/module-probe.js';

const HANG_GUARD_MS = 120_000;

describe('the modules a command loads', () => {
  it('see the AWS SDK where a command uses it: the probe works', async () => {
    const { status, modules } = await modulesLoadedBy(['permissions']);
    expect(status).toBe(0);
    expect(matching(modules, '/node_modules/@aws-sdk/').length).toBeGreaterThan(5);
  }, HANG_GUARD_MS);

  it('are the entry and commander alone for --version: no command, catalog, schema library or SDK', async () => {
    const { status, modules } = await modulesLoadedBy(['--version']);
    expect(status).toBe(0);
    expect(matching(modules, '/dist/cli/main.js')).toHaveLength(1);
    for (const heavy of ['/node_modules/@aws-sdk/', '/node_modules/@smithy/', '/node_modules/@sinclair/typebox/', '/node_modules/ajv/', '/node_modules/yaml/', '/dist/cli/commands/', '/dist/resources/', '/dist/report/']) {
      expect(matching(modules, heavy), heavy).toEqual([]);
    }
  }, HANG_GUARD_MS);

  it('leave out the SDK, the engine and the reports in policies list', async () => {
    const { status, modules } = await modulesLoadedBy(['policies', 'list']);
    expect(status).toBe(0);
    expect(matching(modules, '/dist/cli/commands/policies.js')).toHaveLength(1);
    // The bundle serves the library: no YAML is parsed, and the precompiled validators leave Ajv's compiler unloaded.
    for (const heavy of ['/node_modules/@aws-sdk/', '/node_modules/@smithy/', '/dist/collect/', '/dist/report/', '/dist/engine/evaluate.js', '/dist/cli/commands/scan.js', '/node_modules/yaml/', '/node_modules/ajv/dist/compile/']) {
      expect(matching(modules, heavy), heavy).toEqual([]);
    }
  }, HANG_GUARD_MS);

  it('leave out the SDK and the formats not written in a scan of a snapshot file', async () => {
    const { status, modules } = await modulesLoadedBy(['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'cis-aws-foundations-7.0.0', '--fail-on', 'none']);
    expect(status).toBe(0);
    expect(matching(modules, '/dist/report/table.js')).toHaveLength(1);
    // The collection sources' names are offered as an option; the collectors behind them are not loaded.
    expect(matching(modules, '/dist/collect/').map((m) => m.replace(/.*\/dist\//, ''))).toEqual(['collect/source-names.js']);
    for (const heavy of ['/node_modules/@aws-sdk/', '/node_modules/@smithy/', '/dist/report/html/', '/dist/report/sarif/', '/dist/cli/live.js', '/node_modules/yaml/', '/node_modules/ajv/dist/compile/']) {
      expect(matching(modules, heavy), heavy).toEqual([]);
    }
  }, HANG_GUARD_MS);

  it('load the YAML parser when a user\'s own policies need parsing', async () => {
    const { status, modules } = await modulesLoadedBy(['policies', 'list', '--policies', 'test/fixtures/policies/good']);
    expect(status).toBe(0);
    expect(matching(modules, '/node_modules/yaml/')).not.toEqual([]);
  }, HANG_GUARD_MS);

  it('leave out the SDK and the verifier in trail verify --help', async () => {
    const { status, modules } = await modulesLoadedBy(['trail', 'verify', '--help']);
    expect(status).toBe(0);
    expect(matching(modules, '/dist/cli/commands/trail.js')).toHaveLength(1);
    for (const heavy of ['/node_modules/@aws-sdk/', '/node_modules/@smithy/', '/dist/collect/', '/dist/trail/', '/dist/cli/trail-verify.js']) {
      expect(matching(modules, heavy), heavy).toEqual([]);
    }
  }, HANG_GUARD_MS);
});
