/**
 * OpenSearch Service domains collected by `assay collect` and judged by a
 * live `assay scan` against the moto emulator, seeded through the SDK: a
 * domain run as every control asks and one created with the old defaults
 * on the Elasticsearch 7.10 engine version.
 *
 * What moto 5.2.1 answers and leaves out, and what Assay must make of it:
 * DescribeDomains echoes VPCOptions as they were given, without the VPCId
 * AWS adds, so the VPC domain's vpcId is unknown — a recorded failure, and
 * ES.2 / Opensearch.2 is ERROR there, never PASS. It answers no
 * ServiceSoftwareOptions (its defaults go under SoftwareUpdateOptions), so
 * the software fields are unknown and Opensearch.10 is ERROR on both.
 * ListDomainNames names the engine by the API a domain was created with,
 * not its version: a domain created through the OpenSearch API on
 * Elasticsearch_7.10 is listed as OpenSearch. A domain created without
 * log publishing answers no LogPublishingOptions, which is none.
 */
import { join } from 'node:path';
import { CreateDomainCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();
const ACCOUNT = '123456789012';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const logGroup = (log: string): string => `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/opensearch/search/${log}`;

async function seed(moto: Moto): Promise<void> {
  const opensearch = new OpenSearchClient({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' });
  // Every setting a policy reads, stated.
  await opensearch.send(new CreateDomainCommand({
    DomainName: 'search', EngineVersion: 'OpenSearch_2.11',
    ClusterConfig: {
      InstanceType: 'r6g.large.search', InstanceCount: 3, DedicatedMasterEnabled: true, DedicatedMasterType: 'm6g.large.search', DedicatedMasterCount: 3,
      ZoneAwarenessEnabled: true, ZoneAwarenessConfig: { AvailabilityZoneCount: 3 },
    },
    VPCOptions: { SubnetIds: ['subnet-0a1b2c3d4e5f67890'], SecurityGroupIds: ['sg-0123456789abcdef0'] },
    EncryptionAtRestOptions: { Enabled: true, KmsKeyId: KEY },
    NodeToNodeEncryptionOptions: { Enabled: true },
    DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
    AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false, MasterUserOptions: { MasterUserARN: `arn:aws:iam::${ACCOUNT}:role/search-admin` } },
    LogPublishingOptions: {
      ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: logGroup('application') },
      AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: logGroup('audit') },
    },
    TagList: [{ Key: 'team', Value: 'search' }],
  }));
  // The old defaults, stated as well: one node, public, unencrypted, HTTP on TLS 1.0, no access control, no logs.
  await opensearch.send(new CreateDomainCommand({
    DomainName: 'legacy-logs', EngineVersion: 'Elasticsearch_7.10',
    ClusterConfig: { InstanceType: 't3.small.search', InstanceCount: 1, DedicatedMasterEnabled: false, ZoneAwarenessEnabled: false },
    EncryptionAtRestOptions: { Enabled: false }, NodeToNodeEncryptionOptions: { Enabled: false },
    DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' },
    AdvancedSecurityOptions: { Enabled: false },
  }));
}

const SOFTWARE_FIELDS = ['softwareVersion', 'softwareNewVersion', 'softwareUpdateAvailable'];

describe.skipIf(!ready)('OpenSearch Service collection against the moto emulator', () => {
  const fixture = useMoto('assay-moto-opensearch-', seed);

  it('assay collect records each domain\'s engine, layout, encryption, endpoint, access control and logs', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const domain = (id: string) => snapshot.resources.find((r) => r.type === 'aws.opensearch.domain' && r.id === id);
    expect(domain('search')).toMatchObject({ arn: `arn:aws:es:us-east-1:${ACCOUNT}:domain/search`, tags: { team: 'search' } });
    expect(domain('search')?.data).toMatchObject({
      domainName: 'search', engineType: 'OpenSearch', domainId: `${ACCOUNT}/search`, engineVersion: 'OpenSearch_2.11',
      instanceType: 'r6g.large.search', instanceCount: 3, zoneAwarenessEnabled: true, availabilityZoneCount: 3, dedicatedMasterEnabled: true, dedicatedMasterCount: 3,
      subnetIds: ['subnet-0a1b2c3d4e5f67890'], securityGroupIds: ['sg-0123456789abcdef0'], encryptionAtRestEnabled: true, kmsKeyId: KEY,
      nodeToNodeEncryptionEnabled: true, enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10', fineGrainedAccessControlEnabled: true,
      logPublishing: [
        { logType: 'AUDIT_LOGS', enabled: true, cloudWatchLogsLogGroupArn: logGroup('audit') },
        { logType: 'ES_APPLICATION_LOGS', enabled: true, cloudWatchLogsLogGroupArn: logGroup('application') },
      ],
    });
    // moto echoes VPCOptions without a VPCId and answers no ServiceSoftwareOptions: unknown, never public or up to date.
    expect(domain('search')?.data).not.toHaveProperty('vpcId');
    expect(domain('search')?.errors?.map((e) => [e.path, e.code])).toEqual([['vpcId', 'IncompleteResponse'], ...SOFTWARE_FIELDS.map((path) => [path, 'IncompleteResponse'])]);
    expect(domain('legacy-logs')?.tags).toEqual({});
    expect(domain('legacy-logs')?.data).toMatchObject({
      engineType: 'OpenSearch', engineVersion: 'Elasticsearch_7.10', instanceCount: 1, zoneAwarenessEnabled: false, availabilityZoneCount: null,
      dedicatedMasterEnabled: false, dedicatedMasterCount: null, vpcId: null, subnetIds: [], securityGroupIds: [], encryptionAtRestEnabled: false, kmsKeyId: null,
      nodeToNodeEncryptionEnabled: false, enforceHttps: false, tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07', fineGrainedAccessControlEnabled: false, logPublishing: [],
    });
    expect(domain('legacy-logs')?.errors?.map((e) => e.path)).toEqual(SOFTWARE_FIELDS);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.opensearch.domain')).toEqual([expect.objectContaining({ region: 'us-east-1', status: 'complete' })]);
  });

  it('a live assay scan judges them', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    for (const check of ['encrypted-at-rest', 'node-to-node-encryption', 'error-logs', 'audit-logs', 'data-node-fault-tolerance', 'dedicated-master-nodes', 'fine-grained-access-control', 'tls-latest-policy']) {
      const policy = `aws-opensearch-domain-${check}`;
      expect(statusOf(policy, 'search'), policy).toBe('PASS');
      expect(statusOf(policy, 'legacy-logs'), policy).toBe('FAIL');
    }
    expect(statusOf('aws-opensearch-domain-in-vpc', 'search')).toBe('ERROR');
    expect(statusOf('aws-opensearch-domain-in-vpc', 'legacy-logs')).toBe('FAIL');
    for (const id of ['search', 'legacy-logs']) expect(statusOf('aws-opensearch-domain-software-up-to-date', id)).toBe('ERROR');
  });
});
