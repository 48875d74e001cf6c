/** `assay scan --snapshot <file>`: evaluate policies against a snapshot and report. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import pc from 'picocolors';
import { evaluate } from '../../engine/evaluate.js';
import { renderJson } from '../../report/json.js';
import { renderTable } from '../../report/table.js';
import { snapshotDigest } from '../../snapshot/digest.js';
import { readSnapshotFile, writeFileAtomic, writeSnapshotFile } from '../../snapshot/file.js';
import type { Snapshot } from '../../snapshot/schema.js';
import { addLiveOptions, collectLive, type LiveOptions } from '../live.js';
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

interface ScanOptions extends LiveOptions {
  snapshot?: string;
  saveSnapshot?: string;
  pack: string[];
  level?: number;
  policies: string[];
  format: 'table' | 'json';
  output?: string;
  passEvidence?: boolean;
}

export function registerScanCommand(program: Command, context: CommandContext): void {
  addLiveOptions(program
    .command('scan')
    .description('check an account (collected live, read-only) or a snapshot file against policies and packs')
    .option('--snapshot <file>', 'scan this snapshot file (.json or .json.gz) instead of collecting live')
    .option('--save-snapshot <file>', 'live scans: also write the collected snapshot here')
    .option('--pack <id>', 'run the controls of this pack (repeatable; `assay packs list`); default: every policy, no pack', collect, [])
    .option('--level <n>', 'with --pack: only controls up to this profile level (e.g. 1 for CIS Level 1)', parseLevel)
    .option('--policies <dir>', 'also load your own policies from this directory or file (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--output <file>', 'write the output to this file instead of stdout (written atomically)')
    .option('--pass-evidence', 'record evidence for PASS findings too (slower; FAIL and ERROR always carry it)'))
    .addHelpText('after', `
Verdicts: PASS, FAIL, ERROR (could not evaluate: a value was not collected or
a related type was collected incompletely — never counted as a pass),
NOT_APPLICABLE, and MANUAL (pack controls a person must check).

Examples:
  assay scan --pack assay-foundations                 # live, with the SDK's default credentials
  assay scan --snapshot examples/demo-account.json
  assay scan --snapshot snap.json.gz --pack assay-foundations --level 1
  assay scan --snapshot snap.json --policies ./my-policies --format json --output findings.json`)
    .action(async (options: ScanOptions) => {
      const library = await loadLibrary(options.policies, context.io.cwd);
      // Policies and packs are checked before any AWS call, so a typo costs nothing.
      const plan = planScan(library, options.pack, options.level);
      let snapshot: Snapshot;
      let digest: string;
      if (options.snapshot !== undefined) {
        ({ snapshot, digest } = await readSnapshotFile(options.snapshot));
      } else {
        snapshot = await collectLive(options, context.io);
        digest = snapshotDigest(snapshot);
        if (options.saveSnapshot !== undefined) await writeSnapshotFile(options.saveSnapshot, snapshot);
      }
      const result = evaluate(snapshot, plan.policies, {
        snapshotDigest: digest,
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
