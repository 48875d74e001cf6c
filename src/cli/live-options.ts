/**
 * The options of live collection, shared by `assay collect` and a live
 * `assay scan`. Apart from the collection itself (live.ts), so that adding
 * them to a command loads no AWS SDK client.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { sources, type Source } from '../collect/source-names.js';

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
  /** The catalog types to collect (`collect --types`, or what a live scan's policies read); every type when absent. */
  types?: ReadonlySet<string>;
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
