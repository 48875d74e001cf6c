/** `assay scan --snapshot <file>`: evaluate policies against a snapshot and report. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import pc from 'picocolors';
import { evaluate } from '../../engine/evaluate.js';
import { renderJson } from '../../report/json.js';
import { renderTable } from '../../report/table.js';
import { readSnapshotFile, writeFileAtomic } from '../../snapshot/file.js';
import { wantsColor } from '../io.js';
import { loadLibrary, planScan } from '../library.js';
import type { CommandContext } from '../program.js';
import { packageVersion } from '../version.js';

export function parseLevel(value: string): number {
  const level = Number(value);
  if (!Number.isInteger(level) || level < 1 || level > 9) throw new InvalidArgumentError('a profile level is a whole number such as 1 or 2');
  return level;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface ScanOptions {
  snapshot: string;
  pack: string[];
  level?: number;
  policies: string[];
  format: 'table' | 'json';
  output?: string;
  passEvidence?: boolean;
}

export function registerScanCommand(program: Command, context: CommandContext): void {
  program
    .command('scan')
    .description('check a snapshot against policies and packs; print a summary or write the findings document')
    .requiredOption('--snapshot <file>', 'snapshot to scan (.json or .json.gz)')
    .option('--pack <id>', 'run the controls of this pack (repeatable; `assay packs list`); default: every policy, no pack', collect, [])
    .option('--level <n>', 'with --pack: only controls up to this profile level (e.g. 1 for CIS Level 1)', parseLevel)
    .option('--policies <dir>', 'also load your own policies from this directory or file (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--output <file>', 'write the output to this file instead of stdout (written atomically)')
    .option('--pass-evidence', 'record evidence for PASS findings too (slower; FAIL and ERROR always carry it)')
    .addHelpText('after', `
Verdicts: PASS, FAIL, ERROR (could not evaluate: a value was not collected or
a related type was collected incompletely — never counted as a pass),
NOT_APPLICABLE, and MANUAL (pack controls a person must check).

Examples:
  assay scan --snapshot examples/demo-account.json
  assay scan --snapshot snap.json.gz --pack assay-foundations --level 1
  assay scan --snapshot snap.json --policies ./my-policies --format json --output findings.json`)
    .action(async (options: ScanOptions) => {
      const library = await loadLibrary(options.policies, context.io.cwd);
      const plan = planScan(library, options.pack, options.level);
      const loaded = await readSnapshotFile(options.snapshot);
      const result = evaluate(loaded.snapshot, plan.policies, {
        snapshotDigest: loaded.digest,
        generator: { name: 'assay', version: packageVersion() },
        selection: plan.selection,
        evidenceForPass: options.passEvidence === true,
      });
      const toFile = options.output !== undefined;
      const colors = pc.createColors(!toFile && wantsColor(context.io.stdout, context.io.env));
      const text = options.format === 'json' ? renderJson(result) : renderTable(result, colors);
      if (options.output === undefined) {
        context.io.stdout.write(text);
      } else {
        await writeFileAtomic(options.output, text);
        context.io.stderr.write(`wrote ${options.output} (${result.findings.length} findings)\n`);
      }
    });
}
