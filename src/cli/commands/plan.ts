/** `assay plan <findings>`: the remediation plan of a saved scan, for review or to run. Never calls AWS. */
import { chmod, stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { AssayError } from '../../diagnostics/error.js';
import { buildPlan } from '../../remediate/build.js';
import type { Plan } from '../../remediate/plan.js';
import { renderJson } from '../../remediate/render/json.js';
import { renderMarkdown } from '../../remediate/render/markdown.js';
import { renderScript } from '../../remediate/render/script.js';
import { renderTerraform } from '../../remediate/render/terraform.js';
import { writeFileAtomic } from '../../snapshot/write-file.js';
import { checkOutputPaths } from '../output-paths.js';
import { fileName } from '../outputs.js';
import { planFormats, type PlanFormat } from '../plan-target.js';
import type { CommandContext } from '../program.js';
import { readFindingsFile } from '../findings-file.js';

const renderers = {
  markdown: renderMarkdown,
  script: renderScript,
  json: renderJson,
  terraform: renderTerraform,
} as const satisfies Record<PlanFormat, (plan: Plan) => string>;

/** Writes a plan file (a script made executable) and says so on stderr. */
export async function writePlan(plan: Plan, format: PlanFormat, path: string, context: CommandContext): Promise<void> {
  await writeFileAtomic(path, renderers[format](plan));
  if (format === 'script') await makeExecutable(path);
  const disruptive = plan.steps.filter((s) => s.disruptive).length;
  context.io.stderr.write(`wrote ${path} (${format}: ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}, ${disruptive} disruptive)\n`);
}

interface PlanOptions {
  format: PlanFormat;
  output?: string;
}

/** A script is meant to be run: make a written regular file executable (not a device such as /dev/stdout). */
async function makeExecutable(file: string): Promise<void> {
  try {
    if ((await stat(file)).isFile()) await chmod(file, 0o755);
  } catch (cause) {
    throw new AssayError('FILE_WRITE_FAILED', `cannot make ${file} executable: ${cause instanceof Error ? cause.message : String(cause)}`, { location: { file }, cause });
  }
}

export function registerPlanCommand(program: Command, context: CommandContext): void {
  program
    .command('plan')
    .description('turn the FAIL findings of a saved scan (assay scan --format json) into a reviewed remediation plan; never calls AWS')
    .argument('<findings>', 'a findings document (.json or .json.gz) from assay scan --format json')
    .addOption(new Option('--format <format>', 'plan format').choices(planFormats).default('markdown'))
    .option('--output <file>', 'write the plan to this file (atomically) instead of stdout; a script is made executable', fileName)
    .addHelpText('after', `
Formats:
  markdown   for review and change tickets: each step's resource, what it
             changes and may disrupt, variables to set, commands, and
             Terraform guidance
  script     a bash script that runs the steps one at a time, asking before
             each disruptive one
  json       the plan document (schemas/plan.schema.json)
  terraform  the policies' Terraform snippets per resource: templates to
             adapt, not generated configuration

One step per resource and fix, most severe first; findings one command fixes
are merged. Waived failures and failures without commands are listed apart.
The plan is built from the findings document alone, so the same scan always
gives the same plan.

Exit codes: 0 plan written; 2 bad input (a missing file, not JSON, not a
findings document).

Examples:
  assay scan --snapshot snapshot.json --output findings.json
  assay plan findings.json --output plan.md
  assay plan findings.json --format script --output remediate.sh
  assay plan findings.json --format terraform --output guidance.tf`)
    .action(async (file: string, options: PlanOptions) => {
      if (options.output !== undefined) await checkOutputPaths([{ option: '--output', path: options.output }]);
      const plan = buildPlan(await readFindingsFile(file));
      if (options.output === undefined) {
        context.io.stdout.write(renderers[options.format](plan));
        return;
      }
      await writePlan(plan, options.format, options.output, context);
    });
}
