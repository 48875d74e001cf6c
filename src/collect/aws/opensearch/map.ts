/**
 * Pure mapping from OpenSearch Service API answers to the
 * aws.opensearch.domain catalog shape, one reader per field (answers.ts).
 * DescribeDomains answers every option block below for every domain, so a
 * flag it left out is unknown: read as off it would fail nothing Security
 * Hub fails, but read as its default it could pass a control on nothing.
 *
 * What absence is read as, and why:
 * - VPCOptions absent is a public endpoint (vpcId null, no subnets or
 *   security groups): the service sends the block only for a domain placed
 *   in a VPC. A block without its VPCId is unknown.
 * - LogPublishingOptions absent, or a log type it does not name, is no
 *   publishing for that type: the map holds only the log types that were
 *   ever configured. A log type this version does not know fails alone.
 * - ZoneAwarenessConfig and DedicatedMasterCount are read only while zone
 *   awareness or dedicated masters are on (null otherwise); on and without
 *   their count is unknown.
 * - KmsKeyId and ServiceSoftwareOptions.NewVersion absent or empty are null.
 */
import { eachOf, emptyToNull, knownValue, required, text, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { OPENSEARCH_LOG_TYPES, OPENSEARCH_TLS_POLICIES } from '../../../resources/types/opensearch-domain.js';
import type { DomainInfo, DomainStatus, LogPublishingOption } from '@aws-sdk/client-opensearch';

type OpenSearchDomain = CatalogData['aws.opensearch.domain'];
type LogPublishing = OpenSearchDomain['logPublishing'][number];

/** The fields ListDomainNames fills. */
export const LISTED_FIELDS = ['domainName', 'engineType'] as const;

/** The fields DescribeDomains fills. */
export const DESCRIBED_FIELDS = [
  'domainId', 'engineVersion', 'instanceType', 'instanceCount', 'zoneAwarenessEnabled', 'availabilityZoneCount', 'dedicatedMasterEnabled', 'dedicatedMasterCount',
  'vpcId', 'subnetIds', 'securityGroupIds', 'encryptionAtRestEnabled', 'kmsKeyId', 'nodeToNodeEncryptionEnabled', 'enforceHttps', 'tlsSecurityPolicy',
  'fineGrainedAccessControlEnabled', 'logPublishing', 'softwareVersion', 'softwareNewVersion', 'softwareUpdateAvailable',
] as const;

/** DescribeDomains takes at most five names per call. */
export const DESCRIBE_BATCH = 5;

export function listedFields(info: DomainInfo): ReadersOf<OpenSearchDomain> {
  return {
    domainName: () => text(info.DomainName, 'DomainName'),
    engineType: () => knownValue(info.EngineType, ['OpenSearch', 'Elasticsearch'], 'EngineType'),
  };
}

/** A count that is set only while its feature is on: null when off, unknown when on without it or when the flag itself is missing. */
function countWhileOn(on: boolean | undefined, count: number | undefined, flag: string, what: string): number | null {
  if (required(on, flag)) return required(count, what);
  return null;
}

function logPublishing(options: Readonly<Record<string, LogPublishingOption | undefined>> | undefined): WithGaps<LogPublishing[]> {
  const entries = Object.entries(options ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return eachOf(entries, 'LogPublishingOptions', ([type, option]): LogPublishing => ({
    logType: knownValue(type, OPENSEARCH_LOG_TYPES, 'LogPublishingOptions log type'),
    enabled: required(option?.Enabled, `LogPublishingOptions.${type}.Enabled`),
    cloudWatchLogsLogGroupArn: emptyToNull(option?.CloudWatchLogsLogGroupArn),
  }));
}

export function describedFields(domain: DomainStatus): ReadersOf<OpenSearchDomain> {
  const cluster = (): NonNullable<DomainStatus['ClusterConfig']> => required(domain.ClusterConfig, 'ClusterConfig');
  const vpc = domain.VPCOptions;
  const endpoint = (): NonNullable<DomainStatus['DomainEndpointOptions']> => required(domain.DomainEndpointOptions, 'DomainEndpointOptions');
  const software = (): NonNullable<DomainStatus['ServiceSoftwareOptions']> => required(domain.ServiceSoftwareOptions, 'ServiceSoftwareOptions');
  return {
    domainId: () => text(domain.DomainId, 'DomainId'),
    engineVersion: () => text(domain.EngineVersion, 'EngineVersion'),
    instanceType: () => text(cluster().InstanceType, 'ClusterConfig.InstanceType'),
    instanceCount: () => required(cluster().InstanceCount, 'ClusterConfig.InstanceCount'),
    zoneAwarenessEnabled: () => required(cluster().ZoneAwarenessEnabled, 'ClusterConfig.ZoneAwarenessEnabled'),
    availabilityZoneCount: () => countWhileOn(cluster().ZoneAwarenessEnabled, cluster().ZoneAwarenessConfig?.AvailabilityZoneCount, 'ClusterConfig.ZoneAwarenessEnabled', 'ClusterConfig.ZoneAwarenessConfig.AvailabilityZoneCount'),
    dedicatedMasterEnabled: () => required(cluster().DedicatedMasterEnabled, 'ClusterConfig.DedicatedMasterEnabled'),
    dedicatedMasterCount: () => countWhileOn(cluster().DedicatedMasterEnabled, cluster().DedicatedMasterCount, 'ClusterConfig.DedicatedMasterEnabled', 'ClusterConfig.DedicatedMasterCount'),
    vpcId: () => (vpc === undefined ? null : text(vpc.VPCId, 'VPCOptions.VPCId')),
    subnetIds: () => (vpc === undefined ? [] : [...required(vpc.SubnetIds, 'VPCOptions.SubnetIds')]),
    securityGroupIds: () => (vpc === undefined ? [] : [...required(vpc.SecurityGroupIds, 'VPCOptions.SecurityGroupIds')]),
    encryptionAtRestEnabled: () => required(required(domain.EncryptionAtRestOptions, 'EncryptionAtRestOptions').Enabled, 'EncryptionAtRestOptions.Enabled'),
    kmsKeyId: () => emptyToNull(domain.EncryptionAtRestOptions?.KmsKeyId),
    nodeToNodeEncryptionEnabled: () => required(required(domain.NodeToNodeEncryptionOptions, 'NodeToNodeEncryptionOptions').Enabled, 'NodeToNodeEncryptionOptions.Enabled'),
    enforceHttps: () => required(endpoint().EnforceHTTPS, 'DomainEndpointOptions.EnforceHTTPS'),
    tlsSecurityPolicy: () => knownValue(endpoint().TLSSecurityPolicy, OPENSEARCH_TLS_POLICIES, 'DomainEndpointOptions.TLSSecurityPolicy'),
    fineGrainedAccessControlEnabled: () => required(required(domain.AdvancedSecurityOptions, 'AdvancedSecurityOptions').Enabled, 'AdvancedSecurityOptions.Enabled'),
    logPublishing: () => logPublishing(domain.LogPublishingOptions),
    softwareVersion: () => text(software().CurrentVersion, 'ServiceSoftwareOptions.CurrentVersion'),
    softwareNewVersion: () => emptyToNull(software().NewVersion),
    softwareUpdateAvailable: () => required(software().UpdateAvailable, 'ServiceSoftwareOptions.UpdateAvailable'),
  };
}

/** The domain of `name` in a DescribeDomains answer; an answer naming it twice cannot say which is right. */
export function domainIn(list: readonly DomainStatus[], name: string): DomainStatus | undefined {
  const found = list.filter((d) => d.DomainName === name);
  if (found.length > 1) throw new UnreadableAnswer('UnexpectedResponse', `the answer describes the domain ${name} ${found.length} times`);
  return found[0];
}
