/**
 * `assay snapshot merge` end to end: shards written as files (one gzip),
 * merged, and the merged snapshot scanned to the same verdicts as the
 * account it came from; conflicts located in the files, nothing written.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { runCli } from '../support/cli.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-merge-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const demo = JSON.parse(await readFile('examples/demo-account.json', 'utf8')) as Snapshot;
function shard(regions: readonly string[]): Snapshot {
  const keep = (region: string): boolean => regions.includes(region);
  return { ...demo, scope: { ...demo.scope, regions: demo.scope.regions.filter(keep) }, resources: demo.resources.filter((r) => keep(r.region)), coverage: demo.coverage.filter((c) => keep(c.region)), errors: demo.errors.filter((e) => keep(e.region)) };
}

async function writeShards(): Promise<[string, string]> {
  const a = join(dir, 'a.json');
  const b = join(dir, 'b.json.gz');
  await writeFile(a, JSON.stringify(shard(['global', 'us-east-1']), null, 2));
  await writeFile(b, gzipSync(JSON.stringify(shard(['eu-west-1']))));
  return [a, b];
}

const verdicts = async (snapshot: string): Promise<string[]> => {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const run = await runCli(['scan', '--snapshot', snapshot, '--output', `json=${out}`, '--fail-on', 'none', '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  const findings = (JSON.parse(await readFile(out, 'utf8')) as { findings: { policy: string; resource: { type: string; id: string; region: string }; status: string }[] }).findings;
  return findings.map((f) => `${f.policy} ${f.resource.type} ${f.resource.region} ${f.resource.id} ${f.status}`).sort();
};

describe('assay snapshot merge', () => {
  it('merges shards into a valid snapshot that scans to the same verdicts as the whole account', async () => {
    const [a, b] = await writeShards();
    const merged = join(dir, 'org.json.gz');
    const run = await runCli(['snapshot', 'merge', a, b, '-o', merged]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(`merged 2 snapshots into ${merged}: 1 account, 2 regions, 321 resources, 3 collection errors, 1 type×region listing incomplete\n`);
    expect((await runCli(['snapshot', 'validate', merged])).code).toBe(0);
    const whole = await verdicts('examples/demo-account.json');
    expect(whole.length).toBeGreaterThan(200);
    expect(await verdicts(merged)).toEqual(whole);
  });

  it('refuses overlapping shards with the place in each file, and writes nothing', async () => {
    const [a] = await writeShards();
    const overlap = join(dir, 'overlap.json');
    await writeFile(overlap, JSON.stringify(shard(['global', 'eu-west-1']), null, 2));
    const merged = join(dir, 'org.json');
    const run = await runCli(['snapshot', 'merge', a, overlap, '-o', merged]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${overlap.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:5: aws\\.account in 123456789012/global was collected twice \\(also in .*a\\.json at /coverage/0\\).*\\[SNAPSHOT_MERGE_CONFLICT\\]`, 'm'));
    await expect(stat(merged)).rejects.toThrow('ENOENT');
  });

  it('reports an invalid input with its own located errors before merging', async () => {
    const [a] = await writeShards();
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{ "schemaVersion": 1,\n  "scope": 7 }');
    const run = await runCli(['snapshot', 'merge', a, bad, '-o', join(dir, 'org.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${bad}:2:`);
  });
});
