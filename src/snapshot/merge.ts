/**
 * Merging snapshots collected separately — shards of an organization, one
 * per job of a CI matrix — into one the engine scans as a whole. Nothing is
 * dropped: resources, coverage and collection errors are all kept. Overlap
 * is refused rather than resolved, because two answers for the same
 * resource (or the same type in the same account and region) mean a shard
 * was collected twice and neither copy is obviously the right one.
 */
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from './schema.js';

export interface MergeInput {
  /** Named in conflicts; usually the file the snapshot came from. */
  readonly file: string;
  readonly snapshot: Snapshot;
}

/** A conflict at a JSON pointer in one input, naming where the first copy was. */
export interface MergeConflict {
  readonly file: string;
  readonly pointer: string;
  readonly message: string;
}

export type MergeResult =
  | { readonly ok: true; readonly snapshot: Snapshot; readonly collectedFrom: string; readonly collectedTo: string }
  | { readonly ok: false; readonly conflicts: readonly MergeConflict[] };

const sortedUnion = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())].sort();

export function mergeSnapshots(inputs: readonly MergeInput[], generator: Snapshot['generator']): MergeResult {
  const first = inputs[0];
  if (first === undefined) throw new Error('mergeSnapshots needs at least one snapshot');
  const conflicts: MergeConflict[] = [];
  for (const input of inputs.slice(1)) {
    if (input.snapshot.scope.partition !== first.snapshot.scope.partition) {
      conflicts.push({ file: input.file, pointer: '/scope/partition', message: `partition "${input.snapshot.scope.partition}" differs from "${first.snapshot.scope.partition}" in ${first.file}; snapshots of different partitions cannot be scanned as one` });
    }
  }

  // Inputs are named by file and, when one file is given twice, by position.
  const names = inputs.map((input, n) => (inputs.filter((other) => other.file === input.file).length > 1 ? `${input.file} (input ${n + 1})` : input.file));
  const coverageSeen = new Map<string, string>();
  const resourceSeen = new Map<string, string>();
  const overlapping = new Set<string>();
  inputs.forEach(({ file, snapshot }, n) => {
    snapshot.coverage.forEach((entry, i) => {
      const key = `${entry.type}\u0000${entry.account}\u0000${entry.region}`;
      const earlier = coverageSeen.get(key);
      if (earlier === undefined) {
        coverageSeen.set(key, `${names[n] ?? file} at /coverage/${i}`);
        return;
      }
      overlapping.add(key);
      conflicts.push({ file, pointer: `/coverage/${i}`, message: `${entry.type} in ${entry.account}/${entry.region} was collected twice (also in ${earlier}); collect each account once, and global types in one shard only` });
    });
    snapshot.resources.forEach((resource, i) => {
      const key = `${resource.type}\u0000${resource.account}\u0000${resource.region}`;
      const resourceKey = `${key}\u0000${resource.id}`;
      const earlier = resourceSeen.get(resourceKey);
      if (earlier === undefined) resourceSeen.set(resourceKey, `${names[n] ?? file} at /resources/${i}`);
      // A resource of a type already reported collected twice adds nothing to that conflict.
      else if (!overlapping.has(key)) conflicts.push({ file, pointer: `/resources/${i}`, message: `${resource.type} "${resource.id}" in ${resource.account}/${resource.region} is also in ${earlier}` });
    });
  });
  if (conflicts.length > 0) return { ok: false, conflicts };

  const times = inputs.map((i) => i.snapshot.collectedAt).sort();
  const collectedFrom = times[0] ?? first.snapshot.collectedAt;
  const collectedTo = times[times.length - 1] ?? first.snapshot.collectedAt;
  return {
    ok: true,
    collectedFrom,
    collectedTo,
    snapshot: {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      generator: { ...generator },
      // Age checks measure from collectedAt. The latest time is the one every
      // shard's resources were at least as old as, so nothing looks younger than it was.
      collectedAt: collectedTo,
      scope: {
        partition: first.snapshot.scope.partition,
        accounts: sortedUnion(inputs.map((i) => i.snapshot.scope.accounts)),
        regions: sortedUnion(inputs.map((i) => i.snapshot.scope.regions)),
      },
      resources: inputs.flatMap((i) => i.snapshot.resources),
      coverage: inputs.flatMap((i) => i.snapshot.coverage),
      errors: inputs.flatMap((i) => i.snapshot.errors),
    },
  };
}
