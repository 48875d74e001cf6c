/** Each op the evaluator writes as evidence, read back as a sentence; escaping is the destination's. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/schema.js';
import { terminalText } from '../text/terminal.js';
import { markdownCode, markdownText } from '../text/markdown.js';
import { evidenceSentence, type SentenceStyle } from './evidence-sentence.js';

type Evidence = Finding['evidence'][number];

const plain: SentenceStyle = { words: (s) => s, name: (s) => s, value: (s) => s };
const say = (e: Evidence, reasons: NonNullable<Finding['reasons']> = []): string => evidenceSentence(e, plain, reasons);

const fail = (path: string, op: string, actual: unknown, expected: unknown): Evidence => ({ path, op, actual, expected, result: 'fail' });

describe('comparisons', () => {
  it.each([
    [fail('isMultiRegionTrail', 'equals', false, true), 'isMultiRegionTrail is false (expected true)'],
    [fail('eventSelectors[0].readWriteType', 'equals', 'WriteOnly', 'All'), 'eventSelectors[0].readWriteType is "WriteOnly" (expected "All")'],
    [fail('name', 'notEquals', 'b', 'b'), 'name is "b" (expected anything but "b")'],
    [fail('cidr', 'not equals', '0.0.0.0/0', '0.0.0.0/0'), 'cidr is "0.0.0.0/0" (expected anything but "0.0.0.0/0")'],
    [fail('name', 'not notEquals', 'a', 'b'), 'name is "a" (expected "b")'],
    [fail('retentionInDays', 'gte', 30, 365), 'retentionInDays is 30 (expected at least 365)'],
    [fail('fromPort', 'gt', 22, 1024), 'fromPort is 22 (expected more than 1024)'],
    [fail('fromPort', 'lt', 8080, 1024), 'fromPort is 8080 (expected less than 1024)'],
    [fail('fromPort', 'lte', 8080, 1024), 'fromPort is 8080 (expected at most 1024)'],
    [fail('fromPort', 'not lte', 22, 1024), 'fromPort is 22 (expected more than 1024)'],
    [fail('fromPort', 'not gte', 2000, 1024), 'fromPort is 2000 (expected less than 1024)'],
    [fail('fromPort', 'not gt', 2000, 1024), 'fromPort is 2000 (expected at most 1024)'],
    [fail('fromPort', 'not lt', 22, 1024), 'fromPort is 22 (expected at least 1024)'],
    [fail('alarmActions[1]', 'startsWith', 'arn:aws:automate', 'arn:aws:sns:'), 'alarmActions[1] is "arn:aws:automate" (expected to start with "arn:aws:sns:")'],
    [fail('name', 'endsWith', 'logs', '-audit'), 'name is "logs" (expected to end with "-audit")'],
    [fail('name', 'not startsWith', 'tmp-x', 'tmp-'), 'name is "tmp-x" (expected not to start with "tmp-")'],
    [fail('actions', 'contains', ['s3:Get'], 's3:*'), 'actions is ["s3:Get"] (expected to contain "s3:*")'],
    [fail('roleArn', 'matches', 'arn:x', '^arn:aws:iam::'), 'roleArn is "arn:x" (expected to match "^arn:aws:iam::")'],
    [fail('attachedPolicies[0].policyArn', 'not matches', 'arn:aws:iam::aws:policy/AdministratorAccess', 'Admin'), 'attachedPolicies[0].policyArn is "arn:aws:iam::aws:policy/AdministratorAccess" (expected not to match "Admin")'],
    [fail('passwordLastUsed', 'newerThanDays', '2025-11-01T08:00:00.000Z', 45), 'passwordLastUsed is "2025-11-01T08:00:00.000Z" (expected newer than 45 days)'],
    [fail('createDate', 'olderThanDays', '2026-05-30T00:00:00.000Z', 7), 'createDate is "2026-05-30T00:00:00.000Z" (expected older than 7 days)'],
    [fail('excludeManagementEventSources[0]', 'in', 'kms.amazonaws.com', []), 'excludeManagementEventSources[0] "kms.amazonaws.com" is not in the allowed list []'],
    [{ ...fail('engine', 'in', 'aurora', ['aurora']), result: 'pass' as const }, 'engine "aurora" is in the allowed list ["aurora"]'],
    [fail('status', 'notIn', 'Inactive', ['Inactive']), 'status "Inactive" is in the excluded list ["Inactive"]'],
    [fail('acl.grants[1].grantee.uri', 'not in', 'http://acs.amazonaws.com/groups/global/AllUsers', ['http://acs.amazonaws.com/groups/global/AllUsers']), 'acl.grants[1].grantee.uri "http://acs.amazonaws.com/groups/global/AllUsers" is in the excluded list ["http://acs.amazonaws.com/groups/global/AllUsers"]'],
    [fail('cloudWatchLogsLogGroupArn', 'exists', null, true), 'cloudWatchLogsLogGroupArn is absent (expected it to be set)'],
    [fail('passwordLastUsed', 'exists', '2026-04-02T08:00:00.000Z', false), 'passwordLastUsed is "2026-04-02T08:00:00.000Z" (expected it to be absent)'],
    [fail('loginProfile', 'not exists', null, false), 'loginProfile is absent (expected it to be set)'],
    [fail('equals', 'empty', ['iam.amazonaws.com'], true), 'equals is ["iam.amazonaws.com"] (expected it to be empty)'],
    [fail('tags', 'empty', {}, false), 'tags is {} (expected it not to be empty)'],
  ])('%j reads "%s"', (e, sentence) => {
    expect(say(e)).toBe(sentence);
  });
});

describe('functions', () => {
  it.each([
    [fail('policy', 'not grantsPublicAccess', [{ statement: 'PublicRead' }], {}), 'policy grants public access (expected it not to): [{"statement":"PublicRead"}]'],
    [fail('policy', 'deniesInsecureTransport', { statements: 0 }, {}), 'policy does not satisfy "denies insecure transport": {"statements":0}'],
    [fail('(resource)', 'not exposesPortsToInternet', [{ port: 22 }], { ports: [22] }), 'the resource exposes ports to internet (expected it not to): [{"port":22}]'],
  ])('%j reads "%s"', (e, sentence) => {
    expect(say(e)).toBe(sentence);
  });
});

describe('lists and related resources', () => {
  it.each([
    [fail('ingress', 'some', [], 'at least one matching element'), 'ingress is empty (expected at least one matching element)'],
    [fail('aws.cloudtrail.trail', 'some', [], 'at least one matching element'), 'found no aws.cloudtrail.trail (expected at least one matching element)'],
    [{ ...fail('egress', 'every', [], 'every element to match'), result: 'pass' as const }, 'egress is empty (expected every element to match)'],
    [fail('eventSelectors', 'some', 2, 'at least one matching element'), 'none of the 2 elements of eventSelectors matches; the closest is shown'],
    [fail('aws.region', 'some', 3, 'at least one matching element'), 'none of the 3 aws.region matches; the closest is shown'],
    [fail('mfaDevices', 'count gte', 0, 1), 'mfaDevices has 0 (expected at least 1)'],
    [fail('aws.cloudwatch.alarm where metricName = "RootUsage"', 'count gte', 0, 1), 'found 0 aws.cloudwatch.alarm where metricName = "RootUsage" (expected at least 1)'],
    [fail('aws.cloudwatch.alarm.metricName', 'related', null, 'RootUsage'), 'no aws.cloudwatch.alarm with metricName = "RootUsage" was found'],
    [fail('aws.cloudwatch.alarm.metricName+namespace', 'related', null, { metricName: 'RootUsage', namespace: 'CIS' }), 'no aws.cloudwatch.alarm with metricName = "RootUsage" and namespace = "CIS" was found'],
    [fail('aws.account', 'related', null, 'aws.account'), 'no aws.account was found'],
  ])('%j reads "%s"', (e, sentence) => {
    expect(say(e)).toBe(sentence);
  });
});

describe('reads that could not be made', () => {
  const unknown = (path: string, op: string, actual: unknown, expected: unknown): Evidence => ({ path, op, actual, expected, result: 'unknown' });

  it.each([
    [unknown('metricFilters', 'some', null, null), 'could not read metricFilters (AccessDenied)'],
    [unknown('rotationEnabled', 'equals', null, true), 'could not read rotationEnabled'],
    [unknown('aws.s3.bucket.$id', 'related', null, 'cloudtrail-logs'), 'found no aws.s3.bucket with $id = "cloudtrail-logs" in the snapshot, so this could not be decided'],
    [unknown('aws.cloudtrail.trail', 'some', [], 'at least one matching element'), 'found no aws.cloudtrail.trail, but the list may be incomplete'],
    [unknown('aws.s3.bucket where $id = "b"', 'count gte', 0, 1), 'found 0 aws.s3.bucket where $id = "b", but the list may be incomplete'],
  ])('%j reads "%s"', (e, sentence) => {
    expect(say(e, [{ path: 'metricFilters', code: 'AccessDenied', message: 'AccessDenied: not allowed' }])).toBe(sentence);
  });
});

it('a read from a related resource names it first', () => {
  expect(say({ ...fail('actionsEnabled', 'equals', false, true), resource: 'aws.cloudwatch.alarm root-alarm' })).toBe('aws.cloudwatch.alarm root-alarm: actionsEnabled is false (expected true)');
});

it('an op it does not know still says what was expected', () => {
  expect(say(fail('x', 'someday', 1, 2))).toBe('x is 1 (expected someday 2)');
});

describe('escaping is the destination\'s', () => {
  const hostile = 'evil\u001b[2J`|*x*\n::error::';
  const e: Evidence = { ...fail(hostile, 'equals', hostile, 'ok'), resource: hostile };

  it('Markdown: names and values as code, no raw pipe, newline or control character', () => {
    const style: SentenceStyle = { words: markdownText, name: markdownCode, value: markdownCode };
    const cell = evidenceSentence(e, style);
    expect(cell).toContain(markdownCode(hostile));
    expect(cell).toContain(markdownCode(JSON.stringify(hostile)));
    // eslint-disable-next-line no-control-regex -- the assertion is about control characters
    expect(cell).not.toMatch(/[\n\u001b]|(?<!\\)\|/);
  });

  it('terminal: one line, controls shown as escapes', () => {
    const style: SentenceStyle = { words: (s) => s, name: terminalText, value: terminalText };
    const line = evidenceSentence(e, style);
    // eslint-disable-next-line no-control-regex -- the assertion is about control characters
    expect(line).not.toMatch(/[\n\u001b]/);
    expect(line).toContain('evil\\x1b[2J');
  });
});
