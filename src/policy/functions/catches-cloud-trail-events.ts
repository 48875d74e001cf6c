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
import { defineFunction } from './define.js';
import { cloudTrailEvent } from './event-pattern/cloudtrail-event.js';
import { matchesEventPattern } from './event-pattern/evaluate.js';
import { parseEventPattern } from './event-pattern/parse.js';
import { sampleEventOptions, sampleJudge, sampleNames, samplesOf, type NamedEvent } from './sample-events.js';

export const catchesCloudTrailEvents = defineFunction({
  name: 'catchesCloudTrailEvents',
  description: 'True when an EventBridge event pattern parses and matches the event AWS delivers for every CloudTrail record in matches and for none in ignores (the pattern is evaluated, not compared as text).',
  input: 'an EventBridge rule\'s event pattern (aws.events.rule eventPattern, JSON text; null for a scheduled rule)',
  options: sampleEventOptions({
    event: 'The CloudTrail record, as the trail logs it; it is wrapped as the EventBridge event AWS delivers for it.',
    matches: 'CloudTrail records whose events the rule must catch.',
    ignores: 'CloudTrail records whose events the rule must not catch.',
  }),
  expected: sampleNames,
  compile(options) {
    const samples = samplesOf(options);
    // Wrapped once: every pattern in the snapshot meets the same events.
    const judge = sampleJudge(samples.matches.map(wrapped), samples.ignores.map(wrapped), (text) => parseEventPattern(text), matchesEventPattern);
    return (value) => {
      if (value === null || value === undefined) {
        return { result: false, actual: { pattern: null, error: 'the rule has no event pattern (a scheduled rule), so it catches no events' } };
      }
      if (typeof value !== 'string') {
        return { result: false, actual: { pattern: value, error: `expected an event pattern as JSON text, found ${Array.isArray(value) ? 'a list' : typeof value}` } };
      }
      return judge(value);
    };
  },
});

function wrapped(named: NamedEvent): NamedEvent {
  return { name: named.name, event: cloudTrailEvent(named.event) };
}
