/**
 * FAIL and ERROR findings grouped by policy, rendered so that the budget can
 * keep any number of each group's findings: rows are rendered on first use
 * and cached on the group (groups live for one render call). Groups run most
 * severe first; rows within a group by location.
 */
import type { Finding, PolicyInfo, ScanResult } from '../../findings/schema.js';
import { severityRank } from '../../findings/vocabulary.js';
import { evidenceSentence, type SentenceStyle } from '../evidence-sentence.js';
import { badges } from './sections.js';
import {
  longestBacktickRun, markdownCode as code, markdownCodeLine as codeLine, markdownFence as fenceOf,
  markdownRow as row, markdownTableHead as tableHead, markdownText as text,
} from '../../text/markdown.js';
import { truncate } from './measure.js';

export interface Group {
  readonly status: 'FAIL' | 'ERROR';
  readonly policy: string;
  readonly severityRank: number;
  readonly findings: readonly Finding[];
  /** Heading, meta line and table head. */
  readonly head: string;
  /** Remediation prose shown once after the table (FAIL only). */
  readonly remediation: string;
  /**
   * Per finding index, its table row and remediation commands, rendered on
   * first use: a budget that keeps a few thousand of 50,000 findings should
   * not pay for the rest, nor render the kept ones once per try.
   */
  readonly rendered: (Rendered | undefined)[];
}

interface Rendered {
  readonly row: string;
  readonly commands: readonly string[];
  /** Longest backtick run in the commands, for the code block's fence. */
  readonly backticks: number;
}
/** Evidence values longer than this are cut: the JSON output keeps them whole. */
const MAX_VALUE = 120;
const MAX_EVIDENCE = 3;
const MAX_PROSE = 300;
const MAX_CONTROLS = 10;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byLocation(a: Finding, b: Finding): number {
  const x = a.resource;
  const y = b.resource;
  return compare(x.account, y.account) || compare(x.region, y.region) || compare(x.type, y.type)
    || compare(x.id, y.id) || compare(a.fingerprint, b.fingerprint);
}


const sentenceStyle: SentenceStyle = { words: text, name: code, value: (json) => code(truncate(json, MAX_VALUE)) };

function evidenceCell(finding: Finding): string {
  const failing = finding.evidence.filter((e) => e.result !== 'pass');
  if (failing.length === 0) return text(truncate(finding.message, MAX_PROSE));
  const shown = failing.slice(0, MAX_EVIDENCE).map((e) => evidenceSentence(e, sentenceStyle, finding.reasons));
  const more = failing.length > MAX_EVIDENCE ? `; ${failing.length - MAX_EVIDENCE} more` : '';
  return `${shown.join('; ')}${more}`;
}

function reasonsCell(finding: Finding): string {
  const reasons = finding.reasons ?? [];
  if (reasons.length === 0) return text(truncate(finding.message, MAX_PROSE));
  return reasons.map((r) => `${code(r.code)} at ${code(r.path)}${r.resource === undefined ? '' : ` of ${code(r.resource)}`}: ${text(truncate(r.message, MAX_PROSE))}`).join('; ');
}

function resourceCell(finding: Finding): string {
  const r = finding.resource;
  if (r.id === '*') return `every ${code(r.type)} (could not be listed)`;
  return r.name !== undefined && r.name !== r.id ? `${code(r.id)} (${text(r.name)})` : code(r.id);
}

function groupHead(status: 'FAIL' | 'ERROR', findings: readonly Finding[], info: PolicyInfo | undefined): string {
  const first = findings[0];
  if (first === undefined) return '';
  const types = [...new Set(findings.map((f) => f.resource.type))].sort(compare);
  const controls = [...new Set(findings.flatMap((f) => f.controls))].sort(compare);
  const listedControls = controls.slice(0, MAX_CONTROLS).map(code).join(', ') + (controls.length > MAX_CONTROLS ? ` and ${controls.length - MAX_CONTROLS} more` : '');
  const count = `${findings.length} ${findings.length === 1 ? 'resource' : 'resources'}`;
  const meta = [
    `${code(first.policy)} on ${types.map(code).join(', ')}`,
    status === 'FAIL' ? count : `${count} could not be evaluated`,
    ...(controls.length > 0 ? [`controls ${listedControls}`] : []),
  ].join(' · ');
  const last = status === 'FAIL' ? 'Evidence' : 'Reason';
  return [
    `### ${badges[status]} · ${text(first.severity)} · ${text(info?.title ?? first.title)}`,
    '',
    meta,
    '',
    tableHead(['Resource', 'Account', 'Region', last]),
  ].join('\n');
}

