import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeSnapshots } from './merge.js';
import { normalizeSnapshot } from './normalize.js';
import type { Snapshot } from './schema.js';

const demo = JSON.parse(readFileSync('examples/demo-account.json', 'utf8')) as Snapshot;
const generator = { name: 'assay', version: 'test' };

/** The demo account cut along regions: global and us-east-1 in one shard, eu-west-1 in the other. */
function shard(regions: readonly string[], collectedAt = demo.collectedAt): Snapshot {
  const keep = (region: string): boolean => regions.includes(region);
  return {
    ...demo,
    collectedAt,
    scope: { ...demo.scope, regions: demo.scope.regions.filter(keep) },
    resources: demo.resources.filter((r) => keep(r.region)),
    coverage: demo.coverage.filter((c) => keep(c.region)),
    errors: demo.errors.filter((e) => keep(e.region)),
  };
}

describe('mergeSnapshots', () => {
  it('puts shards back together: every resource, coverage entry and error kept', () => {
    const merged = mergeSnapshots([{ file: 'a', snapshot: shard(['global', 'us-east-1']) }, { file: 'b', snapshot: shard(['eu-west-1']) }], generator);
    if (!merged.ok) throw new Error(JSON.stringify(merged.conflicts));
    const { generator: _g, ...rest } = normalizeSnapshot(merged.snapshot);
    const { generator: _d, ...original } = normalizeSnapshot(demo);
    expect(rest).toEqual(original);
    expect(merged.snapshot.generator).toEqual(generator);
  });

  it('dates the merge at the latest input, so no resource looks younger than it was', () => {
    const merged = mergeSnapshots([{ file: 'a', snapshot: shard(['global', 'us-east-1'], '2026-11-03T08:00:00.000Z') }, { file: 'b', snapshot: shard(['eu-west-1'], '2026-11-01T12:00:00.000Z') }], generator);
    expect(merged).toMatchObject({ ok: true, collectedFrom: '2026-11-01T12:00:00.000Z', collectedTo: '2026-11-03T08:00:00.000Z', snapshot: { collectedAt: '2026-11-03T08:00:00.000Z' } });
  });

  it('refuses a type collected twice for the same account and region, naming both places', () => {
    const merged = mergeSnapshots([{ file: 'a', snapshot: shard(['global', 'us-east-1']) }, { file: 'b', snapshot: shard(['global', 'eu-west-1']) }], generator);
    if (merged.ok) throw new Error('expected conflicts');
    const globalTypes = demo.coverage.filter((c) => c.region === 'global').length;
    expect(merged.conflicts).toHaveLength(globalTypes);
    expect(merged.conflicts[0]).toEqual({ file: 'b', pointer: '/coverage/0', message: expect.stringMatching(/^aws\.account in 123456789012\/global was collected twice \(also in a at \/coverage\/0\)/) as string });
    // The resources of those types are not reported again, one by one.
    expect(merged.conflicts.every((c) => c.pointer.startsWith('/coverage/'))).toBe(true);
  });

  it('refuses a duplicate resource even where coverage does not overlap', () => {
    const a = shard(['global', 'us-east-1']);
    const b = shard(['eu-west-1']);
    const stray = a.resources.find((r) => r.region === 'us-east-1');
    if (stray === undefined) throw new Error('demo has us-east-1 resources');
    const merged = mergeSnapshots([{ file: 'a', snapshot: a }, { file: 'b', snapshot: { ...b, resources: [...b.resources, stray] } }], generator);
    if (merged.ok) throw new Error('expected a conflict');
    expect(merged.conflicts).toEqual([{ file: 'b', pointer: `/resources/${b.resources.length}`, message: expect.stringContaining(`"${stray.id}" in 123456789012/us-east-1 is also in a at /resources/`) as string }]);
  });

  it('names a file given twice by its position', () => {
    const a = shard(['eu-west-1']);
    const merged = mergeSnapshots([{ file: 'a', snapshot: a }, { file: 'a', snapshot: a }], generator);
    expect(merged.ok ? [] : merged.conflicts[0]?.message).toContain('(also in a (input 1) at /coverage/0)');
  });

  it('refuses snapshots of different partitions', () => {
    const gov = { ...shard(['eu-west-1']), scope: { ...shard(['eu-west-1']).scope, partition: 'aws-us-gov' as const } };
    const merged = mergeSnapshots([{ file: 'a', snapshot: shard(['global', 'us-east-1']) }, { file: 'gov', snapshot: gov }], generator);
    expect(merged.ok ? [] : merged.conflicts).toContainEqual({ file: 'gov', pointer: '/scope/partition', message: expect.stringContaining('partition "aws-us-gov" differs from "aws" in a') as string });
  });
});
