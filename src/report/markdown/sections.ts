/**
 * The fixed parts of the Markdown report: what was scanned, the counts, each
 * pack's controls and the waivers. Each returns one block of text without a
 * trailing newline; the caller joins blocks with blank lines.
 */
import type { ControlResult, ScanResult } from '../../findings/schema.js';
import { severities, statusPrecedence, type Status } from '../../findings/vocabulary.js';
import { markdownCode as code, markdownRow as row, markdownTableHead as tableHead, markdownText as text } from '../../text/markdown.js';
import { truncate } from './measure.js';
import { reportSubject } from '../subject.js';

/** Text first, emoji as decoration: the status reads the same without the picture. */
export const badges: Readonly<Record<Status, string>> = {
  FAIL: '❌ FAIL', ERROR: '⚠️ ERROR', PASS: '✅ PASS', NOT_APPLICABLE: '➖ NOT_APPLICABLE', MANUAL: '📝 MANUAL', WAIVED: '💤 WAIVED',
};
/** Worst first, as every report shows statuses. */
const statusOrder: readonly Status[] = statusPrecedence;
/** Accounts and regions listed on the scan line before the rest are counted (an organization can have hundreds). */
const MAX_LISTED = 20;

export function shortDigest(digest: string): string {
  const [algorithm, hex] = digest.includes(':') ? digest.split(':', 2) : ['', digest];
  return `${algorithm === '' ? '' : `${algorithm ?? ''}:`}${(hex ?? '').slice(0, 12)}`;
}

function listed(values: readonly string[]): string {
  if (values.length === 0) return '(none)';
  const shown = values.slice(0, MAX_LISTED).map(code).join(', ');
  return values.length > MAX_LISTED ? `${shown} and ${values.length - MAX_LISTED} more` : shown;
}

export function header(result: ScanResult): string {
  const s = result.snapshot;
  const packs = result.packs.map((p) => `${text(p.title)} ${text(p.version)} (${code(p.id)}${p.level === undefined ? '' : `, level ${p.level}`})`);
  const subject = reportSubject(result);
  return [
    `# ${subject.heading} report`,
    '',
    `- **${subject.digestOf === 'snapshot' ? 'Snapshot' : 'Evidence'}:** ${code(shortDigest(s.digest))}, ${text(subject.when)}, partition ${code(s.partition)}`,
    `- **Accounts:** ${listed(s.accounts)}`,
    `- **Regions:** ${listed(s.regions)}`,
    `- **Packs:** ${packs.length === 0 ? 'none (policies only)' : packs.join('; ')}`,
    `- **Policy set:** ${code(shortDigest(result.policySet.digest))}, ${result.policySet.policies.length} policies, ` +
      `${result.summary.resources} resources, ${result.findings.length} findings (${text(result.generator.name)} ${text(result.generator.version)})`,
    ...(result.baseline === undefined ? [] : [
      `- **Baseline:** ${code(shortDigest(result.baseline.snapshotDigest))} collected ${text(result.baseline.collectedAt)}: ` +
        `${result.baseline.new} new, ${result.baseline.unchanged} unchanged, ${result.baseline.fixed} fixed FAIL findings (only new ones gate)`,
    ]),
  ].join('\n');
}

export function summary(result: ScanResult): string {
  const byStatus = result.summary.byStatus;
  const bySeverity = result.summary.failuresBySeverity;
  return [
    '## Summary',
    '',
    tableHead(['Status', ...statusOrder.map((s) => badges[s])]),
    row(['Findings', ...statusOrder.map((s) => String(byStatus[s] ?? 0))]),
    '',
    tableHead(['Severity', ...severities]),
    row([badges.FAIL, ...severities.map((s) => String(bySeverity[s] ?? 0))]),
  ].join('\n');
}

function countsCell(control: ControlResult): string {
  const counts = statusOrder.filter((s) => (control.counts[s] ?? 0) > 0).map((s) => `${control.counts[s] ?? 0} ${s}`).join(', ');
  return control.note === undefined ? counts : [counts, text(control.note)].filter((part) => part !== '').join('; ');
}

/** One pack: every control with its status, then the manual ones by name (their guidance is in the JSON). */
export function packBlock(pack: ScanResult['packs'][number], controls: readonly ControlResult[]): string {
  const withLevel = controls.some((c) => c.level !== undefined);
  const head = ['Control', 'Title', ...(withLevel ? ['Level'] : []), 'Status', 'Findings'];
  const lines = [
    `## ${text(pack.title)} ${text(pack.version)}`,
    '',
    `${code(pack.id)}${pack.level === undefined ? '' : `, level ${pack.level}`}: ${controls.length} controls, ` +
      statusOrder.map((s) => `${controls.filter((c) => c.status === s).length} ${s}`).join(', '),
  ];
  if (controls.length > 0) {
    lines.push('', tableHead(head));
    for (const c of controls) {
      lines.push(row([text(c.id), text(c.title), ...(withLevel ? [c.level === undefined ? '' : String(c.level)] : []), badges[c.status], countsCell(c)]));
    }
  }
  const manual = controls.filter((c) => c.status === 'MANUAL');
  if (manual.length > 0) {
    lines.push('', `**Manual controls** (${manual.length}): check these by hand; the JSON output has the audit guidance.`, '');
    // Bold first, so an id like "1." cannot turn the item into a nested list.
    for (const c of manual) lines.push(`- **${text(c.id)}** ${text(truncate(c.title, 200))}`);
  }
  return lines.join('\n');
}

export function waiversBlock(result: ScanResult): string | undefined {
  if (result.waivers.length === 0) return undefined;
  return [
    '## Waivers',
    '',
    tableHead(['Policy', 'Resources', 'Owner', 'Expires', 'State', 'Matched', 'Reason']),
    ...result.waivers.map((w) => row([
      code(w.policy), w.resources.slice(0, 5).map(code).join(', ') + (w.resources.length > 5 ? ` and ${w.resources.length - 5} more` : ''),
      text(w.owner), text(w.expires), w.state, String(w.matched), text(truncate(w.reason, 200)),
    ])),
  ].join('\n');
}
