/**
 * One benchmark run: the fake AWS started in a child process, the SDK
 * pointed at it through AWS_ENDPOINT_URL (as `assay collect` against an
 * emulator), every registered collector run through a real ClientPool and
 * runCollection, and the fake stopped again whatever happens.
 */
import { devNull } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadCollectors } from '../../src/collect/aws/index.js';
import { ClientPool } from '../../src/collect/clients.js';
import { runCollection, type CollectStats } from '../../src/collect/run.js';
import { createLocator } from '../../src/snapshot/locate.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { validateSnapshot } from '../../src/snapshot/validate.js';
import { ACCOUNT, type Estate } from './estate.js';
import { wallClock, type RequestRecord } from './fake-aws.js';
import { spawnFakeAws } from './fake-aws-process.js';

const collectors = await loadCollectors();

export interface BenchOptions {
  readonly estate: Estate;
  readonly latencyMs: number;
  readonly concurrency: number;
  readonly serviceConcurrency: number | undefined;
}

export interface CollectorRun {
  readonly type: string;
  readonly region: string;
  readonly started: number;
  readonly finished: number;
  readonly resources: number;
}

export interface BenchRun {
  readonly endpoint: string;
  readonly snapshot: Snapshot;
  readonly stats: CollectStats;
  readonly calls: ReadonlyMap<string, number>;
  readonly requests: readonly RequestRecord[];
  /** wallClock() times, comparable with the ledger's. */
  readonly started: number;
  readonly finished: number;
  readonly collectorRuns: readonly CollectorRun[];
  /** CPU this process spent during runCollection (user + system), in seconds: the SDK's share of the work. */
  readonly cpuSeconds: number;
  /** Event-loop delay during runCollection, in ms: how late callbacks ran because the loop was busy. */
  readonly loopDelay: { readonly p50: number; readonly p99: number; readonly max: number };
  /** Problems validateSnapshot found: the fake's answers must map to valid resources. */
  readonly invalid: readonly string[];
}

const LOOP_TICK_MS = 10;

/** Points every SDK client at the fake, and keeps the developer's AWS config files from redirecting any of them. */
function useEndpoint(endpoint: string): void {
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_ENDPOINT_URL_')) Reflect.deleteProperty(process.env, name);
  Reflect.deleteProperty(process.env, 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS');
  process.env.AWS_ENDPOINT_URL = endpoint;
  process.env.AWS_CONFIG_FILE = devNull;
  process.env.AWS_SHARED_CREDENTIALS_FILE = devNull;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
}

export async function runBench(options: BenchOptions): Promise<BenchRun> {
  const fake = await spawnFakeAws(options.estate.size, options.latencyMs);
  const pool = new ClientPool({
    credentials: () => Promise.resolve({ accessKeyId: 'AKIDBENCHMARK', secretAccessKey: 'bench-secret' }),
    customEndpoint: fake.endpoint,
  });
  const open = new Map<string, number>();
  const collectorRuns: CollectorRun[] = [];
  let outcome: Omit<BenchRun, 'requests'>;
  try {
    useEndpoint(fake.endpoint);
    const loop = monitorEventLoopDelay({ resolution: LOOP_TICK_MS });
    loop.enable();
    const cpu = process.cpuUsage();
    const started = wallClock();
    const { snapshot, stats } = await runCollection({
      clients: pool, account: ACCOUNT, partition: 'aws', regions: options.estate.size.regions, collectors,
      concurrency: options.concurrency, ...(options.serviceConcurrency === undefined ? {} : { serviceConcurrency: options.serviceConcurrency }),
      generator: { name: 'assay-bench', version: '0' }, now: () => new Date(),
      progress: (event) => {
        const key = `${event.type} ${event.region}`;
        if (event.phase === 'start') open.set(key, wallClock());
        else collectorRuns.push({ type: event.type, region: event.region, started: open.get(key) ?? started, finished: wallClock(), resources: event.resources });
      },
    });
    const finished = wallClock();
    const used = process.cpuUsage(cpu);
    loop.disable();
    const cpuSeconds = (used.user + used.system) / 1e6;
    // The histogram records the time between ticks; the delay is what exceeds the tick.
    const late = (ns: number): number => Math.max(0, ns / 1e6 - LOOP_TICK_MS);
    const loopDelay = { p50: late(loop.percentile(50)), p99: late(loop.percentile(99)), max: late(loop.max) };
    const valid = validateSnapshot(snapshot, createLocator('bench', undefined));
    const invalid = valid.ok ? [] : valid.errors.map((e) => `${e.location?.pointer ?? ''}: ${e.message}`);
    outcome = { endpoint: fake.endpoint, snapshot, stats, calls: new Map(pool.calls), started, finished, collectorRuns, cpuSeconds, loopDelay, invalid };
  } catch (error) {
    pool.destroy();
    // The run's own error is the one to report, not a failure to stop the fake as well.
    await fake.stop().catch(() => []);
    throw error;
  }
  pool.destroy();
  return { ...outcome, requests: await fake.stop() };
}
