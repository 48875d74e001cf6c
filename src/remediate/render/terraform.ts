/**
 * The plan's Terraform guidance: the snippets the policies provide, grouped
 * per resource under a comment naming the resource and the steps that need
 * them. Templates to adapt (placeholder names, one setting each), never
 * generated configuration — the header says so. Untrusted text only ever
 * appears in `#` comments, escaped onto one line, so it cannot start a line
 * of configuration; snippets keep their lines, escaped for the terminal a
 * reader may print the file on.
 */
import { terminalLines, terminalText } from '../../text/terminal.js';
import type { Plan, PlanStep } from '../plan.js';

const RULE = `# ${'-'.repeat(76)}`;
const comment = (value: string): string => `# ${terminalText(value)}`.trimEnd();

interface ResourceGuidance {
  readonly steps: PlanStep[];
  readonly snippets: string[];
}

/** Resources in plan order (most severe step first); each snippet once per resource. */
function byResource(plan: Plan): ResourceGuidance[] {
  const groups = new Map<string, ResourceGuidance>();
  for (const step of plan.steps) {
    if (step.terraform.length === 0) continue;
    const key = JSON.stringify([step.account, step.region, step.resource.type, step.resource.id]);
    const group = groups.get(key) ?? { steps: [], snippets: [] };
    group.steps.push(step);
    for (const snippet of step.terraform) {
      const normalized = `${terminalLines(snippet.replace(/\r\n?/g, '\n')).replace(/\s+$/, '')}\n`;
      if (!group.snippets.includes(normalized)) group.snippets.push(normalized);
    }
    groups.set(key, group);
  }
  return [...groups.values()];
}

function section({ steps, snippets }: ResourceGuidance): string {
  const [first] = steps;
  if (first === undefined) throw new Error('empty resource group');
  const { resource } = first;
  return [
    RULE,
    comment(`${resource.type} ${resource.id} (account ${first.account}, region ${first.region})`),
    ...(resource.arn === undefined ? [] : [comment(`ARN: ${resource.arn}`)]),
    ...steps.map((s) => comment(`${s.id} (${s.severity}): ${s.policies.join(', ')}`)),
    RULE,
    '',
    snippets.join('\n'),
  ].join('\n');
}

export function renderTerraform(plan: Plan): string {
  const groups = byResource(plan);
  const without = plan.steps.filter((s) => s.terraform.length === 0).length;
  const head = [
    '# Assay remediation plan: Terraform guidance',
    '#',
    '# These are templates to adapt, not generated configuration. Each snippet',
    '# shows the setting a policy expects, with placeholder names such as',
    '# "example": merge the setting into the configuration that manages the',
    '# resource named above it. Do not apply this file as it is.',
    '#',
    comment(`Snapshot ${plan.scan.snapshotDigest} collected ${plan.scan.collectedAt}`),
    comment(`Policy set ${plan.scan.policySetDigest}`),
    comment(`${groups.length} resource(s) with guidance; ${without} step(s) without a snippet (see the Markdown plan).`),
  ].join('\n');
  return groups.length === 0 ? `${head}\n` : `${head}\n\n${groups.map(section).join('\n')}`;
}
