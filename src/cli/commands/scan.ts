/** `assay scan --snapshot <file>`: evaluate policies against a snapshot and report. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { evaluate } from '../../engine/evaluate.js';
import { decideGate } from '../../findings/gate.js';
import { gateThresholds, type GateThreshold } from '../../findings/vocabulary.js';
import { reportFormats, reportFormatsById } from '../../report/formats.js';
import { snapshotDigest } from '../../snapshot/digest.js';
import { readSnapshotFile, writeSnapshotFile } from '../../snapshot/file.js';
import type { Snapshot } from '../../snapshot/schema.js';
import { addLiveOptions, type LiveOptions } from '../live-options.js';
import { loadLibrary, type LevelChoice } from '../library.js';
import { planScan } from '../scan-plan.js';
import type { CommandContext } from '../program.js';
import { packageVersion } from '../version.js';
import { timings } from '../timings.js';
import { terminalText } from '../../text/terminal.js';
import { addInputSizeOption, inputLimits } from '../input-size.js';
import { ExitCode } from '../exit-codes.js';
import { checkOutputPaths } from '../output-paths.js';
import { fileName, parseOutputTarget, resolveOutputs, type OutputTarget } from '../outputs.js';
import { helpList } from '../help.js';
import { writeReports } from '../write-reports.js';
import { planTarget, type PlanTarget } from '../plan-target.js';
import { checkConfigReferences, configOutputs, configParameters, configPaths, readConfig } from '../config.js';
import { DEFAULT_CONFIG_FILE } from '../config-file.js';

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
  format: string;
  output: OutputTarget[];
  failOn?: GateThreshold;
  failOnError?: boolean;
  config?: string;
  baseline?: string;
  plan?: PlanTarget;
  passEvidence?: boolean;
  timings?: boolean;
  maxInputSize?: number;
}

export function registerScanCommand(program: Command, context: CommandContext): void {
  addLiveOptions(addInputSizeOption(program
    .command('scan')
    .description('check an account (collected live, read-only) or a snapshot file against policies and packs')
    .option('--snapshot <file>', 'scan this snapshot file (.json or .json.gz) instead of collecting live', fileName)
    .option('--save-snapshot <file>', 'live scans: also write the collected snapshot here', fileName)
    .option('--pack <id>', 'run the controls of this pack (repeatable; `assay packs list`); default: every policy, no pack', collect, [])
    .option('--level <n>', 'with --pack: only controls up to this profile level (e.g. 1 for CIS Level 1)', parseLevel)
    .option('--policies <dir>', 'also load your own policies from this directory or file (repeatable)', (value: string, previous: string[]) => collect(fileName(value), previous), [])
    .addOption(new Option('--format <format>', 'format printed to stdout (or written by a plain --output <file>)').choices([...reportFormatsById.keys()]).default('table'))
    .option('--output <[format=]file>', 'write a report file: sarif=out.sarif, or a plain out.sarif in the format its extension names (or --format, when given), which replaces stdout; repeatable, written atomically, all before the exit code is decided', parseOutputTarget, [])
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a FAIL finding of this severity or higher remains (default: high)').choices([...gateThresholds]))
    .option('--fail-on-error', 'exit 1 on ERROR findings too (strict mode for audits: what could not be checked does not pass)')
    .option('--baseline <findings.json>', 'a previous scan\'s JSON findings: only FAIL findings new since then gate; reports mark each FAIL new or unchanged and count the fixed', fileName)
    .option('--plan <[format=]file>', 'also write the remediation plan of the FAIL findings (markdown, script, json or terraform; by default from the extension: .sh, .json, .tf, else markdown), as `assay plan` would', planTarget)
    .option('--config <file>', `read packs, policies, regions, outputs, gate, parameters and waivers from this file (default: ${DEFAULT_CONFIG_FILE} when present); options given here win`, fileName)
    .option('--pass-evidence', 'record evidence for PASS findings too (slower; FAIL and ERROR always carry it)')
    .option('--timings', 'print how long each step took and the memory held after it, on stderr')))
    .addHelpText('after', `
Verdicts: PASS, FAIL, ERROR (could not evaluate: a value was not collected or
a related type was collected incompletely — never counted as a pass),
NOT_APPLICABLE, and MANUAL (pack controls a person must check).

Report formats (--format, --output <format>=<file>, or a plain --output <file>
by its extension):
${helpList(reportFormats.map((f) => ({ id: f.id, description: `${f.description} (${f.extension})` })))}

Exit codes: 0 the gate passed; 1 a FAIL at or above --fail-on remains (or an
ERROR, with --fail-on-error); 2 bad input (files, options, policies, packs);
3 internal error. Reports are written before the exit code is decided.

Examples:
  assay scan --pack assay-foundations    # live, with the SDK's credentials
  assay scan --snapshot examples/demo-account.json
  assay scan --snapshot snap.json.gz --pack assay-foundations --level 1
  assay scan --snapshot snap.json --policies my-policies --output findings.json
  assay scan --snapshot snap.json --pack cis-aws-foundations-7.0.0 \\
    --output assay.sarif --output table=summary.txt --fail-on critical`)
    .action(async (cliOptions: ScanOptions, command: Command) => {
      const timer = timings(context.io, cliOptions.timings === true);
      const config = await readConfig(cliOptions.config, context.io.cwd);
      if (config !== undefined) context.io.stderr.write(`using configuration ${terminalText(config.file)}\n`);
      // Options on the command line win over the file; lists replace rather than extend.
      const c = config?.config;
      const options: ScanOptions = {
        ...cliOptions,
        pack: cliOptions.pack.length > 0 ? cliOptions.pack : c?.packs ?? [],
        policies: cliOptions.policies.length > 0 ? cliOptions.policies : config === undefined ? [] : configPaths(config, c?.policies),
        output: cliOptions.output.length > 0 ? cliOptions.output : config === undefined ? [] : configOutputs(config),
        failOn: cliOptions.failOn ?? c?.failOn ?? 'high',
        failOnError: cliOptions.failOnError ?? c?.failOnError ?? false,
      };
      // The file's level is located there, so a level its packs do not define points at its line.
      const level: LevelChoice | undefined = cliOptions.level !== undefined ? { value: cliOptions.level } : c?.level !== undefined && config !== undefined ? { value: c.level, location: config.locate('/level') } : undefined;
      const regions = cliOptions.regions ?? c?.regions;
      if (regions !== undefined) options.regions = regions;
      const baselineFile = cliOptions.baseline ?? (config?.config.baseline === undefined ? undefined : configPaths(config, [config.config.baseline])[0]);
      // Read before scanning: a wrong baseline file should cost nothing.
      // The reader, the plan and the baseline comparison are loaded by the scans that use them.
      const baseline = baselineFile === undefined ? undefined : await (await import('../findings-file.js')).readFindingsFile(baselineFile);
      const outputs = resolveOutputs(options.output, { id: options.format, explicit: command.getOptionValueSource('format') === 'cli' });
      // Every file is checked before any is written and before the scan runs.
      await checkOutputPaths([
        ...outputs.map((o) => ({ option: '--output', path: o.path })),
        ...(options.plan === undefined ? [] : [{ option: '--plan', path: options.plan.path }]),
        ...(options.saveSnapshot === undefined || options.snapshot !== undefined ? [] : [{ option: '--save-snapshot', path: options.saveSnapshot }]),
      ]);
      const library = await loadLibrary(options.policies, context.io.cwd);
      if (config !== undefined) checkConfigReferences(config, library);
      // Policies, packs and the configuration are checked before any AWS call, so a typo costs nothing.
      const plan = planScan(library, options.pack, level, config === undefined ? new Map() : configParameters(config));
      timer.mark('load policies', `${plan.policies.length} policies`);
      let snapshot: Snapshot;
      let digest: string;
      if (options.snapshot !== undefined) {
        ({ snapshot, digest } = await readSnapshotFile(options.snapshot, inputLimits(options.maxInputSize)));
      } else {
        // Loaded here: only a live scan needs the AWS SDK, the heaviest thing Assay can import.
        const { collectLive } = await import('../live.js');
        // Only what the selected policies read is collected: fewer calls, and no SDK client of an unused service is loaded.
        snapshot = await collectLive({ ...options, types: new Set(plan.policies.flatMap((p) => p.readsTypes)) }, context.io);
        digest = snapshotDigest(snapshot);
        if (options.saveSnapshot !== undefined) await writeSnapshotFile(options.saveSnapshot, snapshot);
      }
      timer.mark(options.snapshot === undefined ? 'collect' : 'read snapshot', `${snapshot.resources.length.toLocaleString('en-US')} resources`);
      const evaluated = evaluate(snapshot, plan.policies, {
        snapshotDigest: digest,
        generator: { name: 'assay', version: packageVersion() },
        selection: plan.selection,
        evidenceForPass: options.passEvidence === true,
        waivers: c?.waivers ?? [],
        // Waivers expire at the end of their day, in UTC.
        today: new Date().toISOString().slice(0, 10),
      });
      timer.mark('evaluate', `${evaluated.findings.length.toLocaleString('en-US')} findings`);
      const compared = baseline === undefined ? undefined : (await import('../../findings/baseline.js')).withBaseline(evaluated, baseline);
      const result = compared?.result ?? evaluated;
      await writeReports(result, outputs, options.format, context.io, timer);
      for (const [i, w] of result.waivers.entries()) {
        // The policy, owner and date come from the configuration file, which a pull request may have written.
        if (w.state === 'expired') context.io.stderr.write(`${terminalText(`warning: waiver ${i + 1} (${w.policy}, owner ${w.owner}) expired on ${w.expires} and no longer applies; ${w.matched} finding${w.matched === 1 ? '' : 's'} it covered fail again`)}\n`);
      }
      if (options.plan !== undefined) {
        const [{ writePlan }, { buildPlan }] = await Promise.all([import('./plan.js'), import('../../remediate/build.js')]);
        await writePlan(buildPlan(result), options.plan.format, options.plan.path, context);
      }
      if (result.baseline !== undefined) {
        context.io.stderr.write(`baseline ${terminalText(baselineFile ?? '')}: ${result.baseline.new} new, ${result.baseline.unchanged} unchanged, ${result.baseline.fixed} fixed FAIL findings; only new ones gate\n`);
      }
      timer.mark('print');
      const gate = decideGate(compared === undefined ? result : { ...result, findings: compared.gateFindings }, options.failOn ?? 'high', options.failOnError === true);
      context.io.stderr.write(`${gate.summary}\n`);
      if (gate.failed) context.setExitCode(ExitCode.FINDINGS);
    });
}
