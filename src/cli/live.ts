/**
 * Live collection from the command line: credentials, identity, the client
 * pool, Ctrl-C handling and the summary. Shared by `assay collect` and a
 * live `assay scan`.
 */
import { ClientPool } from '../collect/clients.js';
import { credentialProvider } from '../collect/credentials.js';
import { callerIdentity } from '../collect/identity.js';
import { runCollection, type CollectStats } from '../collect/run.js';
import type { Snapshot } from '../snapshot/schema.js';
import type { CliIo } from './io.js';
import type { LiveOptions } from './live-options.js';
import { progressReporter } from './progress.js';
import { packageVersion } from './version.js';

function summary(stats: CollectStats, elapsedMs: number, snapshot: Snapshot): string {
  const types = [...stats.resourcesByType.entries()].sort().map(([t, n]) => `  ${t.padEnd(28)} ${n}`);
  const errors = [...stats.errorsByCode.entries()].sort().map(([c, n]) => `${c} ${n}`).join(', ');
  const incomplete = snapshot.coverage.filter((c) => c.status === 'failed' || c.status === 'partial').length;
  return [
    `collected ${snapshot.resources.length} resources in ${(elapsedMs / 1000).toFixed(1)} s with ${stats.calls} API calls`,
    ...types,
    `errors: ${errors === '' ? 'none' : errors}${incomplete > 0 ? ` · ${incomplete} type×region listings incomplete` : ''}`,
    '',
  ].join('\n');
}

/** Collects a live snapshot; Ctrl-C aborts with no snapshot produced. */
export async function collectLive(options: LiveOptions, io: CliIo): Promise<Snapshot> {
  const region = io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const endpoint = io.env.AWS_ENDPOINT_URL_S3_CONTROL ?? io.env.AWS_ENDPOINT_URL;
  const base = credentialProvider({ region, ...options });
  const clients = new ClientPool({
    credentials: base,
    ...(endpoint === undefined ? {} : { customEndpoint: endpoint }),
  });
  const controller = new AbortController();
  const onSigint = (): void => { controller.abort(); };
  process.once('SIGINT', onSigint);
  const progress = progressReporter(io, options.quiet === true);
  const started = Date.now();
  try {
    // The collectors bring every service's SDK client, most of a live scan's start-up: they load while
    // the identity call is on the wire rather than after its answer.
    const asked = callerIdentity(clients, region);
    const sources = import('../collect/sources.js');
    // Both settle before either is read: a failed identity call must not leave a rejection unheard.
    const [identity, { collectorsFor }] = await Promise.all([asked, sources]);
    if (options.aggregator !== undefined) {
      const { aggregatorSummary, collectAggregator } = await import('./live-accounts.js');
      const { snapshot, calls } = await collectAggregator(options, { base, management: clients, identity, region, endpoint, signal: controller.signal }, io);
      if (options.quiet !== true) io.stderr.write(aggregatorSummary(snapshot, calls, Date.now() - started));
      return snapshot;
    }
    if (options.org === true || options.accounts !== undefined) {
      const { collectManyAccounts } = await import('./live-accounts.js');
      const { snapshot, stats, failed } = await collectManyAccounts(options, { base, management: clients, identity, region, endpoint, signal: controller.signal }, io);
      if (options.quiet !== true) {
        io.stderr.write(summary(stats, Date.now() - started, snapshot));
        if (failed.length > 0) io.stderr.write(`${failed.length} of ${snapshot.scope.accounts.length} accounts could not be collected (${failed.map((f) => f.account).join(', ')}): policies report ERROR for them\n`);
      }
      return snapshot;
    }
    const scope = options.types === undefined ? '' : `${options.types.size} resource type${options.types.size === 1 ? '' : 's'} in `;
    if (options.quiet !== true) io.stderr.write(`collecting ${scope}account ${identity.account} (${identity.partition}) as ${identity.arn}\n`);
    const { snapshot, stats } = await runCollection({
      clients,
      account: identity.account,
      partition: identity.partition,
      ...(options.regions === undefined ? {} : { regions: options.regions }),
      collectors: await collectorsFor(options.source, options.types),
      concurrency: options.concurrency,
      generator: { name: 'assay', version: packageVersion() },
      now: () => new Date(),
      signal: controller.signal,
      progress: progress.onEvent,
    });
    progress.finish();
    if (options.quiet !== true) io.stderr.write(summary(stats, Date.now() - started, snapshot));
    return snapshot;
  } finally {
    process.removeListener('SIGINT', onSigint);
    clients.destroy();
  }
}
