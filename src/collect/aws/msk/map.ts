/**
 * Pure mapping from MSK's DescribeClusterV2 answer to the aws.msk.cluster
 * catalog shape, one reader per field (answers.ts), so one value AWS left
 * out fails alone.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - The provisioned settings of a serverless cluster are null: MSK
 *   Serverless has no broker version, encryption, public access or
 *   unauthenticated access to set (it always uses TLS and IAM).
 * - No ClientAuthentication on a provisioned cluster is unauthenticated
 *   access on: a cluster created without client authentication accepts
 *   every client. Once ClientAuthentication is answered, a missing
 *   Unauthenticated.Enabled is unknown, never "off".
 */
import type { Cluster, Provisioned } from '@aws-sdk/client-kafka';
import { iso, knownValue, required, text, UnreadableAnswer, INCOMPLETE, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type MskCluster = CatalogData['aws.msk.cluster'];

const TYPES = ['PROVISIONED', 'SERVERLESS'] as const;
const STATES = ['ACTIVE', 'CREATING', 'DELETING', 'FAILED', 'HEALING', 'MAINTENANCE', 'REBOOTING_BROKER', 'UPDATING'] as const;

/** The fields DescribeClusterV2 fills; `name` comes from the listing. */
export const DESCRIBE_CLUSTER_FIELDS = ['clusterType', 'state', 'createdAt', 'kafkaVersion', 'inClusterEncryption', 'clientBrokerEncryption', 'publicAccessType', 'unauthenticatedAccessEnabled'] as const;

/** The provisioned settings, or null for a serverless cluster; a provisioned cluster without them is unknown. */
function provisioned<T>(cluster: Cluster, read: (settings: Provisioned) => T): T | null {
  const type = knownValue(cluster.ClusterType, TYPES, 'ClusterType');
  if (type === 'SERVERLESS') return null;
  if (cluster.Provisioned === undefined) throw new UnreadableAnswer(INCOMPLETE, 'the answer for a provisioned cluster has no Provisioned settings');
  return read(cluster.Provisioned);
}

export function clusterFields(cluster: Cluster): ReadersOf<MskCluster> {
  return {
    clusterType: () => knownValue(cluster.ClusterType, TYPES, 'ClusterType'),
    state: () => knownValue(cluster.State, STATES, 'State'),
    createdAt: () => iso(cluster.CreationTime, 'CreationTime'),
    kafkaVersion: () => provisioned(cluster, (p) => text(p.CurrentBrokerSoftwareInfo?.KafkaVersion, 'CurrentBrokerSoftwareInfo.KafkaVersion')),
    inClusterEncryption: () => provisioned(cluster, (p) => required(p.EncryptionInfo?.EncryptionInTransit?.InCluster, 'EncryptionInfo.EncryptionInTransit.InCluster')),
    clientBrokerEncryption: () => provisioned(cluster, (p) => knownValue(p.EncryptionInfo?.EncryptionInTransit?.ClientBroker, ['TLS', 'TLS_PLAINTEXT', 'PLAINTEXT'], 'EncryptionInfo.EncryptionInTransit.ClientBroker')),
    publicAccessType: () => provisioned(cluster, (p) => knownValue(p.BrokerNodeGroupInfo?.ConnectivityInfo?.PublicAccess?.Type, ['DISABLED', 'SERVICE_PROVIDED_EIPS'], 'BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type')),
    unauthenticatedAccessEnabled: () => provisioned(cluster, (p) => (p.ClientAuthentication === undefined ? true : required(p.ClientAuthentication.Unauthenticated?.Enabled, 'ClientAuthentication.Unauthenticated.Enabled'))),
  };
}
