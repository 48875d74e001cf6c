/**
 * Verdicts as a golden record: every bundled policy (default parameters)
 * over the demo account and a synthetic snapshot, summarised per policy as
 * status counts and a digest of every (resource, status, message) it decided.
 * A change to how a policy is written — a named condition replacing a copy, a
 * shorter fixture — must leave this file unchanged; a deliberate change of a
 * verdict shows up here, policy by policy, and is updated with `-u`.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSnapshot } from '../../bench/synthetic/snapshot.js';
import { buildDemoSnapshot } from '../../examples/demo-account/build.js';
import { loadLibrary } from '../../src/cli/library.js';
import { planScan } from '../../src/cli/scan-plan.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { ScanResult } from '../../src/findings/schema.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

function summarise(result: ScanResult): string {
  const byPolicy = new Map<string, string[]>();
  for (const f of result.findings) {
    const lines = byPolicy.get(f.policy) ?? [];
    lines.push(`${f.resource.account} ${f.resource.region} ${f.resource.type} ${f.resource.id} ${f.status} ${f.messageKey}`);
    byPolicy.set(f.policy, lines);
  }
  return [...byPolicy.keys()].sort().map((id) => {
    const lines = byPolicy.get(id) ?? [];
    const counts = new Map<string, number>();
    for (const line of lines) {
      const status = line.split(' ')[4] ?? '';
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    const digest = createHash('sha256').update([...lines].sort().join('\n')).digest('hex').slice(0, 16);
    return `${id} ${[...counts].sort().map(([s, n]) => `${s}=${n}`).join(' ')} ${digest}`;
  }).join('\n') + '\n';
}

async function verdicts(snapshot: Snapshot): Promise<string> {
  const library = await loadLibrary([], process.cwd(), false);
  const plan = planScan(library, [], undefined);
  return summarise(evaluate(snapshot, plan.policies, { snapshotDigest: 'golden', generator: { name: 'assay', version: 'test' }, selection: plan.selection }));
}

describe('verdicts of every bundled policy', () => {
  it('on the demo account match the golden record', async () => {
    await expect(await verdicts(buildDemoSnapshot())).toMatchFileSnapshot('../fixtures/verdicts/demo-account.txt');
  });
  it('on a synthetic snapshot match the golden record', async () => {
    await expect(await verdicts(generateSnapshot({ size: 5000, seed: 7 }))).toMatchFileSnapshot('../fixtures/verdicts/synthetic-5000.txt');
  }, 120_000);
});
