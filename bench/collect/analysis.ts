/**
 * Figures from one run: which collector each API call served, the bounds
 * the run could not beat (the global cap, and each service's cap per region),
 * requests the server saw twice, and how many requests were in flight over
 * the run, per service.
 */
import type { Collector } from '../../src/collect/define.js';
import { callsOf } from '../../src/collect/calls.js';
import { serviceCap } from '../../src/collect/pace.js';
import type { RequestRecord } from './fake-aws.js';

/** The collectors whose call table has the operation (`S3:GetBucketAcl` → aws.s3.bucket). */
export function collectorsOf(operation: string, collectors: readonly Collector[]): Collector[] {
  return collectors.filter((c) => callsOf(c.calls).some((call) => call.key === operation));
}

export interface ServiceLoad {
  /** The schedule's lane: SDK client and region (`S3 us-east-1`). */
  readonly key: string;
  readonly calls: number;
  readonly cap: number;
  /** calls × latency ÷ the lane's cap. */
  readonly boundSeconds: number;
}

/**
 * Requests per lane of the schedule (src/collect/pace.ts: each SDK client in
 * each region has its own cap), and the time each lane needs at its cap; the
 * largest is the run's floor under per-service caps.
 */
export function serviceLoads(requests: readonly RequestRecord[], latencyMs: number, concurrency: number, override: number | undefined): ServiceLoad[] {
  const byKey = new Map<string, number>();
  for (const r of requests) {
    const key = `${r.operation.split(':')[0] ?? ''} ${r.region}`;
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  return [...byKey.entries()].map(([key, calls]) => {
    const cap = serviceCap(key.split(' ')[0] ?? '', concurrency, override);
    return { key, calls, cap, boundSeconds: (calls * latencyMs) / 1000 / cap };
  }).sort((a, b) => b.boundSeconds - a.boundSeconds || a.key.localeCompare(b.key));
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
