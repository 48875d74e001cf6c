/**
 * The Markdown report, made for a GitHub job summary ($GITHUB_STEP_SUMMARY)
 * or a pull-request comment: what was scanned, the counts, the failing
 * findings most severe first with evidence and the commands that fix them,
 * what could not be evaluated and why, then each pack's controls.
 *
 * GitHub refuses a step summary over 1 MiB ("each step is restricted to a
 * maximum size of 1MiB"; the upload fails with an error annotation), so the
 * report keeps under a byte budget: when everything does not fit, the
 * findings of lowest severity lose their rows first and a closing note says
 * how many were left out. PR comments are limited to 65,536 characters;
 * callers posting one pass a smaller `maxBytes`.
 */
import type { ScanResult } from '../findings/schema.js';
import { defineFormatter } from './formatter.js';
import { utf8Length } from './markdown/measure.js';
import { buildGroups, renderGroup, rowOf, type Group } from './markdown/findings.js';
import { header, packBlock, summary, waiversBlock } from './markdown/sections.js';
import { reportFormat } from './formats.js';

/** Below GitHub's 1 MiB (1,048,576 bytes) with room for whatever else a step appends. */
export const DEFAULT_MAX_BYTES = 1_000_000;

export interface MarkdownOptions {
  /** Upper bound on the report's UTF-8 size. Header and counts are always kept, even above it. */
  readonly maxBytes?: number;
}

interface Layout {
  /** Optional blocks (pack controls, waivers), in document order, each kept or dropped whole. */
  readonly blocks: readonly { readonly text: string; readonly kept: boolean }[];
  /** Findings kept per group, by group index. */
  readonly kept: readonly number[];
}

/**
 * The order in which findings are kept when the budget is short: by severity,
 * FAIL before ERROR, then round-robin across the policies of that severity
 * (every policy's first resource before any policy's second), so one policy
 * with thousands of resources cannot crowd out the others.
 */
function rankUnits(groups: readonly Group[]): number[] {
  const units: { group: number; index: number }[] = [];
  groups.forEach((g, group) => { for (let index = 0; index < g.findings.length; index += 1) units.push({ group, index }); });
  const status = (g: Group): number => (g.status === 'FAIL' ? 0 : 1);
  units.sort((a, b) => {
    const x = groups[a.group];
    const y = groups[b.group];
    if (x === undefined || y === undefined) return 0;
    return x.severityRank - y.severityRank || status(x) - status(y) || a.index - b.index || a.group - b.group;
  });
  return units.map((u) => u.group);
}

function findingsSection(title: string, groups: readonly Group[], kept: readonly number[], offset: number, none: string): string {
  if (groups.length === 0) return `${title}\n\n${none}`;
  const shown = groups.map((g, i) => ({ g, k: kept[offset + i] ?? 0 })).filter(({ k }) => k > 0);
  if (shown.length === 0) return `${title}\n\nNone shown: see the note at the end.`;
  return [title, ...shown.map(({ g, k }) => renderGroup(g, k))].join('\n\n');
}

function omissionNote(groups: readonly Group[], layout: Layout, maxBytes: number): string | undefined {
  const total = groups.reduce((n, g) => n + g.findings.length, 0);
  const shown = layout.kept.reduce((n, k) => n + k, 0);
  const droppedBlocks = layout.blocks.filter((b) => !b.kept).length;
  if (shown === total && droppedBlocks === 0) return undefined;
  const hidden = groups.filter((g, i) => (layout.kept[i] ?? 0) === 0).length;
  const parts = [`**${total - shown} of ${total} FAIL and ERROR findings are not shown**, to keep this report under ${maxBytes} bytes: ` +
    `the least severe were left out first${hidden > 0 ? ` (${hidden} ${hidden === 1 ? 'policy' : 'policies'} entirely)` : ''}.`];
  if (droppedBlocks > 0) parts.push(`${droppedBlocks} control or waiver ${droppedBlocks === 1 ? 'table was' : 'tables were'} left out too.`);
  parts.push('The JSON and SARIF outputs have every finding.');
  return parts.join(' ');
}

function compose(result: ScanResult, groups: readonly Group[], layout: Layout, maxBytes: number): string {
  const failCount = groups.filter((g) => g.status === 'FAIL').length;
  const sections = [
    header(result),
    summary(result),
    findingsSection('## Failing findings', groups.slice(0, failCount), layout.kept, 0, 'No FAIL findings.'),
    findingsSection('## Could not evaluate', groups.slice(failCount), layout.kept, failCount, 'No ERROR findings: every policy could be evaluated.'),
    ...layout.blocks.filter((b) => b.kept).map((b) => b.text),
  ];
  const note = omissionNote(groups, layout, maxBytes);
  if (note !== undefined) sections.push('---', note);
  return `${sections.join('\n\n')}\n`;
}

function keptFirst(groupCount: number, ranked: readonly number[], count: number): number[] {
  const kept = new Array<number>(groupCount).fill(0);
  for (const group of ranked.slice(0, count)) kept[group] = (kept[group] ?? 0) + 1;
  return kept;
}

/**
 * How many ranked findings could fit at most: their rows alone, summed in
 * rank order, pass the budget there. Bounds the search so a scan with far
 * more findings than fit never renders them all.
 */
function upperBound(groups: readonly Group[], ranked: readonly number[], maxBytes: number): number {
  const next = groups.map(() => 0);
  let bytes = 0;
  for (let i = 0; i < ranked.length; i += 1) {
    const g = ranked[i] ?? 0;
    const group = groups[g];
    if (group === undefined) continue;
    bytes += utf8Length(rowOf(group, next[g] ?? 0)) + 1;
    next[g] = (next[g] ?? 0) + 1;
    if (bytes > maxBytes) return i;
  }
  return ranked.length;
}

/** The Markdown report, at most `maxBytes` bytes of UTF-8 (default 1,000,000). Same result, same bytes. */
export function renderMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const groups = buildGroups(result);
  const ranked = rankUnits(groups);
  const blockTexts = [
    ...result.packs.map((p) => packBlock(p, result.controls.filter((c) => c.pack === p.id))),
    ...[waiversBlock(result)].filter((b): b is string => b !== undefined),
  ];
  const bound = upperBound(groups, ranked, maxBytes);
  if (bound === ranked.length) {
    const full = compose(result, groups, { blocks: blockTexts.map((t) => ({ text: t, kept: true })), kept: groups.map((g) => g.findings.length) }, maxBytes);
    if (utf8Length(full) <= maxBytes) return full;
  }

  const fits = (layout: Layout): boolean => utf8Length(compose(result, groups, layout, maxBytes)) <= maxBytes;
  // Control and waiver tables are small and come first; each one that does not fit alone is left out.
  const none = groups.map(() => 0);
  const blocks: { text: string; kept: boolean }[] = blockTexts.map((t) => ({ text: t, kept: false }));
  for (const block of blocks) {
    block.kept = true;
    if (!fits({ blocks, kept: none })) block.kept = false;
  }
  // Then the longest prefix of the ranked findings that fits, by binary search (zero always
  // counts as fitting: if even the header and counts do not, the budget is below what the report needs).
  let low = 0;
  let high = bound;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits({ blocks, kept: keptFirst(groups.length, ranked, mid) })) low = mid;
    else high = mid - 1;
  }
  return compose(result, groups, { blocks, kept: keptFirst(groups.length, ranked, low) }, maxBytes);
}

export const markdownFormatter = defineFormatter({
  ...reportFormat('markdown'),
  render: (result) => renderMarkdown(result),
});
