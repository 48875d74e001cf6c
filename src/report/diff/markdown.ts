/**
 * A comparison as Markdown for a pull-request comment or a CI job summary:
 * a headline with the counts, both scans, then tables of new failures,
 * fixes and changes. Every string from the findings is untrusted (resource
 * names and messages can hold anything), so it is escaped or put in code.
 */
import { markdownCode as mdCode, markdownRow as line, markdownTableHead, markdownText as mdText } from '../../text/markdown.js';
import { afterLabel, beforeLabel, detail, evidenceSummary, plural, policyChangeNote, shortDigest } from './describe.js';
import type { ComparedFinding, Comparison } from '../../findings/comparison.js';

/** Rows per table: PR comments are capped at 65,536 characters, and a long list helps nobody there. */
export const MAX_ROWS = 50;

function resourceCell(entry: ComparedFinding): string {
  const r = entry.resource;
  const name = r.name !== undefined && r.name !== r.id ? ` ${mdCode(r.name)}` : '';
  return `${mdCode(r.type)} ${mdCode(r.id === '*' ? '(all)' : r.id)}${name}<br>${mdText(`${r.account}/${r.region}`)}`;
}

function policyCell(entry: ComparedFinding): string {
  return `${mdCode(entry.policy)}<br>${mdText(entry.title)}`;
}

function table(title: string, header: readonly string[], entries: readonly ComparedFinding[], row: (e: ComparedFinding) => string[]): string[] {
  if (entries.length === 0) return [];
  const lines = ['', `#### ${title} (${entries.length})`, '', markdownTableHead(header)];
  for (const e of entries.slice(0, MAX_ROWS)) lines.push(line(row(e)));
  if (entries.length > MAX_ROWS) lines.push('', `… and ${entries.length - MAX_ROWS} more; \`assay diff --format json\` lists them all.`);
  return lines;
}

function headline(c: Comparison): string {
  const s = c.summary;
  const lead = s.new === 0 ? 'no new failures' : plural(s.new, 'new failure');
  return `### Assay diff: ${lead} · ${s.fixed} fixed · ${s.changed} changed · ${s.unchanged} unchanged`;
}

export function renderDiffMarkdown(comparison: Comparison): string {
  const c = comparison;
  const lines = [
    headline(c),
    '',
    '| | Snapshot | Collected | Generator |',
    '| --- | --- | --- | --- |',
    ...(['before', 'after'] as const).map((side) => `| ${side} | ${mdCode(shortDigest(c[side].digest))} | ${mdText(c[side].collectedAt)} | ${mdText(c[side].generator)} |`),
  ];
  const policies = policyChangeNote(c);
  if (policies !== undefined) lines.push('', mdText(policies));
  const severity = (e: ComparedFinding): string => mdText(e.severity);
  const tables = [
    table('New failures', ['Severity', 'Policy', 'Resource', 'Was', 'Finding'], c.new,
      (e) => [severity(e), policyCell(e), resourceCell(e), mdText(beforeLabel(e)), [detail(e), evidenceSummary(e)].filter((t) => t !== '').map(mdText).join('<br>')]),
    table('Fixed', ['Severity', 'Policy', 'Resource', 'Now'], c.fixed,
      (e) => [severity(e), policyCell(e), resourceCell(e), mdText(afterLabel(e))]),
    table('Changed', ['Severity', 'Policy', 'Resource', 'Change', 'Detail'], c.changed,
      (e) => [severity(e), policyCell(e), resourceCell(e), mdText(`${beforeLabel(e)} → ${afterLabel(e)}`), mdText(detail(e))]),
  ];
  for (const rows of tables) for (const row of rows) lines.push(row);
  lines.push('', '<sub>Findings are matched by fingerprint (policy + resource); failures present in both scans are counted, not listed.</sub>', '');
  return lines.join('\n');
}
