/**
 * Correctness at scale, not speed: a scan whose findings number in the
 * hundreds of thousands must finish with every finding counted. A scan of
 * 75,000 resources once died with "Maximum call stack size exceeded" because
 * the findings were spread into one call; this test keeps that class of
 * crash from coming back unnoticed. It drives the real CLI in-process: the
 * snapshot file is read as a stream, evaluated, and the JSON written in
 * pieces, then read back element by element and counted.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSnapshot } from '../bench/synthetic/snapshot.js';
import { loadLibrary } from '../src/cli/library.js';
import { planScan } from '../src/cli/scan-plan.js';
import { run } from '../src/cli/program.js';
import type { CliIo } from '../src/cli/io.js';
import { writeSnapshotFile } from '../src/snapshot/file.js';
import { JsonObjectStream } from '../src/snapshot/json-stream.js';
import type { Snapshot } from '../src/snapshot/schema.js';

const RESOURCES = 100_000;
/** Hang guards only: on a busy 2-core machine this file may take minutes, and that is not a failure. */
const HANG_GUARD_MS = 15 * 60_000;

let dir: string;
let snapshot: Snapshot | undefined;
let snapshotFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-scale-'));
  snapshot = generateSnapshot({ size: RESOURCES });
  snapshotFile = join(dir, 'organization.json.gz');
  await writeSnapshotFile(snapshotFile, snapshot);
}, HANG_GUARD_MS);
// Workers are shared between test files: let the 100k resources go with this file.
afterAll(async () => {
  snapshot = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** What the findings document must hold, counted from the snapshot and the policies alone. */
async function expectedFindings(snapshot: Snapshot): Promise<number> {
  const { policies } = planScan(await loadLibrary([], process.cwd()), [], undefined);
  const byType = new Map<string, number>();
  for (const resource of snapshot.resources) byType.set(resource.type, (byType.get(resource.type) ?? 0) + 1);
  const complete = new Set(snapshot.coverage.filter((c) => c.status === 'complete').map((c) => `${c.type} ${c.account} ${c.region}`));
  let total = 0;
  for (const policy of policies) {
    const type = policy.resourceType.type;
    total += byType.get(type) ?? 0;
    // One fail-closed ERROR finding for each account and region where the type was not listed completely.
    const regions = policy.resourceType.scope === 'global' ? ['global'] : snapshot.scope.regions;
    for (const account of snapshot.scope.accounts) for (const region of regions) if (!complete.has(`${type} ${account} ${region}`)) total++;
  }
  return total;
}

/** Reads the findings document as a stream and counts its findings by status. */
async function countFindings(file: string): Promise<{ total: number; byStatus: Record<string, number>; summary: Record<string, number> }> {
  const byStatus: Record<string, number> = {};
  let total = 0;
  let summary: Record<string, number> = {};
  const stream = new JsonObjectStream(file, new Set(['findings']), {
    member: (key, value) => { if (key === 'summary') summary = (value as { byStatus: Record<string, number> }).byStatus; },
    list: () => undefined,
    element: (key, _index, value) => {
      if (key !== 'findings') return;
      total++;
      const status = (value as { status: string }).status;
      byStatus[status] = (byStatus[status] ?? 0) + 1;
    },
  });
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) stream.push(chunk);
  stream.end();
  return { total, byStatus, summary };
}

describe('a scan with hundreds of thousands of findings', () => {
  it('completes and accounts for every policy × resource pair', async () => {
    const out = join(dir, 'findings.json');
    let stderr = '';
    const io: CliIo = {
      stdout: { write: () => undefined, isTTY: false },
      stderr: { write: (text) => { stderr += text; }, isTTY: false },
      env: {},
      cwd: process.cwd(),
    };
    const code = await run(['scan', '--snapshot', snapshotFile, '--output', `json=${out}`, '--fail-on', 'none'], io);
    expect(stderr).not.toMatch(/internal error|call stack/);
    expect(code).toBe(0);
    const expected = await expectedFindings(snapshot!);
    expect(expected).toBeGreaterThan(200_000);
    const counted = await countFindings(out);
    expect(counted.total).toBe(expected);
    expect(counted.byStatus).toEqual(Object.fromEntries(Object.entries(counted.summary).filter(([, n]) => n > 0)));
    expect(counted.byStatus.FAIL).toBeGreaterThan(10_000);
  }, HANG_GUARD_MS);
});
