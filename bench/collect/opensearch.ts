/**
 * OpenSearch Service (REST-JSON) for the fake account: two domains in every
 * region. The first is an OpenSearch domain run as the controls ask (in a
 * VPC, KMS-encrypted, HTTPS on the 2023 TLS policy, fine-grained access
 * control, three data nodes over three zones, three masters, error and
 * audit logs); the second is an Elasticsearch domain on the old defaults
 * (public, unencrypted, TLS 1.0, one node, no logs, an update waiting).
 */
import { ACCOUNT, ec2Id, keyId, type Estate } from './estate.js';
import { restJson, type Answer, type WireRequest } from './wire.js';

const DOMAINS_PER_REGION = 2;

const domainName = (r: number, i: number): string => `bench-${r}-search-${i}`;

/** Domain i of region r as DescribeDomains answers it. */
function domain(region: string, r: number, i: number): Record<string, unknown> {
  const name = domainName(r, i);
  const hardened = i % 2 === 0;
  const logGroup = (log: string): string => `arn:aws:logs:${region}:${ACCOUNT}:log-group:/aws/opensearch/${name}/${log}`;
  return {
    DomainId: `${ACCOUNT}/${name}`, DomainName: name, ARN: `arn:aws:es:${region}:${ACCOUNT}:domain/${name}`, Created: true, Deleted: false, Processing: false,
    EngineVersion: hardened ? 'OpenSearch_2.11' : 'Elasticsearch_7.10',
    ClusterConfig: hardened
      ? { InstanceType: 'r6g.large.search', InstanceCount: 3, DedicatedMasterEnabled: true, DedicatedMasterType: 'm6g.large.search', DedicatedMasterCount: 3, ZoneAwarenessEnabled: true, ZoneAwarenessConfig: { AvailabilityZoneCount: 3 } }
      : { InstanceType: 't3.small.search', InstanceCount: 1, DedicatedMasterEnabled: false, ZoneAwarenessEnabled: false },
    ...(hardened ? { VPCOptions: { VPCId: ec2Id('vpc', r, 0), SubnetIds: [ec2Id('subnet', r, 0)], SecurityGroupIds: [ec2Id('sg', r, 0)] } } : {}),
    EncryptionAtRestOptions: hardened ? { Enabled: true, KmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(r, 0)}` } : { Enabled: false },
    NodeToNodeEncryptionOptions: { Enabled: hardened },
    DomainEndpointOptions: { EnforceHTTPS: hardened, TLSSecurityPolicy: hardened ? 'Policy-Min-TLS-1-2-PFS-2023-10' : 'Policy-Min-TLS-1-0-2019-07' },
    AdvancedSecurityOptions: { Enabled: hardened, InternalUserDatabaseEnabled: false },
    ...(hardened ? { LogPublishingOptions: { AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: logGroup('audit') }, ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: logGroup('application') } } } : {}),
    ServiceSoftwareOptions: hardened
      ? { CurrentVersion: 'OpenSearch_2_11_R20240502', NewVersion: '', UpdateAvailable: false, UpdateStatus: 'COMPLETED' }
      : { CurrentVersion: 'Elasticsearch_7_10_R20230928', NewVersion: 'Elasticsearch_7_10_R20240502', UpdateAvailable: true, UpdateStatus: 'ELIGIBLE' },
  };
}

/** The REST operation an OpenSearch Service request is, from method and path. */
export function opensearchOperation(request: WireRequest): string {
  if (request.method === 'GET' && request.path === '/2021-01-01/domain') return 'ListDomainNames';
  if (request.method === 'POST' && request.path === '/2021-01-01/opensearch/domain-info') return 'DescribeDomains';
  if (request.method === 'GET' && request.path === '/2021-01-01/tags') return 'ListTags';
  return `${request.method} ${request.path}`;
}

export function answerOpenSearch(estate: Estate, request: WireRequest, operation: string): Answer {
  const r = estate.regionIndex(request.region);
  const names = r < 0 ? [] : Array.from({ length: DOMAINS_PER_REGION }, (_, i) => domainName(r, i));
  if (operation === 'ListDomainNames') return restJson({ DomainNames: names.map((name, i) => ({ DomainName: name, EngineType: i % 2 === 0 ? 'OpenSearch' : 'Elasticsearch' })) });
  if (operation === 'DescribeDomains') {
    const asked = Array.isArray(request.params.DomainNames) ? request.params.DomainNames.map(String) : [];
    // A name the fake does not hold is left out of the answer (the collector fails that domain's fields).
    return restJson({ DomainStatusList: asked.flatMap((name) => { const i = names.indexOf(name); return i < 0 ? [] : [domain(request.region, r, i)]; }) });
  }
  if (operation === 'ListTags') {
    const hardened = (request.query.get('arn') ?? '').endsWith('-0');
    return restJson({ TagList: hardened ? [{ Key: 'team', Value: 'search' }] : [] });
  }
  return restJson({});
}
