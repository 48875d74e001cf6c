/**
 * Live collection from the command line: credentials, identity, the client
 * pool, Ctrl-C handling and the summary. Shared by `assay collect` and a
 * live `assay scan`.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ClientPool } from '../collect/clients.js';
import { credentialProvider } from '../collect/credentials.js';
import { callerIdentity } from '../collect/identity.js';
import { runCollection, type CollectStats } from '../collect/run.js';
import { collectorsFor, sources, type Source } from '../collect/sources.js';
import { aggregatorSummary, collectAggregator, collectManyAccounts } from './live-accounts.js';
import type { Snapshot } from '../snapshot/schema.js';
import type { CliIo } from './io.js';
import { progressReporter } from './progress.js';
import { packageVersion } from './version.js';

export interface LiveOptions {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  sessionName?: string;
  regions?: string[];
  concurrency: number;
  quiet?: boolean;
  org?: boolean;
  accounts?: string;
  memberRole: string;
  memberExternalId?: string;
  accountConcurrency: number;
  source: Source;
  aggregator?: string;
}

const regionList = (value: string): string[] => value.split(',').map((r) => r.trim()).filter((r) => r !== '');
const positive = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('a whole number from 1 to 256');
  return n;
};

/** IAM's own rule for role names and paths: nothing else can be in the ARN Assay builds from it. */
const roleName = (value: string): string => {
  if (!/^[\w+=,.@-]{1,64}$/.test(value.split('/').pop() ?? '') || !/^([\w+=,.@-]+\/)*[\w+=,.@-]+$/.test(value)) throw new InvalidArgumentError('a role name (letters, digits and +=,.@_-), optionally after a path: audit/AssayAudit');
  return value;
};

/** Adds the options of live collection to a command. */
export function addLiveOptions(command: Command): Command {
  return command
    .option('--profile <name>', 'AWS shared config / SSO profile (default: the SDK credential chain)')
    .option('--role-arn <arn>', 'assume this role before collecting')
    .option('--external-id <id>', 'external id for --role-arn')
    .option('--session-name <name>', 'session name for --role-arn', 'assay-scan')
    .option('--regions <list>', 'comma-separated regions (default: every region enabled for the account)', regionList)
    .addOption(new Option('--concurrency <n>', 'most AWS calls in flight (per account)').default(16).argParser(positive))
    .addOption(new Option('--source <source>', 'where resources are read from: api (each service\'s APIs) or config (AWS Config\'s recorded inventory where it holds enough, the APIs for the rest)').choices(sources).default('api'))
    .option('--aggregator <name>', 'with --source config: read every account and region an AWS Config aggregator holds, from its account (run in its region); with --org, what Config does not hold through the member roles')
    .option('--org', 'every active account of the AWS Organization (run from the management account or a delegated administrator)')
    .option('--accounts <ids|file>', 'these accounts: ids separated by commas, or a file of them (one shard of an organization); with --org, a subset of it')
    .addOption(new Option('--member-role <name>', 'role assumed in each account of --org / --accounts (a name, or path/name)').default('OrganizationAccountAccessRole').argParser(roleName))
    .option('--member-external-id <id>', 'external id for --member-role')
    .addOption(new Option('--account-concurrency <n>', 'accounts collected at once').default(4).argParser(positive))
    .option('--quiet', 'no progress on stderr');
}

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
    const identity = await callerIdentity(clients, region);
    if (options.aggregator !== undefined) {
      const { snapshot, calls } = await collectAggregator(options, { base, management: clients, identity, region, endpoint, signal: controller.signal }, io);
      if (options.quiet !== true) io.stderr.write(aggregatorSummary(snapshot, calls, Date.now() - started));
      return snapshot;
    }
    if (options.org === true || options.accounts !== undefined) {
      const { snapshot, stats, failed } = await collectManyAccounts(options, { base, management: clients, identity, region, endpoint, signal: controller.signal }, io);
      if (options.quiet !== true) {
        io.stderr.write(summary(stats, Date.now() - started, snapshot));
        if (failed.length > 0) io.stderr.write(`${failed.length} of ${snapshot.scope.accounts.length} accounts could not be collected (${failed.map((f) => f.account).join(', ')}): policies report ERROR for them\n`);
      }
      return snapshot;
    }
    if (options.quiet !== true) io.stderr.write(`collecting account ${identity.account} (${identity.partition}) as ${identity.arn}\n`);
    const { snapshot, stats } = await runCollection({
      clients,
      account: identity.account,
      partition: identity.partition,
      ...(options.regions === undefined ? {} : { regions: options.regions }),
      collectors: collectorsFor(options.source),
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
