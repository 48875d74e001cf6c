/**
 * ElastiCache caches, MSK clusters and MSK Connect connectors, and Amazon
 * MQ brokers — what services keep hot state in and pass messages through —
 * each with its backups and upgrades, encryption, exposure and logging.
 */
import { elasticacheCacheCluster } from '../../src/resources/types/elasticache-cache-cluster.js';
import { elasticacheReplicationGroup } from '../../src/resources/types/elasticache-replication-group.js';
import { kafkaconnectConnector } from '../../src/resources/types/kafkaconnect-connector.js';
import { mqBroker } from '../../src/resources/types/mq-broker.js';
import { mskCluster } from '../../src/resources/types/msk-cluster.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, keys, make, type DemoRegion, type Overrides } from './demo.js';

function cacheCluster(region: DemoRegion, id: string, data: Overrides<typeof elasticacheCacheCluster>): Resource {
  return make(elasticacheCacheCluster, { id, region, arn: arn.in('elasticache', region, `cluster:${id}`), data: { cacheClusterId: id, ...data } });
}

export function elasticacheCacheClusters(): Resource[] {
  return [
    // Compliant: a Valkey node of its own with a week of backups, minor upgrades on, in a private subnet group (ElastiCache.1, .2, .7 pass).
    cacheCluster('us-east-1', 'rate-limits', { createdAt: '2025-03-04T10:00:00.000Z' }),
    // Non-compliant: Redis OSS made with the defaults — no backups, no minor upgrades, the default subnet group (all three fail).
    cacheCluster('eu-west-1', 'legacy-sessions', { engine: 'redis', engineVersion: '5.0.6', autoMinorVersionUpgrade: false, snapshotRetentionLimit: 0, cacheSubnetGroupName: 'default', createdAt: '2020-11-02T09:00:00.000Z' }),
    // Edge case: Memcached has no backups (ElastiCache.1 NOT_APPLICABLE) but still takes minor upgrades and a subnet group.
    cacheCluster('us-east-1', 'catalog-cache', { engine: 'memcached', engineVersion: '1.6.22', numCacheNodes: 2, snapshotRetentionLimit: null, createdAt: '2024-05-14T08:00:00.000Z' }),
    // Edge case: members of the checkout replication group — backups off on the member that is not the backup source, judged through the group.
    cacheCluster('us-east-1', 'checkout-001', { replicationGroupId: 'checkout', snapshotRetentionLimit: 7, createdAt: '2025-01-08T12:00:00.000Z' }),
    cacheCluster('us-east-1', 'checkout-002', { replicationGroupId: 'checkout', snapshotRetentionLimit: 0, createdAt: '2025-01-08T12:00:00.000Z' }),
    // Members of the legacy orders group: Redis OSS 5, one still on 4.0 half way through an upgrade.
    cacheCluster('eu-west-1', 'orders-cache-001', { engine: 'redis', engineVersion: '5.0.6', replicationGroupId: 'orders-cache', snapshotRetentionLimit: 0, createdAt: '2021-06-01T09:00:00.000Z' }),
    cacheCluster('eu-west-1', 'orders-cache-002', { engine: 'redis', engineVersion: '4.0.10', replicationGroupId: 'orders-cache', snapshotRetentionLimit: 0, createdAt: '2021-06-01T09:00:00.000Z' }),
  ];
}

function replicationGroup(region: DemoRegion, id: string, data: Overrides<typeof elasticacheReplicationGroup>): Resource {
  return make(elasticacheReplicationGroup, { id, region, arn: arn.in('elasticache', region, `replicationgroup:${id}`), data: { replicationGroupId: id, ...data } });
}

export function elasticacheReplicationGroups(): Resource[] {
  return [
    // Compliant: Valkey, failover, backups, encrypted at rest with the application key, TLS required, user groups (ElastiCache.1, .3-.5 pass; .6 NOT_APPLICABLE).
    replicationGroup('us-east-1', 'checkout', { memberClusters: ['checkout-001', 'checkout-002'], kmsKeyId: keys.appData }),
    // Non-compliant: Redis OSS 4/5 made with the defaults — no failover, no backups, no encryption, no AUTH (all five fail).
    replicationGroup('eu-west-1', 'orders-cache', {
      engine: 'redis', engineVersion: '4.0.10', memberClusters: ['orders-cache-001', 'orders-cache-002'], automaticFailover: 'disabled', multiAz: 'disabled', snapshotRetentionLimit: 0,
      atRestEncryptionEnabled: false, transitEncryptionEnabled: false, transitEncryptionMode: null, authTokenEnabled: false, userGroupIds: [],
    }),
  ];
}

