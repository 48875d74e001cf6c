/** `assay collect -o <file>`: snapshot a live AWS account, read-only. */
import type { Command } from 'commander';
import { writeSnapshotFile } from '../../snapshot/file.js';
import { addLiveOptions, type LiveOptions } from '../live-options.js';
import { checkOutputPaths } from '../output-paths.js';
import { fileName } from '../outputs.js';
import type { CommandContext } from '../program.js';
import { InvalidArgumentError } from 'commander';
import { didYouMean } from '../../diagnostics/suggest.js';
import { resourceTypeNames } from '../../resources/catalog.js';

/** Catalog type names, each checked: a typo would otherwise collect nothing of what was meant. */
function typeList(value: string): string[] {
  const names = value.split(',').map((t) => t.trim()).filter((t) => t !== '');
  const known = resourceTypeNames();
  const unknown = names.find((t) => !known.includes(t));
  if (unknown !== undefined) throw new InvalidArgumentError(`unknown resource type "${unknown}"${didYouMean(unknown, known)}`);
  if (names.length === 0) throw new InvalidArgumentError('at least one resource type');
  return names;
}

export function registerCollectCommand(program: Command, context: CommandContext): void {
  addLiveOptions(program
    .command('collect')
    .description('snapshot a live AWS account, or many (--org, --accounts), read-only, into a snapshot file')
    .requiredOption('-o, --output <file>', 'snapshot file to write (.json, or .json.gz to compress); written only when collection finishes', fileName)
    .option('--types <list>', 'collect only these resource types, comma-separated (default: every type; `assay types` lists them)', typeList))
    .addHelpText('after', `
Credentials come from the AWS SDK's default chain (environment, shared config
and SSO profiles, web identity, container and instance roles), or --profile;
--role-arn assumes a role on top. AWS_ENDPOINT_URL points every service at
another endpoint (an emulator, for instance). \`assay permissions\` prints the
IAM policy the scan needs; the AWS-managed SecurityAudit policy also works.

Every call is read-only (a guard refuses anything else before it is sent).
A call that fails is recorded in the snapshot and never aborts the run;
policies that need what it would have returned report ERROR.

Many accounts: --org collects every active account of the organization (run
it from the management account or a delegated administrator; it needs
organizations:ListAccounts and sts:AssumeRole there); --accounts names the
accounts, or a file of them, for one shard. Each account is entered by
assuming --member-role in it (the account Assay runs in uses its own
credentials), --account-concurrency at a time. An account that cannot be
entered is recorded as failed, so a scan reports ERROR for it, and the
others go on. Shards are put together with \`assay snapshot merge\`.

Examples:
  assay collect --regions us-east-1,eu-west-1 -o snapshot.json.gz
  assay collect --org --member-role AssayAudit -o org.json.gz
  assay collect --org --accounts shard-1.txt -o shard-1.json.gz
  assay collect --types aws.s3.bucket,aws.account -o buckets.json

A snapshot with some types only is judged as such: a policy that reads a type
it does not hold reports ERROR, never PASS. A live \`assay scan\` collects just
the types its policies read.`)
    .action(async (options: Omit<LiveOptions, 'types'> & { output: string; types?: string[] }) => {
      // Checked first: an hour of collection must not end in a file that cannot be written.
      await checkOutputPaths([{ option: '-o', path: options.output }]);
      // Loaded on use, so registering the command (for every other command's run) loads no AWS SDK client.
      const { collectLive } = await import('../live.js');
      const { types, ...rest } = options;
      const snapshot = await collectLive({ ...rest, ...(types === undefined ? {} : { types: new Set(types) }) }, context.io);
      await writeSnapshotFile(options.output, snapshot);
      if (options.quiet !== true) context.io.stderr.write(`wrote ${options.output}\n`);
    });
}
