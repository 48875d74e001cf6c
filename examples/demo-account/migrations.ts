/**
 * AWS DMS: a compliant migration of the orders database (private Multi-AZ
 * instance, tasks logging every component, TLS-verified endpoints), a
 * legacy copy failing every control, and the edge cases: an EU instance
 * whose Multi-AZ flag DMS left out (unknown, so DMS.13 is ERROR), a task
 * logging its target in full but its source capture at INFO only (DMS.7
 * passes, DMS.8 fails), a Neptune endpoint with IAM authorization but SSL
 * mode none (DMS.10 passes, DMS.9 fails: SslMode is judged on every engine),
 * and a MongoDB source with authentication but no TLS.
 */
import { dmsEndpoint } from '../../src/resources/types/dms-endpoint.js';
import { dmsReplicationInstance } from '../../src/resources/types/dms-replication-instance.js';
import { dmsReplicationTask } from '../../src/resources/types/dms-replication-task.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, keys, make, vpcs, type DemoRegion, type Overrides } from './demo.js';

const instanceArn = (region: DemoRegion, id: string): string => arn.in('dms', region, `rep:${id.toUpperCase().replace(/-/g, '')}`);
const endpointArn = (region: DemoRegion, id: string): string => arn.in('dms', region, `endpoint:${id.toUpperCase().replace(/-/g, '')}`);

function instance(region: DemoRegion, id: string, data: Overrides<typeof dmsReplicationInstance>, errors?: Resource['errors']): Resource {
  return make(dmsReplicationInstance, { id, region, arn: instanceArn(region, id), data: { replicationInstanceIdentifier: id, ...data }, ...(errors === undefined ? {} : { errors }) });
}

function task(region: DemoRegion, id: string, data: Overrides<typeof dmsReplicationTask>): Resource {
  return make(dmsReplicationTask, { id, region, arn: arn.in('dms', region, `task:${id.toUpperCase().replace(/-/g, '')}`), data: { replicationTaskIdentifier: id, ...data } });
}

function endpoint(region: DemoRegion, id: string, data: Overrides<typeof dmsEndpoint>): Resource {
  return make(dmsEndpoint, { id, region, arn: endpointArn(region, id), data: { endpointIdentifier: id, ...data } });
}

const defaultLevel = (...ids: string[]): { id: string; severity: 'LOGGER_SEVERITY_DEFAULT' }[] => ids.map((id) => ({ id, severity: 'LOGGER_SEVERITY_DEFAULT' }));

export function dmsReplicationInstances(): Resource[] {
  return [
    // Compliant: private, Multi-AZ, minor versions applied automatically, KMS-encrypted in the production VPC.
    instance('us-east-1', 'orders-migration', { kmsKeyId: keys.appData, vpcId: vpcs.prodUsEast1 }),
    // Fails DMS.1, .6 and .13: public, single-AZ, upgraded by hand, in the default VPC.
    instance('us-east-1', 'legacy-migration', {
      replicationInstanceClass: 'dms.t2.micro', engineVersion: '3.4.7', instanceCreateTime: '2021-03-10T10:00:00.000Z',
      publiclyAccessible: true, autoMinorVersionUpgrade: false, multiAz: false, kmsKeyId: null, vpcId: vpcs.defaultUsEast1,
    }),
    // Edge case: DMS answered no MultiAZ flag; unknown, never single- or Multi-AZ.
    instance('eu-west-1', 'eu-replica', { kmsKeyId: keys.euData, vpcId: vpcs.prodEuWest1 }, [
      { path: 'multiAz', code: 'IncompleteResponse', message: 'the answer has no MultiAZ', operation: 'dms:DescribeReplicationInstances' },
    ]),
  ];
}

export function dmsReplicationTasks(): Resource[] {
  return [
    task('us-east-1', 'orders-to-aurora', {
      sourceEndpointArn: endpointArn('us-east-1', 'orders-source'), targetEndpointArn: endpointArn('us-east-1', 'orders-target'), replicationInstanceArn: instanceArn('us-east-1', 'orders-migration'),
      logComponents: [...defaultLevel('SOURCE_UNLOAD', 'SOURCE_CAPTURE', 'TARGET_LOAD'), { id: 'TARGET_APPLY', severity: 'LOGGER_SEVERITY_DEBUG' }],
    }),
    // Fails DMS.7 and .8: logging off, as a task created with default settings has it.
    task('us-east-1', 'legacy-copy', {
      status: 'stopped', migrationType: 'full-load',
      sourceEndpointArn: endpointArn('us-east-1', 'catalog-source'), targetEndpointArn: endpointArn('us-east-1', 'cache-target'), replicationInstanceArn: instanceArn('us-east-1', 'legacy-migration'),
      loggingEnabled: false, logComponents: defaultLevel('SOURCE_UNLOAD', 'SOURCE_CAPTURE', 'TARGET_LOAD', 'TARGET_APPLY'),
    }),
    // Edge case: the target is logged, the source capture only at INFO (passes DMS.7, fails DMS.8).
    task('eu-west-1', 'eu-cdc', {
      migrationType: 'cdc',
      sourceEndpointArn: endpointArn('eu-west-1', 'eu-mongo-source'), targetEndpointArn: endpointArn('eu-west-1', 'eu-graph-target'), replicationInstanceArn: instanceArn('eu-west-1', 'eu-replica'),
      logComponents: [...defaultLevel('SOURCE_UNLOAD', 'TARGET_LOAD', 'TARGET_APPLY'), { id: 'SOURCE_CAPTURE', severity: 'LOGGER_SEVERITY_INFO' }],
    }),
  ];
}

export function dmsEndpoints(): Resource[] {
  return [
    endpoint('us-east-1', 'orders-source', { certificateArn: arn.in('dms', 'us-east-1', 'cert:ORDERSCA') }),
    endpoint('us-east-1', 'orders-target', { endpointType: 'target', engineName: 'aurora-postgresql', sslMode: 'require', certificateArn: null }),
    // Fails DMS.9 and .11: a MongoDB server without authentication, in clear text.
    endpoint('us-east-1', 'catalog-source', { engineName: 'mongodb', sslMode: 'none', certificateArn: null, mongoDbAuthType: 'no', mongoDbAuthMechanism: null }),
    // Fails DMS.9 and .12: Redis in plaintext.
    endpoint('us-east-1', 'cache-target', { endpointType: 'target', engineName: 'redis', sslMode: 'none', certificateArn: null, redisSslSecurityProtocol: 'plaintext' }),
    // Edge cases: IAM authorization to Neptune (DMS.10 passes) with SslMode none (DMS.9 fails);
    // a MongoDB source that authenticates with SCRAM-SHA-1 (DMS.11 passes) without TLS.
    endpoint('eu-west-1', 'eu-graph-target', { endpointType: 'target', engineName: 'neptune', sslMode: 'none', certificateArn: null, neptuneIamAuthEnabled: true }),
    endpoint('eu-west-1', 'eu-mongo-source', { engineName: 'mongodb', sslMode: 'none', certificateArn: null, mongoDbAuthType: 'password', mongoDbAuthMechanism: 'scram_sha_1' }),
  ];
}
