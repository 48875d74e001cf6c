/**
 * The terminal view of a comparison: both scans, the counts, then every new
 * failure, fix and change with where it is and why. Unchanged failures are
 * counted, not listed: they are the baseline everyone already knows.
 */
import type { TableStyle } from '../table.js';
import { terminalText } from '../../text/terminal.js';
import { afterLabel, beforeLabel, detail, evidenceSummary, policyChangeNote, resourceLabel, scanLine } from './describe.js';
import type { ComparedFinding, Comparison } from '../../findings/comparison.js';

const plain: TableStyle = { bold: (s) => s, dim: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s, cyan: (s) => s };

/** Detail lines start under the policy id, past the 7-wide label and its space. */
const indent = ' '.repeat(8);

function block(entry: ComparedFinding, head: string, style: TableStyle, note: string | undefined): string[] {
  const lines = [`${head} ${entry.severity.padEnd(8)} ${style.bold(terminalText(entry.policy))} — ${terminalText(entry.title)}`];
  lines.push(`${indent}${terminalText(resourceLabel(entry))}${note === undefined ? '' : style.dim(` (${terminalText(note)})`)}`);
  for (const text of [detail(entry), evidenceSummary(entry)]) {
    if (text !== '') lines.push(style.dim(`${indent}${terminalText(text)}`));
  }
  return lines;
}

export function renderDiffText(comparison: Comparison, style: TableStyle = plain): string {
  const c = comparison;
  const lines = [
    style.bold('Assay diff'),
    `before  ${terminalText(scanLine(c.before))}`,
    `after   ${terminalText(scanLine(c.after))}`,
  ];
  const policies = policyChangeNote(c);
  if (policies !== undefined) lines.push(style.dim(terminalText(policies)));
  const s = c.summary;
  lines.push('', [style.red(`new ${s.new}`), style.green(`fixed ${s.fixed}`), `unchanged ${s.unchanged}`, style.yellow(`changed ${s.changed}`)].join('  '));
  if (c.new.length > 0) {
    lines.push('', style.bold('New failures'));
    for (const entry of c.new) for (const line of block(entry, style.red('NEW    '), style, `was ${beforeLabel(entry)}`)) lines.push(line);
  }
  if (c.fixed.length > 0) {
    lines.push('', style.bold('Fixed'));
    for (const entry of c.fixed) for (const line of block(entry, style.green('FIXED  '), style, `now ${afterLabel(entry)}`)) lines.push(line);
  }
  if (c.changed.length > 0) {
    lines.push('', style.bold('Changed'));
    for (const entry of c.changed) for (const line of block(entry, style.yellow('CHANGED'), style, `${beforeLabel(entry)} → ${afterLabel(entry)}`)) lines.push(line);
  }
  const moved = c.unchanged.filter((e) => e.evidenceChanged === true).length;
  if (c.unchanged.length > 0) {
    lines.push('', style.dim(`${c.unchanged.length} failing in both scans${moved > 0 ? `, ${moved} of them with different evidence` : ''} (not listed; --format json has them)`));
  }
  lines.push('');
  return lines.join('\n');
}
