/**
 * The periods of the range no valid digest file covers. Digests are hourly
 * and each covers [digestStartTime, digestEndTime]; CloudTrail delivers one
 * every hour even when no log file arrived, so any hole between them is
 * time with no integrity evidence (logging or validation stopped, or
 * digests deleted). The last hour of the range may not have its digest yet,
 * so an uncovered tail is a gap only when it is longer than an hour.
 */

export interface Period {
  readonly start: string;
  readonly end: string;
}

const HOUR_MS = 3_600_000;

/** Gaps in `range` left by `covered` (valid digests' periods, in delivery order). */
export function coverageGaps(range: Period, covered: readonly Period[]): Period[] {
  const sorted = [...covered].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const gaps: Period[] = [];
  let until = range.start;
  for (const period of sorted) {
    if (period.start > until && until < range.end) gaps.push({ start: until, end: period.start < range.end ? period.start : range.end });
    if (period.end > until) until = period.end;
  }
  if (until < range.end && Date.parse(range.end) - Date.parse(until) > HOUR_MS) gaps.push({ start: until, end: range.end });
  return gaps;
}
