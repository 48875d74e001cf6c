/** Pure mapping from SNS API answers to the aws.sns.topic catalog shape. */
import { emptyToNull, knownValue, policyDocument, required, tagMap, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { GetTopicAttributesCommandOutput, Subscription, Tag } from '@aws-sdk/client-sns';

type Topic = CatalogData['aws.sns.topic'];

/** `arn:aws:sns:us-east-1:123456789012:alerts` → `alerts`. */
export function topicName(topicArn: string): string {
  return topicArn.split(':').pop() ?? topicArn;
}

/** A counter GetTopicAttributes always sends, as a string: absent or not a count is unreadable, never 0. */
function count(value: string | undefined, what: string): number {
  const text = required(value, what);
  if (!/^[0-9]+$/.test(text)) throw new UnreadableAnswer('IncompleteResponse', `${what} is "${text}", not a count`);
  return Number.parseInt(text, 10);
}

export const attributePaths = ['displayName', 'kmsMasterKeyId', 'policy', 'fifoTopic', 'subscriptionsConfirmed', 'subscriptionsPending', 'subscriptionsDeleted'] as const;

/**
 * One reader per attribute, so one that is missing or malformed fails alone.
 * Kept defaults, each as the SNS API reference documents the attribute:
 * DisplayName absent is no display name; KmsMasterKeyId is sent only for an
 * encrypted topic; FifoTopic only for a FIFO topic. Policy and the three
 * counters are always sent: absent, or a policy that is not JSON, is
 * unreadable. No bundled policy decides from the counters (the CIS audit
 * reads ListSubscriptionsByTopic).
 */
export function topicAttributeReaders(answer: GetTopicAttributesCommandOutput): ReadersOf<Topic> {
  const attributes = (): Record<string, string> => required(answer.Attributes, 'Attributes');
  return {
    displayName: () => attributes().DisplayName ?? '',
    kmsMasterKeyId: () => emptyToNull(attributes().KmsMasterKeyId),
    policy: () => policyDocument(attributes().Policy, 'Policy attribute'),
    fifoTopic: () => attributes().FifoTopic === 'true',
    subscriptionsConfirmed: () => count(attributes().SubscriptionsConfirmed, 'SubscriptionsConfirmed attribute'),
    subscriptionsPending: () => count(attributes().SubscriptionsPending, 'SubscriptionsPending attribute'),
    subscriptionsDeleted: () => count(attributes().SubscriptionsDeleted, 'SubscriptionsDeleted attribute'),
  };
}

/**
 * An HTTP(S) subscription's URL often carries a secret — a webhook token in
 * the path, an integration key, a signature in the query — and snapshots are
 * shared with auditors: only the scheme and host are kept. Other endpoints
 * (ARNs, e-mail addresses, phone numbers) are kept as AWS lists them.
 */
export function endpointOf(protocol: string | undefined, endpoint: string | undefined): string {
  if (endpoint === undefined) return '';
  if (protocol !== 'http' && protocol !== 'https') return endpoint;
  try {
    return `${new URL(endpoint).origin}/…`;
  } catch {
    return '(unparsable URL, not recorded)';
  }
}

/**
 * ListSubscriptionsByTopic names an unconfirmed subscription's ARN
 * "PendingConfirmation" and keeps placeholders ("Deleted") for removed ones:
 * the first become unconfirmed with a null ARN, the second are dropped.
 */
export function subscriptions(listed: readonly Subscription[]): Topic['subscriptions'] {
  return listed
    .filter((s) => s.SubscriptionArn !== 'Deleted')
    .map((s) => {
      const pending = s.SubscriptionArn === undefined || s.SubscriptionArn === 'PendingConfirmation';
      return {
        subscriptionArn: pending ? null : (s.SubscriptionArn ?? null),
        // A protocol or owner missing or unknown is unreadable: the catalog admits neither "" nor a guess.
        protocol: knownValue(s.Protocol, ['http', 'https', 'email', 'email-json', 'sms', 'sqs', 'application', 'lambda', 'firehose'], 'Subscription.Protocol'),
        endpoint: endpointOf(s.Protocol, s.Endpoint),
        confirmed: !pending,
        owner: required(s.Owner, 'Subscription.Owner'),
      };
    });
}

export function tags(list: readonly Tag[] | undefined): Record<string, string> {
  return tagMap(list);
}
