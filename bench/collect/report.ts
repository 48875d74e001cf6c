/**
 * What `npm run bench:collect` prints: calls per operation (client and
 * server side), resources and calls per resource by type, wall time against
 * the lower bound, duplicates, and — to explain a ratio above the target —
 * the per-service bounds, requests in flight over time and the slowest
 * collector runs. Printed for reading, never asserted.
 */
import type { Collector } from '../../src/collect/define.js';
import { collectorsOf, countByOperation, duplicates, inFlight, serviceLoads } from './analysis.js';
import type { Estate } from './estate.js';
import type { BenchOptions, BenchRun } from './run-bench.js';

export const TARGET_RATIO = 1.5;
const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const secs = (n: number): string => `${n.toFixed(2)} s`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd();
  return [line(header), `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`, ...rows.map(line)];
}

/** Which type an operation's calls count towards: the collectors that declare its IAM action. */
function ownerOf(operation: string, collectors: readonly Collector[]): string {
  const owners = collectorsOf(operation, collectors).map((c) => c.type);
  if (owners.length === 0) return '(run: region discovery)';
  return owners.length === 1 ? owners.join('') : `shared: ${owners.join(' + ')}`;
}

export function printReport(run: BenchRun, options: BenchOptions, collectors: readonly Collector[]): void {
  const out: string[] = [];
  const { latencyMs, concurrency } = options;
  const wall = (run.finished - run.started) / 1000;
  const total = run.stats.calls;
  const served = countByOperation(run.requests);

  out.push('API calls by operation (ClientPool.calls; "server" = HTTP requests the fake answered, retries included)');
  const operations = [...new Set([...run.calls.keys(), ...served.keys()])].sort();
  out.push(...table(['operation', 'calls', 'server', 'counts towards'], [
    ...operations.map((op) => [op, int(run.calls.get(op) ?? 0), int(served.get(op) ?? 0), ownerOf(op, collectors)]),
    ['total', int(total), int(run.requests.length), ''],
  ]));
  const generic = [...new Set(run.requests.filter((r) => !r.modelled).map((r) => r.operation))].sort();
  if (generic.length > 0) out.push(`  answered with an empty answer of their protocol (not modelled by the fake): ${generic.join(', ')}`);

  out.push('', 'Resources collected, and calls per resource');
  const callsByType = new Map<string, number>();
  for (const [op, n] of run.calls) callsByType.set(ownerOf(op, collectors), (callsByType.get(ownerOf(op, collectors)) ?? 0) + n);
  const expected = options.estate.expected();
  const types = [...new Set([...run.stats.resourcesByType.keys(), ...callsByType.keys(), ...expected.keys()])].sort();
  out.push(...table(['type', 'resources', 'in the fake', 'calls', 'calls/resource'], [
    ...types.map((t) => {
      const n = run.stats.resourcesByType.get(t) ?? 0;
      const calls = callsByType.get(t) ?? 0;
      return [t, int(n), expected.has(t) ? int(expected.get(t) ?? 0) : '', int(calls), n > 0 ? (calls / n).toFixed(2) : '-'];
    }),
    ['all', int(run.snapshot.resources.length), '', int(total), (total / Math.max(1, run.snapshot.resources.length)).toFixed(2)],
  ]));
  const errors = [...run.stats.errorsByCode.entries()].map(([c, n]) => `${c} ${int(n)}`).join(', ');
  const incomplete = run.snapshot.coverage.filter((c) => c.status !== 'complete').length;
  out.push(`  collection errors: ${errors === '' ? 'none' : errors}; coverage entries not complete: ${incomplete}; snapshot ${run.invalid.length === 0 ? 'valid (validateSnapshot)' : `INVALID: ${run.invalid.slice(0, 5).join('; ')}`}`);

  const bound = (total * latencyMs) / 1000 / concurrency;
  const ratio = wall / bound;
  out.push('', 'Throughput');
  out.push(`  wall time of runCollection:            ${secs(wall)}`);
  if (latencyMs > 0) {
    out.push(`  lower bound, calls × latency ÷ conc.:  ${int(total)} × ${latencyMs} ms ÷ ${concurrency} = ${secs(bound)}`);
    out.push(`  ratio wall ÷ bound:                    ${ratio.toFixed(2)}×   target ≤ ${TARGET_RATIO}× at concurrency 32   ${ratio <= TARGET_RATIO ? 'within target' : 'OVER TARGET'}`);
    out.push(`  calls per second:                      ${int(total / wall)} (the cap allows ${int((concurrency * 1000) / latencyMs)})`);
  } else {
    out.push(`  calls per second:                      ${int(total / wall)} (latency 0: no lower bound; this is what the CPU allows)`);
  }
  const dupes = duplicates(run.requests);
  out.push(`  duplicate requests (same operation, region and parameters): ${dupes.length === 0 ? 'none' : int(dupes.length)}`);
  for (const d of dupes.slice(0, 10)) out.push(`    ${d.count}× ${d.operation} ${d.region} ${d.subject.slice(0, 100)}`);

  out.push('', `Why the ratio is what it is (each service's cap per region${options.serviceConcurrency === undefined ? ': src/collect/pace.ts, from its documented rate' : ': --service-concurrency'})`);
  const loads = serviceLoads(run.requests, latencyMs, concurrency, options.serviceConcurrency);
  out.push(...table(['client and region', 'calls', 'cap', 'floor at cap'], loads.slice(0, 12).map((l) => [l.key, int(l.calls), String(l.cap), secs(l.boundSeconds)])));
  const largest = Math.max(0, ...loads.map((l) => l.boundSeconds));
  const floor = Math.max(bound, largest);
  if (latencyMs > 0) out.push(`  floor with per-service caps: max(global ${secs(bound)}, largest service ${secs(largest)}) = ${secs(floor)} → best possible ratio ${(floor / bound).toFixed(2)}×`);
  const busy = run.requests.reduce((sum, r) => sum + (r.finished - r.arrived), 0) / 1000;
  out.push(`  requests in flight on average: ${(busy / wall).toFixed(1)} of ${concurrency}; mean time at the server per request ${((busy * 1000) / Math.max(1, run.requests.length)).toFixed(1)} ms (latency ${latencyMs} ms)`);
  out.push(`  CPU of the benchmark process (SDK and collectors; the fake runs in its own process): ${secs(run.cpuSeconds)} in ${secs(wall)} (${((100 * run.cpuSeconds) / wall).toFixed(0)}% of one core), ${((1000 * run.cpuSeconds) / Math.max(1, total)).toFixed(2)} ms per call`);
  out.push(`  event-loop delay: p50 ${run.loopDelay.p50.toFixed(1)} ms, p99 ${run.loopDelay.p99.toFixed(1)} ms, max ${run.loopDelay.max.toFixed(1)} ms`);
  const slices = 10;
  const series = inFlight(run.requests, run.started, run.finished, slices);
  const rows = [...series.entries()].filter(([, row]) => Math.max(...row) >= 0.5).sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));
  out.push(`  requests in flight per tenth of the run (${secs(wall / slices)} each):`);
  out.push(...table(['client', ...Array.from({ length: slices }, (_, i) => `${(i + 1) * 10}%`)], rows.map(([name, row]) => [name, ...row.map((v) => v.toFixed(1))])));
  const slowest = [...run.collectorRuns].sort((a, b) => (b.finished - b.started) - (a.finished - a.started)).slice(0, 6);
  out.push('  slowest collector runs (type × region: start → end, seconds from the start of the run):');
  for (const c of slowest) {
    out.push(`    ${`${c.type} ${c.region}`.padEnd(40)} ${((c.started - run.started) / 1000).toFixed(2)} → ${((c.finished - run.started) / 1000).toFixed(2)}  (${int(c.resources)} resources)`);
  }
  console.log(out.join('\n'));
}

export function describeEstate(estate: Estate): string {
  const s = estate.size;
  return `per region: ${int(s.buckets)} S3 buckets, ${int(s.keys)} KMS keys, ${int(s.groups)} security groups (and as many network interfaces), `
    + `${int(s.vpcs)} VPCs (one subnet and one network ACL each, a flow log on every other), ${int(s.topics)} SNS topics; `
    + `account-wide: ${int(s.users)} IAM users, ${int(s.roles)} IAM roles; every other service answers "none" or "not configured"`;
}
