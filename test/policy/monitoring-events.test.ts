/**
 * The CIS 5.x monitoring policies' sample events must tell the controls
 * apart: a filter written for one control must not pass another, or a
 * sign-in-without-MFA filter would be accepted as monitoring authentication
 * failures. Each policy passes its events to cis-monitoring-chain; the
 * patterns its PASS cases accept are the ones it means.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchesLogEvents } from '../../src/policy/functions/matches-log-events.js';
import { loadPolicies } from '../../src/policy/load.js';

const dir = new URL('../../policies/', import.meta.url);
const { policies, errors } = loadPolicies(readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: `policies/${f}`, text: readFileSync(new URL(f, dir), 'utf8'), origin: 'bundled' as const })));

interface Chain { use: string; with: { matches: unknown[]; ignores: unknown[] } }
const isChain = (check: unknown): check is Chain => typeof check === 'object' && check !== null && (check as { use?: unknown }).use === 'cis-monitoring-chain';
/** The CIS chain of a monitoring policy's check: the check itself, or the first member of its any (the EventBridge path beside it). */
const chainOf = (check: unknown): Chain | undefined => {
  if (isChain(check)) return check;
  const members = typeof check === 'object' && check !== null ? (check as { any?: unknown }).any : undefined;
  const first: unknown = Array.isArray(members) ? members[0] : undefined;
  return isChain(first) ? first : undefined;
};

/** Filter patterns in the log group of a case's related resources. */
function patternsOf(related: readonly { type: string; data?: Record<string, unknown> }[] | undefined): string[] {
  return (related ?? []).filter((r) => r.type === 'aws.logs.log-group')
    .flatMap((r) => (r.data?.metricFilters as { filterPattern?: string }[] | undefined) ?? [])
    .flatMap((f) => (f.filterPattern === undefined ? [] : [f.filterPattern]));
}

const controls = policies.flatMap((p) => {
  const check = chainOf(p.document.check);
  if (check === undefined) return [];
  const fixture = patternsOf(p.document.fixtures?.chain?.related);
  const passing = p.document.tests.filter((t) => t.expect === 'PASS').flatMap((t) => patternsOf(t.related));
  return [{ id: p.document.id, judge: matchesLogEvents.compile({ matches: check.with.matches, ignores: check.with.ignores }), patterns: [...new Set([...fixture, ...passing])] }];
});

describe('CIS monitoring sample events', () => {
  it('load from the fifteen monitoring policies', () => {
    expect(errors).toEqual([]);
    expect(controls).toHaveLength(15);
    for (const control of controls) expect(control.patterns.length, control.id).toBeGreaterThan(0);
  });

  it.each(controls.map((c) => [c.id, c] as const))('%s: no other control\'s pattern passes', (_, control) => {
    for (const other of controls) {
      if (other === control) continue;
      for (const pattern of other.patterns) expect(control.judge(pattern).result, `${other.id}: ${pattern}`).toBe(false);
    }
  });
});
