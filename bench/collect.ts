/**
 * `npm run bench:collect -- --cli [--scales 1,3,10] [--cli-path dist/cli/main.js] [--save file | --compare file] [--cpu-prof dir]`:
 * the end-to-end run through the real CLI (bench/collect/cli-bench.ts).
 *
 * `npm run bench:collect [-- --buckets 200 --keys 100 --groups 200 --vpcs 20 --topics 20 --users 50 --roles 50 --regions 4 --latency 50 --concurrency 32 --service-concurrency N]`
 *
 * Measures collection throughput: every registered collector, through a
 * real ClientPool and runCollection, against a fake AWS on a loopback port
 * that answers in the real wire formats after a fixed latency per request.
 * Prints API calls per operation, calls per resource, resources collected,
 * wall time, and its ratio to the lower bound calls × latency ÷ concurrency
 * (target from the issue: within 1.5× at concurrency 32), duplicate
 * requests (expected: none), and what kept the ratio from 1. Figures are
 * printed, never asserted; see bench/README.md.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { loadCollectors } from '../src/collect/aws/index.js';
import { Estate, REGION_NAMES } from './collect/estate.js';
import { describeEstate, printReport } from './collect/report.js';
import { runBench } from './collect/run-bench.js';
import { cliBench } from './collect/cli-bench.js';

const collectors = await loadCollectors();

const { values } = parseArgs({
  options: {
    buckets: { type: 'string' },
    keys: { type: 'string' },
    groups: { type: 'string' },
    vpcs: { type: 'string' },
    topics: { type: 'string' },
    users: { type: 'string' },
    roles: { type: 'string' },
    regions: { type: 'string' },
    latency: { type: 'string' },
    concurrency: { type: 'string' },
    'service-concurrency': { type: 'string' },
    cli: { type: 'boolean' },
    'cli-path': { type: 'string' },
    scales: { type: 'string' },
    save: { type: 'string' },
    compare: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
  strict: true,
});

function whole(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} takes a whole number from ${min} to ${max}; got "${text}"`);
  return n;
}

async function main(): Promise<void> {
  if (values.cli === true) {
    const same = await cliBench({
      cliPath: values['cli-path'] ?? 'dist/cli/main.js',
      scales: (values.scales ?? '1,3,10').split(',').map((s) => whole('scales', s, 1, 1, 100)),
      latencyMs: whole('latency', values.latency, 40, 0, 10_000),
      concurrency: whole('concurrency', values.concurrency, 16, 1, 256),
      save: values.save,
      compare: values.compare,
      cpuProf: values['cpu-prof'],
    });
    if (!same) process.exitCode = 1;
    return;
  }
  const regionCount = whole('regions', values.regions, 4, 1, REGION_NAMES.length);
  const estate = new Estate({
    regions: REGION_NAMES.slice(0, regionCount),
    buckets: whole('buckets', values.buckets, 200, 0, 99_999),
    keys: whole('keys', values.keys, 100, 0, 1_000_000),
    groups: whole('groups', values.groups, 200, 0, 1_000_000),
    vpcs: whole('vpcs', values.vpcs, 20, 0, 10_000),
    topics: whole('topics', values.topics, 20, 0, 9_999),
    users: whole('users', values.users, 50, 0, 99_999),
    roles: whole('roles', values.roles, 50, 0, 99_999),
    accounts: 1,
  });
  const concurrency = whole('concurrency', values.concurrency, 32, 1, 256);
  const serviceText = values['service-concurrency'];
  const options = {
    estate,
    latencyMs: whole('latency', values.latency, 50, 0, 10_000),
    concurrency,
    serviceConcurrency: serviceText === undefined ? undefined : whole('service-concurrency', serviceText, concurrency, 1, 256),
  };
  const cpu = cpus();
  console.log(`Assay collection benchmark: node ${process.version}, ${cpu[0]?.model.trim() ?? 'unknown CPU'} ×${cpu.length}`);
  console.log(`Fake AWS on 127.0.0.1, ${options.latencyMs} ms per request; ${estate.size.regions.length} regions (${estate.size.regions.join(', ')})`);
  console.log(`  ${describeEstate(estate)}`);
  const serviceCap = options.serviceConcurrency === undefined ? 'from each service\'s documented rate (src/collect/pace.ts)' : String(options.serviceConcurrency);
  console.log(`runCollection: all ${collectors.length} registered collectors, concurrency ${concurrency}, per-service concurrency per region ${serviceCap}`);
  if (concurrency > 50) console.log('  note: the SDK\'s HTTP agent opens at most 50 sockets per host, so more than 50 calls cannot be in flight');
  const run = await runBench(options);
  console.log(`  fake AWS was at ${run.endpoint}; stopped`);
  console.log('');
  printReport(run, options, collectors);
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench:collect: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
