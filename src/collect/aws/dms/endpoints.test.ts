/** dmsEndpoints through the real DMS client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { dmsEndpoints } from './endpoints.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const DESCRIBE = 'AmazonDMSv20160101.DescribeEndpoints';
const arn = (id: string): string => `arn:aws:dms:us-east-1:${ACCOUNT}:endpoint:${id.toUpperCase()}`;
const endpoint = (id: string, type: string, engine: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  EndpointIdentifier: id, EndpointArn: arn(id), EndpointType: type, EngineName: engine, EngineDisplayName: engine, Username: 'migrator', ServerName: `${id}.example.internal`, Port: 3306,
  Status: 'active', SslMode: 'none', KmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`, ...extra,
});

const PAGE_1 = [
  endpoint('orders-source', 'SOURCE', 'mysql', { SslMode: 'verify-full', CertificateArn: `arn:aws:dms:us-east-1:${ACCOUNT}:cert:ORDERSCA` }),
  endpoint('graph-target', 'TARGET', 'neptune', { NeptuneSettings: { ServiceAccessRoleArn: `arn:aws:iam::${ACCOUNT}:role/dms-neptune`, S3BucketName: 'staging', S3BucketFolder: 'neptune', IamAuthEnabled: true } }),
];
const PAGE_2 = [
  endpoint('catalog-source', 'SOURCE', 'mongodb', { MongoDbSettings: { Username: 'reader', Password: 'never-read', ServerName: 'mongo.internal', Port: 27017, AuthType: 'password', AuthMechanism: 'scram_sha_1', AuthSource: 'admin' } }),
  endpoint('open-mongo', 'source', 'mongodb', { MongoDbSettings: { ServerName: 'mongo2.internal', Port: 27017, AuthType: 'no' } }),
  endpoint('cache-target', 'TARGET', 'redis', { RedisSettings: { ServerName: 'cache.internal', Port: 6379, SslSecurityProtocol: 'plaintext', AuthType: 'auth-token', AuthPassword: 'never-read' } }),
];

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'DescribeEndpoints', match: byTarget(DESCRIBE), respond: (r) => (r.params.Marker === undefined ? json({ Endpoints: PAGE_1, Marker: 'page-2' }) : json({ Endpoints: PAGE_2 })) },
  ];
}

const byId = (run: Awaited<ReturnType<typeof collectRecorded>>, id: string) => run.snapshot.resources.find((r) => r.type === 'aws.dms.endpoint' && r.id === id);

describe('dmsEndpoints', () => {
  it('follows Marker and maps each endpoint with its engine settings, and never a password', async () => {
    const run = await collectRecorded([dmsEndpoints], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(DESCRIBE)).map((r) => r.params.Marker)).toEqual([undefined, 'page-2']);
    expect(run.snapshot.resources.every((r) => r.errors === undefined)).toBe(true);
    expect(JSON.stringify(run.snapshot)).not.toContain('never-read');
    expect(byId(run, 'orders-source')).toMatchObject({ arn: arn('orders-source'), tags: {} });
    expect(byId(run, 'orders-source')?.data).toEqual({
      endpointIdentifier: 'orders-source', endpointType: 'source', engineName: 'mysql', status: 'active', sslMode: 'verify-full', certificateArn: `arn:aws:dms:us-east-1:${ACCOUNT}:cert:ORDERSCA`,
      neptuneIamAuthEnabled: null, mongoDbAuthType: null, mongoDbAuthMechanism: null, redisSslSecurityProtocol: null,
    });
    expect(byId(run, 'graph-target')?.data).toMatchObject({ endpointType: 'target', sslMode: 'none', certificateArn: null, neptuneIamAuthEnabled: true });
    expect(byId(run, 'catalog-source')?.data).toMatchObject({ mongoDbAuthType: 'password', mongoDbAuthMechanism: 'scram_sha_1', neptuneIamAuthEnabled: null });
    expect(byId(run, 'open-mongo')?.data).toMatchObject({ endpointType: 'source', mongoDbAuthType: 'no', mongoDbAuthMechanism: null });
    expect(byId(run, 'cache-target')?.data).toMatchObject({ redisSslSecurityProtocol: 'plaintext', mongoDbAuthType: null });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.dms.endpoint', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('reads "no endpoints" (ResourceNotFoundFault on the first page) as a complete, empty region', async () => {
    const none: Route = { name: 'none', match: byTarget(DESCRIBE), respond: jsonError('ResourceNotFoundFault', 'No endpoints found', 404) };
    const run = await collectRecorded([dmsEndpoints], routes([none]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('marks coverage failed when the endpoints cannot be listed, and partial when a later page fails', async () => {
    const denied: Route = { name: 'denied', match: byTarget(DESCRIBE), respond: jsonError('AccessDeniedException', 'no dms:DescribeEndpoints', 403) };
    const failed = await collectRecorded([dmsEndpoints], routes([denied]), { regions: ['us-east-1'] });
    expect(failed.problems).toEqual([]);
    expect(failed.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(failed.snapshot.errors).toEqual([expect.objectContaining({ service: 'dms', operation: 'DescribeEndpoints', code: 'AccessDeniedException' })]);
    const broken: Route = { name: 'page-2', match: (r) => byTarget(DESCRIBE)(r) && r.params.Marker === 'page-2', respond: jsonError('AccessDeniedException', 'no dms:DescribeEndpoints', 403) };
    const partial = await collectRecorded([dmsEndpoints], routes([broken]), { regions: ['us-east-1'] });
    expect(partial.snapshot.resources.map((r) => r.id)).toEqual(['orders-source', 'graph-target']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });

  it('reads an SSL mode or an engine flag DMS left out as unknown, never its default', async () => {
    const partial: Route = {
      name: 'partial', match: byTarget(DESCRIBE), respond: json({ Endpoints: [
        endpoint('no-ssl-mode', 'SOURCE', 'postgres', { SslMode: undefined }),
        endpoint('graph-unknown', 'TARGET', 'neptune', { NeptuneSettings: { ServiceAccessRoleArn: 'r', S3BucketName: 'b', S3BucketFolder: 'f' } }),
        endpoint('cache-unknown', 'TARGET', 'redis', { RedisSettings: { ServerName: 'c', Port: 6379 } }),
      ] }),
    };
    const run = await collectRecorded([dmsEndpoints], routes([partial]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(byId(run, 'no-ssl-mode')?.errors?.map((e) => e.path)).toEqual(['sslMode']);
    expect(byId(run, 'graph-unknown')?.errors?.map((e) => e.path)).toEqual(['neptuneIamAuthEnabled']);
    expect(byId(run, 'cache-unknown')?.errors?.map((e) => e.path)).toEqual(['redisSslSecurityProtocol']);
  });
});

describe('dmsEndpoints call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(dmsEndpoints)).toEqual([]);
  });
});
