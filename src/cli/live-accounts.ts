/**
 * Live collection of many accounts from the command line: `--org` (every
 * active account of the organization) and/or `--accounts` (ids or a file:
 * a shard), each entered by assuming `--member-role` — except the account
 * Assay runs in, collected with its own credentials. One line of progress
 * per account as it finishes; a failed account is reported and recorded,
 * and the others go on.
 */
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { isInlineAccountList, parseAccountList } from '../collect/account-list.js';
import { collectAccounts, type AccountEvent, type AccountTarget, type MultiCollectResult } from '../collect/accounts.js';
import { ClientPool } from '../collect/clients.js';
import { memberRoleArn, memberRoleCredentials } from '../collect/credentials.js';
import type { Identity } from '../collect/identity.js';
import { listOrganizationAccounts } from '../collect/organization.js';
import { collectorsFor } from '../collect/sources.js';
import { collectFromAggregator } from '../collect/config/aggregator.js';
import { configMappers } from '../collect/config/mappers/index.js';
import type { ConfigMapper } from '../collect/config/mapper.js';
import { collectorEntries, loadCollectors } from '../collect/aws/index.js';
import type { Snapshot } from '../snapshot/schema.js';
import type { Collector } from '../collect/define.js';
import { mergeSnapshots } from '../snapshot/merge.js';
import { AssayError } from '../diagnostics/error.js';
import { decodeUtf8 } from '../diagnostics/utf8.js';
import { readBytes } from '../snapshot/file.js';
import { terminalText } from '../text/terminal.js';
import type { CliIo } from './io.js';
import type { LiveOptions } from './live-options.js';
import { packageVersion } from './version.js';

/** The accounts `--accounts` names: ids inline, or a file of them. */
async function accountList(value: string): Promise<string[]> {
  if (isInlineAccountList(value)) return parseAccountList(value);
  // readBytes: the located "no such file" errors of every other input.
  return parseAccountList(decodeUtf8(await readBytes(value), value, 'CLI_USAGE'), value);
}

async function targets(options: LiveOptions, management: ClientPool, identity: Identity, io: CliIo): Promise<AccountTarget[]> {
  const listed = options.accounts === undefined ? undefined : await accountList(options.accounts);
  if (options.org !== true) return (listed ?? []).map((id) => ({ id }));
  const organization = await listOrganizationAccounts(management, identity.partition);
  const active = organization.filter((a) => a.status === 'ACTIVE');
  const inactive = organization.filter((a) => a.status !== 'ACTIVE');
  if (options.quiet !== true && inactive.length > 0) {
    io.stderr.write(`not collecting ${inactive.length} account${inactive.length === 1 ? '' : 's'} that are not active: ${terminalText(inactive.map((a) => `${a.id} (${a.status})`).join(', '))}\n`);
  }
  if (listed === undefined) return active.map((a) => ({ id: a.id, name: a.name }));
  const unknown = listed.filter((id) => !active.some((a) => a.id === id));
  if (unknown.length > 0) {
    throw new AssayError('CLI_USAGE', `--accounts names ${unknown.join(', ')}, not ${unknown.length === 1 ? 'an active account' : 'active accounts'} of the organization`, { hint: 'drop --org to collect accounts outside the organization' });
  }
  return active.filter((a) => listed.includes(a.id)).map((a) => ({ id: a.id, name: a.name }));
}

/** One account done: its name (set by whoever runs the account) and AWS's error message are escaped for the terminal. */
function progressLine(event: AccountEvent): string {
  const width = String(event.total).length;
  const label = `[${String(event.done).padStart(width)}/${event.total}] ${terminalText(`${event.account.id}${event.account.name === undefined || event.account.name === '' ? '' : ` ${event.account.name}`}`)}`;
  const seconds = `${(event.outcome.elapsedMs / 1000).toFixed(1)} s`;
  return event.outcome.kind === 'collected'
    ? `${label}: ${event.outcome.resources} resources, ${event.outcome.errors} errors, ${event.outcome.calls} calls, ${seconds}\n`
    : `${label}: FAILED ${terminalText(`${event.outcome.code}: ${event.outcome.message}`)} (${seconds})\n`;
}

export interface AccountsContext {
  readonly base: AwsCredentialIdentityProvider;
  readonly management: ClientPool;
  readonly identity: Identity;
  readonly region: string;
  readonly endpoint: string | undefined;
  readonly signal: AbortSignal;
}

