/**
 * The plan as Markdown, for review and change tickets: what each step
 * changes and may disrupt, the commands to run, and Terraform guidance
 * folded away. Every value from the plan is escaped, and escaped text never
 * starts a line, so no value can open a heading, list, link, tag or block.
 */
import {
  markdownCode as mdCode, markdownCodeBlock, markdownCodeLine as oneLine, markdownFenced as fenced, markdownText as mdText,
} from '../../text/markdown.js';
import type { Plan, PlanStep } from '../plan.js';

/** `sha256:` and the first 12 hex digits: enough to tell scans apart in a review. */
const short = (digest: string): string => digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]*$/, '$1');
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const codes = (values: readonly string[]): string => values.map(mdCode).join(', ');

function header(plan: Plan): string[] {
  const { scan } = plan;
  const variables = [...new Set(plan.steps.flatMap((s) => s.variables))].sort();
  const disruptive = plan.steps.filter((s) => s.disruptive).length;
  return [
    '# Assay remediation plan',
    '',
    `Snapshot ${mdCode(short(scan.snapshotDigest))} collected ${mdText(scan.collectedAt)} · policy set ${mdCode(short(scan.policySetDigest))} · ${mdText(`${scan.generator.name} ${scan.generator.version}`)}`,
    '',
    'Nothing here has been run. Review each step before running its commands: they change the account.',
    '',
    '## Summary',
    '',
    `- ${plural(plan.steps.length, 'step')}, ${disruptive} disruptive (the script asks for confirmation before each of those)`,
    `- Variables to set first: ${variables.length === 0 ? 'none' : codes(variables)}`,
    `- ${plural(plan.waived.length, 'waived failure')} left out; ${plural(plan.withoutCommands.length, 'failure')} without commands, to fix by hand`,
  ];
}

function resourceLines(step: PlanStep): string[] {
  const { resource } = step;
  return [
    `- Resource: ${mdCode(resource.type)} ${mdCode(resource.id)}${resource.name === undefined || resource.name === resource.id ? '' : ` (${mdText(resource.name)})`}`,
    ...(resource.arn === undefined ? [] : [`- ARN: ${mdCode(resource.arn)}`]),
    `- Account / region: ${mdCode(step.account)} / ${mdCode(step.region)}`,
    `- Policies: ${codes(step.policies)}`,
    `- Controls: ${step.controls.length === 0 ? 'none in the selected packs' : codes(step.controls)}`,
    ...(step.after.length === 0 ? [] : [`- Runs after: ${codes(step.after)} (their fixes create what this step needs)`]),
  ];
}

function disruptionLines(step: PlanStep): string[] {
  const risk = step.risk === 'unstated' ? 'not stated by every policy' : step.risk;
  const lead = step.disruptive ? `**Disruptive — asks for confirmation.** Risk: ${risk}.` : `Not disruptive. Risk: ${risk}.`;
  const notes = step.disruption.length === 0 ? ['- The policies say nothing about disruption.'] : step.disruption.map((d) => `- ${mdText(d)}`);
  return [lead, '', ...notes];
}

/** Read-only checks and the way back, when the policies give them. */
function afterLines(step: PlanStep): string[] {
  const verify = step.verify.length === 0 ? [] : ['', '**Check that it worked** (read-only)', '', ...fenced('sh', step.verify.map(oneLine))];
  const rollback = step.rollback.length === 0 ? [] : ['', '**Roll back**', '', ...step.rollback.flatMap((r, i) => [
    ...(i === 0 ? [] : ['']), `- ${mdText(r.text)}`, ...(r.commands.length === 0 ? [] : ['', ...fenced('sh', r.commands.map(oneLine))]),
  ])];
  return [...verify, ...rollback];
}

function terraformLines(step: PlanStep): string[] {
  if (step.terraform.length === 0) return [];
  // Blank lines around the fence end the HTML block, so the fence is parsed as Markdown and shows the snippet verbatim.
  return ['', '<details>', '<summary>Terraform guidance (a template to adapt)</summary>', '',
    ...step.terraform.flatMap((snippet, i) => [...(i === 0 ? [] : ['']), markdownCodeBlock('hcl', snippet)]),
    '', '</details>'];
}

function stepSection(step: PlanStep): string[] {
  return [
    '',
    `### ${step.id} · ${step.severity} · ${mdText(step.title)}`,
    '',
    ...resourceLines(step),
    '',
    '**What it changes**',
    '',
    ...(step.changes.length === 0 ? ['- The policies give no description.'] : step.changes.map((c) => `- ${mdText(c)}`)),
    '',
    '**What it may disrupt**',
    '',
    ...disruptionLines(step),
    '',
    `**Variables to set:** ${step.variables.length === 0 ? 'none' : codes(step.variables)}`,
    '',
    '**Commands**',
    '',
    ...fenced('sh', step.commands.map(oneLine)),
    ...afterLines(step),
    ...terraformLines(step),
  ];
}

function leftOut(plan: Plan): string[] {
  const waived = plan.waived.map((w) => `- ${mdCode(w.policy)} on ${mdText(w.resource)}: ${mdText(w.reason)} (owner ${mdText(w.owner)}, expires ${mdText(w.expires)})`);
  const manual = plan.withoutCommands.map((m) => `- ${mdCode(m.policy)} on ${mdText(m.resource)}: ${mdText(m.guidance === '' ? 'no guidance given' : m.guidance)}`);
  return [
    '', '## Waived (left out)', '', ...(waived.length === 0 ? ['None.'] : waived),
    '', '## Without commands (by hand)', '', ...(manual.length === 0 ? ['None.'] : manual),
  ];
}

export function renderMarkdown(plan: Plan): string {
  const steps = plan.steps.length === 0 ? ['', 'No failing finding has commands to run.'] : plan.steps.flatMap(stepSection);
  return `${[...header(plan), '', '## Steps', ...steps, ...leftOut(plan)].join('\n')}\n`;
}
