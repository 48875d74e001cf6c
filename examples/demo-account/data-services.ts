/**
 * SQS queues: what producers and consumers exchange, each with its
 * encryption and access policy.
 */
import { sqsQueue } from '../../src/resources/types/sqs-queue.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, demo, keys, make, type DemoRegion, type Overrides } from './demo.js';

function queue(region: DemoRegion, name: string, data: Overrides<typeof sqsQueue>): Resource {
  const queueArn = arn.in('sqs', region, name);
  return make(sqsQueue, {
    id: name, region, arn: queueArn, tags: { team: 'orders' },
    data: { queueUrl: `https://sqs.${region}.amazonaws.com/${demo.account}/${name}`, name, queueArn, ...data },
  });
}

export function sqsQueues(): Resource[] {
  return [
    // Compliant: SSE-KMS with the application key; only the orders topic may send (SQS.1, SQS.3 pass).
    queue('us-east-1', 'order-events', {
      kmsMasterKeyId: keys.appData, sqsManagedSseEnabled: false,
      policy: {
        Version: '2012-10-17',
        Statement: [{
          Sid: 'OrdersTopic', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: arn.in('sqs', 'us-east-1', 'order-events'),
          Condition: { ArnEquals: { 'aws:SourceArn': arn.sns('us-east-1', 'order-events') } },
        }],
      },
    }),
    // Edge case: Principal "*" limited to one source bucket is not public; SSE-SQS (no KMS key) is encrypted. Both pass.
    queue('us-east-1', 'upload-notifications.fifo', {
      fifoQueue: true, kmsMasterKeyId: null, sqsManagedSseEnabled: true,
      policy: {
        Version: '2012-10-17',
        Statement: [{
          Sid: 'UploadsBucket', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: arn.in('sqs', 'us-east-1', 'upload-notifications.fifo'),
          Condition: { ArnLike: { 'aws:SourceArn': arn.s3('acme-uploads-prod') } },
        }],
      },
    }),
    // Non-compliant: created before SSE-SQS was the default and never encrypted (SQS.1 fails), and anyone may
    // send — a TLS-only condition limits how, not who (SQS.3 fails).
    queue('eu-west-1', 'legacy-webhooks', {
      kmsMasterKeyId: null, sqsManagedSseEnabled: false,
      policy: {
        Version: '2012-10-17',
        Statement: [{
          Sid: 'AnyoneOverTls', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: arn.in('sqs', 'eu-west-1', 'legacy-webhooks'),
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        }],
      },
    }),
    // No queue policy: only the account's own IAM principals can use it (SQS.3 passes), SSE-SQS on.
    queue('eu-west-1', 'report-jobs', { kmsMasterKeyId: null, sqsManagedSseEnabled: true, policy: null }),
  ];
}
