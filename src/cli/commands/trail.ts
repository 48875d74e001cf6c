/** `assay trail verify`: CloudTrail log file integrity, as `aws cloudtrail validate-logs` checks it, reported as findings. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { AssayError } from '../../diagnostics/error.js';
import { reportFormats, reportFormatsById } from '../../report/formats.js';
import { readSnapshotFile } from '../../snapshot/file.js';
import { ExitCode } from '../exit-codes.js';
import { helpList } from '../help.js';
import { checkOutputPaths } from '../output-paths.js';
import { fileName, parseOutputTarget, resolveOutputs, type OutputTarget } from '../outputs.js';
import type { CommandContext } from '../program.js';
import { writeReports } from '../write-reports.js';

interface VerifyOptions {
  trail: string[];
  snapshot?: string;
  startTime: string;
  endTime?: string;
  regions?: string[];
  concurrency: number;
  format: string;
  output: OutputTarget[];
  quiet?: boolean;
  profile?: string;
  roleArn?: string;
  externalId?: string;
  sessionName?: string;
}

/** An ISO 8601 time (a date alone is its midnight, UTC), as CloudTrail writes times: 2024-03-01T00:00:00Z. */
export function parseTime(value: string): string {
  const ok = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/.test(value.trim());
  const ms = ok ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00Z` : value.trim()) : Number.NaN;
  if (Number.isNaN(ms)) throw new InvalidArgumentError('an ISO 8601 time with its zone, such as 2024-03-01T00:00:00Z, or a date such as 2024-03-01 (midnight UTC)');
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const regionList = (value: string): string[] => {
  const regions = value.split(',').map((r) => r.trim()).filter((r) => r !== '');
  const bad = regions.find((r) => !/^[a-z]{2}(?:-[a-z]+)+-\d+$/.test(r));
  if (regions.length === 0 || bad !== undefined) throw new InvalidArgumentError(`comma-separated region names such as us-east-1,eu-west-1${bad === undefined ? '' : ` ("${bad}" is not one)`}`);
  return regions;
};

const positive = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('a whole number from 1 to 256');
  return n;
};

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerTrailCommands(program: Command, context: CommandContext): void {
  const trail = program.command('trail').description('CloudTrail log file integrity: verify digest and log files in the trail\'s bucket');
  trail
    .command('verify')
    .description('verify a trail\'s log files over a period: digest signatures, the digest chain, log file hashes and coverage (what `aws cloudtrail validate-logs` checks), as findings')
    .option('--trail <name|arn>', 'a trail to verify (repeatable); default: every trail the region lists (with --snapshot: every trail in it)', collect, [])
    .option('--snapshot <file>', 'take the trails (bucket, prefix, regions) from this snapshot instead of DescribeTrails', fileName)
    .requiredOption('--start-time <time>', 'start of the period: ISO 8601 (2024-03-01T00:00:00Z) or a date (midnight UTC)', parseTime)
    .option('--end-time <time>', 'end of the period (default: now); the report is dated at the end of the period', parseTime)
    .option('--regions <list>', 'verify exactly these regions of a multi-region trail; one without digests is a gap (default: every region found in the bucket)', regionList)
    .addOption(new Option('--concurrency <n>', 'most object reads in flight').default(16).argParser(positive))
    .addOption(new Option('--format <format>', 'format printed to stdout (or written by a plain --output <file>)').choices([...reportFormatsById.keys()]).default('table'))
    .option('--output <[format=]file>', 'write a report file, as `assay scan --output` does (repeatable)', parseOutputTarget, [])
    .option('--profile <name>', 'AWS shared config / SSO profile (default: the SDK credential chain)')
    .option('--role-arn <arn>', 'assume this role first (e.g. in the log archive account)')
    .option('--external-id <id>', 'external id for --role-arn')
    .option('--session-name <name>', 'session name for --role-arn', 'assay-trail-verify')
    .option('--quiet', 'no progress on stderr')
    .addHelpText('after', `
Checks, one finding per trail each (resource: the trail; evidence: the object
keys that broke it):
  trail-integrity-digests-valid         each digest file is where CloudTrail put it and
                                        its SHA256withRSA signature verifies with the
                                        public key CloudTrail lists (ListPublicKeys)
  trail-integrity-chain-intact          each digest names the one before it and its
                                        signature: none deleted, re-ordered or restarted
  trail-integrity-log-files-unmodified  each log file's SHA-256 matches its digest
  trail-integrity-log-files-present     each log file a digest lists still exists
  trail-integrity-coverage              valid digests cover the whole period in every
                                        account and region (the last hour may still wait
                                        for its digest)

Organization trails are verified for every member account under the
organization's folder; multi-region trails for every region with digests.
Backfill digest files (…_backfill.json.gz) are not read.

Reads only: cloudtrail:DescribeTrails, cloudtrail:ListPublicKeys, s3:ListBucket,
s3:GetObject, and kms:Decrypt on the trail's key when log files use SSE-KMS
(\`assay permissions --trail-verify\` prints the policy). An object that
cannot be read is an ERROR, never a pass.

Report formats (--format, --output <format>=<file>):
${helpList(reportFormats.map((f) => ({ id: f.id, description: `${f.description} (${f.extension})` })))}

Exit codes: 0 every check passed; 1 a log or digest file is not intact, a
period is not covered, or something could not be read; 2 bad input; 3
internal error.

Examples:
  assay trail verify --trail management-events --start-time 2024-03-01 --end-time 2024-03-08
  assay trail verify --snapshot snapshot.json --start-time 2024-03-01T00:00:00Z \\
    --output sarif=trail.sarif --output json=trail.json`)
    .action(async (options: VerifyOptions, command: Command) => {
      const end = options.endTime ?? parseTime(new Date().toISOString());
      if (options.startTime >= end) {
        throw new AssayError('CLI_USAGE', `--start-time ${options.startTime} is not before --end-time ${end}`, { hint: 'give the period from its start to its end' });
      }
      const outputs = resolveOutputs(options.output, { id: options.format, explicit: command.getOptionValueSource('format') === 'cli' });
      await checkOutputPaths(outputs.map((o) => ({ option: '--output', path: o.path })));
      const snapshot = options.snapshot === undefined ? undefined : { file: options.snapshot, value: (await readSnapshotFile(options.snapshot)).snapshot };
      // The SDK loads only for a run that verifies.
      const { runTrailVerify } = await import('../trail-verify.js');
      const result = await runTrailVerify({
        trails: options.trail, snapshot, start: options.startTime, end, regions: options.regions, concurrency: options.concurrency,
        quiet: options.quiet === true, profile: options.profile, roleArn: options.roleArn, externalId: options.externalId, sessionName: options.sessionName,
      }, context.io);
      await writeReports(result, outputs, options.format, context.io);
      const failing = result.findings.filter((f) => f.status === 'FAIL').length;
      const unknown = result.findings.filter((f) => f.status === 'ERROR').length;
      context.io.stderr.write(failing + unknown === 0 ? 'trail verify: intact\n' : `trail verify: not intact: ${failing} FAIL and ${unknown} ERROR findings\n`);
      if (failing + unknown > 0) context.setExitCode(ExitCode.FINDINGS);
    });
}
