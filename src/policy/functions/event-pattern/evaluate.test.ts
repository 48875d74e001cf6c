/**
 * Event patterns × events → match or not. First the AWS documentation's own
 * events and patterns, operator by operator (EventBridge User Guide; Event
 * Ruler's README for the operators the guide shows without an event), each
 * with near misses; then the rules the guide states in prose: fields AND,
 * list entries OR, arrays, nesting, types, null and the empty string, exists
 * on leaves, and anything-but on missing fields and arrays.
 */
import { describe, expect, it } from 'vitest';
import { matchesEventPattern } from './evaluate.js';
import { parseEventPattern, type EventPattern } from './parse.js';

function compiled(text: string): EventPattern {
  const result = parseEventPattern(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return result.pattern;
}

const matches = (pattern: string, event: unknown): boolean => matchesEventPattern(compiled(pattern), event);

type Row = readonly [pattern: string, expected: boolean];

function table(event: unknown, rows: readonly Row[]): void {
  it.each(rows)('%s → %s', (pattern, expected) => {
    expect(matches(pattern, event)).toBe(expected);
  });
}

describe('the EventBridge User Guide examples', () => {
  describe('an EC2 state-change event ("Amazon EventBridge event patterns")', () => {
    table({
      version: '0', id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718', 'detail-type': 'EC2 Instance State-change Notification', source: 'aws.ec2',
      account: '111122223333', time: '2017-12-22T18:43:48Z', region: 'us-west-1',
      resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
      detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
    }, [
      ['{ "source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "detail": { "state": ["terminated"] } }', true],
      ['{ "source": ["aws.ec2", "aws.fargate"] }', true],
      ['{ "source": ["aws.ec2"], "detail": { "state": ["running", "pending"] } }', false],
      ['{ "source": ["aws.fargate"], "detail": { "state": ["terminated"] } }', false],
      ['{ "source": ["AWS.EC2"] }', false],
      ['{ "detail": { "state": ["terminated"], "instance-id": ["i-other"] } }', false],
      ['{ "detail": { "missing": ["terminated"] } }', false],
      ['{ "state": ["terminated"] }', false],
    ]);
  });

  describe('null values and empty strings', () => {
    table({
      version: '0', 'detail-type': 'EC2 Instance Launch Successful', source: 'aws.autoscaling', resources: [],
      detail: { eventVersion: '', responseElements: null },
    }, [
      ['{ "detail": { "eventVersion": [""] } }', true],
      ['{ "detail": { "responseElements": [null] } }', true],
      ['{ "source": ["aws.autoscaling"], "detail-type": ["EC2 Instance Launch Successful"], "detail": { "responseElements": [null] } }', true],
      ['{ "detail": { "responseElements": [""] } }', false],
      ['{ "detail": { "eventVersion": [null] } }', false],
      ['{ "detail": { "missing": [null] } }', false],
      ['{ "detail": { "responseElements": [{ "exists": true }] } }', true],
    ]);
  });

  describe('value matching on a Macie alert', () => {
    table({
      source: 'aws.macie', 'detail-type': 'Macie Alert',
      detail: { 'notification-type': 'ALERT_CREATED', tags: ['Custom_Alert', 'Insider'], 'risk-score': 80, trigger: { 'alert-type': 'basic', risk: 8 } },
    }, [
      ['{ "source": ["aws.macie"], "detail-type": ["Macie Alert"], "detail": { "risk-score": [80], "trigger": { "risk": [8] } } }', true],
      ['{ "detail": { "risk-score": [80], "trigger": { "risk": [9] } } }', false],
      ['{ "detail": { "risk-score": ["80"] } }', false],
      ['{ "detail": { "tags": ["Insider"] } }', true],
      ['{ "detail": { "tags": ["Outsider", "Custom_Alert"] } }', true],
      ['{ "detail": { "tags": ["insider"] } }', false],
    ]);
  });

  describe('arrays: the pattern matches when the lists intersect ("Arrays in … event patterns")', () => {
    table({
      resources: [
        'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b-bbf0-401d-b893-d5978ed4a025:autoScalingGroupName/ASGTerminate',
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
      ],
    }, [
      ['{ "resources": ["arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f", "arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f", "arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f"] }', true],
      ['{ "resources": ["arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f"] }', false],
      ['{ "resources": [{ "prefix": "arn:aws:ec2:" }] }', true],
      ['{ "resources": [{ "anything-but": { "prefix": "arn:aws:autoscaling:" } }] }', true],
      ['{ "resources": [{ "anything-but": { "prefix": "arn:aws:" } }] }', false],
    ]);
  });

  describe('content filtering on the documented EC2 event (detail c-count 5, d-count 3, x-limit 301.8, source-ip 10.0.0.33)', () => {
    table({
      version: '0', id: 'ddddd4-aaaa-7777-4444-345dd43cc333', 'detail-type': 'EC2 Instance State-change Notification', source: 'aws.ec2',
      account: '012345679012', time: '2017-10-02T16:24:49Z', region: 'us-east-1',
      resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000'],
      detail: { 'c-count': 5, 'd-count': 3, 'x-limit': 301.8, 'source-ip': '10.0.0.33', 'instance-id': 'i-000000aaaaaa00000', state: 'running' },
    }, [
      // Prefix matching
      ['{ "time": [ { "prefix": "2017-10-02" } ] }', true],
      ['{ "time": [ { "prefix": "2017-10-03" } ] }', false],
      ['{ "detail": { "c-count": [ { "prefix": "5" } ] } }', false],
      ['{ "source": [ "aws.ec2" ], "region": [ { "prefix": "eu-" } ] }', false],
      // Suffix matching (Event Ruler: { "source": [ { "suffix": "ec2" } ] })
      ['{ "source": [ { "suffix": "ec2" } ] }', true],
      ['{ "source": [ { "suffix": "EC2" } ] }', false],
      ['{ "source": [ { "suffix": { "equals-ignore-case": "EC2" } } ] }', true],
      // Equals-ignore-case
      ['{ "source": [ { "equals-ignore-case": "AWS.EC2" } ] }', true],
      ['{ "source": [ { "equals-ignore-case": "AWS.EC" } ] }', false],
      // Anything-but
      ['{ "detail": { "state": [ { "anything-but": "initializing" } ] } }', true],
      ['{ "detail": { "state": [ { "anything-but": "running" } ] } }', false],
      ['{ "detail": { "state": [ { "anything-but": [ "stopped", "overloaded" ] } ] } }', true],
      ['{ "detail": { "state": [ { "anything-but": [ "stopped", "running" ] } ] } }', false],
      ['{ "detail": { "x-limit": [ { "anything-but": 123 } ] } }', true],
      ['{ "detail": { "x-limit": [ { "anything-but": [ 100, 200, 300 ] } ] } }', true],
      ['{ "detail": { "x-limit": [ { "anything-but": [ 301.8 ] } ] } }', false],
      ['{ "detail": { "state": [ { "anything-but": { "prefix": "init" } } ] } }', true],
      ['{ "detail": { "state": [ { "anything-but": { "prefix": "run" } } ] } }', false],
      ['{ "detail": { "state": [ { "anything-but": { "suffix": "ing" } } ] } }', false],
      ['{ "detail": { "state": [ { "anything-but": { "equals-ignore-case": "RUNNING" } } ] } }', false],
      ['{ "detail": { "state": [ { "anything-but": { "equals-ignore-case": ["STOPPED", "PENDING"] } } ] } }', true],
      ['{ "detail": { "state": [ { "anything-but": { "wildcard": "r*g" } } ] } }', false],
      ['{ "detail": { "state": [ { "anything-but": { "wildcard": ["s*", "p*"] } } ] } }', true],
      // Numeric matching
      ['{ "detail": { "c-count": [ { "numeric": [ ">", 0, "<=", 5 ] } ], "d-count": [ { "numeric": [ "<", 10 ] } ], "x-limit": [ { "numeric": [ "=", 3.018e2 ] } ] } }', true],
      ['{ "detail": { "c-count": [ { "numeric": [ ">", 0, "<", 5 ] } ] } }', false],
      ['{ "detail": { "c-count": [ { "numeric": [ ">=", 5 ] } ] } }', true],
      ['{ "detail": { "c-count": [ { "numeric": [ ">", 5 ] } ] } }', false],
      ['{ "detail": { "d-count": [ { "numeric": [ "<", 3 ] } ] } }', false],
      ['{ "detail": { "x-limit": [ { "numeric": [ "=", 301.9 ] } ] } }', false],
      ['{ "detail": { "state": [ { "numeric": [ ">", 0 ] } ] } }', false],
      // IP address matching
      ['{ "detail": { "source-ip": [ { "cidr": "10.0.0.0/24" } ] } }', true],
      ['{ "detail": { "source-ip": [ { "cidr": "10.0.0.0/27" } ] } }', false],
      ['{ "detail": { "source-ip": [ { "cidr": "10.0.1.0/24" } ] } }', false],
      ['{ "detail": { "source-ip": [ { "cidr": "10.0.0.33" } ] } }', true],
      ['{ "detail": { "source-ip": [ { "cidr": "::/0" } ] } }', false],
      // Exists matching
      ['{ "detail": { "c-count": [ { "exists": true } ] } }', true],
      ['{ "detail": { "c-count": [ { "exists": false } ] } }', false],
      ['{ "detail": { "e-count": [ { "exists": false } ] } }', true],
      ['{ "detail": { "e-count": [ { "exists": true } ] } }', false],
      // Wildcard
      ['{ "resources": [ { "wildcard": "arn:aws:ec2:us-east-1:*:instance/*" } ] }', true],
      ['{ "resources": [ { "wildcard": "arn:aws:ec2:us-west-2:*:instance/*" } ] }', false],
      // The complex example
      ['{ "time": [ { "prefix": "2017-10-02" } ], "detail": { "state": [ { "anything-but": "initializing" } ], "c-count": [ { "numeric": [ ">", 0, "<=", 5 ] } ], "d-count": [ { "numeric": [ "<", 10 ] } ], "x-limit": [ { "anything-but": [ 100, 200, 300 ] } ], "source-ip": [ { "cidr": "10.0.0.0/8" } ] } }', true],
      ['{ "time": [ { "prefix": "2017-10-02" } ], "detail": { "state": [ { "anything-but": "initializing" } ], "c-count": [ { "numeric": [ ">", 5 ] } ] } }', false],
    ]);
  });

  describe('exists works on leaves only', () => {
    const pending = { source: 'aws.ec2', detail: { 'instance-id': 'i-abcd1111', state: 'pending' } };
    const noState = { resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-02ebd4584a2ebd341'], detail: { 'c-count': { c1: 100 } } };
    it('matches the documented event that has detail.state, and not the one without', () => {
      expect(matches('{ "detail": { "state": [ { "exists": true } ] } }', pending)).toBe(true);
      expect(matches('{ "detail": { "state": [ { "exists": true } ] } }', noState)).toBe(false);
    });
    it('reads an object as no leaf: exists false matches it, exists true does not', () => {
      expect(matches('{ "detail": { "c-count": [ { "exists": false } ] } }', noState)).toBe(true);
      expect(matches('{ "detail": { "c-count": [ { "exists": true } ] } }', noState)).toBe(false);
      expect(matches('{ "detail": { "c-count": { "c1": [ { "exists": true } ] } } }', noState)).toBe(true);
    });
  });

  describe('operators on single fields (the comparison-operator table)', () => {
    const rows: readonly (readonly [label: string, pattern: string, event: unknown, expected: boolean])[] = [
      ['prefix ignoring case: EventB', '{ "detail": { "service": [ { "prefix": { "equals-ignore-case": "EventB" } } ] } }', { detail: { service: 'EVENTBRIDGE' } }, true],
      ['prefix ignoring case: eventb', '{ "detail": { "service": [ { "prefix": { "equals-ignore-case": "EventB" } } ] } }', { detail: { service: 'eventbridge' } }, true],
      ['prefix ignoring case misses Events', '{ "detail": { "service": [ { "prefix": { "equals-ignore-case": "EventB" } } ] } }', { detail: { service: 'Events' } }, false],
      ['prefix is case sensitive', '{ "service": [ { "prefix": "eventb" } ] }', { service: 'EventBridge' }, false],
      ['suffix .png', '{ "FileName": [ { "suffix": ".png" } ] }', { FileName: 'image.png' }, true],
      ['suffix .png misses .PNG', '{ "FileName": [ { "suffix": ".png" } ] }', { FileName: 'image.PNG' }, false],
      ['suffix ignoring case takes .PNG', '{ "detail": { "FileName": [ { "suffix": { "equals-ignore-case": ".png" } } ] } }', { detail: { FileName: 'IMAGE.PNG' } }, true],
      ['ends with, ignoring case: tbridge', '{ "service": [ { "suffix": { "equals-ignore-case": "tbridge" } } ] }', { service: 'EVENTBRIDGE' }, true],
      ['equals-ignore-case alice', '{ "Name": [ { "equals-ignore-case": "alice" } ] }', { Name: 'Alice' }, true],
      ['equals-ignore-case is whole-value', '{ "Name": [ { "equals-ignore-case": "alice" } ] }', { Name: 'Alicia' }, false],
      ['exact values are case sensitive', '{ "Name": [ "alice" ] }', { Name: 'Alice' }, false],
      ['anything-but suffix .png', '{ "FileName": [ { "anything-but": { "suffix": ".png" } } ] }', { FileName: 'notes.txt' }, true],
      ['anything-but suffix .png, a png', '{ "FileName": [ { "anything-but": { "suffix": ".png" } } ] }', { FileName: 'photo.png' }, false],
      ['anything-but prefix us-', '{ "Region": [ { "anything-but": { "prefix": "us-" } } ] }', { Region: 'eu-west-1' }, true],
      ['anything-but prefix us-, in the US', '{ "Region": [ { "anything-but": { "prefix": "us-" } } ] }', { Region: 'us-east-1' }, false],
      ['anything-but ignoring case: INITIALIZING', '{ "state": [ { "anything-but": { "equals-ignore-case": "initializing" } } ] }', { state: 'INITIALIZING' }, false],
      ['anything-but ignoring case: running', '{ "state": [ { "anything-but": { "equals-ignore-case": "initializing" } } ] }', { state: 'running' }, true],
      ['anything-but wildcard */lib/*: a lib path', '{ "FilePath": [ { "anything-but": { "wildcard": "*/lib/*" } } ] }', { FilePath: '/usr/lib/libc.so' }, false],
      ['anything-but wildcard */lib/*: a bin path', '{ "FilePath": [ { "anything-but": { "wildcard": "*/lib/*" } } ] }', { FilePath: '/usr/bin/env' }, true],
      ['anything-but Raining', '{ "Weather": [ { "anything-but": [ "Raining" ] } ] }', { Weather: 'Sunny' }, true],
      ['numeric = 100', '{ "Price": [ { "numeric": [ "=", 100 ] } ] }', { Price: 100 }, true],
      ['numeric (10, 20]: 20', '{ "Price": [ { "numeric": [ ">", 10, "<=", 20 ] } ] }', { Price: 20 }, true],
      ['numeric (10, 20]: 10', '{ "Price": [ { "numeric": [ ">", 10, "<=", 20 ] } ] }', { Price: 10 }, false],
      ['numeric (10, 20]: 10.000001', '{ "Price": [ { "numeric": [ ">", 10, "<=", 20 ] } ] }', { Price: 10.000001 }, true],
      ['numeric matches JSON numbers only', '{ "Price": [ { "numeric": [ ">", 10 ] } ] }', { Price: '15' }, false],
      ['numeric beyond ±5.0e9 never matches', '{ "n": [ { "numeric": [ ">", 0 ] } ] }', { n: 6e9 }, false],
      ['numeric = and 3.0e2 written differently', '{ "n": [ { "numeric": [ "=", 3.0e2 ] } ] }', { n: 300 }, true],
      ['exists: ProductName', '{ "ProductName": [ { "exists": true } ] }', { ProductName: 'Widget' }, true],
      ['does not exist: ProductName', '{ "ProductName": [ { "exists": false } ] }', { Name: 'Widget' }, true],
      ['wildcard dir/*.png', '{ "FileName": [ { "wildcard": "dir/*.png" } ] }', { FileName: 'dir/photo.png' }, true],
      ['wildcard * crosses "/"', '{ "FileName": [ { "wildcard": "dir/*.png" } ] }', { FileName: 'dir/2024/photo.png' }, true],
      ['wildcard dir/*.png misses a jpg', '{ "FileName": [ { "wildcard": "dir/*.png" } ] }', { FileName: 'dir/photo.jpg' }, false],
      ['wildcard dir/*.png misses another folder', '{ "FileName": [ { "wildcard": "dir/*.png" } ] }', { FileName: 'other/dir/photo.png' }, false],
      ['wildcard * matches nothing too', '{ "FileName": [ { "wildcard": "dir/*.png" } ] }', { FileName: 'dir/.png' }, true],
      ['wildcard *Title*', '{ "t": [ { "wildcard": "*Title*" } ] }', { t: 'A Title Here' }, true],
      ['wildcard pieces may not overlap', '{ "t": [ { "wildcard": "ab*ba" } ] }', { t: 'aba' }, false],
      ['wildcard pieces in order', '{ "t": [ { "wildcard": "*b*a*" } ] }', { t: 'ab' }, false],
      ['wildcard Simple*Service', '{ "source": [ { "wildcard": "Simple*Service" } ] }', { source: 'Simple Queue Service' }, true],
      ['wildcard \\* is a literal star', '{ "t": [ { "wildcard": "a\\\\*b" } ] }', { t: 'a*b' }, true],
      ['wildcard \\* does not match other text', '{ "t": [ { "wildcard": "a\\\\*b" } ] }', { t: 'axb' }, false],
      ['wildcard \\\\ is a literal backslash', '{ "t": [ { "wildcard": "C:\\\\\\\\*" } ] }', { t: 'C:\\Windows' }, true],
      ['wildcard on a number', '{ "n": [ { "wildcard": "1*" } ] }', { n: 123 }, false],
      ['cidr IPv6', '{ "ip": [ { "cidr": "2001:db8::/32" } ] }', { ip: '2001:db8:0:1::5' }, true],
      ['cidr IPv6, upper-case hex', '{ "ip": [ { "cidr": "2001:DB8::/32" } ] }', { ip: '2001:0db8:ffff::' }, true],
      ['cidr IPv6, outside', '{ "ip": [ { "cidr": "2001:db8::/32" } ] }', { ip: '2001:db9::1' }, false],
      ['cidr IPv4 block, IPv6 address', '{ "ip": [ { "cidr": "0.0.0.0/0" } ] }', { ip: '::1' }, false],
      ['cidr on a host name', '{ "ip": [ { "cidr": "0.0.0.0/0" } ] }', { ip: 'cloudtrail.amazonaws.com' }, false],
      ['cidr on an address with leading zeros', '{ "ip": [ { "cidr": "10.0.0.0/8" } ] }', { ip: '010.0.0.1' }, false],
      ['cidr /0 takes every IPv4 address', '{ "ip": [ { "cidr": "0.0.0.0/0" } ] }', { ip: '203.0.113.10' }, true],
    ];
    it.each(rows)('%s', (_label, pattern, event, expected) => {
      expect(matches(pattern, event)).toBe(expected);
    });
  });

  describe('$or (Event Ruler README, "The $or Primitive")', () => {
    const rows: readonly (readonly [label: string, pattern: string, event: unknown, expected: boolean])[] = [
      ['source && (metricName || namespace): metricName', '{ "source": [ "aws.cloudwatch" ], "$or": [ { "metricName": [ "CPUUtilization", "ReadLatency" ] }, { "namespace": [ "AWS/EC2", "AWS/ES" ] } ] }',
        { source: 'aws.cloudwatch', metricName: 'CPUUtilization' }, true],
      ['source && (metricName || namespace): namespace', '{ "source": [ "aws.cloudwatch" ], "$or": [ { "metricName": [ "CPUUtilization", "ReadLatency" ] }, { "namespace": [ "AWS/EC2", "AWS/ES" ] } ] }',
        { source: 'aws.cloudwatch', namespace: 'AWS/ES' }, true],
      ['source && (metricName || namespace): neither', '{ "source": [ "aws.cloudwatch" ], "$or": [ { "metricName": [ "CPUUtilization", "ReadLatency" ] }, { "namespace": [ "AWS/EC2", "AWS/ES" ] } ] }',
        { source: 'aws.cloudwatch', metricName: 'DiskReadOps', namespace: 'AWS/RDS' }, false],
      ['source && (metricName || namespace): wrong source', '{ "source": [ "aws.cloudwatch" ], "$or": [ { "metricName": [ "CPUUtilization" ] }, { "namespace": [ "AWS/EC2" ] } ] }',
        { source: 'aws.ec2', metricName: 'CPUUtilization' }, false],
      ['parallel $or at two levels', '{ "$or": [ { "metricName": [ "CPUUtilization" ] }, { "namespace": [ "AWS/EC2" ] } ], "detail": { "$or": [ { "source": [ "aws.cloudwatch" ] }, { "detail-type": [ "CloudWatch Alarm State Change" ] } ] } }',
        { namespace: 'AWS/EC2', detail: { 'detail-type': 'CloudWatch Alarm State Change' } }, true],
      ['parallel $or: the nested one fails', '{ "$or": [ { "metricName": [ "CPUUtilization" ] }, { "namespace": [ "AWS/EC2" ] } ], "detail": { "$or": [ { "source": [ "aws.cloudwatch" ] }, { "detail-type": [ "CloudWatch Alarm State Change" ] } ] } }',
        { namespace: 'AWS/EC2', detail: { source: 'aws.ec2' } }, false],
      ['an alternative with an AND inside needs all of it', '{ "source": [ "aws.cloudwatch" ], "$or": [ { "metricName": [ "CPUUtilization" ] }, { "metricType": [ "MetricType" ], "namespace": [ "AWS/EC2" ] }, { "scope": [ "Service" ] } ] }',
        { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/ES' }, false],
      ['an alternative with an AND inside', '{ "source": [ "aws.cloudwatch" ], "$or": [ { "metricName": [ "CPUUtilization" ] }, { "metricType": [ "MetricType" ], "namespace": [ "AWS/EC2" ] }, { "scope": [ "Service" ] } ] }',
        { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/EC2' }, true],
      ['nested $or and AND', '{ "source": [ "aws.cloudwatch" ], "$or": [ { "metricName": [ "CPUUtilization" ] }, { "metricType": [ "MetricType" ], "namespace": [ "AWS/EC2" ], "$or": [ { "metricId": [ 1234 ] }, { "spaceId": [ 1000 ] } ] } ] }',
        { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/EC2', spaceId: 1000 }, true],
      ['nested $or and AND: the inner $or fails', '{ "source": [ "aws.cloudwatch" ], "$or": [ { "metricName": [ "CPUUtilization" ] }, { "metricType": [ "MetricType" ], "namespace": [ "AWS/EC2" ], "$or": [ { "metricId": [ 1234 ] }, { "spaceId": [ 1000 ] } ] } ] }',
        { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/EC2', spaceId: 1001 }, false],
      ['$or over exists false', '{ "$or": [ { "errorCode": [ { "exists": false } ] }, { "errorCode": [ "ThrottlingException" ] } ] }', { eventName: 'StopLogging' }, true],
    ];
    it.each(rows)('%s', (_label, pattern, event, expected) => {
      expect(matches(pattern, event)).toBe(expected);
    });
  });
});

describe('the rules stated in prose', () => {
  const rows: readonly (readonly [label: string, pattern: string, event: unknown, expected: boolean])[] = [
    ['all fields must match (AND)', '{ "source": ["aws.signin"], "detail-type": ["AWS API Call via CloudTrail"] }', { source: 'aws.signin', 'detail-type': 'AWS Console Sign In via CloudTrail' }, false],
    ['any entry of a list may match (OR)', '{ "detail-type": ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"] }', { 'detail-type': 'AWS Console Sign In via CloudTrail' }, true],
    ['nesting must match the event\'s', '{ "detail": { "userIdentity": { "type": ["Root"] } } }', { detail: { userIdentity: { type: 'Root' } } }, true],
    ['a flat key is not a nested one', '{ "detail": { "userIdentity": { "type": ["Root"] } } }', { detail: { 'userIdentity.type': 'Root' } }, false],
    ['a missing parent misses', '{ "detail": { "userIdentity": { "type": ["Root"] } } }', { detail: { eventName: 'ConsoleLogin' } }, false],
    ['a string where an object is expected misses', '{ "detail": { "userIdentity": { "type": ["Root"] } } }', { detail: { userIdentity: 'Root' } }, false],
    ['exists false under a missing parent', '{ "detail": { "userIdentity": { "invokedBy": [ { "exists": false } ] } } }', { detail: {} }, true],
    ['exists false under a string parent', '{ "detail": { "userIdentity": { "invokedBy": [ { "exists": false } ] } } }', { detail: { userIdentity: 'Root' } }, true],
    ['a string is not a number', '{ "n": ["5"] }', { n: 5 }, false],
    ['a number is not a string', '{ "n": [5] }', { n: '5' }, false],
    ['a boolean is not its text', '{ "readOnly": [false] }', { readOnly: 'false' }, false],
    ['a boolean matches itself', '{ "readOnly": [false] }', { readOnly: false }, true],
    ['any element of an event array', '{ "a": [2] }', { a: [1, 2, 3] }, true],
    ['arrays inside arrays are flattened', '{ "a": ["x"] }', { a: [['y'], ['x']] }, true],
    ['an empty event array has no value', '{ "a": [ { "exists": true } ] }', { a: [] }, false],
    ['an empty event array: exists false', '{ "a": [ { "exists": false } ] }', { a: [] }, true],
    ['an array of objects: exists true on it', '{ "a": [ { "exists": true } ] }', { a: [{ b: 1 }] }, false],
    ['an empty pattern list matches nothing', '{ "source": [] }', { source: 'aws.ec2' }, false],
    ['anything-but never matches a missing field', '{ "detail": { "errorCode": [ { "anything-but": "AccessDenied" } ] } }', { detail: {} }, false],
    ['anything-but a string matches a number', '{ "x": [ { "anything-but": "5" } ] }', { x: 5 }, true],
    ['anything-but a string matches null', '{ "x": [ { "anything-but": "a" } ] }', { x: null }, true],
    ['anything-but a number matches its text', '{ "x": [ { "anything-but": 5 } ] }', { x: '5' }, true],
    ['anything-but prefix matches a number', '{ "x": [ { "anything-but": { "prefix": "init" } } ] }', { x: 5 }, true],
    ['anything-but [100, 500] matches [100, 50]', '{ "price": [ { "anything-but": [100, 500] } ] }', { price: [100, 50] }, true],
    ['anything-but [100, 500] misses 100', '{ "price": [ { "anything-but": [100, 500] } ] }', { price: 100 }, false],
    ['anything-but [100, 500] misses [100, 500]', '{ "price": [ { "anything-but": [100, 500] } ] }', { price: [100, 500] }, false],
    ['anything-but on an object has no value to judge', '{ "x": [ { "anything-but": "a" } ] }', { x: { y: 'b' } }, false],
    ['field names are case sensitive', '{ "Source": ["aws.ec2"] }', { source: 'aws.ec2' }, false],
    ['an inherited property is not a field', '{ "constructor": [ { "exists": true } ] }', {}, false],
  ];
  it.each(rows)('%s', (_label, pattern, event, expected) => {
    expect(matches(pattern, event)).toBe(expected);
  });

  describe('objects in arrays match one element at a time (Event Ruler README, "JSON Array Matching")', () => {
    const employees = { employees: [{ firstName: 'John', lastName: 'Doe' }, { firstName: 'Anna', lastName: 'Smith' }, { firstName: 'Peter', lastName: 'Jones' }] };
    const grouped = { employees: [[{ firstName: 'John', lastName: 'Doe' }, { firstName: 'Anna', lastName: 'Smith' }], [{ firstName: 'Peter', lastName: 'Jones' }]] };
    table(employees, [
      ['{ "employees": { "firstName": [ "Anna" ] } }', true],
      ['{ "employees": { "firstName": [ "Anna" ], "lastName": [ "Smith" ] } }', true],
      ['{ "employees": { "firstName": [ "Anna" ], "lastName": [ "Jones" ] } }', false],
      ['{ "employees": { "middleName": [ { "exists": false } ] } }', true],
    ]);
    it('flattens arrays of arrays of objects', () => {
      expect(matches('{ "employees": { "firstName": [ "Peter" ] } }', grouped)).toBe(true);
      expect(matches('{ "employees": { "firstName": [ "Anna" ], "lastName": [ "Jones" ] } }', grouped)).toBe(false);
    });
  });

  it('walks deeply nested event arrays without exhausting the stack', () => {
    let deep: unknown = ['needle'];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(matches('{ "a": ["needle"] }', { a: deep })).toBe(true);
  });
});
