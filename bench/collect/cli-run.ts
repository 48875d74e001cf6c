/**
 * The issue's measurement, end to end: the real CLI (`node dist/cli/main.js
 * scan --pack …`, start-up and the pack scan included) collecting a fake
 * AWS shaped like a small account — 40 buckets, 15 security groups per
 * region, 20 users, 5 KMS keys, two regions — at 1×, 3× and 10× that size.
 * Wall time is the process's, from spawn to exit; calls are the requests
 * the fake answered. The snapshot the scan saved is kept, reduced to its
 * resources, coverage and errors in a fixed order, so two builds' runs can
 * be compared resource by resource.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Estate, type EstateSize } from './estate.js';
import { spawnFakeAws } from './fake-aws-process.js';

export const ISSUE_REGIONS: readonly string[] = ['us-east-1', 'eu-west-1'];

/**
 * The issue's account at `scale`. Counts are per region where the fake's
 * estate is per region: 40 buckets are 20 in each of the two regions, and
 * the 5 KMS keys round up to 3 in each. Log groups are not modelled by the
 * fake (CloudWatch Logs answers an empty account), so they add no calls.
 */
export function issueShape(scale: number): EstateSize {
  return { regions: ISSUE_REGIONS, buckets: 20 * scale, groups: 15 * scale, users: 20 * scale, keys: 3 * scale, vpcs: 1, topics: 0, roles: 0, accounts: 1 };
}

export interface CliRun {
  readonly scale: number;
  readonly wallSeconds: number;
  readonly calls: number;
  readonly exitCode: number | null;
  readonly stderr: string;
  /** The saved snapshot's resources, coverage and errors, canonical and sorted: what must not change between builds. */
  readonly content: string;
}

const canonical = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

/** What a snapshot says about the account, without when and by which build it was taken. */
export function snapshotContent(snapshot: { resources: unknown[]; coverage: unknown[]; errors: unknown[]; scope: unknown }): string {
  const lines = (items: unknown[]): string[] => items.map(canonical).sort();
  return [canonical(snapshot.scope), ...lines(snapshot.resources), ...lines(snapshot.coverage), ...lines(snapshot.errors)].join('\n');
}

/** `nodeArgs` go to the CLI's node (`--cpu-prof --cpu-prof-dir …` to profile it). */
export async function runCli(cliPath: string, scale: number, latencyMs: number, concurrency: number, nodeArgs: readonly string[] = []): Promise<CliRun> {
  const fake = await spawnFakeAws(issueShape(scale), latencyMs);
  const dir = await mkdtemp(join(tmpdir(), 'assay-bench-cli-'));
  const saved = join(dir, 'snapshot.json');
  try {
    const started = performance.now();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [...nodeArgs, cliPath, 'scan', '--pack', 'cis-aws-foundations-7.0.0', '--regions', ISSUE_REGIONS.join(','), '--concurrency', String(concurrency),
        '--fail-on', 'none', '--quiet', '--save-snapshot', saved], {
        env: {
          PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', NODE_NO_WARNINGS: '1',
          AWS_ENDPOINT_URL: fake.endpoint, AWS_ACCESS_KEY_ID: 'AKIDBENCHMARK', AWS_SECRET_ACCESS_KEY: 'bench-secret', AWS_REGION: 'us-east-1',
          AWS_CONFIG_FILE: devNull, AWS_SHARED_CREDENTIALS_FILE: devNull, AWS_EC2_METADATA_DISABLED: 'true',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (c: Buffer) => { err += c.toString('utf8'); });
      child.on('error', reject);
      child.on('close', (exit) => { resolve({ code: exit, stderr: err }); });
    });
    const wallSeconds = (performance.now() - started) / 1000;
    const requests = await fake.stop();
    const raw = await readFile(saved).catch(() => undefined);
    const text = raw === undefined ? '' : (raw[0] === 0x1f ? gunzipSync(raw) : raw).toString('utf8');
    const content = text === '' ? '' : snapshotContent(JSON.parse(text) as Parameters<typeof snapshotContent>[0]);
    return { scale, wallSeconds, calls: requests.length, exitCode: code, stderr, content };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The estate the run collected from, for the printout. */
export const estateAt = (scale: number): Estate => new Estate(issueShape(scale));
