import { defineResourceType } from '../define.js';
import { bool, nullable, obj, oneOf, str, timestamp } from '../fields.js';

export const kafkaconnectConnector = defineResourceType({
  type: 'aws.kafkaconnect.connector',
  service: 'kafkaconnect',
  scope: 'regional',
  awsTypes: ['AWS::KafkaConnect::Connector'],
  description: 'An MSK Connect connector with the encryption of its connection to the Kafka cluster, how it authenticates there, and where its workers\' logs go.',
  idDescription: 'the connector name (the ARN is on the resource)',
  data: obj({
    name: str('Connector name (connectorName).'),
    state: oneOf(['CREATING', 'DELETING', 'FAILED', 'PAUSED', 'PAUSING', 'RESTARTING', 'RESUMING', 'RUNNING', 'UPDATING'], 'Connector state (connectorState).'),
    createdAt: timestamp('When the connector was created (creationTime).'),
    encryptionInTransit: oneOf(['PLAINTEXT', 'TLS'], 'Whether the connector talks to its Kafka cluster over TLS (kafkaClusterEncryptionInTransit.encryptionType).'),
    authenticationType: oneOf(['NONE', 'IAM'], 'How the connector authenticates to its Kafka cluster (kafkaClusterClientAuthentication.authenticationType).'),
    cloudWatchLogsEnabled: bool('Whether worker logs go to CloudWatch Logs (logDelivery.workerLogDelivery.cloudWatchLogs.enabled); false when the connector has no log delivery.'),
    cloudWatchLogGroup: nullable(str('Log group the worker logs go to (cloudWatchLogs.logGroup); null when they do not go to CloudWatch Logs.')),
    firehoseEnabled: bool('Whether worker logs go to a Firehose delivery stream (workerLogDelivery.firehose.enabled); false when the connector has no log delivery.'),
    s3Enabled: bool('Whether worker logs go to S3 (workerLogDelivery.s3.enabled); false when the connector has no log delivery.'),
  }, 'MSK Connect connector settings.'),
  example: {
    name: 'orders-sink',
    state: 'RUNNING',
    createdAt: '2025-06-01T09:00:00.000Z',
    encryptionInTransit: 'TLS',
    authenticationType: 'IAM',
    cloudWatchLogsEnabled: true,
    cloudWatchLogGroup: '/msk-connect/orders-sink',
    firehoseEnabled: false,
    s3Enabled: false,
  },
});
