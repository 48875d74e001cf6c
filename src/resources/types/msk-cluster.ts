import { defineResourceType } from '../define.js';
import { bool, nullable, obj, oneOf, str, timestamp } from '../fields.js';

export const mskCluster = defineResourceType({
  type: 'aws.msk.cluster',
  service: 'kafka',
  scope: 'regional',
  awsTypes: ['AWS::MSK::Cluster', 'AWS::MSK::ServerlessCluster'],
  description: 'An Amazon MSK (Managed Streaming for Apache Kafka) cluster, provisioned or serverless, with its encryption in transit, public access and client authentication.',
  idDescription: 'the cluster name (the ARN is on the resource)',
  data: obj({
    name: str('Cluster name (ClusterName).'),
    clusterType: oneOf(['PROVISIONED', 'SERVERLESS'], 'Kind of cluster (ClusterType).'),
    state: oneOf(['ACTIVE', 'CREATING', 'DELETING', 'FAILED', 'HEALING', 'MAINTENANCE', 'REBOOTING_BROKER', 'UPDATING'], 'Cluster state (State).'),
    createdAt: timestamp('When the cluster was created (CreationTime).'),
    kafkaVersion: nullable(str('Apache Kafka version of the brokers (Provisioned.CurrentBrokerSoftwareInfo.KafkaVersion); null for a serverless cluster, which has no broker version to choose.')),
    inClusterEncryption: nullable(bool('Whether the brokers talk to each other over TLS (Provisioned.EncryptionInfo.EncryptionInTransit.InCluster); null for a serverless cluster, where this is not a setting.')),
    clientBrokerEncryption: nullable(oneOf(['TLS', 'TLS_PLAINTEXT', 'PLAINTEXT'], 'Which connections clients may open to the brokers (Provisioned.EncryptionInfo.EncryptionInTransit.ClientBroker); null for a serverless cluster, where this is not a setting.')),
    publicAccessType: nullable(oneOf(['DISABLED', 'SERVICE_PROVIDED_EIPS'], 'Whether the brokers can be reached from the internet (Provisioned.BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type); null for a serverless cluster, where this is not a setting.')),
    unauthenticatedAccessEnabled: nullable(bool('Whether clients may connect without authenticating (Provisioned.ClientAuthentication.Unauthenticated.Enabled; a cluster created without any client authentication is open, and answers no ClientAuthentication); null for a serverless cluster, where this is not a setting.')),
  }, 'MSK cluster settings.'),
  example: {
    name: 'events',
    clusterType: 'PROVISIONED',
    state: 'ACTIVE',
    createdAt: '2025-06-01T09:00:00.000Z',
    kafkaVersion: '3.6.0',
    inClusterEncryption: true,
    clientBrokerEncryption: 'TLS',
    publicAccessType: 'DISABLED',
    unauthenticatedAccessEnabled: false,
  },
});
