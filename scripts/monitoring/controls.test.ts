/**
 * The sample events must tell the controls apart: a filter written for one
 * control must not pass another. Otherwise, say, a sign-in-without-MFA filter
 * would be accepted as monitoring authentication failures.
 */
import { describe, expect, it } from 'vitest';
import { matchesLogEvents } from '../../src/policy/functions/matches-log-events.js';
import { monitoringControls } from './controls.js';

const judge = (control: (typeof monitoringControls)[number]) => matchesLogEvents.compile({ matches: control.matches, ignores: control.ignores });

describe('CIS monitoring sample events', () => {
  it.each(monitoringControls.map((c) => [c.cis7, c] as const))('%s: the CIS pattern and its equivalents pass, the broken one fails', (_, control) => {
    const test = judge(control);
    for (const pattern of [control.pattern, ...control.alsoPasses]) expect(test(pattern), pattern).toMatchObject({ result: true });
    expect(test(control.misses).result).toBe(false);
  });

  it.each(monitoringControls.map((c) => [c.cis7, c] as const))('%s: no other control\'s pattern passes', (_, control) => {
    const test = judge(control);
    const others = monitoringControls.filter((o) => o !== control).flatMap((o) => [o.pattern, ...o.alsoPasses]);
    for (const pattern of others) expect(test(pattern).result, pattern).toBe(false);
  });
});
