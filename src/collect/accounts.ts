/**
 * Collection across many accounts: each account collected as on its own
 * (its own client pool, usually with a role assumed into it), a bounded
 * number of accounts at once, and the per-account snapshots merged into
 * one. An account that cannot be entered — role missing, access denied,
 * regions unlistable — is recorded in the snapshot as failed coverage of
 * every type with the reason, so a scan reports ERROR for it, and never
 * stops the others. Only cancellation stops the run.
 */
import pLimit from 'p-limit';
import { AssayError } from '../diagnostics/error.js';
import { GLOBAL_REGION } from '../resources/define.js';
import { mergeSnapshots } from '../snapshot/merge.js';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../snapshot/schema.js';
import type { ClientPool } from './clients.js';
import type { Collector } from './define.js';
import { describeError } from './failure.js';
import { callerIdentity } from './identity.js';
import { homeRegion, type Partition } from './partition.js';
import { runCollection, type CollectStats } from './run.js';

export interface AccountTarget {
  readonly id: string;
  /** The account's name in the organization, for progress lines. */
  readonly name?: string;
}

export type AccountOutcome =
  | { readonly kind: 'collected'; readonly resources: number; readonly errors: number; readonly calls: number; readonly elapsedMs: number }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string; readonly elapsedMs: number };

export interface AccountEvent {
  readonly account: AccountTarget;
  /** 1-based position among the accounts finished so far, and how many there are. */
  readonly done: number;
  readonly total: number;
  readonly outcome: AccountOutcome;
}

export interface MultiCollectOptions {
  readonly targets: readonly AccountTarget[];
  readonly partition: Partition;
  /**
   * The client pool for one account, with credentials for it (a role assumed
   * into it). Created when the account's turn comes, destroyed after.
   */
  readonly poolFor: (account: string) => ClientPool;
  /** What an account's credentials are, for failure messages: e.g. the role ARN assumed. */
  readonly describeAccess: (account: string) => string;
  readonly regions?: readonly string[];
  readonly collectors: readonly Collector[];
  /** Accounts collected at once. */
  readonly accountConcurrency: number;
  /** Most API calls in flight at once within one account. */
  readonly concurrency: number;
  readonly serviceConcurrency?: number;
  readonly generator: Snapshot['generator'];
  readonly now: () => Date;
  readonly signal?: AbortSignal;
  readonly onAccount?: (event: AccountEvent) => void;
}

export interface MultiCollectResult {
  readonly snapshot: Snapshot;
  readonly stats: CollectStats;
  readonly failed: readonly { readonly account: string; readonly code: string; readonly message: string }[];
}

interface Failure { readonly account: string; readonly code: string; readonly message: string }

/** What the snapshot says of an account that could not be entered: every type failed, for the reason. */
function failedAccount(failure: Failure, regions: readonly string[], options: MultiCollectOptions): Snapshot {
  const reason = `account not collected: ${failure.code}: ${failure.message}`;
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generator: options.generator,
    collectedAt: options.now().toISOString(),
    scope: { partition: options.partition, accounts: [failure.account], regions: [...regions] },
    resources: [],
    coverage: options.collectors.flatMap((c) => (c.scope === 'global' ? [GLOBAL_REGION] : regions).map((region) => ({ type: c.type, account: failure.account, region, status: 'failed' as const, reason }))),
    errors: [{ service: 'sts', operation: 'AssumeRole', account: failure.account, region: GLOBAL_REGION, code: failure.code, message: failure.message }],
  };
}

export async function collectAccounts(options: MultiCollectOptions): Promise<MultiCollectResult> {
  const limit = pLimit(options.accountConcurrency);
  const collected: Snapshot[] = [];
  const failures: Failure[] = [];
  const resourcesByType = new Map<string, number>();
  const errorsByCode = new Map<string, number>();
  let calls = 0;
  let done = 0;
  const total = options.targets.length;
  const cancelled = (): boolean => options.signal?.aborted === true;

  const collectOne = async (target: AccountTarget): Promise<void> => {
    if (cancelled()) return;
    const started = Date.now();
    const pool = options.poolFor(target.id);
    const fail = (code: string, message: string): void => {
      failures.push({ account: target.id, code, message });
      errorsByCode.set(code, (errorsByCode.get(code) ?? 0) + 1);
      options.onAccount?.({ account: target, done: ++done, total, outcome: { kind: 'failed', code, message, elapsedMs: Date.now() - started } });
    };
    try {
      let identity;
      try {
        identity = await callerIdentity(pool, homeRegion(options.partition));
      } catch (error) {
        const { code, message } = describeError(error instanceof AssayError && error.cause !== undefined ? error.cause : error);
        fail(code, `cannot enter the account as ${options.describeAccess(target.id)}: ${message}`);
        return;
      }
      if (identity.account !== target.id) {
        fail('WrongAccount', `${options.describeAccess(target.id)} answered as account ${identity.account}, not ${target.id}`);
        return;
      }
      const { snapshot, stats } = await runCollection({
        clients: pool, account: target.id, partition: options.partition, collectors: options.collectors,
        ...(options.regions === undefined ? {} : { regions: options.regions }),
        concurrency: options.concurrency,
        ...(options.serviceConcurrency === undefined ? {} : { serviceConcurrency: options.serviceConcurrency }),
        generator: options.generator, now: options.now,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
      collected.push(snapshot);
      for (const [type, n] of stats.resourcesByType) resourcesByType.set(type, (resourcesByType.get(type) ?? 0) + n);
      for (const [code, n] of stats.errorsByCode) errorsByCode.set(code, (errorsByCode.get(code) ?? 0) + n);
      calls += stats.calls;
      options.onAccount?.({ account: target, done: ++done, total, outcome: { kind: 'collected', resources: snapshot.resources.length, errors: snapshot.errors.length, calls: stats.calls, elapsedMs: Date.now() - started } });
    } catch (error) {
      if (cancelled()) throw error;
      // An account whose regions cannot be listed (or any other refusal to start) is that account's failure alone.
      const { code, message } = error instanceof AssayError ? { code: error.code, message: error.message } : describeError(error);
      fail(code, message);
    } finally {
      pool.destroy();
    }
  };

  await Promise.all(options.targets.map((target) => limit(() => collectOne(target))));
  if (cancelled()) throw new AssayError('COLLECT_FAILED', 'collection interrupted; no snapshot written');
  if (collected.length === 0) {
    const first = failures[0];
    throw new AssayError('COLLECT_FAILED', `no account could be collected${first === undefined ? '' : `; the first failure (${first.account}): ${first.code}: ${first.message}`}`, {
      hint: 'check that the member role exists in the accounts and trusts the credentials Assay runs with (--member-role, --member-external-id)',
    });
  }
  // A failed account is recorded in the regions the others were collected in.
  const regions = [...new Set(collected.flatMap((s) => s.scope.regions))].sort();
  const parts = [...collected, ...failures.map((f) => failedAccount(f, regions, options))];
  const merged = mergeSnapshots(parts.map((snapshot) => ({ file: snapshot.scope.accounts.join(','), snapshot })), options.generator);
  if (!merged.ok) throw new Error(`accounts overlapped while merging: ${merged.conflicts.map((c) => c.message).join('; ')}`);
  return { snapshot: merged.snapshot, stats: { resourcesByType, errorsByCode, calls }, failed: failures };
}
