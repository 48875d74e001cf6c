/** `assay diff <before> <after>`: what changed between two saved scans. */
import { Option, type Command } from 'commander';
import pc from 'picocolors';
import { AssayError, AssayErrors } from '../../diagnostics/error.js';
import type { ScanResult } from '../../findings/schema.js';
import { compareResults, newFailuresAtOrAbove } from '../../findings/compare.js';
import { diffFormatters, diffFormattersById } from '../../report/diff/index.js';
import { gateThresholds, type GateThreshold } from '../../findings/vocabulary.js';
import { writeFileAtomic } from '../../snapshot/write-file.js';
import { ExitCode } from '../exit-codes.js';
import { readFindingsFile } from '../findings-file.js';
import { wantsColor } from '../io.js';
import { checkOutputPaths } from '../output-paths.js';
import { fileName } from '../outputs.js';
import { helpList } from '../help.js';
import type { CommandContext } from '../program.js';

interface DiffOptions {
  format: string;
  output?: string;
  failOnNew: GateThreshold;
}

/** Reads both files before failing, so one run reports the problems of both. */
async function readBoth(files: readonly [string, string]): Promise<[ScanResult, ScanResult]> {
  const settled = await Promise.allSettled(files.map(readFindingsFile));
  const problems: AssayError[] = [];
  const results: ScanResult[] = [];
  for (const outcome of settled) {
    if (outcome.status === 'fulfilled') {
      results.push(outcome.value);
    } else if (outcome.reason instanceof AssayErrors) {
      for (const error of outcome.reason.errors) problems.push(error);
    } else if (outcome.reason instanceof AssayError) {
      problems.push(outcome.reason);
    } else {
      throw outcome.reason;
    }
  }
  const [before, after] = results;
  if (problems.length > 0 || before === undefined || after === undefined) throw new AssayErrors(problems);
  return [before, after];
}

export function registerDiffCommand(program: Command, context: CommandContext): void {
  program
    .command('diff')
    .description('compare two findings documents (assay scan --format json): new failures, fixes, and other status changes')
    .argument('<before>', 'the earlier findings document (.json or .json.gz), e.g. from the main branch')
    .argument('<after>', 'the later findings document')
    .addOption(new Option('--format <format>', 'report format').choices(diffFormatters.map((f) => f.id)).default('text'))
    .option('--output <file>', 'write the report to this file (atomically) instead of stdout', fileName)
    .addOption(new Option('--fail-on-new <severity>', 'exit 1 when a new FAIL of this severity or higher appears').choices([...gateThresholds]).default('none'))
    .addHelpText('after', `
Findings are matched by fingerprint (policy + resource):
  new        FAIL now and not before (new resource; was PASS, ERROR, waived …)
  fixed      FAIL before, now PASS or NOT_APPLICABLE, or the resource is gone
  unchanged  FAIL in both (counted; listed in --format json)
  changed    other status changes worth a look: PASS → ERROR, FAIL → ERROR
             (no longer known), ERROR → PASS, FAIL → WAIVED, a FAIL whose
             resource type could not be listed or whose policy no longer ran

Report formats:
${helpList(diffFormatters)}

Exit codes: 0 compared; 1 a new FAIL at or above --fail-on-new; 2 bad input
(a missing file, not JSON, not a findings document or another format version).

Examples:
  assay diff main-findings.json findings.json
  assay diff main-findings.json findings.json --format markdown \\
    --output diff.md --fail-on-new high`)
    .action(async (beforeFile: string, afterFile: string, options: DiffOptions) => {
      const formatter = diffFormattersById.get(options.format);
      if (formatter === undefined) throw new AssayError('INTERNAL', `no diff format ${options.format}`);
      if (options.output !== undefined) await checkOutputPaths([{ option: '--output', path: options.output }]);
      const [before, after] = await readBoth([beforeFile, afterFile]);
      const comparison = compareResults(before, after);
      if (options.output === undefined) {
        context.io.stdout.write(formatter.render(comparison, pc.createColors(wantsColor(context.io.stdout, context.io.env))));
      } else {
        await writeFileAtomic(options.output, formatter.render(comparison, pc.createColors(false)));
        context.io.stderr.write(`wrote ${options.output} (${formatter.id}: ${comparison.summary.new} new, ${comparison.summary.fixed} fixed)\n`);
      }
      if (options.failOnNew === 'none') return;
      // The report is written first, so a failing CI job still has it.
      const blocking = newFailuresAtOrAbove(comparison, options.failOnNew).length;
      const rule = `--fail-on-new ${options.failOnNew}`;
      if (blocking === 0) {
        context.io.stderr.write(`gate passed (${rule})\n`);
        return;
      }
      context.io.stderr.write(`gate failed: ${blocking} new FAIL finding${blocking === 1 ? '' : 's'} at or above ${options.failOnNew} (${rule})\n`);
      context.setExitCode(ExitCode.FINDINGS);
    });
}
