/** opensearchDomains through the real OpenSearch client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { opensearchDomains } from './domains.js';
import { DESCRIBED_FIELDS } from './map.js';
import type { RecordedResponse, Route, WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
/** OpenSearch Service errors: the code in x-amzn-errortype, the message in the body. */
const osError = (code: string, message: string, status: number): RecordedResponse => ({
  status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ message }),
});

const isList = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/2021-01-01/domain';
const isDescribe = (r: WireRequest): boolean => r.method === 'POST' && r.path === '/2021-01-01/opensearch/domain-info';
const isTags = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/2021-01-01/tags';
const namesAsked = (r: WireRequest): string[] => (Array.isArray(r.params.DomainNames) ? r.params.DomainNames.map(String) : []);
const arnOf = (name: string): string => `arn:aws:es:us-east-1:${ACCOUNT}:domain/${name}`;
const logGroup = (name: string, log: string): string => `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/opensearch/${name}/${log}`;

/** A domain as DescribeDomains answers it. */
const domain = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  DomainId: `${ACCOUNT}/${name}`, DomainName: name, ARN: arnOf(name), Created: true, Deleted: false, Processing: false, UpgradeProcessing: false,
  EngineVersion: 'OpenSearch_2.11',
  ClusterConfig: {
    InstanceType: 'r6g.large.search', InstanceCount: 3, DedicatedMasterEnabled: true, DedicatedMasterType: 'm6g.large.search', DedicatedMasterCount: 3,
    ZoneAwarenessEnabled: true, ZoneAwarenessConfig: { AvailabilityZoneCount: 3 }, WarmEnabled: false,
  },
  VPCOptions: { VPCId: 'vpc-0a1b2c3d4e5f67890', SubnetIds: ['subnet-0a1b2c3d4e5f67890'], AvailabilityZones: ['us-east-1a'], SecurityGroupIds: ['sg-0123456789abcdef0'] },
  EncryptionAtRestOptions: { Enabled: true, KmsKeyId: KEY },
  NodeToNodeEncryptionOptions: { Enabled: true },
  DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10', CustomEndpointEnabled: false },
  AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false, AnonymousAuthEnabled: false },
  LogPublishingOptions: {
    ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: logGroup(name, 'application'), Enabled: true },
    AUDIT_LOGS: { CloudWatchLogsLogGroupArn: logGroup(name, 'audit'), Enabled: true },
  },
  ServiceSoftwareOptions: { CurrentVersion: 'OpenSearch_2_11_R20240502', NewVersion: '', UpdateAvailable: false, Cancellable: false, UpdateStatus: 'COMPLETED', Description: 'There is no software update available for this domain.', OptionalDeployment: true },
  ...extra,
});

const SEARCH = domain('search');
// An Elasticsearch domain on the old defaults: a public endpoint (no VPCOptions), no encryption, HTTP allowed on TLS 1.0,
// one data node without zone awareness or dedicated masters, no fine-grained access control, no logs, an update waiting.
const LEGACY = domain('legacy-logs', {
  EngineVersion: 'Elasticsearch_7.10',
  ClusterConfig: { InstanceType: 't3.small.search', InstanceCount: 1, DedicatedMasterEnabled: false, ZoneAwarenessEnabled: false, WarmEnabled: false },
  VPCOptions: undefined, LogPublishingOptions: undefined,
  EncryptionAtRestOptions: { Enabled: false }, NodeToNodeEncryptionOptions: { Enabled: false },
  DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' },
  AdvancedSecurityOptions: { Enabled: false, InternalUserDatabaseEnabled: false },
  ServiceSoftwareOptions: { CurrentVersion: 'R20210426-P2', NewVersion: 'R20240502', UpdateAvailable: true, Cancellable: false, UpdateStatus: 'ELIGIBLE', OptionalDeployment: false },
});
// Error logs configured once and switched off; slow logs on without a log group named.
const QUIET = domain('quiet', {
  LogPublishingOptions: {
    SEARCH_SLOW_LOGS: { Enabled: true },
    ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: logGroup('quiet', 'application'), Enabled: false },
  },
});
const NAMES = ['search', 'legacy-logs', 'quiet', 'a4', 'a5', 'a6', 'a7'];
const DOMAINS: Record<string, Record<string, unknown>> = { search: SEARCH, 'legacy-logs': LEGACY, quiet: QUIET, a4: domain('a4'), a5: domain('a5'), a6: domain('a6'), a7: domain('a7') };
const engineOf = (name: string): string => (name === 'legacy-logs' ? 'Elasticsearch' : 'OpenSearch');

