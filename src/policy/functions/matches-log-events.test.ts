/**
 * matchesLogEvents: the option schema, the outcome and its evidence for
 * matching, missing, wrongly matching, unparsable and non-string patterns,
 * and one run through the real policy compiler and engine.
 */
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../resources/validate-data.js';
import { compileSpec, diagnoseSpec, findingFor, resource } from '../../../test/policy/harness.js';
import { matchesLogEvents } from './matches-log-events.js';

const ROOT = { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' };
const rootSignIn = { eventName: 'ConsoleLogin', eventType: 'AwsConsoleSignIn', userIdentity: ROOT };
const rootApiCall = { eventName: 'CreateAccessKey', eventType: 'AwsApiCall', userIdentity: ROOT };
const serviceForRoot = { eventName: 'GetBucketAcl', eventType: 'AwsApiCall', userIdentity: { ...ROOT, invokedBy: 'support.amazonaws.com' } };
const userCall = { eventName: 'CreateAccessKey', eventType: 'AwsApiCall', userIdentity: { type: 'IAMUser', userName: 'alice' } };

const options = {
  matches: [{ name: 'root console sign-in', event: rootSignIn }, { name: 'root API call', event: rootApiCall }],
  ignores: [{ name: 'AWS service acting for root', event: serviceForRoot }, { name: 'IAM user call', event: userCall }],
};

const CIS_ROOT = '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';

const run = (value: unknown, with_: Record<string, unknown> = options) => matchesLogEvents.compile(with_)(value);

describe('matchesLogEvents options', () => {
  it('accept events to match and, optionally, events to ignore', () => {
    expect(Value.Check(matchesLogEvents.options, options)).toBe(true);
    expect(Value.Check(matchesLogEvents.options, { matches: options.matches })).toBe(true);
  });

  it('refuse no events, unnamed events, non-object events and unknown keys', () => {
    expect(Value.Check(matchesLogEvents.options, { matches: [] })).toBe(false);
    expect(Value.Check(matchesLogEvents.options, { matches: [{ event: rootSignIn }] })).toBe(false);
    expect(Value.Check(matchesLogEvents.options, { matches: [{ name: '', event: rootSignIn }] })).toBe(false);
    expect(Value.Check(matchesLogEvents.options, { matches: [{ name: 'x', event: 'ConsoleLogin' }] })).toBe(false);
    expect(Value.Check(matchesLogEvents.options, { matches: [{ name: 'x', event: rootSignIn, extra: 1 }] })).toBe(false);
    expect(Value.Check(matchesLogEvents.options, { ...options, ignore: [] })).toBe(false);
  });

  it('compile under the policy compiler\'s strict Ajv', () => {
    const validate = createAjv().compile(matchesLogEvents.options);
    expect(validate(options)).toBe(true);
    expect(validate({ matches: [] })).toBe(false);
  });
});

describe('matchesLogEvents', () => {
  it('is true for a pattern that matches every event and ignores the rest; evidence is the pattern', () => {
    expect(run(CIS_ROOT)).toEqual({ result: true, actual: CIS_ROOT });
  });

  it('is true for an equivalent rewriting of the prescribed text', () => {
    expect(run('{($.eventType!=AwsServiceEvent)&&($.userIdentity.invokedBy NOT EXISTS)&&($.userIdentity.type=Root)}').result).toBe(true);
  });

  it('names the events a pattern misses and the ones it matches wrongly', () => {
    expect(run('{ $.userIdentity.type = "Root" && $.eventName = "ConsoleLogin" }')).toEqual({
      result: false,
      actual: { pattern: '{ $.userIdentity.type = "Root" && $.eventName = "ConsoleLogin" }', missed: ['root API call'], matchedWrongly: [] },
    });
    expect(run('{ $.userIdentity.type = "Root" }')).toEqual({
      result: false,
      actual: { pattern: '{ $.userIdentity.type = "Root" }', missed: [], matchedWrongly: ['AWS service acting for root'] },
    });
  });

  it('needs no ignores', () => {
    expect(run('{ $.userIdentity.type = "Root" }', { matches: options.matches }).result).toBe(true);
  });

  it('reads the empty pattern as matching every event, so ignores catch it', () => {
    expect(run('', { matches: options.matches }).result).toBe(true);
    expect(run('')).toEqual({ result: false, actual: { pattern: '', missed: [], matchedWrongly: ['AWS service acting for root', 'IAM user call'] } });
  });

  it('reports a pattern that does not parse, with the offset', () => {
    expect(run('{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy EXISTS }')).toEqual({
      result: false,
      actual: {
        pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy EXISTS }',
        error: 'parse error at offset 59: expected an operator (=, !=, <, >, <=, >=) or IS NULL, IS TRUE, IS FALSE, NOT EXISTS after $.userIdentity.invokedBy, found "E"',
      },
    });
  });

  it('reports term and space-delimited patterns as not JSON patterns, without crashing', () => {
    for (const pattern of ['Root', '"ConsoleLogin"', '[version, account, eni, source, destination, srcport, destport="22", ...]']) {
      const outcome = run(pattern);
      expect(outcome.result).toBe(false);
      expect(outcome.actual).toEqual({ pattern, error: expect.stringContaining('expected "{" (only JSON filter patterns are evaluated') as unknown });
    }
  });

  it('is false, with a clear reason, for a value that is not a string', () => {
    expect(run(null)).toEqual({ result: false, actual: { pattern: null, error: 'expected a filter pattern string, found null' } });
    expect(run(undefined)).toEqual({ result: false, actual: { pattern: null, error: 'expected a filter pattern string, found null' } });
    expect(run(42)).toEqual({ result: false, actual: { pattern: 42, error: 'expected a filter pattern string, found number' } });
    expect(run(['{ $.a = 1 }']).actual).toEqual({ pattern: ['{ $.a = 1 }'], error: 'expected a filter pattern string, found a list' });
    expect(run({ filterPattern: CIS_ROOT }).actual).toMatchObject({ error: 'expected a filter pattern string, found object' });
  });

  it('works each distinct pattern out once per compiled call', () => {
    const test = matchesLogEvents.compile(options);
    const first = test('{ $.userIdentity.type = "Root" }');
    expect(test('{ $.userIdentity.type = "Root" }')).toBe(first);
    expect(test(CIS_ROOT)).not.toBe(first);
  });
});

