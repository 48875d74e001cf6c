/** Pure mapping from SNS API answers to the aws.sns.topic catalog shape. */
import { tagMap } from '../../answers.js';
import type { GetTopicAttributesCommandOutput, Subscription, Tag } from '@aws-sdk/client-sns';

/** `arn:aws:sns:us-east-1:123456789012:alerts` → `alerts`. */
export function topicName(topicArn: string): string {
  return topicArn.split(':').pop() ?? topicArn;
}

/**
 * GetTopicAttributes answers every value as a string. An absent or unreadable
 * counter reads as 0, toward FAIL; no bundled policy decides from these
 * counters (the CIS audit reads ListSubscriptionsByTopic).
 */
function count(value: string | undefined): number {
  const parsed = Number.parseInt(value ?? '0', 10);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : 0;
}

export const attributePaths = ['displayName', 'kmsMasterKeyId', 'policy', 'fifoTopic', 'subscriptionsConfirmed', 'subscriptionsPending', 'subscriptionsDeleted'] as const;

/**
 * The topic's attributes. `policy` is left out when AWS sends no Policy
 * attribute (every topic has one, so the collector records that as a
 * failure rather than reading it as "no statements").
 */
export function topicAttributes(answer: GetTopicAttributesCommandOutput): Record<string, unknown> {
  const attributes = answer.Attributes ?? {};
  const policy = attributes.Policy;
  return {
    displayName: attributes.DisplayName ?? '',
    kmsMasterKeyId: attributes.KmsMasterKeyId === undefined || attributes.KmsMasterKeyId === '' ? null : attributes.KmsMasterKeyId,
    ...(policy === undefined ? {} : { policy: JSON.parse(policy) as unknown }),
    fifoTopic: attributes.FifoTopic === 'true',
    subscriptionsConfirmed: count(attributes.SubscriptionsConfirmed),
    subscriptionsPending: count(attributes.SubscriptionsPending),
    subscriptionsDeleted: count(attributes.SubscriptionsDeleted),
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
export function subscriptions(listed: readonly Subscription[]): Record<string, unknown>[] {
  return listed
    .filter((s) => s.SubscriptionArn !== 'Deleted')
    .map((s) => {
      const pending = s.SubscriptionArn === undefined || s.SubscriptionArn === 'PendingConfirmation';
      return {
        subscriptionArn: pending ? null : s.SubscriptionArn,
        protocol: s.Protocol ?? '',
        endpoint: endpointOf(s.Protocol, s.Endpoint),
        confirmed: !pending,
        owner: s.Owner ?? '',
      };
    });
}

export function tags(list: readonly Tag[] | undefined): Record<string, string> {
  return tagMap(list);
}
