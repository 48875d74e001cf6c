/**
 * Does an EventBridge rule's event pattern catch the CloudTrail events a
 * control cares about? Each sample record is wrapped as the event AWS
 * delivers for it (event-pattern/cloudtrail-event.ts: source, detail-type,
 * account, region, time, detail) and the pattern is parsed and run against
 * it (event-pattern/), so any equivalent pattern passes — fields reordered,
 * `$or` instead of two lists, a prefix instead of the full names — and a
 * pattern that misses one of the events, or catches one it should leave
 * alone, fails. The options take the same `{ name, event }` records as
 * matchesLogEvents, so a monitoring policy states its sample events once for
 * both the metric-filter and the EventBridge chain.
 */
import { Type } from '@sinclair/typebox';
import { defineFunction, type FunctionOutcome } from './define.js';
import { cloudTrailEvent } from './event-pattern/cloudtrail-event.js';
import { matchesEventPattern } from './event-pattern/evaluate.js';
import { parseEventPattern } from './event-pattern/parse.js';

interface NamedEvent {
  name: string;
  event: Record<string, unknown>;
}

const namedEvent = Type.Object({
  name: Type.String({ minLength: 1, description: 'Names the event in evidence, e.g. "root console sign-in".' }),
  event: Type.Record(Type.String(), Type.Unknown(), { description: 'The CloudTrail record, as the trail logs it; it is wrapped as the EventBridge event AWS delivers for it.' }),
}, { additionalProperties: false });

export const catchesCloudTrailEvents = defineFunction({
  name: 'catchesCloudTrailEvents',
  description: 'True when an EventBridge event pattern parses and matches the event AWS delivers for every CloudTrail record in matches and for none in ignores (the pattern is evaluated, not compared as text).',
  input: 'an EventBridge rule\'s event pattern (aws.events.rule eventPattern, JSON text; null for a scheduled rule)',
  options: Type.Object({
    matches: Type.Array(namedEvent, { minItems: 1, description: 'CloudTrail records whose events the rule must catch.' }),
    ignores: Type.Optional(Type.Array(namedEvent, { description: 'CloudTrail records whose events the rule must not catch.' })),
  }, { additionalProperties: false }),
  // Evidence names the sample events; the records themselves are in the policy.
  expected: (options) => ({
    matches: (options.matches as NamedEvent[]).map((e) => e.name),
    ignores: ((options.ignores as NamedEvent[] | undefined) ?? []).map((e) => e.name),
  }),
  compile(options) {
    // Wrapped once: every pattern in the snapshot meets the same events.
    const matches = (options.matches as NamedEvent[]).map(wrapped);
    const ignores = ((options.ignores as NamedEvent[] | undefined) ?? []).map(wrapped);
    // The outcome depends only on the pattern text; snapshots repeat the same few patterns.
    const outcomes = new Map<string, FunctionOutcome>();
    return (value) => {
      if (value === null || value === undefined) {
        return { result: false, actual: { pattern: null, error: 'the rule has no event pattern (a scheduled rule), so it catches no events' } };
      }
      if (typeof value !== 'string') {
        return { result: false, actual: { pattern: value, error: `expected an event pattern as JSON text, found ${Array.isArray(value) ? 'a list' : typeof value}` } };
      }
      let outcome = outcomes.get(value);
      if (outcome === undefined) {
        outcome = evaluatePattern(value, matches, ignores);
        outcomes.set(value, outcome);
      }
      return outcome;
    };
  },
});

function wrapped(named: NamedEvent): NamedEvent {
  return { name: named.name, event: cloudTrailEvent(named.event) };
}

function evaluatePattern(pattern: string, matches: readonly NamedEvent[], ignores: readonly NamedEvent[]): FunctionOutcome {
  const parsed = parseEventPattern(pattern);
  if (!parsed.ok) return { result: false, actual: { pattern, error: parsed.error.message } };
  const missed = matches.filter((m) => !matchesEventPattern(parsed.pattern, m.event)).map((m) => m.name);
  const matchedWrongly = ignores.filter((m) => matchesEventPattern(parsed.pattern, m.event)).map((m) => m.name);
  if (missed.length === 0 && matchedWrongly.length === 0) return { result: true, actual: pattern };
  return { result: false, actual: { pattern, missed, matchedWrongly } };
}