function routes(overrides: Route[] = [], domains: Record<string, Record<string, unknown>> = DOMAINS): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'ListDomainNames', match: isList, respond: restJson({ DomainNames: NAMES.map((n) => ({ DomainName: n, EngineType: engineOf(n) })) }) },
    {
      name: 'DescribeDomains', match: isDescribe,
      respond: (r) => restJson({ DomainStatusList: namesAsked(r).flatMap((n) => (domains[n] === undefined ? [] : [domains[n]])) }),
    },
    {
      name: 'ListTags', match: isTags,
      respond: (r) => restJson({ TagList: r.query.arn === arnOf('search') ? [{ Key: 'team', Value: 'search' }] : [] }),
    },
  ];
}

type Run = Awaited<ReturnType<typeof collectRecorded>>;
const byId = (run: Run, id: string) => run.snapshot.resources.find((r) => r.type === 'aws.opensearch.domain' && r.id === id);

describe('opensearchDomains', () => {
  it('lists domains of both engines, describes them five at a time, and maps each to a valid resource', async () => {
    const run = await collectRecorded([opensearchDomains], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    // Both engines: no EngineType filter.
    expect(run.aws.requests.filter(isList).map((r) => r.query.engineType)).toEqual([undefined]);
    expect(run.aws.requests.filter(isDescribe).map(namesAsked)).toEqual([['search', 'legacy-logs', 'quiet', 'a4', 'a5'], ['a6', 'a7']]);
    expect(run.aws.count('ListTags')).toBe(7);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['a4', 'a5', 'a6', 'a7', 'legacy-logs', 'quiet', 'search']);
    expect(run.snapshot.resources.every((r) => r.errors === undefined)).toBe(true);
    const search = byId(run, 'search');
    expect(search).toMatchObject({ arn: arnOf('search'), tags: { team: 'search' } });
    expect(search?.data).toEqual({
      domainName: 'search', engineType: 'OpenSearch', domainId: `${ACCOUNT}/search`, engineVersion: 'OpenSearch_2.11',
      instanceType: 'r6g.large.search', instanceCount: 3, zoneAwarenessEnabled: true, availabilityZoneCount: 3, dedicatedMasterEnabled: true, dedicatedMasterCount: 3,
      vpcId: 'vpc-0a1b2c3d4e5f67890', subnetIds: ['subnet-0a1b2c3d4e5f67890'], securityGroupIds: ['sg-0123456789abcdef0'],
      encryptionAtRestEnabled: true, kmsKeyId: KEY, nodeToNodeEncryptionEnabled: true, enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
      fineGrainedAccessControlEnabled: true,
      logPublishing: [
        { logType: 'AUDIT_LOGS', enabled: true, cloudWatchLogsLogGroupArn: logGroup('search', 'audit') },
        { logType: 'ES_APPLICATION_LOGS', enabled: true, cloudWatchLogsLogGroupArn: logGroup('search', 'application') },
      ],
      softwareVersion: 'OpenSearch_2_11_R20240502', softwareNewVersion: null, softwareUpdateAvailable: false,
    });
    // Not configured: no VPC, no logs, no zone awareness and no dedicated masters are null or empty, never unknown.
    expect(byId(run, 'legacy-logs')?.tags).toEqual({});
    expect(byId(run, 'legacy-logs')?.data).toMatchObject({
      engineType: 'Elasticsearch', engineVersion: 'Elasticsearch_7.10', instanceCount: 1, zoneAwarenessEnabled: false, availabilityZoneCount: null,
      dedicatedMasterEnabled: false, dedicatedMasterCount: null, vpcId: null, subnetIds: [], securityGroupIds: [], encryptionAtRestEnabled: false, kmsKeyId: null,
      nodeToNodeEncryptionEnabled: false, enforceHttps: false, tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07', fineGrainedAccessControlEnabled: false,
      logPublishing: [], softwareVersion: 'R20210426-P2', softwareNewVersion: 'R20240502', softwareUpdateAvailable: true,
    });
    expect(byId(run, 'quiet')?.data).toMatchObject({
      logPublishing: [
        { logType: 'ES_APPLICATION_LOGS', enabled: false, cloudWatchLogsLogGroupArn: logGroup('quiet', 'application') },
        { logType: 'SEARCH_SLOW_LOGS', enabled: true, cloudWatchLogsLogGroupArn: null },
      ],
    });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.opensearch.domain', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('marks coverage failed when domains cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: isList, respond: osError('AccessDeniedException', 'User is not authorized to perform: es:ListDomainNames', 403) };
    const run = await collectRecorded([opensearchDomains], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'es', operation: 'ListDomainNames', code: 'AccessDeniedException' })]);
  });

  it('marks coverage partial, keeping the others, when a listed domain has no name', async () => {
    const nameless: Route = { name: 'nameless', match: isList, respond: restJson({ DomainNames: [{ DomainName: 'search', EngineType: 'OpenSearch' }, { EngineType: 'OpenSearch' }] }) };
    const run = await collectRecorded([opensearchDomains], routes([nameless]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['search']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });

  it('fails every described field of each domain of a batch DescribeDomains denied, and no other batch', async () => {
    const denied: Route = { name: 'denied', match: (r) => isDescribe(r) && namesAsked(r).includes('a6'), respond: osError('AccessDeniedException', 'no es:DescribeDomains', 403) };
    const run = await collectRecorded([opensearchDomains], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const id of ['a6', 'a7']) {
      const resource = byId(run, id);
      expect(resource?.errors?.map((e) => e.path)).toEqual([...DESCRIBED_FIELDS]);
      expect(resource?.errors?.every((e) => e.code === 'AccessDeniedException' && e.operation === 'es:DescribeDomains')).toBe(true);
      expect(resource?.data).toEqual({ domainName: id, engineType: 'OpenSearch' });
    }
    expect(byId(run, 'search')?.errors).toBeUndefined();
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('reads a domain the DescribeDomains answer leaves out as unknown, never drops it', async () => {
    const { quiet: _quiet, ...withoutQuiet } = DOMAINS;
    const run = await collectRecorded([opensearchDomains], routes([], withoutQuiet), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const quiet = byId(run, 'quiet');
    expect(quiet?.errors).toHaveLength(DESCRIBED_FIELDS.length);
    expect(quiet?.errors?.[0]).toMatchObject({ path: 'domainId', code: 'IncompleteResponse', message: 'DescribeDomains answered nothing for the domain quiet' });
    expect(quiet?.data).not.toHaveProperty('encryptionAtRestEnabled');
  });

  it('fails only a field whose block DescribeDomains left out, never reads it as off', async () => {
    const partial = { ...SEARCH, EncryptionAtRestOptions: undefined, DomainEndpointOptions: { EnforceHTTPS: true } };
    const run = await collectRecorded([opensearchDomains], routes([], { ...DOMAINS, search: partial }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(byId(run, 'search')?.errors?.map((e) => [e.path, e.code])).toEqual([['encryptionAtRestEnabled', 'IncompleteResponse'], ['tlsSecurityPolicy', 'IncompleteResponse']]);
    expect(byId(run, 'search')?.data).toMatchObject({ enforceHttps: true, kmsKeyId: null, nodeToNodeEncryptionEnabled: true });
  });

  it('fails only the tags, never "untagged", when ListTags is denied', async () => {
    const denied: Route = { name: 'denied', match: (r) => isTags(r) && r.query.arn === arnOf('search'), respond: osError('AccessDeniedException', 'no es:ListTags', 403) };
    const run = await collectRecorded([opensearchDomains], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const search = byId(run, 'search');
    expect(search?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['$tags', 'AccessDeniedException', 'es:ListTags']]);
    expect(search?.data).toMatchObject({ encryptionAtRestEnabled: true, fineGrainedAccessControlEnabled: true });
  });
});

describe('opensearchDomains call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(opensearchDomains)).toEqual([]);
  });
});
