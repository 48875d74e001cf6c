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
import { defineFunction } from './define.js';
import { matchesEvent } from './filter-pattern/evaluate.js';
import { parseFilterPattern } from './filter-pattern/parse.js';
import { sampleEventOptions, sampleJudge, sampleNames, samplesOf } from './sample-events.js';

export const matchesLogEvents = defineFunction({
  name: 'matchesLogEvents',
  description: 'True when a CloudWatch Logs JSON filter pattern parses and matches every event in matches and none in ignores (the pattern is evaluated, not compared as text).',
  input: 'a metric filter pattern (aws.logs.log-group metricFilters[].filterPattern)',
  options: sampleEventOptions({ event: 'The log event as JSON, e.g. a CloudTrail record.', matches: 'Events the pattern must match.', ignores: 'Events the pattern must not match.' }),
  expected: sampleNames,
  compile(options) {
    const { matches, ignores } = samplesOf(options);
    const judge = sampleJudge(matches, ignores, parseFilterPattern, matchesEvent);
    return (value) => {
      if (typeof value !== 'string') {
        return { result: false, actual: { pattern: value ?? null, error: `expected a filter pattern string, found ${value === null || value === undefined ? 'null' : Array.isArray(value) ? 'a list' : typeof value}` } };
      }
      return judge(value);
    };
  },
});