describe('matchesLogEvents in a policy', () => {
  const check = {
    path: 'metricFilters',
    some: { fn: 'matchesLogEvents', path: 'filterPattern', with: options },
  };
  const policy = compileSpec({ resource: 'aws.logs.log-group', check });
  const group = (...patterns: string[]) => resource('aws.logs.log-group', {
    data: { metricFilters: patterns.map((filterPattern, i) => ({ filterName: `f${String(i)}`, filterPattern, metricTransformations: [] })) },
  });

  it('passes a log group with a covering filter among others', () => {
    expect(findingFor(policy, group('ERROR', '{ $.eventName = "ConsoleLogin" }', CIS_ROOT)).status).toBe('PASS');
  });

  it('fails a log group without one, with the misses in the evidence', () => {
    const finding = findingFor(policy, group('{ $.userIdentity.type = "Root" }'));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toContainEqual(expect.objectContaining({
      path: 'metricFilters[0].filterPattern',
      op: 'matchesLogEvents',
      actual: { pattern: '{ $.userIdentity.type = "Root" }', missed: [], matchedWrongly: ['AWS service acting for root'] },
      // Evidence names the sample events instead of repeating whole records.
      expected: { matches: options.matches.map((e) => e.name), ignores: options.ignores.map((e) => e.name) },
    }));
  });

  it('is refused at compile time when the options are wrong', () => {
    const errors = diagnoseSpec({ resource: 'aws.logs.log-group', check: { ...check, some: { ...check.some, with: { matches: [] } } } });
    expect(errors.map((e) => e.code)).toContain('POLICY_FUNCTION');
  });
});
