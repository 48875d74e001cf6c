/**
 * `docs/policies/<id>.md`: one policy as a reader meets it — what is checked
 * and why, the exact condition, parameters, the controls it evidences, how to
 * fix a failure, and the cases it is tested against. Generated from the YAML
 * so it can never drift from what the engine runs.
 */
import { stringify } from 'yaml';
import type { NamedCondition } from '../policy/library.js';
import type { PolicyDocument, PolicyTestCase } from '../policy/schema.js';
import {
  markdownCode as code, markdownCodeBlock as codeBlock, markdownLink, markdownParagraph as paragraph, markdownTable as table, markdownText as text,
} from '../text/markdown.js';
import type { ControlRef } from './references.js';

const yamlOf = (value: unknown): string => stringify(value, { lineWidth: 0 });

function expected(testCase: PolicyTestCase): string {
  return typeof testCase.expect === 'string' ? testCase.expect : testCase.expect.status;
}

function differencesSection(benchmark: NonNullable<PolicyDocument['benchmark']>): string {
  const lines = ['## Differences from the benchmark', '', `Verdict rules compared with: ${benchmark.comparedWith.map(text).join('; ')}.`, ''];
  if (benchmark.differences.length === 0) {
    lines.push('None: the policy decides as each of these does.');
  } else {
    for (const d of benchmark.differences) {
      lines.push(`- **${text(d.topic)}**`, `  - *${text(d.authority)}:* ${text(d.reads)}`, `  - *Assay:* ${text(d.assay)}`, `  - *Follows ${text(d.follows)}:* ${text(d.why)}`);
    }
  }
  return lines.join('\n');
}

function namedConditionsSection(named: readonly NamedCondition[]): string {
  const lines = ['### Named conditions used', '', 'The condition above uses these named conditions from the condition library (`use:`); `{ arg: … }` is the value the use passes under `with:`.'];
  for (const c of named) {
    lines.push('', `#### ${code(c.name)}`, '', `On ${[c.document.resource, ...(c.document.alsoOn ?? [])].map((t) => code(t)).join(', ')}, defined in ${code(c.file)}. ${text(c.document.description.trim())}`);
    const args = Object.entries(c.document.arguments ?? {});
    if (args.length > 0) {
      lines.push('', table(['Argument', 'Type', 'Default', 'Meaning'], args.map(([name, a]) => [code(name), a.type, a.default === undefined ? 'required' : code(JSON.stringify(a.default)), text(a.description)])));
    }
    lines.push('', codeBlock('yaml', yamlOf(c.document.condition)));
    // Its cases run once, in the library: the policy's own cases below test only what the policy adds.
    const cases = c.document.tests ?? [];
    if (cases.length > 0) {
      lines.push('', `Its own test cases, in ${code(c.file)}:`, '', table(['Case', 'Expected'], cases.map((t) => [text(t.name), typeof t.expect === 'string' ? t.expect : t.expect.status])));
    }
  }
  return lines.join('\n');
}

/** What a policy page shows beyond the document: what its named conditions bring. */
export interface PolicyPageContext {
  readonly usedBy: readonly ControlRef[];
  /** The named conditions the policy uses, in order of first use. */
  readonly named: readonly NamedCondition[];
  /** The policy's benchmark comparison with its named conditions' differences. */
  readonly benchmark: PolicyDocument['benchmark'];
}

export function renderPolicyPage(policy: PolicyDocument, { usedBy, named, benchmark }: PolicyPageContext): string {
  const parts: string[] = [
    `<!-- Generated from policies/ by \`npm run gen\`; edit the policy's YAML, not this page. -->`,
    `# ${text(policy.title)}`,
    table(['Id', 'Severity', 'Resource'], [[code(policy.id), policy.severity, code(policy.resource)]]),
  ];
  if (policy.deprecated !== undefined) {
    parts.push(`> **Deprecated:** ${text(policy.deprecated.reason)}${policy.deprecated.replacedBy === undefined ? '' : ` Use ${code(policy.deprecated.replacedBy)}.`}`);
  }
  parts.push('## What is checked', paragraph(policy.description), '## Why it matters', paragraph(policy.rationale));
  parts.push('## Condition');
  if (policy.where !== undefined) parts.push('Applies to resources where (others are NOT_APPLICABLE):', codeBlock('yaml', yamlOf(policy.where)));
  parts.push('Passes when (unknown values make the finding ERROR, never PASS):', codeBlock('yaml', yamlOf(policy.check)));
  if (named.length > 0) parts.push(namedConditionsSection(named));
  const parameters = Object.entries(policy.parameters ?? {});
  if (parameters.length > 0) {
    parts.push('## Parameters', 'Packs and configuration files may override these.', table(['Name', 'Type', 'Default', 'Meaning'],
      parameters.map(([name, p]) => [code(name), p.type, code(JSON.stringify(p.default)), text(p.description)])));
  }
  if (policy.ifNoneInScope === 'PASS') {
    parts.push(`When the ${code(policy.resource)} inventory is complete and no resource is in scope, the controls this policy evidences PASS: the account was checked and has none.`);
  }
  const frameworks = Object.entries(policy.frameworks ?? {});
  if (frameworks.length > 0 || usedBy.length > 0) {
    parts.push('## Frameworks');
    if (frameworks.length > 0) parts.push(table(['Framework', 'Controls'], frameworks.map(([id, controls]) => [code(id), text(controls.join(', '))])));
    if (usedBy.length > 0) {
      parts.push('Used by these pack controls:', usedBy.map((ref) => `- [${text(ref.packTitle)}](../packs/${ref.pack}.md) — ${text(ref.control)}`).join('\n'));
    }
  }
  if (benchmark !== undefined) parts.push(differencesSection(benchmark));
  parts.push('## Remediation', paragraph(policy.remediation.text));
  if (policy.remediation.cli !== undefined) {
    parts.push('AWS CLI (`{{…}}` placeholders are filled with the failing resource\'s values, shell-quoted; `$VARS` are yours to set):', codeBlock('sh', policy.remediation.cli.join('\n')));
  }
  if (policy.remediation.terraform !== undefined) parts.push('Terraform:', codeBlock('hcl', policy.remediation.terraform));
  if (policy.remediation.disruption !== undefined) parts.push(`**What the fix may disrupt:** ${text(policy.remediation.disruption)}`);
  if (policy.remediation.risk !== undefined) parts.push(`**Risk of running the fix:** ${policy.remediation.risk}${policy.remediation.risk === 'medium' || policy.remediation.risk === 'high' ? ' (plans ask before running it)' : ''}`);
  if (policy.remediation.verify !== undefined) parts.push('Verify (read-only):', codeBlock('sh', policy.remediation.verify.join('\n')));
  if (policy.remediation.rollback !== undefined) {
    parts.push(`**Roll back:** ${text(policy.remediation.rollback.text)}`);
    if (policy.remediation.rollback.cli !== undefined) parts.push(codeBlock('sh', policy.remediation.rollback.cli.join('\n')));
  }
  if ((policy.references ?? []).length > 0) parts.push('## References', (policy.references ?? []).map((url) => `- ${markdownLink(url)}`).join('\n'));
  parts.push('## Tested cases', 'Each case runs through the real compiler and engine in the test suite.',
    table(['Case', 'Expected'], policy.tests.map((t) => [text(t.name), expected(t)])));
  return `${parts.join('\n\n')}\n`;
}