function cluster(region: DemoRegion, name: string, data: Overrides<typeof mskCluster>): Resource {
  return make(mskCluster, { id: name, region, arn: arn.in('kafka', region, `cluster/${name}/5f1c7a1e-9d2b-4c3e-8f4a-1b2c3d4e5f60-2`), data: { name, ...data } });
}

export function mskClusters(): Resource[] {
  return [
    // Compliant: TLS between brokers and to clients, private, IAM authentication only (MSK.1, .4, .6 pass).
    cluster('us-east-1', 'order-stream', { createdAt: '2024-09-10T10:00:00.000Z' }),
    // Non-compliant: public brokers, plaintext between them, created without client authentication (all three fail).
    cluster('eu-west-1', 'partner-feed', { kafkaVersion: '2.8.1', inClusterEncryption: false, clientBrokerEncryption: 'TLS_PLAINTEXT', publicAccessType: 'SERVICE_PROVIDED_EIPS', unauthenticatedAccessEnabled: true, createdAt: '2022-03-15T09:00:00.000Z' }),
    // Edge case: a serverless cluster has none of these settings (all three NOT_APPLICABLE).
    cluster('us-east-1', 'metrics-ingest', { clusterType: 'SERVERLESS', kafkaVersion: null, inClusterEncryption: null, clientBrokerEncryption: null, publicAccessType: null, unauthenticatedAccessEnabled: null, createdAt: '2025-02-01T08:00:00.000Z' }),
  ];
}

function connector(region: DemoRegion, name: string, data: Overrides<typeof kafkaconnectConnector>): Resource {
  return make(kafkaconnectConnector, { id: name, region, arn: arn.in('kafkaconnect', region, `connector/${name}/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e-3`), data: { name, ...data } });
}

export function kafkaconnectConnectors(): Resource[] {
  return [
    // Compliant: TLS and IAM to the cluster, worker logs to CloudWatch Logs (MSK.3, MSK.5 pass).
    connector('us-east-1', 'orders-to-s3', { cloudWatchLogGroup: '/msk-connect/orders-to-s3', createdAt: '2024-10-01T10:00:00.000Z' }),
    // Non-compliant: plaintext, no authentication, created without log delivery (both fail).
    connector('eu-west-1', 'partner-feed-sink', { encryptionInTransit: 'PLAINTEXT', authenticationType: 'NONE', cloudWatchLogsEnabled: false, cloudWatchLogGroup: null, createdAt: '2022-04-02T09:00:00.000Z' }),
    // Edge case: logs to S3 only still counts as logging; paused connectors are judged like running ones.
    connector('us-east-1', 'audit-archiver', { state: 'PAUSED', cloudWatchLogsEnabled: false, cloudWatchLogGroup: null, s3Enabled: true, createdAt: '2025-01-12T08:00:00.000Z' }),
  ];
}

function broker(region: DemoRegion, id: string, name: string, data: Overrides<typeof mqBroker>): Resource {
  return make(mqBroker, { id, region, arn: arn.in('mq', region, `broker:${name}:${id}`), data: { brokerId: id, name, ...data } });
}

export function mqBrokers(): Resource[] {
  return [
    // Compliant: ActiveMQ active/standby with audit logs and minor upgrades (MQ.2, MQ.3 pass).
    broker('us-east-1', 'b-4f1d2c3b-5a6e-47f8-9a0b-1c2d3e4f5a6b', 'order-commands', {}),
    // Non-compliant: a single ActiveMQ instance made with the defaults — no audit log, no minor upgrades (both fail).
    broker('eu-west-1', 'b-9e8d7c6b-5a4f-43e2-8d1c-0b9a8f7e6d5c', 'legacy-jms', { engineVersion: '5.17', deploymentMode: 'SINGLE_INSTANCE', autoMinorVersionUpgrade: false, generalLogEnabled: false, auditLogEnabled: false }),
    // Edge case: RabbitMQ has no audit log (MQ.2 NOT_APPLICABLE) but minor upgrades still apply.
    broker('us-east-1', 'b-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'notifications', { engineType: 'RABBITMQ', engineVersion: '3.13', deploymentMode: 'CLUSTER_MULTI_AZ', auditLogEnabled: null }),
  ];
}
