/** `assay snapshot validate <files…>`: schema and consistency checks with located errors. */
import type { Command } from 'commander';
import { AssayError, AssayErrors } from '../../diagnostics/error.js';
import { readSnapshotFile, type LoadedSnapshot } from '../../snapshot/file.js';
import { ExitCode } from '../exit-codes.js';
import { printErrors } from '../print-errors.js';
import type { CommandContext } from '../program.js';

interface FileVerdict {
  readonly file: string;
  readonly valid: boolean;
  readonly digest?: string;
  readonly resources?: number;
  readonly types?: number;
  readonly collectionErrors?: number;
  readonly problems: readonly { code: string; message: string; file: string; line?: number; column?: number; pointer?: string; hint?: string }[];
}

function summarize(loaded: LoadedSnapshot): string {
  const { snapshot } = loaded;
  const types = new Set(snapshot.resources.map((r) => r.type)).size;
  const incomplete = snapshot.coverage.filter((c) => c.status !== 'complete').length;
  return [
    `${loaded.file}: valid snapshot (format ${snapshot.schemaVersion}, written by ${snapshot.generator.name} ${snapshot.generator.version})`,
    `  collected ${snapshot.collectedAt} · ${snapshot.scope.partition} · accounts ${snapshot.scope.accounts.join(', ')} · regions ${snapshot.scope.regions.join(', ')}`,
    `  ${snapshot.resources.length} resources of ${types} types · ${snapshot.errors.length} collection errors · coverage ${snapshot.coverage.length - incomplete}/${snapshot.coverage.length} complete`,
    `  ${loaded.digest}`,
  ].join('\n');
}

async function validateOne(file: string): Promise<{ loaded?: LoadedSnapshot; problems: readonly AssayError[] }> {
  try {
    return { loaded: await readSnapshotFile(file), problems: [] };
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
  snapshot
    .command('validate')
    .description('check snapshot files against the snapshot schema and the resource catalog; report every problem as file:line:col')
    .argument('<files...>', 'snapshot files (.json, or gzip-compressed .json.gz)')
    .option('--json', 'print one JSON verdict per file instead of text')
    .addHelpText('after', `
Checks the format version, the document shape, every resource's data against
its type in the catalog (\`assay types\`), that fields missing from a resource
are explained by its collection errors, duplicates, and that resources fall
within the snapshot's accounts and regions. Exits 0 when every file is valid,
2 otherwise.`)
    .action(async (files: string[], options: { json?: boolean }) => {
      const verdicts: FileVerdict[] = [];
      for (const file of files) {
        const { loaded, problems } = await validateOne(file);
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
}
