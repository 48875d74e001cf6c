/**
 * AWS DMS and Redshift Serverless (AWS JSON protocols) for the fake account.
 * DMS: two replication instances, two endpoints and two tasks in every
 * region, the first of each run as the controls ask (private Multi-AZ
 * instance upgraded automatically, a MongoDB source authenticating over
 * TLS, a task logging every component), the second on old defaults (public
 * single-AZ, a Redis target in plaintext, logging off); DescribeEndpoints
 * answers in two Marker pages. Redshift Serverless: two workgroups and two
 * namespaces in every region, hardened and on the console's loosest
 * settings (public, require_ssl off, administrator admin, no log exports).
 */
import { ACCOUNT, keyId, type Estate } from './estate.js';
import { json, type Answer, type WireRequest } from './wire.js';

export const DMS_PER_REGION = 2;
export const SERVERLESS_PER_REGION = 2;

const dmsArn = (region: string, kind: string, r: number, i: number): string => `arn:aws:dms:${region}:${ACCOUNT}:${kind}:BENCH${r}X${i}`;

function replicationInstance(region: string, r: number, i: number): Record<string, unknown> {
  const hardened = i % 2 === 0;
  return {
    ReplicationInstanceIdentifier: `bench-${r}-dms-${i}`, ReplicationInstanceArn: dmsArn(region, 'rep', r, i), ReplicationInstanceClass: 'dms.t3.medium', ReplicationInstanceStatus: 'available',
    EngineVersion: '3.5.3', InstanceCreateTime: 1_740_823_200, PubliclyAccessible: !hardened, AutoMinorVersionUpgrade: hardened, MultiAZ: hardened,
    KmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(r, 0)}`,
  };
}

function endpoint(region: string, r: number, i: number): Record<string, unknown> {
  const hardened = i % 2 === 0;
  const common = { EndpointIdentifier: `bench-${r}-endpoint-${i}`, EndpointArn: dmsArn(region, 'endpoint', r, i), Status: 'active', ServerName: `db-${i}.bench.internal` };
  return hardened
    ? { ...common, EndpointType: 'SOURCE', EngineName: 'mongodb', SslMode: 'verify-full', MongoDbSettings: { ServerName: 'mongo.bench.internal', Port: 27017, AuthType: 'password', AuthMechanism: 'scram_sha_1', AuthSource: 'admin' } }
    : { ...common, EndpointType: 'TARGET', EngineName: 'redis', SslMode: 'none', RedisSettings: { ServerName: 'cache.bench.internal', Port: 6379, SslSecurityProtocol: 'plaintext', AuthType: 'none' } };
}

function task(region: string, r: number, i: number): Record<string, unknown> {
  const hardened = i % 2 === 0;
  const components = ['SOURCE_UNLOAD', 'SOURCE_CAPTURE', 'TARGET_LOAD', 'TARGET_APPLY'].map((id) => ({ Id: id, Severity: 'LOGGER_SEVERITY_DEFAULT' }));
  return {
    ReplicationTaskIdentifier: `bench-${r}-task-${i}`, ReplicationTaskArn: dmsArn(region, 'task', r, i), SourceEndpointArn: dmsArn(region, 'endpoint', r, 0), TargetEndpointArn: dmsArn(region, 'endpoint', r, 1),
    ReplicationInstanceArn: dmsArn(region, 'rep', r, i), MigrationType: hardened ? 'full-load-and-cdc' : 'full-load', Status: 'running',
    ReplicationTaskSettings: JSON.stringify({ Logging: { EnableLogging: hardened, LogComponents: components } }),
  };
}

export function answerDms(estate: Estate, request: WireRequest): Answer {
  const r = estate.regionIndex(request.region);
  const all = <T>(make: (region: string, r: number, i: number) => T): T[] => (r < 0 ? [] : Array.from({ length: DMS_PER_REGION }, (_, i) => make(request.region, r, i)));
  if (request.operation === 'DescribeReplicationInstances') return json({ ReplicationInstances: all(replicationInstance) });
  if (request.operation === 'DescribeReplicationTasks') return json({ ReplicationTasks: all(task) });
  if (request.operation === 'DescribeEndpoints') {
    const endpoints = all(endpoint);
    return request.params.Marker === 'e2' ? json({ Endpoints: endpoints.slice(1) }) : json({ Endpoints: endpoints.slice(0, 1), Marker: 'e2' });
  }
  return json({});
}

export function answerRedshiftServerless(estate: Estate, request: WireRequest): Answer {
  const r = estate.regionIndex(request.region);
  const indexes = r < 0 ? [] : Array.from({ length: SERVERLESS_PER_REGION }, (_, i) => i);
  if (request.operation === 'ListWorkgroups') {
    return json({ workgroups: indexes.map((i) => ({
      workgroupName: `bench-${r}-wg-${i}`, workgroupId: `bench-${r}-wg-${i}-id`, workgroupArn: `arn:aws:redshift-serverless:${request.region}:${ACCOUNT}:workgroup/bench-${r}-wg-${i}-id`,
      namespaceName: `bench-${r}-ns-${i}`, status: 'AVAILABLE', creationDate: '2025-03-01T10:00:00Z', publiclyAccessible: i % 2 === 1, enhancedVpcRouting: i % 2 === 0,
      configParameters: [{ parameterKey: 'datestyle', parameterValue: 'ISO, MDY' }, { parameterKey: 'require_ssl', parameterValue: i % 2 === 0 ? 'true' : 'false' }], securityGroupIds: [],
    })) });
  }
  if (request.operation === 'ListNamespaces') {
    return json({ namespaces: indexes.map((i) => ({
      namespaceName: `bench-${r}-ns-${i}`, namespaceId: `bench-${r}-ns-${i}-id`, namespaceArn: `arn:aws:redshift-serverless:${request.region}:${ACCOUNT}:namespace/bench-${r}-ns-${i}-id`,
      status: 'AVAILABLE', creationDate: '2025-03-01T10:00:00Z', adminUsername: i % 2 === 0 ? 'warehouse_owner' : 'admin', dbName: 'dev', kmsKeyId: 'AWS_OWNED_KMS_KEY',
      logExports: i % 2 === 0 ? ['connectionlog', 'userlog', 'useractivitylog'] : [],
    })) });
  }
  return json({});
}
