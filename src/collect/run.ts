/**
 * Runs every collector for one account — global ones once, regional ones in
 * each enabled region — all at once, every AWS call they send waiting for its
 * slot under a global cap and its service's cap in its region (pace.ts), and
 * assembles the snapshot. Nothing here aborts on a failed call: failures
 * are recorded as errors and coverage. Only cancellation stops the run, and
 * then no snapshot is produced at all.
 */
import { AssayError } from '../diagnostics/error.js';
import { GLOBAL_REGION } from '../resources/define.js';
import type { Resource } from '../resources/resource.js';
import { SNAPSHOT_SCHEMA_VERSION, type CollectionError, type CoverageEntry, type Snapshot } from '../snapshot/schema.js';
import { callTable } from './calls.js';
import type { ClientPool } from './clients.js';
import { createContext } from './context.js';
import type { Collector } from './define.js';
import { describeError } from './failure.js';
import { createSchedule } from './pace.js';
import { homeRegion, type Partition } from './partition.js';
import { describeAllRegions } from './regions.js';

/** The run's own call, outside any collector: which regions the account has enabled. */
export const regionDiscoveryCalls = callTable('EC2', 'ec2', { DescribeRegions: { iam: 'ec2:DescribeRegions' } });

export interface ProgressEvent {
  readonly type: string;
  readonly region: string;
  readonly phase: 'start' | 'done';
  readonly resources: number;
  readonly failed: boolean;
}

export interface CollectOptions {
  readonly clients: ClientPool;
  readonly account: string;
  readonly partition: Partition;
  /** Regions to collect; undefined means every region enabled for the account. */
  readonly regions?: readonly string[];
  readonly collectors: readonly Collector[];
  /** Most API calls in flight at once. */
  readonly concurrency: number;
  /** Most calls in flight per service and region, for every service; unset, each service's cap comes from its documented rate (pace.ts). */
  readonly serviceConcurrency?: number;
  readonly generator: { readonly name: string; readonly version: string };
  /** The clock is read at the edge and passed in. */
  readonly now: () => Date;
  readonly signal?: AbortSignal;
  readonly progress?: (event: ProgressEvent) => void;
}

export interface CollectStats {
  readonly resourcesByType: ReadonlyMap<string, number>;
  readonly errorsByCode: ReadonlyMap<string, number>;
  readonly calls: number;
}

interface RegionPlan {
  readonly enabled: string[];
  readonly skipped: { region: string; reason: string }[];
  readonly error?: CollectionError;
}

/** Which regions to visit: enabled ones; regions not opted in are recorded as skipped, not errors. */
async function planRegions(options: CollectOptions): Promise<RegionPlan> {
  try {
    const answer = await describeAllRegions(options.clients, options.partition);
    const all = (answer.Regions ?? []).map((r) => ({ name: r.RegionName ?? '', status: r.OptInStatus ?? 'opt-in-not-required' })).filter((r) => r.name !== '');
    const wanted = options.regions ?? all.map((r) => r.name);
    const enabled: string[] = [];
    const skipped: { region: string; reason: string }[] = [];
    for (const region of wanted) {
      const known = all.find((r) => r.name === region);
      if (known !== undefined && known.status === 'not-opted-in') skipped.push({ region, reason: 'region not opted in for this account' });
      else enabled.push(region);
    }
    return { enabled: enabled.sort(), skipped };
  } catch (error) {
    const { code, message } = describeError(error);
    if (options.regions === undefined) {
      throw new AssayError('COLLECT_FAILED', `cannot list the account's regions (${regionDiscoveryCalls.DescribeRegions.label}: ${code}: ${message})`, { hint: `name the regions with --regions, or grant ${regionDiscoveryCalls.DescribeRegions.iam.join(', ')}` });
    }
    // With explicit regions we can go on; opt-in status is then unknown and recorded as an error.
    return {
      enabled: [...options.regions].sort(),
      skipped: [],
      error: { service: 'ec2', operation: regionDiscoveryCalls.DescribeRegions.operation, account: options.account, region: GLOBAL_REGION, code, message },
    };
  }
}

export async function runCollection(options: CollectOptions): Promise<{ snapshot: Snapshot; stats: CollectStats }> {
  const previous = options.clients.pace(createSchedule(options.concurrency, options.serviceConcurrency));
  try {
    return await collectAll(options);
  } finally {
    options.clients.pace(previous);
  }
}

async function collectAll(options: CollectOptions): Promise<{ snapshot: Snapshot; stats: CollectStats }> {
  const checkCancelled = (): void => {
    if (options.signal?.aborted === true) throw new AssayError('COLLECT_FAILED', 'collection interrupted; no snapshot written');
  };
  const plan = await planRegions(options);
  checkCancelled();
  const resources: Resource[] = [];
  const errors: CollectionError[] = plan.error === undefined ? [] : [plan.error];
  const coverage: CoverageEntry[] = [];

  const tasks: Promise<void>[] = [];
  for (const collector of options.collectors) {
    const service = collector.service;
    const places = collector.scope === 'global' ? [GLOBAL_REGION] : plan.enabled;
    if (collector.scope === 'regional') {
      for (const skip of plan.skipped) coverage.push({ type: collector.type, account: options.account, region: skip.region, status: 'skipped', reason: skip.reason });
    }
    for (const place of places) {
      tasks.push((async () => {
        let emitted = 0;
        let listing: { failed: boolean; partial: boolean; reason: string } = { failed: false, partial: false, reason: '' };
        options.progress?.({ type: collector.type, region: place, phase: 'start', resources: 0, failed: false });
        const context = createContext(
          { clients: options.clients, account: options.account, partition: options.partition, region: place === GLOBAL_REGION ? homeRegion(options.partition) : place, resourceRegion: place, type: collector.type, service },
          {
            emit: (resource) => { checkCancelled(); emitted++; resources.push(resource); },
            error: (error) => { errors.push(error); },
            listing: (failure, partial) => { listing = { failed: true, partial, reason: `${failure.code} on ${failure.operation}: ${failure.message}` }; },
          },
        );
        try {
          await collector.collect(context);
        } catch (error) {
          if (error instanceof AssayError) throw error;
          // A collector bug must not pass for an empty, complete listing.
          const { code, message } = describeError(error);
          errors.push({ service, operation: 'collect', account: options.account, region: place, type: collector.type, code, message });
          listing = { failed: true, partial: emitted > 0, reason: `${code}: ${message}` };
        }
        coverage.push(listing.failed
          ? { type: collector.type, account: options.account, region: place, status: listing.partial ? 'partial' : 'failed', reason: listing.reason }
          : { type: collector.type, account: options.account, region: place, status: 'complete' });
        options.progress?.({ type: collector.type, region: place, phase: 'done', resources: emitted, failed: listing.failed });
      })());
    }
  }
  const settled = await Promise.allSettled(tasks);
  checkCancelled();
  const crashed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (crashed !== undefined) throw crashed.reason;

  const resourcesByType = new Map<string, number>();
  for (const resource of resources) resourcesByType.set(resource.type, (resourcesByType.get(resource.type) ?? 0) + 1);
  const errorsByCode = new Map<string, number>();
  for (const error of errors) errorsByCode.set(error.code, (errorsByCode.get(error.code) ?? 0) + 1);
  const snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generator: { ...options.generator },
    collectedAt: options.now().toISOString(),
    scope: { partition: options.partition, accounts: [options.account], regions: [...plan.enabled, ...plan.skipped.map((s) => s.region)].sort() },
    resources,
    coverage,
    errors,
  };
  return { snapshot, stats: { resourcesByType, errorsByCode, calls: options.clients.totalCalls() } };
}
