/**
 * ElastiCache query-protocol answers as ElastiCache writes them:
 * `<ActionResponse>` with an `<ActionResult>` in the 2015-02-02 namespace,
 * and one cache cluster element of DescribeCacheClusters.
 */
import { xml, type RecordedResponse } from './recorded-aws.js';

const ACCOUNT = '123456789012';

export const elasticacheXml = (action: string, body: string): RecordedResponse => xml(
  `<${action}Response xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/"><${action}Result>${body}</${action}Result><ResponseMetadata><RequestId>recorded</RequestId></ResponseMetadata></${action}Response>`,
);

export const elasticacheMarker = (next: string | undefined): string => (next === undefined ? '' : `<Marker>${next}</Marker>`);

/** Simple elements in order; an undefined value is an element AWS left out. */
export const elements = (values: Readonly<Record<string, string | undefined>>): string =>
  Object.entries(values).filter(([, v]) => v !== undefined).map(([k, v]) => `<${k}>${v ?? ''}</${k}>`).join('');

/** A cluster as DescribeCacheClusters answers it: a Valkey node with backups, in its own subnet group; `fields` override or (undefined) leave out elements. */
export function cacheCluster(id: string, fields: Readonly<Record<string, string | undefined>> = {}): string {
  return `<CacheCluster>${elements({
    CacheClusterId: id, ARN: `arn:aws:elasticache:us-east-1:${ACCOUNT}:cluster:${id}`, CacheNodeType: 'cache.t4g.small', Engine: 'valkey', EngineVersion: '8.0',
    CacheClusterStatus: 'available', NumCacheNodes: '1', PreferredAvailabilityZone: 'us-east-1a', CacheClusterCreateTime: '2025-06-01T09:00:00.000Z',
    PreferredMaintenanceWindow: 'sun:05:00-sun:06:00', CacheSubnetGroupName: 'cache-private', AutoMinorVersionUpgrade: 'true', SnapshotRetentionLimit: '7',
    SnapshotWindow: '03:00-04:00', AuthTokenEnabled: 'false', TransitEncryptionEnabled: 'true', AtRestEncryptionEnabled: 'true', ...fields,
  })}</CacheCluster>`;
}

export const cacheClustersPage = (clusters: readonly string[], next?: string): RecordedResponse => elasticacheXml('DescribeCacheClusters', `<CacheClusters>${clusters.join('')}</CacheClusters>${elasticacheMarker(next)}`);
