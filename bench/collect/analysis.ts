/**
 * Figures from one run: which collector each API call served, the bounds
 * the run could not beat (the global cap, and run.ts's per-service caps),
 * requests the server saw twice, and how many requests were in flight over
 * the run, per service.
 */
import type { Collector } from '../../src/collect/define.js';
import { callsOf } from '../../src/collect/calls.js';
import type { RequestRecord } from './fake-aws.js';

/** The service key run.ts limits a collector under, to explain the figures. */
export function limitKeyOf(collector: Collector): string {
  return collector.service;
}

/** The collectors whose call table has the operation (`S3:GetBucketAcl` → aws.s3.bucket). */
export function collectorsOf(operation: string, collectors: readonly Collector[]): Collector[] {
  return collectors.filter((c) => callsOf(c.calls).some((call) => call.key === operation));
}

export interface ServiceLoad {
  readonly key: string;
  readonly calls: number;
  /** calls × latency ÷ the cap this service's calls run under. */
  readonly boundSeconds: number;
}

/**
 * Calls per run.ts limit key, and the time each key needs at its cap; the
 * largest is the run's floor under per-service limits. run.ts caps a
 * regional service in each region separately, so its calls (assumed spread
 * evenly over the regions) get `regions` times the cap.
 */
export function serviceLoads(calls: ReadonlyMap<string, number>, collectors: readonly Collector[], latencyMs: number, cap: number, regions = 1): ServiceLoad[] {
  const byKey = new Map<string, { calls: number; regional: boolean }>();
  for (const [operation, n] of calls) {
    const owners = collectorsOf(operation, collectors);
    const key = owners.length === 0 ? '(run.ts, unlimited)' : owners.map(limitKeyOf).filter((k, i, all) => all.indexOf(k) === i).join('+');
    const regional = owners.length > 0 && owners.every((c) => c.scope === 'regional');
    const known = byKey.get(key);
    byKey.set(key, { calls: (known?.calls ?? 0) + n, regional: known === undefined ? regional : known.regional && regional });
  }
  return [...byKey.entries()].map(([key, load]) => ({ key, calls: load.calls, boundSeconds: key.startsWith('(') ? 0 : (load.calls * latencyMs) / 1000 / (cap * (load.regional ? regions : 1)) }))
    .sort((a, b) => b.calls - a.calls);
}

export interface Duplicate {
  readonly operation: string;
  readonly region: string;
  readonly subject: string;
  readonly count: number;
}

/** Requests with the same account, operation, region and parameters: the same question asked more than once. */
export function duplicates(requests: readonly RequestRecord[]): Duplicate[] {
  const seen = new Map<string, Duplicate>();
  for (const r of requests) {
    const key = `${r.account}\u0000${r.operation}\u0000${r.region}\u0000${r.subject}`;
    const known = seen.get(key);
    seen.set(key, { operation: r.operation, region: r.region, subject: r.subject, count: (known?.count ?? 0) + 1 });
  }
  return [...seen.values()].filter((d) => d.count > 1).sort((a, b) => b.count - a.count || a.operation.localeCompare(b.operation));
}

export function countByOperation(requests: readonly RequestRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of requests) counts.set(r.operation, (counts.get(r.operation) ?? 0) + 1);
  return counts;
}

/** Average requests in flight in each of `slices` equal slices of [from, to], per client (S3, KMS …) and in all. */
export function inFlight(requests: readonly RequestRecord[], from: number, to: number, slices: number): Map<string, number[]> {
  const width = (to - from) / slices;
  const series = new Map<string, number[]>();
  const add = (name: string, slice: number, amount: number): void => {
    let row = series.get(name);
    if (row === undefined) series.set(name, (row = new Array<number>(slices).fill(0)));
    row[slice] = (row[slice] ?? 0) + amount;
  };
  for (const r of requests) {
    const client = r.operation.split(':')[0] ?? '';
    for (let s = Math.max(0, Math.floor((r.arrived - from) / width)); s < slices; s++) {
      const start = from + s * width;
      const overlap = Math.min(r.finished, start + width) - Math.max(r.arrived, start);
      if (overlap <= 0) break;
      add(client, s, overlap / width);
      add('all', s, overlap / width);
    }
  }
  return series;
}
