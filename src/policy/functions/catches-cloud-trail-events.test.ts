/**
 * catchesCloudTrailEvents: the option schema, the outcome and its evidence
 * for catching, missing, wrongly catching, unparsable, absent (scheduled
 * rule) and non-string patterns, realistic rules against the sample records
 * the CIS monitoring policies already hold, and one run through the real
 * policy compiler and engine.
 */
import { readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../resources/validate-data.js';
import { loadPolicies } from '../load.js';
import { compileSpec, diagnoseSpec, findingFor, resource } from '../../../test/policy/harness.js';
import { catchesCloudTrailEvents } from './catches-cloud-trail-events.js';

interface NamedEvent { name: string; event: Record<string, unknown> }

const ROOT = { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' };
const rootSignIn = { eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', eventType: 'AwsConsoleSignIn', awsRegion: 'us-east-1', userIdentity: ROOT };
const rootApiCall = { eventSource: 'iam.amazonaws.com', eventName: 'CreateAccessKey', eventType: 'AwsApiCall', awsRegion: 'us-east-1', userIdentity: ROOT };
const serviceForRoot = { eventSource: 's3.amazonaws.com', eventName: 'GetBucketAcl', eventType: 'AwsApiCall', awsRegion: 'us-east-1', userIdentity: { ...ROOT, invokedBy: 'support.amazonaws.com' } };
const userSignIn = { eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', eventType: 'AwsConsoleSignIn', awsRegion: 'us-east-1', userIdentity: { type: 'IAMUser', userName: 'alice' } };

const options = {
  matches: [{ name: 'root console sign-in', event: rootSignIn }, { name: 'root API call', event: rootApiCall }],
  ignores: [{ name: 'AWS service acting for root', event: serviceForRoot }, { name: 'IAM user sign-in', event: userSignIn }],
};

const ROOT_RULE = '{"detail-type":["AWS API Call via CloudTrail","AWS Console Sign In via CloudTrail"],"detail":{"userIdentity":{"type":["Root"],"invokedBy":[{"exists":false}]}}}';

const run = (value: unknown, with_: Record<string, unknown> = options) => catchesCloudTrailEvents.compile(with_)(value);

describe('catchesCloudTrailEvents options', () => {
  it('accept records to catch and, optionally, records to ignore: the shape matchesLogEvents takes', () => {
    expect(Value.Check(catchesCloudTrailEvents.options, options)).toBe(true);
    expect(Value.Check(catchesCloudTrailEvents.options, { matches: options.matches })).toBe(true);
  });

  it('refuse no records, unnamed records, non-object records and unknown keys', () => {
    expect(Value.Check(catchesCloudTrailEvents.options, { matches: [] })).toBe(false);
    expect(Value.Check(catchesCloudTrailEvents.options, { matches: [{ event: rootSignIn }] })).toBe(false);
    expect(Value.Check(catchesCloudTrailEvents.options, { matches: [{ name: '', event: rootSignIn }] })).toBe(false);
    expect(Value.Check(catchesCloudTrailEvents.options, { matches: [{ name: 'x', event: 'ConsoleLogin' }] })).toBe(false);
    expect(Value.Check(catchesCloudTrailEvents.options, { matches: [{ name: 'x', event: rootSignIn, extra: 1 }] })).toBe(false);
    expect(Value.Check(catchesCloudTrailEvents.options, { ...options, ignore: [] })).toBe(false);
  });

  it('compile under the policy compiler\'s strict Ajv', () => {
    const validate = createAjv().compile(catchesCloudTrailEvents.options);
    expect(validate(options)).toBe(true);
    expect(validate({ matches: [] })).toBe(false);
  });
});

describe('catchesCloudTrailEvents', () => {
  it('is true for a rule that catches every record and ignores the rest; evidence is the pattern', () => {
    expect(run(ROOT_RULE)).toEqual({ result: true, actual: ROOT_RULE });
  });

  it('is true for an equivalent pattern: $or, other field order, whitespace', () => {
    const rewritten = `{
      "detail": { "userIdentity": { "invokedBy": [ { "exists": false } ], "type": [ "Root" ] } },
      "$or": [ { "source": [ "aws.signin" ] }, { "detail-type": [ "AWS API Call via CloudTrail" ] } ]
    }`;
    expect(run(rewritten).result).toBe(true);
  });

  it('names the records a rule misses and the ones it catches wrongly', () => {
    const signInOnly = '{"source":["aws.signin"],"detail-type":["AWS Console Sign In via CloudTrail"],"detail":{"userIdentity":{"type":["Root"]}}}';
    expect(run(signInOnly)).toEqual({ result: false, actual: { pattern: signInOnly, missed: ['root API call'], matchedWrongly: [] } });
    const anyRoot = '{"detail":{"userIdentity":{"type":["Root"]}}}';
    expect(run(anyRoot)).toEqual({ result: false, actual: { pattern: anyRoot, missed: [], matchedWrongly: ['AWS service acting for root'] } });
  });

  it('matches the wrapped event, not the bare record: a pattern written against the record misses', () => {
    const recordShaped = '{"userIdentity":{"type":["Root"]},"eventType":["AwsConsoleSignIn","AwsApiCall"]}';
    expect(run(recordShaped)).toEqual({ result: false, actual: { pattern: recordShaped, missed: ['root console sign-in', 'root API call'], matchedWrongly: [] } });
  });

  it('needs no ignores', () => {
    expect(run('{"detail":{"userIdentity":{"type":["Root"]}}}', { matches: options.matches }).result).toBe(true);
  });

  it('reports a pattern EventBridge would refuse, naming the place', () => {
    const pattern = '{"detail":{"userIdentity":{"type":"Root"}}}';
    expect(run(pattern)).toEqual({
      result: false,
      actual: {
        pattern,
        error: 'invalid event pattern at detail.userIdentity.type: a field\'s value must be a list of values to match (e.g. ["Root"]) or an object of fields; found the string "Root"',
      },
    });
    expect(run('{"source": ["aws.signin"]').actual).toEqual({ pattern: '{"source": ["aws.signin"]', error: expect.stringMatching(/^invalid event pattern: not valid JSON \(/) as unknown });
  });

  it('is false, with a reason and no error thrown, for a rule without a pattern (a scheduled rule)', () => {
    const reason = { result: false, actual: { pattern: null, error: 'the rule has no event pattern (a scheduled rule), so it catches no events' } };
    expect(run(null)).toEqual(reason);
    expect(run(undefined)).toEqual(reason);
  });

  it('is false, with a clear reason, for a value that is not JSON text', () => {
    expect(run(42)).toEqual({ result: false, actual: { pattern: 42, error: 'expected an event pattern as JSON text, found number' } });
    expect(run(['{}']).actual).toEqual({ pattern: ['{}'], error: 'expected an event pattern as JSON text, found a list' });
    expect(run({ source: ['aws.signin'] }).actual).toMatchObject({ error: 'expected an event pattern as JSON text, found object' });
  });

  it('works each distinct pattern out once per compiled call', () => {
    const test = catchesCloudTrailEvents.compile(options);
    const first = test('{"detail":{"userIdentity":{"type":["Root"]}}}');
    expect(test('{"detail":{"userIdentity":{"type":["Root"]}}}')).toBe(first);
    expect(test(ROOT_RULE)).not.toBe(first);
  });
});

describe('realistic rules against the CIS monitoring policies\' own sample records', () => {
  const ids = ['aws-cloudwatch-alarm-root-usage', 'aws-cloudwatch-alarm-cloudtrail-changes'];
  const { policies, errors } = loadPolicies(ids.map((id) => {
    const file = `policies/aws/cloudwatch/${id}.yaml`;
    return { file, text: readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'), origin: 'bundled' as const };
  }));
  /** The `with` of a policy's cis-monitoring-chain, the first member of its check's any: the records both chains are judged by. */
  const samples = (id: string) => {
    const check = (policies.find((p) => p.document.id === id)?.document.check as { any?: { with?: { matches?: NamedEvent[]; ignores?: NamedEvent[] } }[] } | undefined)?.any?.[0];
    const matches = check?.with?.matches;
    if (matches === undefined) throw new Error(`${id}: no sample records`);
    return { matches, ignores: check?.with?.ignores ?? [] };
  };
  const judge = (id: string, pattern: string) => catchesCloudTrailEvents.compile(samples(id))(pattern);

  it('load from the policies', () => {
    expect(errors).toEqual([]);
    expect(samples('aws-cloudwatch-alarm-root-usage').matches.map((e) => e.name)).toEqual(['root console sign-in', 'root iam CreateAccessKey']);
  });

  describe('root user activity (CIS 5.3)', () => {
    const signInRule = '{"source":["aws.signin"],"detail-type":["AWS Console Sign In via CloudTrail"],"detail":{"userIdentity":{"type":["Root"]}}}';

    it('the console sign-in rule AWS shows first catches the root sign-in record', () => {
      const signIn = samples('aws-cloudwatch-alarm-root-usage').matches.filter((e) => e.name === 'root console sign-in');
      expect(catchesCloudTrailEvents.compile({ matches: signIn })(signInRule)).toEqual({ result: true, actual: signInRule });
    });

    it('but misses root API calls, which the control also counts', () => {
      expect(judge('aws-cloudwatch-alarm-root-usage', signInRule).actual).toEqual({ pattern: signInRule, missed: ['root iam CreateAccessKey'], matchedWrongly: [] });
    });

    it('a rule on sign-ins and API calls by root, not on a service\'s behalf, meets the whole control', () => {
      expect(judge('aws-cloudwatch-alarm-root-usage', ROOT_RULE).result).toBe(true);
    });

    const nearMisses: readonly (readonly [label: string, pattern: string, missed: readonly string[], matchedWrongly: readonly string[]])[] = [
      ['"root" in the wrong case', '{"detail-type":["AWS API Call via CloudTrail","AWS Console Sign In via CloudTrail"],"detail":{"userIdentity":{"type":["root"]}}}',
        ['root console sign-in', 'root iam CreateAccessKey'], []],
      ['the guide\'s "Signin" spelling of the detail-type', '{"detail-type":["AWS API Call via CloudTrail","AWS Console Signin via CloudTrail"],"detail":{"userIdentity":{"type":["Root"],"invokedBy":[{"exists":false}]}}}',
        ['root console sign-in'], []],
      ['no invokedBy filter', '{"detail-type":["AWS API Call via CloudTrail","AWS Console Sign In via CloudTrail"],"detail":{"userIdentity":{"type":["Root"]}}}',
        [], ['action a service took for the root user (invokedBy)']],
      ['every detail-type', '{"detail":{"userIdentity":{"type":["Root"],"invokedBy":[{"exists":false}]}}}',
        [], ['AwsServiceEvent recorded with the root identity']],
      ['the source field given the eventSource value', '{"source":["signin.amazonaws.com"],"detail":{"userIdentity":{"type":["Root"]}}}',
        ['root console sign-in', 'root iam CreateAccessKey'], []],
    ];
    it.each(nearMisses)('fails a near miss: %s', (_label, pattern, missed, matchedWrongly) => {
      expect(judge('aws-cloudwatch-alarm-root-usage', pattern)).toEqual({ result: false, actual: { pattern, missed, matchedWrongly } });
    });
  });

  describe('CloudTrail configuration changes (CIS 5.5)', () => {
    const trailRule = '{"source":["aws.cloudtrail"],"detail":{"eventName":["StopLogging","DeleteTrail","UpdateTrail","CreateTrail","StartLogging"]}}';

    it('a rule on the five changes catches them and not the reads', () => {
      expect(judge('aws-cloudwatch-alarm-cloudtrail-changes', trailRule)).toEqual({ result: true, actual: trailRule });
    });

    const equivalents: readonly (readonly [label: string, pattern: string])[] = [
      ['the event source inside detail, writes only', '{"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["cloudtrail.amazonaws.com"],"readOnly":[false]}}'],
      ['wildcard and suffix', '{"source":[{"prefix":"aws.cloud"}],"detail":{"eventName":[{"wildcard":"*Trail"},{"suffix":"Logging"}]}}'],
      ['$or over names', '{"source":["aws.cloudtrail"],"detail":{"$or":[{"eventName":[{"suffix":"Logging"}]},{"eventName":["CreateTrail","UpdateTrail","DeleteTrail"]}]}}'],
    ];
    it.each(equivalents)('passes an equivalent rule: %s', (_label, pattern) => {
      expect(judge('aws-cloudwatch-alarm-cloudtrail-changes', pattern)).toEqual({ result: true, actual: pattern });
    });

    const nearMisses: readonly (readonly [label: string, pattern: string, missed: readonly string[], matchedWrongly: readonly string[]])[] = [
      ['StartLogging left out', '{"source":["aws.cloudtrail"],"detail":{"eventName":["StopLogging","DeleteTrail","UpdateTrail","CreateTrail"]}}',
        ['cloudtrail StartLogging'], []],
      ['every CloudTrail call', '{"source":["aws.cloudtrail"]}',
        [], ['cloudtrail DescribeTrails', 'cloudtrail GetTrailStatus']],
      ['anything but Describe*', '{"source":["aws.cloudtrail"],"detail":{"eventName":[{"anything-but":{"prefix":"Describe"}}]}}',
        [], ['cloudtrail GetTrailStatus']],
      ['the console sign-in detail-type', '{"source":["aws.cloudtrail"],"detail-type":["AWS Console Sign In via CloudTrail"]}',
        ['cloudtrail CreateTrail', 'cloudtrail UpdateTrail', 'cloudtrail DeleteTrail', 'cloudtrail StartLogging', 'cloudtrail StopLogging'], []],
      ['eventName at the top level', '{"source":["aws.cloudtrail"],"eventName":["StopLogging","DeleteTrail","UpdateTrail","CreateTrail","StartLogging"]}',
        ['cloudtrail CreateTrail', 'cloudtrail UpdateTrail', 'cloudtrail DeleteTrail', 'cloudtrail StartLogging', 'cloudtrail StopLogging'], []],
    ];
    it.each(nearMisses)('fails a near miss: %s', (_label, pattern, missed, matchedWrongly) => {
      expect(judge('aws-cloudwatch-alarm-cloudtrail-changes', pattern)).toEqual({ result: false, actual: { pattern, missed, matchedWrongly } });
    });
  });
});

describe('catchesCloudTrailEvents in a policy', () => {
  // No catalog type holds EventBridge rules yet (issue 18 adds aws.events.rule); a nullable
  // string field of another type carries the pattern, so this runs the function through the
  // real compiler and engine without claiming alarms have event patterns.
  const check = { fn: 'catchesCloudTrailEvents', path: 'alarmDescription', with: options };
  const policy = compileSpec({ resource: 'aws.cloudwatch.alarm', check });
  const carrying = (pattern: string | null) => resource('aws.cloudwatch.alarm', { data: { alarmDescription: pattern } });

  it('passes a covering pattern', () => {
    expect(findingFor(policy, carrying(ROOT_RULE)).status).toBe('PASS');
  });

  it('fails a pattern that misses, with the misses in the evidence', () => {
    const pattern = '{"detail":{"userIdentity":{"type":["Root"]}}}';
    const finding = findingFor(policy, carrying(pattern));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toContainEqual(expect.objectContaining({
      path: 'alarmDescription',
      op: 'catchesCloudTrailEvents',
      actual: { pattern, missed: [], matchedWrongly: ['AWS service acting for root'] },
      // Evidence names the sample records instead of repeating them.
      expected: { matches: options.matches.map((e) => e.name), ignores: options.ignores.map((e) => e.name) },
    }));
  });

  it('fails, not errors, when there is no pattern', () => {
    expect(findingFor(policy, carrying(null)).status).toBe('FAIL');
  });

  it('is refused at compile time when the options are wrong', () => {
    const errors = diagnoseSpec({ resource: 'aws.cloudwatch.alarm', check: { ...check, with: { matches: [] } } });
    expect(errors.map((e) => e.code)).toContain('POLICY_FUNCTION');
  });
});
