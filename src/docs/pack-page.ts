/**
 * `docs/packs/<id>.md`: a framework as an auditor reads it — every control in
 * the framework's order, how Assay checks it (which policies, or by hand with
 * the audit steps), and the coverage figures.
 */
import type { PackControl, PackDocument } from '../pack/schema.js';
import type { PolicyDocument } from '../policy/schema.js';
import { coverageOf } from './coverage.js';
import { markdownCode as code, markdownParagraph as paragraph, markdownTable as table, markdownText as text } from '../text/markdown.js';

function checkedBy(control: PackControl, policies: ReadonlyMap<string, PolicyDocument>): string {
  if (control.policies === undefined) return `Manual — [audit steps](#manual-${anchor(control.id)})`;
  return control.policies.map((id) => {
    const policy = policies.get(id);
    return `[${code(id)}](../policies/${id}.md)${policy === undefined ? '' : ` (${policy.severity})`}`;
  }).join(', ');
}

const anchor = (id: string): string => id.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase();

export function renderPackPage(pack: PackDocument, policies: ReadonlyMap<string, PolicyDocument>): string {
  const all = coverageOf(pack);
  const levels = [...new Set(pack.controls.map((c) => c.level).filter((l): l is number => l !== undefined))].sort((a, b) => a - b);
  const parts: string[] = [
    `<!-- Generated from packs/ by \`npm run gen\`; edit the pack's YAML, not this page. -->`,
    `# ${text(`${pack.title} ${pack.version}`)}`,
    `Pack id ${code(pack.id)} — \`assay scan --pack ${pack.id}\`${levels.length > 1 ? ` (add \`--level 1\` for Level 1 only)` : ''}.`,
    paragraph(pack.description),
    `**Source:** ${text(pack.source)}`,
    '## Coverage',
    table(['Scope', 'Automated', 'Manual', 'Total'], [
      ...levels.map((level) => {
        const c = coverageOf(pack, level);
        return [`Level ${level} and below`, String(c.automated), String(c.manual), String(c.total)];
      }),
      ...(levels.length > 1 || levels.length === 0 ? [['All controls', String(all.automated), String(all.manual), String(all.total)]] : []),
    ]),
    'Automated controls are checked by the listed policies; a control passes only when every finding of its policies passes. Manual controls are reported as MANUAL with the audit steps below.',
  ];
  const sections: string[] = [];
  for (const control of pack.controls) {
    const section = control.section ?? 'Controls';
    if (!sections.includes(section)) sections.push(section);
  }
  for (const section of sections) {
    const controls = pack.controls.filter((c) => (c.section ?? 'Controls') === section);
    parts.push(`## ${text(section)}`, table(['Control', 'Title', 'Level', 'Checked by'], controls.map((c) => [text(c.id), text(c.title), c.level === undefined ? '' : String(c.level), checkedBy(c, policies)])));
  }
  const manual = pack.controls.filter((c) => c.manual !== undefined);
  if (manual.length > 0) {
    parts.push('## Manual controls: audit steps');
    for (const control of manual) parts.push(`### <a id="manual-${anchor(control.id)}"></a>${text(`${control.id} ${control.title}`)}`, paragraph(control.manual ?? ''));
  }
  const overrides = Object.entries(pack.parameters ?? {});
  if (overrides.length > 0) {
    parts.push('## Parameter overrides', 'This pack sets these policy parameters:', table(['Policy', 'Parameter', 'Value'],
      overrides.flatMap(([policy, values]) => Object.entries(values).map(([name, value]) => [`[${code(policy)}](../policies/${policy}.md)`, code(name), code(JSON.stringify(value))]))));
  }
  return `${parts.join('\n\n')}\n`;
}