/** The accounts --org / --accounts name; `given` when the caller already chose them. */
export async function collectManyAccounts(options: LiveOptions, context: AccountsContext, io: CliIo, given?: { targets: readonly AccountTarget[]; collectors: readonly Collector[] }): Promise<MultiCollectResult> {
  const { identity } = context;
  const chosen = given?.targets ?? await targets(options, context.management, identity, io);
  if (chosen.length === 0) throw new AssayError('COLLECT_FAILED', 'the organization lists no active account to collect');
  const roleOf = (account: string): string => memberRoleArn({ account, partition: identity.partition, roleName: options.memberRole });
  if (options.quiet !== true) io.stderr.write(`collecting ${chosen.length} account${chosen.length === 1 ? '' : 's'}, ${options.accountConcurrency} at a time, as ${options.memberRole} (from ${identity.arn})\n`);
  const collectors = given?.collectors ?? await collectorsFor(options.source, options.types);
  return collectAccounts({
    targets: chosen,
    partition: identity.partition,
    poolFor: (account) => new ClientPool({
      // The account Assay runs in has no member role to assume (the management account has no OrganizationAccountAccessRole).
      credentials: account === identity.account ? context.base : memberRoleCredentials(context.base, {
        account, partition: identity.partition, roleName: options.memberRole, sessionName: options.sessionName ?? 'assay-scan', region: context.region,
        ...(options.memberExternalId === undefined ? {} : { externalId: options.memberExternalId }),
      }),
      ...(context.endpoint === undefined ? {} : { customEndpoint: context.endpoint }),
    }),
    describeAccess: (account) => (account === identity.account ? identity.arn : roleOf(account)),
    ...(options.regions === undefined ? {} : { regions: options.regions }),
    collectors,
    accountConcurrency: options.accountConcurrency,
    concurrency: options.concurrency,
    generator: { name: 'assay', version: packageVersion() },
    now: () => new Date(),
    signal: context.signal,
    onAccount: (event) => { if (options.quiet !== true) io.stderr.write(progressLine(event)); },
  });
}

/**
 * `--source config --aggregator <name>`: the aggregator's accounts and
 * regions, from its account alone; with --org, the types Config does not
 * hold are collected through the member role in each account of the
 * organization, so nothing is left unevaluated.
 */
export async function collectAggregator(options: LiveOptions, context: AccountsContext, io: CliIo): Promise<{ snapshot: Snapshot; calls: number }> {
  if (options.source !== 'config') throw new AssayError('CLI_USAGE', '--aggregator reads AWS Config: give --source config with it');
  const fromConfig = new Set(configMappers.map((m) => m.catalogType));
  const wanted = (type: string): boolean => options.types === undefined || options.types.has(type);
  const mappers = configMappers.filter((m) => wanted(m.catalogType));
  const unmapped = await loadCollectors(new Set(collectorEntries.map((e) => e.type).filter((t) => wanted(t) && !fromConfig.has(t))));
  if (options.org === true) {
    // Types whose items need the account's own API for their gaps (S3) are read per account like the rest.
    const viaAggregator = mappers.filter((m) => m.fill === undefined);
    const perAccount = (await collectorsFor('config', options.types)).filter((c) => !viaAggregator.some((m) => m.catalogType === c.type));
    const chosen = await targets(options, context.management, context.identity, io);
    // The aggregator's queries and the accounts' own collection do not wait for each other.
    const [aggregated, rest] = await Promise.all([
      readAggregator(options, context, io, chosen.map((t) => t.id), viaAggregator, []),
      collectManyAccounts(options, context, io, { targets: chosen, collectors: perAccount }),
    ]);
    const merged = mergeSnapshots([{ file: 'aggregator', snapshot: aggregated.snapshot }, { file: 'member roles', snapshot: rest.snapshot }], { name: 'assay', version: packageVersion() });
    if (!merged.ok) throw new Error(`the aggregator and the member-role collection overlapped: ${merged.conflicts.map((c) => c.message).join('; ')}`);
    return { snapshot: merged.snapshot, calls: aggregated.calls + rest.stats.calls };
  }
  const accounts = options.accounts === undefined ? undefined : await accountList(options.accounts);
  return readAggregator(options, context, io, accounts, mappers, unmapped);
}

async function readAggregator(options: LiveOptions, context: AccountsContext, io: CliIo, accounts: readonly string[] | undefined, mappers: readonly ConfigMapper[], uncovered: readonly Collector[]): Promise<{ snapshot: Snapshot; calls: number }> {
  if (options.quiet !== true) io.stderr.write(`reading the AWS Config aggregator "${options.aggregator ?? ''}" in ${context.region} as ${context.identity.arn}\n`);
  return collectFromAggregator({
    clients: context.management, region: context.region, partition: context.identity.partition, aggregator: options.aggregator ?? '', account: context.identity.account,
    ...(accounts === undefined ? {} : { accounts }), ...(options.regions === undefined ? {} : { regions: options.regions }),
    mappers, uncovered,
    generator: { name: 'assay', version: packageVersion() }, now: () => new Date(),
  });
}

export function aggregatorSummary(snapshot: Snapshot, calls: number, elapsedMs: number): string {
  const notRead = new Set(snapshot.coverage.filter((c) => c.status === 'failed' && c.reason?.startsWith('not read from the Config aggregator') === true).map((c) => c.type));
  const incomplete = snapshot.coverage.filter((c) => (c.status === 'failed' || c.status === 'partial') && !notRead.has(c.type)).length;
  return [
    `read ${snapshot.resources.length} resources of ${snapshot.scope.accounts.length} accounts in ${snapshot.scope.regions.length} regions in ${(elapsedMs / 1000).toFixed(1)} s with ${calls} API calls`,
    ...(incomplete > 0 ? [`${incomplete} type×account×region listings incomplete (failed or outdated aggregator sources)`] : []),
    ...(notRead.size > 0 ? [`not held by AWS Config, so reported as ERROR: ${[...notRead].sort().join(', ')} (collect them with --source api)`] : []),
    '',
  ].join('\n');
}
