/**
 * Does a CloudWatch Logs metric filter cover the events a control cares
 * about? The filter pattern is parsed and run against each given event
 * (filter-pattern/), so any equivalent rewriting of a prescribed pattern
 * passes — reordered terms, extra parentheses, other spacing or quoting —
 * and a pattern that misses one of the events, or catches an event it should
 * leave alone, fails. Only JSON patterns (`{ … }`) and the empty pattern
 * (which matches every event) are evaluated; term and space-delimited
 * patterns fail with "not a JSON filter pattern".
 */
import { Type } from '@sinclair/typebox';
import { defineFunction, type FunctionOutcome } from './define.js';
import { matchesEvent } from './filter-pattern/evaluate.js';
import { parseFilterPattern } from './filter-pattern/parse.js';

interface NamedEvent {
  name: string;
  event: Record<string, unknown>;
}

const namedEvent = Type.Object({
  name: Type.String({ minLength: 1, description: 'Names the event in evidence, e.g. "root console sign-in".' }),
  event: Type.Record(Type.String(), Type.Unknown(), { description: 'The log event as JSON, e.g. a CloudTrail record.' }),
}, { additionalProperties: false });

export const matchesLogEvents = defineFunction({
  name: 'matchesLogEvents',
  description: 'True when a CloudWatch Logs JSON filter pattern parses and matches every event in matches and none in ignores (the pattern is evaluated, not compared as text).',
  input: 'a metric filter pattern (aws.logs.log-group metricFilters[].filterPattern)',
  options: Type.Object({
    matches: Type.Array(namedEvent, { minItems: 1, description: 'Events the pattern must match.' }),
    ignores: Type.Optional(Type.Array(namedEvent, { description: 'Events the pattern must not match.' })),
  }, { additionalProperties: false }),
  // Evidence names the sample events; the records themselves are in the policy.
  expected: (options) => ({
    matches: (options.matches as NamedEvent[]).map((e) => e.name),
    ignores: ((options.ignores as NamedEvent[] | undefined) ?? []).map((e) => e.name),
  }),
  compile(options) {
    const matches = options.matches as NamedEvent[];
    const ignores = (options.ignores as NamedEvent[] | undefined) ?? [];
    // The outcome depends only on the pattern text; snapshots repeat the same few patterns.
    const outcomes = new Map<string, FunctionOutcome>();
    return (value) => {
      if (typeof value !== 'string') {
        return { result: false, actual: { pattern: value ?? null, error: `expected a filter pattern string, found ${value === null || value === undefined ? 'null' : Array.isArray(value) ? 'a list' : typeof value}` } };
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

function evaluatePattern(pattern: string, matches: readonly NamedEvent[], ignores: readonly NamedEvent[]): FunctionOutcome {
  const parsed = parseFilterPattern(pattern);
  if (!parsed.ok) return { result: false, actual: { pattern, error: parsed.error.message } };
  const missed = matches.filter((m) => !matchesEvent(parsed.pattern, m.event)).map((m) => m.name);
  const matchedWrongly = ignores.filter((m) => matchesEvent(parsed.pattern, m.event)).map((m) => m.name);
  if (missed.length === 0 && matchedWrongly.length === 0) return { result: true, actual: pattern };
  return { result: false, actual: { pattern, missed, matchedWrongly } };
}
