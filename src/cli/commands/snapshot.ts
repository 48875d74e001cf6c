/**
 * `assay snapshot validate <files…>`: schema and consistency checks with
 * located errors; `assay snapshot merge <files…> -o <file>`: shards into one.
 */
import type { Command } from 'commander';
import { AssayError, AssayErrors } from '../../diagnostics/error.js';
import { decodeText } from '../../snapshot/decode.js';
import { readBytes, readSnapshotFile, writeSnapshotFile, type LoadedSnapshot } from '../../snapshot/file.js';
import { createLocator } from '../../snapshot/locate.js';
import { mergeSnapshots, type MergeConflict } from '../../snapshot/merge.js';
import { terminalText } from '../../text/terminal.js';
import { ExitCode } from '../exit-codes.js';
import { printErrors } from '../print-errors.js';
import { checkOutputPaths } from '../output-paths.js';
import { fileName } from '../outputs.js';
import { addInputSizeOption, inputLimits } from '../input-size.js';
import type { CommandContext } from '../program.js';
import { packageVersion } from '../version.js';

interface FileVerdict {
  readonly file: string;
  readonly valid: boolean;
  readonly digest?: string;
  readonly resources?: number;
  readonly types?: number;
  readonly collectionErrors?: number;
  readonly problems: readonly { code: string; message: string; file: string; line?: number; column?: number; pointer?: string; hint?: string }[];
}

/** A snapshot file is untrusted: its generator, scope and digest are escaped for the terminal. */
function summarize(loaded: LoadedSnapshot): string {
  const { snapshot } = loaded;
  const types = new Set(snapshot.resources.map((r) => r.type)).size;
  const incomplete = snapshot.coverage.filter((c) => c.status !== 'complete').length;
  return [
    `${loaded.file}: valid snapshot (format ${snapshot.schemaVersion}, written by ${snapshot.generator.name} ${snapshot.generator.version})`,
    `  collected ${snapshot.collectedAt} · ${snapshot.scope.partition} · accounts ${snapshot.scope.accounts.join(', ')} · regions ${snapshot.scope.regions.join(', ')}`,
    `  ${snapshot.resources.length} resources of ${types} types · ${snapshot.errors.length} collection errors · coverage ${snapshot.coverage.length - incomplete}/${snapshot.coverage.length} complete`,
    `  ${loaded.digest}`,
  ].map(terminalText).join('\n');
}

async function validateOne(file: string, maxInputSize: number | undefined): Promise<{ loaded?: LoadedSnapshot; problems: readonly AssayError[] }> {
  try {
    return { loaded: await readSnapshotFile(file, inputLimits(maxInputSize)), problems: [] };
  } catch (error) {
    if (error instanceof AssayErrors) return { problems: error.errors };
    if (error instanceof AssayError) return { problems: [error] };
    throw error;
  }
}

function toVerdict(file: string, loaded: LoadedSnapshot | undefined, problems: readonly AssayError[]): FileVerdict {
  return {
    file,
    valid: loaded !== undefined,
    ...(loaded === undefined ? {} : {
      digest: loaded.digest,
      resources: loaded.snapshot.resources.length,
      types: new Set(loaded.snapshot.resources.map((r) => r.type)).size,
      collectionErrors: loaded.snapshot.errors.length,
    }),
    problems: problems.map((p) => ({
      code: p.code,
      message: p.message,
      file: p.location?.file ?? file,
      ...(p.location?.line === undefined ? {} : { line: p.location.line }),
      ...(p.location?.column === undefined ? {} : { column: p.location.column }),
      ...(p.location?.pointer === undefined ? {} : { pointer: p.location.pointer }),
      ...(p.hint === undefined ? {} : { hint: p.hint }),
    })),
  };
}

export function registerSnapshotCommands(program: Command, context: CommandContext): void {
  const snapshot = program.command('snapshot').description('work with snapshot files (.json or .json.gz)');
  addInputSizeOption(snapshot
    .command('validate'))
    .description('check snapshot files against the snapshot schema and the resource catalog; report every problem as file:line:col')
    .argument('<files...>', 'snapshot files (.json, or gzip-compressed .json.gz)')
    .option('--json', 'print one JSON verdict per file instead of text')
    .addHelpText('after', `
Checks the format version, the document shape, every resource's data against
its type in the catalog (\`assay types\`), that fields missing from a resource
are explained by its collection errors, duplicates, and that resources fall
within the snapshot's accounts and regions. Exits 0 when every file is valid,
2 otherwise.`)
    .action(async (files: string[], options: { json?: boolean; maxInputSize?: number }) => {
      const verdicts: FileVerdict[] = [];
      for (const file of files) {
        const { loaded, problems } = await validateOne(file, options.maxInputSize);
        if (loaded === undefined) context.setExitCode(ExitCode.INPUT);
        if (options.json === true) {
          verdicts.push(toVerdict(file, loaded, problems));
        } else if (loaded !== undefined) {
          context.io.stdout.write(`${summarize(loaded)}\n`);
        } else {
          printErrors(context.io, problems);
          context.io.stderr.write(`${file}: invalid snapshot (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'})\n`);
        }
      }
      if (options.json === true) context.io.stdout.write(`${JSON.stringify(verdicts, null, 2)}\n`);
    });
  registerSnapshotMergeCommand(snapshot, context);
}

