/**
 * Conditions decide in two ways: alone (no trace, the fast path every pair
 * takes: CompiledPath.get, decideOverList, decideOverResources) and while
 * explaining themselves (with a trace, the path a FAIL or ERROR re-runs for
 * its evidence). Both must reach the same truth value, or a finding's status
 * and its evidence would disagree. Checked for every bundled policy's where
 * and check on every resource of its type, over the demo account and a
 * synthetic estate (lists, related lookups, fields that could not be
 * collected, incomplete coverage).
 */
import { describe, expect, it } from 'vitest';
import { generateSnapshot } from '../../bench/synthetic/snapshot.js';
import { buildDemoSnapshot } from '../../examples/demo-account/build.js';
import { loadLibrary } from '../../src/cli/library.js';
import { planScan } from '../../src/cli/scan-plan.js';
import { SnapshotIndex } from '../../src/engine/snapshot-index.js';
import { scopeOf, type CompiledCondition, type Truth } from '../../src/policy/evaluation.js';
import type { ResourceError } from '../../src/resources/resource.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

interface Disagreement {
  readonly policy: string;
  readonly resource: string;
  readonly alone: Truth;
  readonly traced: Truth;
}

async function disagreements(snapshot: Snapshot): Promise<{ pairs: number; found: Disagreement[] }> {
  const library = await loadLibrary([], process.cwd(), false);
  const { policies } = planScan(library, [], undefined);
  const index = new SnapshotIndex(snapshot);
  const found: Disagreement[] = [];
  let pairs = 0;
  for (const policy of policies) {
    const conditions: CompiledCondition[] = policy.where === undefined ? [policy.check] : [policy.where, policy.check];
    for (const resource of index.byType.get(policy.resourceType.type) ?? []) {
      pairs++;
      for (const condition of conditions) {
        const alone = condition.evaluate(scopeOf(resource, resource.data, '', index, undefined, false));
        const traced = condition.evaluate(scopeOf(resource, resource.data, '', index, { evidence: [], unknowns: [] }, false));
        if (alone !== traced) found.push({ policy: policy.id, resource: `${resource.type} ${resource.id}`, alone, traced });
      }
    }
  }
  return { pairs, found };
}

describe('conditions deciding alone agree with conditions explaining themselves', () => {
  it('on the demo account', async () => {
    const { pairs, found } = await disagreements(buildDemoSnapshot());
    expect(pairs).toBeGreaterThan(200);
    expect(found).toEqual([]);
  });

  it('on a synthetic snapshot', async () => {
    const { pairs, found } = await disagreements(generateSnapshot({ size: 4000, seed: 11 }));
    expect(pairs).toBeGreaterThan(8000);
    expect(found).toEqual([]);
  }, 120_000);

  it('on a synthetic snapshot whose lists have elements, and fields inside elements, that could not be collected', async () => {
    const snapshot = withErrorsInLists(generateSnapshot({ size: 3000, seed: 12 }));
    expect(snapshot.resources.filter((r) => r.errors?.some((e) => e.path.includes('['))).length).toBeGreaterThan(500);
    const { found } = await disagreements(snapshot);
    expect(found).toEqual([]);
  }, 120_000);
});

/**
 * Unknowns below a list: an element (every other resource) or the first
 * field of the first element (the rest) of each top-level list with two or
 * more elements could not be collected, so quantifiers meet unknown elements.
 */
function withErrorsInLists(snapshot: Snapshot): Snapshot {
  const resources = snapshot.resources.map((resource, n) => {
    const added: ResourceError[] = [];
    for (const [field, value] of Object.entries(resource.data)) {
      if (!Array.isArray(value) || value.length < 2) continue;
      const first: unknown = value[0];
      const inner = typeof first === 'object' && first !== null ? Object.keys(first)[0] : undefined;
      const path = n % 2 === 0 || inner === undefined ? `${field}[1]` : `${field}[0].${inner}`;
      added.push({ path, code: 'AccessDenied', message: `test: ${path} could not be read` });
    }
    return added.length === 0 ? resource : { ...resource, errors: [...(resource.errors ?? []), ...added] };
  });
  return { ...snapshot, resources };
}
