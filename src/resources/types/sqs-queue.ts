import { defineResourceType } from '../define.js';
import { bool, nullable, obj, policyDocument, str } from '../fields.js';

export const sqsQueue = defineResourceType({
  type: 'aws.sqs.queue',
  service: 'sqs',
  scope: 'regional',
  awsTypes: ['AWS::SQS::Queue'],
  description: 'An SQS queue with its server-side encryption and access policy.',
  idDescription: 'the queue name (the URL and ARN are in data)',
  data: obj({
    queueUrl: str('Queue URL (ListQueues QueueUrls[]), which names the queue in every SQS call.'),
    name: str('Queue name, the last part of the URL.'),
    queueArn: str('Queue ARN (GetQueueAttributes QueueArn).'),
    fifoQueue: bool('Whether this is a FIFO queue (GetQueueAttributes FifoQueue, which SQS sends only for FIFO queues; a FIFO queue\'s name ends in .fifo).'),
    kmsMasterKeyId: nullable(str('KMS key id, alias or ARN that encrypts messages (SSE-KMS; GetQueueAttributes KmsMasterKeyId); null when the attribute is absent or empty, i.e. the queue is not SSE-KMS encrypted.')),
    sqsManagedSseEnabled: bool('Whether messages are encrypted with SQS owned keys (SSE-SQS; GetQueueAttributes SqsManagedSseEnabled). A queue encrypted with KMS answers false here.'),
    policy: nullable(policyDocument('Queue access policy (GetQueueAttributes Policy); null when the queue has none, so only IAM policies of its own account grant access.')),
  }, 'SQS queue settings.'),
  example: {
    queueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders',
    name: 'orders',
    queueArn: 'arn:aws:sqs:us-east-1:123456789012:orders',
    fifoQueue: false,
    kmsMasterKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    sqsManagedSseEnabled: false,
    policy: {
      Version: '2012-10-17',
      Statement: [{
        Sid: 'OrdersTopic',
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: 'arn:aws:sqs:us-east-1:123456789012:orders',
        Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:orders' } },
      }],
    },
  },
});