/** Conflicts listed before the rest are counted: a shard given twice conflicts everywhere. */
const MAX_LISTED_CONFLICTS = 20;

/** Conflicts located at line:col: each file is read again only when it has one. */
async function locateConflicts(conflicts: readonly MergeConflict[]): Promise<AssayError[]> {
  const locators = new Map<string, ReturnType<typeof createLocator>>();
  const located: AssayError[] = [];
  for (const conflict of conflicts.slice(0, MAX_LISTED_CONFLICTS)) {
    let locate = locators.get(conflict.file);
    if (locate === undefined) locators.set(conflict.file, (locate = createLocator(conflict.file, decodeText(await readBytes(conflict.file), conflict.file))));
    located.push(new AssayError('SNAPSHOT_MERGE_CONFLICT', conflict.message, { location: locate(conflict.pointer) }));
  }
  const more = conflicts.length - located.length;
  if (more > 0) located.push(new AssayError('SNAPSHOT_MERGE_CONFLICT', `… and ${more} more conflicts not listed; nothing was written`));
  return located;
}

const DAY_MS = 86_400_000;
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function registerSnapshotMergeCommand(snapshot: Command, context: CommandContext): void {
  addInputSizeOption(snapshot
    .command('merge'))
    .description('merge snapshots of separate accounts (shards of an organization) into one snapshot to scan')
    .argument('<files...>', 'snapshot files (.json or .json.gz), each valid on its own')
    .requiredOption('-o, --output <file>', 'merged snapshot to write (.json, or .json.gz to compress)', fileName)
    .option('--quiet', 'no summary on stderr')
    .addHelpText('after', `
Every resource, coverage entry and collection error of every input is kept,
so a scan of the merged snapshot reports ERROR wherever a shard could not
collect. Inputs must not overlap: the same resource, or the same type in the
same account and region, in two inputs is refused with its place in both
files (a shard collected twice, or global types in two shards split by
region). The merged snapshot's collection time is the latest of the inputs',
so age checks never see a resource as younger than it was; inputs collected
more than a day apart are merged with a warning.

Example (one CI job per group of accounts, then one merge and scan):
  assay collect --accounts group-1.txt -o shard-1.json.gz
  assay collect --accounts group-2.txt -o shard-2.json.gz
  assay snapshot merge shard-*.json.gz -o org.json.gz
  assay scan --snapshot org.json.gz --pack cis-aws-foundations-7.0.0`)
    .action(async (files: string[], options: { output: string; quiet?: boolean; maxInputSize?: number }) => {
      await checkOutputPaths([{ option: '-o', path: options.output }]);
      const inputs: LoadedSnapshot[] = [];
      const problems: AssayError[] = [];
      for (const file of files) {
        const { loaded, problems: found } = await validateOne(file, options.maxInputSize);
        if (loaded !== undefined) inputs.push(loaded);
        for (const problem of found) problems.push(problem);
      }
      if (problems.length > 0) throw new AssayErrors(problems);
      const merged = mergeSnapshots(inputs, { name: 'assay', version: packageVersion() });
      if (!merged.ok) throw new AssayErrors(await locateConflicts(merged.conflicts));
      await writeSnapshotFile(options.output, merged.snapshot);
      if (options.quiet === true) return;
      const { snapshot: result } = merged;
      const incomplete = result.coverage.filter((c) => c.status === 'failed' || c.status === 'partial').length;
      context.io.stderr.write([
        `merged ${count(inputs.length, 'snapshot')} into ${options.output}: ${count(result.scope.accounts.length, 'account')}, ${count(result.scope.regions.length, 'region')}, ${count(result.resources.length, 'resource')}, ${count(result.errors.length, 'collection error')}${incomplete > 0 ? `, ${count(incomplete, 'type×region listing')} incomplete` : ''}`,
        ...(Date.parse(merged.collectedTo) - Date.parse(merged.collectedFrom) > DAY_MS
          ? [`warning: the inputs were collected from ${merged.collectedFrom} to ${merged.collectedTo}; the merged snapshot is dated ${merged.collectedTo}, and what changed in between is not in it`]
          : []),
        '',
      ].join('\n'));
    });
}
