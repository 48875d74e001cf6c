/**
 * The terminal view of a scan: what was scanned, counts by status and by
 * severity, then each failing policy with its resources, then what could not
 * be evaluated and why. Pure: colour comes in as functions.
 *
 * Every value from the scan (resource names and ids, messages, evidence,
 * titles of user policies and packs, waiver text) is untrusted and goes
 * through `terminalText` before it is painted: a resource name must not
 * clear the screen, rewrite a line or issue a workflow command in a CI log.
 */
import type { Finding, ScanResult } from '../findings/schema.js';
import { terminalText as t } from '../text/terminal.js';
import { evidenceSentence, type SentenceStyle } from './evidence-sentence.js';
import { defineFormatter } from './formatter.js';
import { truncate } from './markdown/measure.js';
import { bySeverity, severities, statusPrecedence } from '../findings/vocabulary.js';
import { reportFormat } from './formats.js';
import { reportSubject } from './subject.js';

export interface TableStyle {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
}

const plain: TableStyle = { bold: (s) => s, dim: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s, cyan: (s) => s };
/** Resources listed per policy before the rest are counted. */
const MAX_RESOURCES_PER_POLICY = 10;

function where(finding: Finding): string {
  const r = finding.resource;
  return t(`${r.type} ${r.id === '*' ? '(all)' : r.id}${r.name !== undefined && r.name !== r.id ? ` "${r.name}"` : ''} · ${r.account}/${r.region}`);
}

function groupByPolicy(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.policy) ?? [];
    list.push(finding);
    groups.set(finding.policy, list);
  }
  return [...groups.values()].sort((a, b) => {
    const [x, y] = [a[0], b[0]];
    if (x === undefined || y === undefined) return 0;
    return bySeverity(x.severity, y.severity) || (x.policy < y.policy ? -1 : 1);
  });
}

/** Values are cut to this many characters: the JSON output keeps them whole. */
const MAX_VALUE = 120;
const sentenceStyle: SentenceStyle = { words: (s) => s, name: (s) => s, value: (json) => truncate(json, MAX_VALUE) };

function evidenceLine(finding: Finding): string {
  const failing = finding.evidence.filter((e) => e.result !== 'pass').slice(0, 2);
  // Escaped as one line: the sentence's parts end up on it together.
  return t(failing.map((e) => evidenceSentence(e, sentenceStyle, finding.reasons)).join('; '));
}

export function renderTable(result: ScanResult, style: TableStyle = plain): string {
  const lines: string[] = [];
  const s = result.snapshot;
  const subject = reportSubject(result);
  lines.push(style.bold(subject.heading));
  lines.push(t(`${subject.digestOf} ${s.digest} · ${subject.when} · ${s.partition} · accounts ${s.accounts.join(', ')} · regions ${s.regions.join(', ')}`));
  if (result.packs.length > 0) lines.push(t(`packs: ${result.packs.map((p) => `${p.id} ${p.version}${p.level === undefined ? '' : ` (level ${p.level})`}`).join(', ')}`));
  lines.push(`${result.policySet.policies.length} policies · ${result.summary.resources} resources · ${result.findings.length} findings`);
  lines.push('');
  const counts = result.summary.byStatus;
  const paint: Record<string, (t: string) => string> = { FAIL: style.red, ERROR: style.yellow, PASS: style.green, NOT_APPLICABLE: style.dim, MANUAL: style.cyan, WAIVED: style.dim };
  // Worst first, as every report shows statuses; WAIVED only when waivers are in play.
  const shown = statusPrecedence.filter((s) => s !== 'WAIVED' || result.waivers.length > 0);
  lines.push(shown.map((k) => (paint[k] ?? plain.bold)(`${k} ${counts[k] ?? 0}`)).join('  '));
  const sev = result.summary.failuresBySeverity;
  lines.push(`failures by severity: ${severities.map((k) => `${k} ${sev[k] ?? 0}`).join(' · ')}`);
  if (result.baseline !== undefined) {
    const b = result.baseline;
    lines.push(`baseline (${t(b.snapshotDigest.slice(0, 19))}, ${t(b.collectedAt)}): ${b.new} new · ${b.unchanged} unchanged · ${b.fixed} fixed`);
  }
  const failing = groupByPolicy(result.findings.filter((f) => f.status === 'FAIL'));
  if (failing.length > 0) {
    lines.push('', style.bold('Failing'));
    for (const group of failing) {
      const first = group[0];
      if (first === undefined) continue;
      lines.push(`${style.red('FAIL')} ${t(first.severity).padEnd(8)} ${style.bold(t(first.policy))} — ${t(first.title)} (${group.length})`);
      for (const finding of group.slice(0, MAX_RESOURCES_PER_POLICY)) {
        lines.push(`     ${where(finding)}${finding.baseline === 'new' ? style.bold(' [new]') : ''}`);
        const evidence = evidenceLine(finding);
        if (evidence !== '') lines.push(style.dim(`       ${evidence}`));
      }
      if (group.length > MAX_RESOURCES_PER_POLICY) lines.push(style.dim(`     … and ${group.length - MAX_RESOURCES_PER_POLICY} more`));
    }
  }
  const errors = groupByPolicy(result.findings.filter((f) => f.status === 'ERROR'));
  if (errors.length > 0) {
    lines.push('', style.bold('Could not evaluate'));
    for (const group of errors) {
      const first = group[0];
      if (first === undefined) continue;
      lines.push(`${style.yellow('ERROR')} ${t(first.severity).padEnd(7)} ${style.bold(t(first.policy))} (${group.length})`);
      for (const finding of group.slice(0, MAX_RESOURCES_PER_POLICY)) {
        lines.push(`     ${where(finding)}`);
        const reasons = t((finding.reasons ?? []).map((r) => r.message).join('; '));
        if (reasons !== '') lines.push(style.dim(`       ${reasons}`));
      }
      if (group.length > MAX_RESOURCES_PER_POLICY) lines.push(style.dim(`     … and ${group.length - MAX_RESOURCES_PER_POLICY} more`));
    }
  }
  if (result.waivers.length > 0) {
    lines.push('', style.bold('Waivers'));
    for (const w of result.waivers) {
      const what = t(`${w.policy} ${w.resources.join(', ')} — ${w.reason} (owner ${w.owner})`);
      lines.push(w.state === 'active'
        ? `${style.dim('WAIVED')} until ${t(w.expires)}: ${what}; covers ${w.matched} failing finding${w.matched === 1 ? '' : 's'}`
        : `${style.yellow('EXPIRED')} ${t(w.expires)}, no longer applies: ${what}; ${w.matched} finding${w.matched === 1 ? '' : 's'} it covered now fail${w.matched === 1 ? 's' : ''}`);
    }
  }
  const manual = result.controls.filter((c) => c.status === 'MANUAL');
  if (manual.length > 0) {
    lines.push('', style.bold('Manual controls'));
    for (const c of manual) lines.push(`${style.cyan('MANUAL')} ${t(`${c.pack} ${c.id} ${c.title}`)}`);
  }
  lines.push('');
  return lines.join('\n');
}

export const tableFormatter = defineFormatter({
  ...reportFormat('table'),
  render: (result, options) => renderTable(result, options.style),
});
