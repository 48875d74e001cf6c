/** The EventBridge mapping's readings of what an answer holds or leaves out. */
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { arnService, busDetailFields, ruleId, targets } from './map.js';

describe('arnService', () => {
  it.each([
    ['arn:aws:sns:us-east-1:123456789012:alerts', 'sns'],
    ['arn:aws:lambda:us-east-1:123456789012:function:f', 'lambda'],
    ['arn:aws:states:us-east-1:123456789012:stateMachine:s', 'states'],
    ['arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:/aws/events/x', 'logs'],
    ['arn:aws:events:us-east-1:123456789012:api-destination/pager/1a2b', 'events'],
  ])('%s is a %s target', (arn, service) => {
    expect(arnService(arn)).toBe(service);
  });

  it.each(['', 'sns', 'arn:aws::us-east-1:123456789012:x', 'arn:aws:sns'])('"%s" is unreadable, never a service', (arn) => {
    expect(() => arnService(arn)).toThrow(/has no service part/);
  });
});

describe('busDetailFields', () => {
  it('reads absent settings as none, and a dead-letter config without its queue as unreadable', () => {
    const read = readFields(busDetailFields({ DeadLetterConfig: {} }));
    expect(read.fields).toEqual({ description: null, policy: null, kmsKeyIdentifier: null });
    expect(read.unreadable).toEqual([{ path: 'deadLetterArn', code: 'IncompleteResponse', message: 'the answer has no DeadLetterConfig.Arn' }]);
  });
});

describe('targets', () => {
  it('reads a transformer without its template as unreadable at the target, not as "no transformer"', () => {
    const read = readFields({ targets: () => targets([{ Id: 't', Arn: 'arn:aws:sqs:us-east-1:123456789012:q', InputTransformer: { InputTemplate: undefined } }]) });
    expect(read.fields).toEqual({ targets: [{}] });
    expect(read.unreadable).toEqual([{ path: 'targets[0]', code: 'IncompleteResponse', message: 'targets[0]: the answer has no InputTransformer.InputTemplate' }]);
  });
});

describe('ruleId', () => {
  it('is the part of the rule ARN after "rule/"', () => {
    expect(ruleId('default', 'root-sign-in')).toBe('root-sign-in');
    expect(ruleId('security', 'root-sign-in')).toBe('security/root-sign-in');
  });
});
