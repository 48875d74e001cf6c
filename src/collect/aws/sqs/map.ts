/**
 * Pure mapping from SQS answers to the aws.sqs.queue catalog shape, one
 * reader per attribute (answers.ts), so one attribute AWS left out fails
 * alone.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - KmsMasterKeyId absent or empty is "not SSE-KMS encrypted" (null): SQS
 *   sends it only for a queue with a KMS key.
 * - Policy absent is "no queue policy" (null): SQS sends it only when one
 *   is set.
 * - FifoQueue absent is a standard queue: SQS sends it only for FIFO
 *   queues.
 * - SqsManagedSseEnabled is answered for every queue since SSE-SQS exists
 *   (true or false): absent is unknown, never "not encrypted" and never
 *   "encrypted".
 */
import type { GetQueueAttributesCommandOutput } from '@aws-sdk/client-sqs';
import { emptyToNull, policyDocument, required, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Queue = CatalogData['aws.sqs.queue'];

/** `https://sqs.us-east-1.amazonaws.com/123456789012/orders` → `orders`; empty when the URL ends in no name. */
export function queueName(queueUrl: string): string {
  return queueUrl.split('/').pop() ?? '';
}

/** A "true"/"false" attribute SQS always sends. */
function flag(value: string | undefined, what: string): boolean {
  const answer = required(value, what);
  if (answer !== 'true' && answer !== 'false') throw new UnreadableAnswer('IncompleteResponse', `${what} is "${answer}", not true or false`);
  return answer === 'true';
}

/** The fields GetQueueAttributes fills, for failing them together when it fails. */
export const QUEUE_ATTRIBUTE_FIELDS = ['queueArn', 'fifoQueue', 'kmsMasterKeyId', 'sqsManagedSseEnabled', 'policy'] as const;

export function queueAttributeReaders(answer: GetQueueAttributesCommandOutput): ReadersOf<Queue> {
  const attributes = (): Record<string, string> => required(answer.Attributes, 'Attributes');
  return {
    queueArn: () => text(attributes().QueueArn, 'QueueArn attribute'),
    fifoQueue: () => (attributes().FifoQueue === undefined ? false : flag(attributes().FifoQueue, 'FifoQueue attribute')),
    kmsMasterKeyId: () => emptyToNull(attributes().KmsMasterKeyId),
    sqsManagedSseEnabled: () => flag(attributes().SqsManagedSseEnabled, 'SqsManagedSseEnabled attribute'),
    policy: () => (attributes().Policy === undefined || attributes().Policy === '' ? null : policyDocument(attributes().Policy, 'Policy attribute')),
  };
}