function remediationText(first: Finding, info: PolicyInfo | undefined): string {
  const prose = first.remediation?.text ?? info?.remediation.text ?? '';
  const lines: string[] = [];
  if (prose !== '') lines.push(`**Remediation:** ${text(prose)}`);
  if (info?.remediation.disruption !== undefined) lines.push(`**Disruption:** ${text(info.remediation.disruption)}`);
  // Two paragraphs rather than a hard line break: trailing spaces are easy to lose.
  return lines.join('\n\n');
}

function commandsOf(finding: Finding): string[] {
  const cli = finding.remediation?.cli ?? [];
  if (cli.length === 0) return [];
  const r = finding.resource;
  // Each line folded to one line, so a value cannot add a command to copy, and its controls shown.
  return [`# ${r.type} ${r.id} (${r.account}/${r.region})`, ...cli].map(codeLine);
}

function buildGroup(status: 'FAIL' | 'ERROR', unsorted: readonly Finding[], info: PolicyInfo | undefined): Group | undefined {
  const findings = [...unsorted].sort(byLocation);
  const first = findings[0];
  if (first === undefined) return undefined;
  return {
    status, policy: first.policy, severityRank: severityRank(first.severity), findings,
    head: groupHead(status, findings, info),
    remediation: status === 'FAIL' ? remediationText(first, info) : '',
    rendered: new Array<Rendered | undefined>(findings.length).fill(undefined),
  };
}

function renderedOf(group: Group, index: number): Rendered {
  const cached = group.rendered[index];
  if (cached !== undefined) return cached;
  const f = group.findings[index];
  if (f === undefined) return { row: '', commands: [], backticks: 0 };
  const commands = group.status === 'FAIL' ? commandsOf(f) : [];
  const rendered: Rendered = {
    row: row([resourceCell(f), code(f.resource.account), code(f.resource.region), group.status === 'FAIL' ? evidenceCell(f) : reasonsCell(f)]),
    commands,
    backticks: longestBacktickRun(commands),
  };
  group.rendered[index] = rendered;
  return rendered;
}

/** The table row of one finding of a group. */
export function rowOf(group: Group, index: number): string {
  return renderedOf(group, index).row;
}

/** FAIL groups then ERROR groups, each most severe first, then by policy id. */
export function buildGroups(result: ScanResult): Group[] {
  const info = new Map(result.policies.map((p) => [p.id, p]));
  const groups: Group[] = [];
  for (const status of ['FAIL', 'ERROR'] as const) {
    const byPolicy = new Map<string, Finding[]>();
    for (const f of result.findings) {
      if (f.status !== status) continue;
      const list = byPolicy.get(f.policy);
      if (list === undefined) byPolicy.set(f.policy, [f]);
      else list.push(f);
    }
    const built = [...byPolicy.entries()].map(([policy, list]) => buildGroup(status, list, info.get(policy)))
      .filter((g): g is Group => g !== undefined)
      .sort((a, b) => a.severityRank - b.severityRank || compare(a.policy, b.policy));
    for (const group of built) groups.push(group);
  }
  return groups;
}

/**
 * One group with its first `kept` findings: the table rows, a line counting
 * the rest, the remediation prose and the commands of the kept findings in
 * one code block whose fence is longer than any backtick run inside it.
 */
export function renderGroup(group: Group, kept: number): string {
  const parts = [group.head];
  const commands: string[] = [];
  let backticks = 0;
  for (let i = 0; i < kept; i += 1) {
    const r = renderedOf(group, i);
    parts.push(r.row);
    for (const command of r.commands) commands.push(command);
    backticks = Math.max(backticks, r.backticks);
  }
  const left = group.findings.length - kept;
  if (left > 0) parts.push('', `*${left} more ${left === 1 ? 'resource' : 'resources'} of this policy not shown: see the note at the end.*`);
  if (group.remediation !== '') parts.push('', group.remediation);
  if (commands.length > 0) {
    const fence = fenceOf(backticks);
    parts.push('', `${fence}sh`);
    for (const command of commands) parts.push(command);
    parts.push(fence);
  }
  return parts.join('\n');
}
