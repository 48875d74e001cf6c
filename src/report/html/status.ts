/**
 * How each status looks and sorts. Keyed by string, not by the Status type,
 * so WAIVED (coming with waivers) and any status a newer findings document
 * carries still get a badge: unknown ones fall back to a neutral style and
 * their text is escaped like everything else.
 */
import { htmlText } from '../../text/html.js';
import { statusRank } from '../../findings/vocabulary.js';

export interface StatusStyle {
  /** CSS class suffix: `s-<key>`; never derived from the document. */
  readonly key: string;
  readonly label: string;
  /** Bar and badge colour in the chart, where CSS classes are not used. */
  readonly colour: string;
}

const styles: Readonly<Record<string, StatusStyle>> = {
  FAIL: { key: 'fail', label: 'FAIL', colour: '#cf222e' },
  ERROR: { key: 'error', label: 'ERROR', colour: '#b35900' },
  WAIVED: { key: 'waived', label: 'WAIVED', colour: '#8250df' },
  MANUAL: { key: 'manual', label: 'MANUAL', colour: '#0969da' },
  PASS: { key: 'pass', label: 'PASS', colour: '#1a7f37' },
  NOT_APPLICABLE: { key: 'na', label: 'N/A', colour: '#8c959f' },
};


export function statusStyle(status: string): StatusStyle {
  return styles[status] ?? { key: 'other', label: status, colour: '#57606a' };
}


export function badge(status: string): string {
  const style = statusStyle(status);
  return `<span class="badge s-${style.key}">${htmlText(style.label)}</span>`;
}

/** Counts by status, in display order, known statuses first and the rest sorted. */
export function countStatuses(statuses: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return sortCounts(counts);
}

/** Non-zero counts (a Map, or a record's entries) in display order. */
export function sortCounts(counts: Iterable<readonly [string, number]>): [string, number][] {
  return [...counts]
    .map(([status, n]): [string, number] => [status, n])
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => statusRank(a) - statusRank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** "2 FAIL · 1 PASS" with badges' colours, for control and policy headers. */
export function countLine(counts: readonly [string, number][]): string {
  return counts
    .map(([status, n]) => `<span class="count s-${statusStyle(status).key}">${n} ${htmlText(statusStyle(status).label)}</span>`)
    .join(' ');
}
