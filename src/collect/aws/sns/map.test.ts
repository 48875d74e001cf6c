import { describe, expect, it } from 'vitest';
import { readFields, UnreadableAnswer } from '../../answers.js';
import { endpointOf, subscriptions, tags, topicAttributeReaders, topicName } from './map.js';
import type { GetTopicAttributesCommandOutput } from '@aws-sdk/client-sns';

const read = (answer: GetTopicAttributesCommandOutput) => readFields(topicAttributeReaders(answer));

const arn = 'arn:aws:sns:us-east-1:123456789012:alerts';

describe('sns mapping', () => {
  it('names a topic by the last part of its ARN', () => {
    expect(topicName(arn)).toBe('alerts');
    expect(topicName('arn:aws:sns:us-east-1:123456789012:orders.fifo')).toBe('orders.fifo');
  });

  it('turns string counts into integers, parses the policy and spells "not encrypted" as null', () => {
    const policy = { Version: '2012-10-17', Statement: [] };
    expect(read({ $metadata: {}, Attributes: { TopicArn: arn, Policy: JSON.stringify(policy), SubscriptionsConfirmed: '3', SubscriptionsPending: '0', SubscriptionsDeleted: '12', KmsMasterKeyId: '' } })).toEqual({
      fields: { displayName: '', kmsMasterKeyId: null, policy, fifoTopic: false, subscriptionsConfirmed: 3, subscriptionsPending: 0, subscriptionsDeleted: 12 },
      unreadable: [],
    });
    expect(read({ $metadata: {}, Attributes: { KmsMasterKeyId: 'alias/aws/sns', FifoTopic: 'true', Policy: '{}', SubscriptionsConfirmed: '0', SubscriptionsPending: '0', SubscriptionsDeleted: '0' } }).fields)
      .toMatchObject({ kmsMasterKeyId: 'alias/aws/sns', fifoTopic: true });
  });

  it('fails only the attribute that is missing or malformed, never guessing it', () => {
    const { fields, unreadable } = read({ $metadata: {}, Attributes: { Policy: '{not json', SubscriptionsConfirmed: 'many', SubscriptionsPending: '0' } });
    expect(fields).toEqual({ displayName: '', kmsMasterKeyId: null, fifoTopic: false, subscriptionsPending: 0 });
    expect(unreadable.map((u) => [u.path, u.code])).toEqual([
      ['policy', 'InvalidPolicyDocument'], ['subscriptionsConfirmed', 'IncompleteResponse'], ['subscriptionsDeleted', 'IncompleteResponse'],
    ]);
    // No Attributes map at all: every attribute is unknown, none defaulted.
    expect(read({ $metadata: {} }).unreadable).toHaveLength(7);
  });

  it('makes pending subscriptions unconfirmed with a null ARN and drops deleted placeholders', () => {
    expect(subscriptions([
      { SubscriptionArn: `${arn}:1`, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:123456789012:q', Owner: '123456789012', TopicArn: arn },
      { SubscriptionArn: 'PendingConfirmation', Protocol: 'email', Endpoint: 'a@example.com', Owner: '123456789012', TopicArn: arn },
      { SubscriptionArn: 'Deleted', Protocol: 'email', Endpoint: 'b@example.com', Owner: '123456789012', TopicArn: arn },
    ])).toEqual([
      { subscriptionArn: `${arn}:1`, protocol: 'sqs', endpoint: 'arn:aws:sqs:us-east-1:123456789012:q', confirmed: true, owner: '123456789012' },
      { subscriptionArn: null, protocol: 'email', endpoint: 'a@example.com', confirmed: false, owner: '123456789012' },
    ]);
  });

  it('reads a subscription without a known protocol or its owner as unreadable, not as "" (which the catalog does not admit)', () => {
    expect(() => subscriptions([{ SubscriptionArn: `${arn}:1`, Protocol: 'carrier-pigeon', Endpoint: 'x', Owner: '123456789012', TopicArn: arn }])).toThrow(UnreadableAnswer);
    expect(() => subscriptions([{ SubscriptionArn: `${arn}:1`, Protocol: 'sqs', Endpoint: 'x', TopicArn: arn }])).toThrow(UnreadableAnswer);
  });

  it('turns tag lists into maps', () => {
    expect(tags([{ Key: 'a', Value: '1' }, { Key: 'b', Value: '' }])).toEqual({ a: '1', b: '' });
    expect(tags(undefined)).toEqual({});
  });

  it('keeps only the scheme and host of an HTTP(S) endpoint, whose path and query may hold a secret', () => {
    expect(endpointOf('https', 'https://hooks.example.com/services/T000/B000/XXXXSECRET?token=abc')).toBe('https://hooks.example.com/…');
    expect(endpointOf('http', 'http://user:pass@alerts.example.com:8080/in')).toBe('http://alerts.example.com:8080/…');
    expect(endpointOf('https', 'not a url')).toBe('(unparsable URL, not recorded)');
    expect(endpointOf('email', 'soc@example.com')).toBe('soc@example.com');
    expect(endpointOf('sqs', undefined)).toBe('');
  });
});
