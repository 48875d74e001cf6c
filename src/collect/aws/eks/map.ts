/**
 * Pure mapping from DescribeCluster's answer to the aws.eks.cluster
 * catalog shape, one reader per field (answers.ts): a setting every cluster
 * has that the answer left out is unknown, never a default.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - encryptionConfig absent (or empty) is "no KMS key configured" (null):
 *   EKS's REST-JSON answer leaves an optional member out when it is not
 *   set, and a cluster created without encryptionConfig has none until
 *   AssociateEncryptionConfig adds one; DescribeCluster never answers an
 *   encryption configuration that is off. An entry's resources absent is
 *   null: EKS deprecated the member in 2025 (a configured key now envelope-
 *   encrypts all Kubernetes API data on 1.28 and later), so answers may
 *   stop carrying it.
 * - Each control plane log type is read from the logging.clusterLogging
 *   entry that names it: EKS answers every type, in one entry with
 *   enabled true and one with enabled false. A type no entry names, or one
 *   two entries name with different flags, is unknown alone; a type this
 *   version does not know is ignored.
 * - endpoint access, the public CIDRs, the VPC's subnets and security
 *   groups, the cluster security group, the authentication mode and the
 *   upgrade policy are answered for every cluster today; an answer without
 *   one (an emulator's, a cluster from before the setting existed) leaves
 *   that field unknown.
 */
import type { Cluster } from '@aws-sdk/client-eks';
import { iso, knownValue, required, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type ClusterData = CatalogData['aws.eks.cluster'];
type LogType = keyof ClusterData['logging'];

const STATUSES = ['ACTIVE', 'CREATING', 'DELETING', 'FAILED', 'PENDING', 'UPDATING'] as const;
const AUTHENTICATION_MODES = ['API', 'API_AND_CONFIG_MAP', 'CONFIG_MAP'] as const;
const SUPPORT_TYPES = ['STANDARD', 'EXTENDED'] as const;
export const LOG_TYPES: readonly LogType[] = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

const strings = (values: readonly string[] | undefined, what: string): string[] => required(values, what).map((v) => text(v, `${what}[]`));

/** `1.35` → 35. A version that is not Kubernetes 1.N is unreadable, never compared as something else. */
export function minorVersion(version: string | undefined): number {
  const match = /^1\.(\d{1,4})$/.exec(text(version, 'version'));
  if (match?.[1] === undefined) throw new UnreadableAnswer('IncompleteResponse', `the answer has version "${String(version)}", which is not a Kubernetes 1.N version`);
  return Number(match[1]);
}

/** Whether `type` is exported, from the clusterLogging entries that name it. */
export function logTypeEnabled(cluster: Cluster, type: LogType): boolean {
  const entries = required(cluster.logging?.clusterLogging, 'logging.clusterLogging');
  const flags = new Set<boolean>();
  for (const entry of entries) {
    if (!(entry.types ?? []).includes(type)) continue;
    flags.add(required(entry.enabled, `logging.clusterLogging[].enabled of ${type}`));
  }
  const [flag, ...others] = [...flags];
  if (flag === undefined) throw new UnreadableAnswer('IncompleteResponse', `logging.clusterLogging names no entry for the ${type} log`);
  if (others.length > 0) throw new UnreadableAnswer('UnexpectedResponse', `logging.clusterLogging answers the ${type} log both enabled and disabled`);
  return flag;
}

/** The envelope encryption configurations, or null when the cluster has none. */
export function encryptionConfig(cluster: Cluster): ClusterData['encryptionConfig'] {
  const configs = cluster.encryptionConfig ?? [];
  if (configs.length === 0) return null;
  return configs.map((c) => ({
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the Config rule eks-secrets-encrypted still reads it; an answer without it is null, not unknown (see the catalog field)
    resources: c.resources === undefined ? null : strings(c.resources, 'encryptionConfig[].resources'),
    keyArn: text(c.provider?.keyArn, 'encryptionConfig[].provider.keyArn'),
  }));
}

/** Every field DescribeCluster fills; `name` comes from the listing. */
export function clusterFields(cluster: Cluster): ReadersOf<ClusterData> {
  const vpc = cluster.resourcesVpcConfig;
  return {
    arn: () => text(cluster.arn, 'arn'),
    createdAt: () => iso(cluster.createdAt, 'createdAt'),
    version: () => text(cluster.version, 'version'),
    kubernetesMinorVersion: () => minorVersion(cluster.version),
    platformVersion: () => text(cluster.platformVersion, 'platformVersion'),
    status: () => knownValue(cluster.status, STATUSES, 'status'),
    endpointPublicAccess: () => required(vpc?.endpointPublicAccess, 'resourcesVpcConfig.endpointPublicAccess'),
    endpointPrivateAccess: () => required(vpc?.endpointPrivateAccess, 'resourcesVpcConfig.endpointPrivateAccess'),
    publicAccessCidrs: () => strings(vpc?.publicAccessCidrs, 'resourcesVpcConfig.publicAccessCidrs'),
    vpcId: () => text(vpc?.vpcId, 'resourcesVpcConfig.vpcId'),
    subnetIds: () => strings(vpc?.subnetIds, 'resourcesVpcConfig.subnetIds'),
    securityGroupIds: () => strings(vpc?.securityGroupIds, 'resourcesVpcConfig.securityGroupIds'),
    clusterSecurityGroupId: () => text(vpc?.clusterSecurityGroupId, 'resourcesVpcConfig.clusterSecurityGroupId'),
    encryptionConfig: () => encryptionConfig(cluster),
    'logging.api': () => logTypeEnabled(cluster, 'api'),
    'logging.audit': () => logTypeEnabled(cluster, 'audit'),
    'logging.authenticator': () => logTypeEnabled(cluster, 'authenticator'),
    'logging.controllerManager': () => logTypeEnabled(cluster, 'controllerManager'),
    'logging.scheduler': () => logTypeEnabled(cluster, 'scheduler'),
    authenticationMode: () => knownValue(cluster.accessConfig?.authenticationMode, AUTHENTICATION_MODES, 'accessConfig.authenticationMode'),
    upgradePolicySupportType: () => knownValue(cluster.upgradePolicy?.supportType, SUPPORT_TYPES, 'upgradePolicy.supportType'),
  };
}

/** The fields DescribeCluster fills, for failing them together when it fails. */
export const DESCRIBE_CLUSTER_FIELDS = [
  'arn', 'createdAt', 'version', 'kubernetesMinorVersion', 'platformVersion', 'status', 'endpointPublicAccess', 'endpointPrivateAccess', 'publicAccessCidrs',
  'vpcId', 'subnetIds', 'securityGroupIds', 'clusterSecurityGroupId', 'encryptionConfig', 'logging', 'authenticationMode', 'upgradePolicySupportType',
] as const;
