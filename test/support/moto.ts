/**
 * The moto AWS emulator (see ../shared/EMULATOR.md on the machines), started
 * on a free loopback port for integration tests. Where moto is missing the
 * suite is skipped with the reason printed — except under CI=true, where a
 * missing emulator fails the run instead of passing silently.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export interface Moto {
  readonly endpoint: string;
  readonly env: Record<string, string>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export function motoAvailable(): { ok: true } | { ok: false; reason: string } {
  const probe = spawnSync('python3', ['-c', 'import moto, flask; print(moto.__version__)'], { encoding: 'utf8' });
  if (probe.error !== undefined) return { ok: false, reason: `python3 not found (${probe.error.message})` };
  if (probe.status !== 0) return { ok: false, reason: `moto is not installed for python3: ${probe.stderr.trim().split('\n').pop() ?? ''}` };
  return { ok: true };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => { resolve(port); });
    });
  });
}

/**
 * A hang guard, not a speed check: moto is ready in about a second on an idle
 * machine and in many more on a loaded one; only a server that never answers
 * is a failure. (Below vitest's hook timeout, so the failure says why.)
 */
const READY_WITHIN_MS = 5 * 60_000;

async function waitUntilReady(endpoint: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto exited with code ${child.exitCode}`);
    try {
      const answer = await fetch(`${endpoint}/moto-api/data.json`);
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`moto did not become ready within ${READY_WITHIN_MS / 60_000} minutes`);
}

export async function startMoto(): Promise<Moto> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => { log = (log + chunk.toString('utf8')).slice(-4000); });
  try {
    await waitUntilReady(endpoint, child);
  } catch (error) {
    child.kill();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log}`, { cause: error });
  }
  const env = {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  return {
    endpoint,
    env,
    async reset() {
      await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Whether the emulator tests run here: skipped with the reason where moto is
 * missing, but under CI=true a missing emulator fails the run instead.
 */
export function motoReady(): boolean {
  const availability = motoAvailable();
  if (availability.ok) return true;
  if (process.env.CI === 'true') throw new Error(`the moto emulator is required under CI=true: ${availability.reason}`);
  console.warn(`skipping emulator integration tests: ${availability.reason}`);
  return false;
}

export interface MotoFixture<S> {
  readonly moto: Moto;
  /** A scratch folder for the block's snapshots and reports. */
  readonly dir: string;
  /** What the seed function returned. */
  readonly seeded: S;
}

/**
 * For one describe block: a moto server started and seeded (through the
 * SDK, by `seed`) before its tests, and a scratch folder; both gone after.
 * Read the fields inside tests and hooks: they are set in `beforeAll`.
 */
export function useMoto<S = undefined>(prefix: string, seed: (moto: Moto) => Promise<S>): MotoFixture<S> {
  let state: { moto: Moto; dir: string; seeded: S } | undefined;
  // Kept apart from `state`: a seed that throws must not leave the server running or the folder behind.
  let started: Moto | undefined;
  let folder: string | undefined;
  const ready = (): { moto: Moto; dir: string; seeded: S } => {
    if (state === undefined) throw new Error('useMoto: read its fields inside a test or hook, after beforeAll');
    return state;
  };
  beforeAll(async () => {
    started = await startMoto();
    folder = await mkdtemp(join(tmpdir(), prefix));
    state = { moto: started, dir: folder, seeded: await seed(started) };
  });
  afterAll(async () => {
    await started?.stop();
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  });
  return { get moto() { return ready().moto; }, get dir() { return ready().dir; }, get seeded() { return ready().seeded; } };
}
