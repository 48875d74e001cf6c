/**
 * Live collection of many accounts from the command line: `--org` (every
 * active account of the organization) and/or `--accounts` (ids or a file:
 * a shard), each entered by assuming `--member-role` — except the account
 * Assay runs in, collected with its own credentials. One line of progress
 * per account as it finishes; a failed account is reported and recorded,
 * and the others go on.
 */
import { readFile } from 'node:fs/promises';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { isInlineAccountList, parseAccountList } from '../collect/account-list.js';
import { collectAccounts, type AccountEvent, type AccountTarget, type MultiCollectResult } from '../collect/accounts.js';
import { ClientPool } from '../collect/clients.js';
import { memberRoleArn, memberRoleCredentials } from '../collect/credentials.js';
import type { Identity } from '../collect/identity.js';
import { listOrganizationAccounts } from '../collect/organization.js';
import { collectorsFor } from '../collect/sources.js';
import { AssayError } from '../diagnostics/error.js';
import { readBytes } from '../snapshot/file.js';
import type { CliIo } from './io.js';
import type { LiveOptions } from './live.js';
import { packageVersion } from './version.js';

/** The accounts `--accounts` names: ids inline, or a file of them. */
async function accountList(value: string): Promise<string[]> {
  if (isInlineAccountList(value)) return parseAccountList(value);
  await readBytes(value); // the located "no such file" errors of every other input
  return parseAccountList(await readFile(value, 'utf8'), value);
}

async function targets(options: LiveOptions, management: ClientPool, identity: Identity, io: CliIo): Promise<AccountTarget[]> {
  const listed = options.accounts === undefined ? undefined : await accountList(options.accounts);
  if (options.org !== true) return (listed ?? []).map((id) => ({ id }));
  const organization = await listOrganizationAccounts(management, identity.partition);
  const active = organization.filter((a) => a.status === 'ACTIVE');
  const inactive = organization.filter((a) => a.status !== 'ACTIVE');
  if (options.quiet !== true && inactive.length > 0) {
    io.stderr.write(`not collecting ${inactive.length} account${inactive.length === 1 ? '' : 's'} that are not active: ${inactive.map((a) => `${a.id} (${a.status})`).join(', ')}\n`);
  }
  if (listed === undefined) return active.map((a) => ({ id: a.id, name: a.name }));
  const unknown = listed.filter((id) => !active.some((a) => a.id === id));
  if (unknown.length > 0) {
    throw new AssayError('CLI_USAGE', `--accounts names ${unknown.join(', ')}, not ${unknown.length === 1 ? 'an active account' : 'active accounts'} of the organization`, { hint: 'drop --org to collect accounts outside the organization' });
  }
  return active.filter((a) => listed.includes(a.id)).map((a) => ({ id: a.id, name: a.name }));
}

function progressLine(event: AccountEvent): string {
  const width = String(event.total).length;
  const label = `[${String(event.done).padStart(width)}/${event.total}] ${event.account.id}${event.account.name === undefined || event.account.name === '' ? '' : ` ${event.account.name}`}`;
  const seconds = `${(event.outcome.elapsedMs / 1000).toFixed(1)} s`;
  return event.outcome.kind === 'collected'
    ? `${label}: ${event.outcome.resources} resources, ${event.outcome.errors} errors, ${event.outcome.calls} calls, ${seconds}\n`
    : `${label}: FAILED ${event.outcome.code}: ${event.outcome.message} (${seconds})\n`;
}

export interface AccountsContext {
  readonly base: AwsCredentialIdentityProvider;
  readonly management: ClientPool;
  readonly identity: Identity;
  readonly region: string;
  readonly endpoint: string | undefined;
  readonly signal: AbortSignal;
}

export async function collectManyAccounts(options: LiveOptions, context: AccountsContext, io: CliIo): Promise<MultiCollectResult> {
  const { identity } = context;
  const chosen = await targets(options, context.management, identity, io);
  if (chosen.length === 0) throw new AssayError('COLLECT_FAILED', 'the organization lists no active account to collect');
  const roleOf = (account: string): string => memberRoleArn({ account, partition: identity.partition, roleName: options.memberRole });
  if (options.quiet !== true) io.stderr.write(`collecting ${chosen.length} account${chosen.length === 1 ? '' : 's'}, ${options.accountConcurrency} at a time, as ${options.memberRole} (from ${identity.arn})\n`);
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
    collectors: collectorsFor(options.source),
    accountConcurrency: options.accountConcurrency,
    concurrency: options.concurrency,
    generator: { name: 'assay', version: packageVersion() },
    now: () => new Date(),
    signal: context.signal,
    onAccount: (event) => { if (options.quiet !== true) io.stderr.write(progressLine(event)); },
  });
}
