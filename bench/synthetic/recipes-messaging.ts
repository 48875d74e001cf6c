/**
 * Caches and message brokers: ElastiCache clusters of every engine, alone
 * or in a group, with and without backups, upgrades and a subnet group of
 * their own; replication groups of Redis OSS 4 to Valkey 8, failing over
 * or not, encrypted or not, with AUTH, user groups or neither; MSK
 * clusters provisioned or serverless, private or public, with TLS and
 * authentication or not; MSK Connect connectors over TLS or plaintext,
 * logging somewhere or nowhere; Amazon MQ brokers of both engines with and
 * without audit logs and upgrades.
 */
import { elasticacheCacheCluster } from '../../src/resources/types/elasticache-cache-cluster.js';
import { elasticacheReplicationGroup } from '../../src/resources/types/elasticache-replication-group.js';
import { kafkaconnectConnector } from '../../src/resources/types/kafkaconnect-connector.js';
import { mqBroker } from '../../src/resources/types/mq-broker.js';
import { mskCluster } from '../../src/resources/types/msk-cluster.js';
import { daysAgo, defineRecipe, denied, type Recipe, type Variation } from './recipe.js';

export const cacheClusterRecipe: Recipe = defineRecipe({
  definition: elasticacheCacheCluster,
  weight: 6,
  vary(rng): Variation<typeof elasticacheCacheCluster.data> {
    const engine = rng.pick(['redis', 'valkey', 'memcached'] as const);
    return {
      data: {
        engine,
        engineVersion: engine === 'memcached' ? '1.6.22' : rng.pick(['5.0.6', '6.2.6', '7.1', '8.0']),
        createdAt: daysAgo(rng.int(1, 2000)),
        replicationGroupId: engine !== 'memcached' && rng.chance(0.3) ? 'group' : null,
        autoMinorVersionUpgrade: rng.chance(0.7),
        snapshotRetentionLimit: engine === 'memcached' ? null : rng.pick([0, 0, 1, 7, 35]),
        cacheSubnetGroupName: rng.pick(['cache-private', 'cache-private', 'default', null]),
      },
      ...(rng.chance(0.04) ? { errors: [denied('snapshotRetentionLimit', 'elasticache:DescribeCacheClusters', 'IncompleteResponse')] } : {}),
    };
  },
  identify(seq, place) {
    const id = `cache-${seq}`;
    return { id, arn: `arn:aws:elasticache:${place.region}:${place.account}:cluster:${id}`, data: { cacheClusterId: id } };
  },
});

export const replicationGroupRecipe: Recipe = defineRecipe({
  definition: elasticacheReplicationGroup,
  weight: 4,
  vary(rng): Variation<typeof elasticacheReplicationGroup.data> {
    const engine = rng.pick(['redis', 'redis', 'valkey'] as const);
    const transit = rng.chance(0.6);
    return {
      data: {
        engine,
        engineVersion: engine === 'valkey' ? '8.0' : rng.pick(['4.0.10', '5.0.6', '6.2.6', '7.1']),
        automaticFailover: rng.pick(['enabled', 'enabled', 'disabled'] as const),
        multiAz: rng.pick(['enabled', 'disabled'] as const),
        snapshotRetentionLimit: rng.pick([0, 1, 7]),
        atRestEncryptionEnabled: rng.chance(0.7),
        transitEncryptionEnabled: transit,
        transitEncryptionMode: transit ? rng.pick(['required', 'required', 'preferred'] as const) : null,
        authTokenEnabled: rng.chance(0.4),
        userGroupIds: rng.chance(0.3) ? ['app-users'] : [],
      },
      ...(rng.chance(0.04) ? { errors: [denied('engineVersion', 'elasticache:DescribeCacheClusters', 'AccessDenied')] } : {}),
    };
  },
  identify(seq, place) {
    const id = `group-${seq}`;
    return { id, arn: `arn:aws:elasticache:${place.region}:${place.account}:replicationgroup:${id}`, data: { replicationGroupId: id, memberClusters: [`${id}-001`, `${id}-002`] } };
  },
});

export const mskClusterRecipe: Recipe = defineRecipe({
  definition: mskCluster,
  weight: 3,
  vary(rng): Variation<typeof mskCluster.data> {
    const serverless = rng.chance(0.2);
    return {
      data: serverless
        ? { clusterType: 'SERVERLESS', createdAt: daysAgo(rng.int(1, 900)), kafkaVersion: null, inClusterEncryption: null, clientBrokerEncryption: null, publicAccessType: null, unauthenticatedAccessEnabled: null }
        : {
          clusterType: 'PROVISIONED', createdAt: daysAgo(rng.int(1, 2000)), kafkaVersion: rng.pick(['2.8.1', '3.5.1', '3.6.0']),
          inClusterEncryption: rng.chance(0.8), clientBrokerEncryption: rng.pick(['TLS', 'TLS', 'TLS_PLAINTEXT', 'PLAINTEXT'] as const),
          publicAccessType: rng.pick(['DISABLED', 'DISABLED', 'DISABLED', 'SERVICE_PROVIDED_EIPS'] as const), unauthenticatedAccessEnabled: rng.chance(0.3),
        },
      ...(!serverless && rng.chance(0.04) ? { errors: [denied('publicAccessType', 'kafka:DescribeClusterV2', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `kafka-${seq}`;
    return { id: name, arn: `arn:aws:kafka:${place.region}:${place.account}:cluster/${name}/00000000-0000-0000-0000-${String(seq).padStart(12, '0')}-1`, data: { name } };
  },
});

export const connectorRecipe: Recipe = defineRecipe({
  definition: kafkaconnectConnector,
  weight: 2,
  vary(rng): Variation<typeof kafkaconnectConnector.data> {
    const destination = rng.pick(['cloudwatch', 'cloudwatch', 's3', 'firehose', 'none'] as const);
    return {
      data: {
        createdAt: daysAgo(rng.int(1, 1500)),
        encryptionInTransit: rng.pick(['TLS', 'TLS', 'PLAINTEXT'] as const),
        authenticationType: rng.pick(['IAM', 'NONE'] as const),
        cloudWatchLogsEnabled: destination === 'cloudwatch',
        cloudWatchLogGroup: destination === 'cloudwatch' ? '/msk-connect/workers' : null,
        firehoseEnabled: destination === 'firehose',
        s3Enabled: destination === 's3',
      },
      ...(rng.chance(0.04) ? { errors: [denied('encryptionInTransit', 'kafkaconnect:DescribeConnector', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `connector-${seq}`;
    return { id: name, arn: `arn:aws:kafkaconnect:${place.region}:${place.account}:connector/${name}/00000000-0000-0000-0000-${String(seq).padStart(12, '0')}-1`, data: { name } };
  },
});

export const mqBrokerRecipe: Recipe = defineRecipe({
  definition: mqBroker,
  weight: 2,
  vary(rng): Variation<typeof mqBroker.data> {
    const engine = rng.pick(['ACTIVEMQ', 'ACTIVEMQ', 'RABBITMQ'] as const);
    return {
      data: {
        engineType: engine,
        engineVersion: engine === 'ACTIVEMQ' ? rng.pick(['5.17', '5.18']) : '3.13',
        deploymentMode: engine === 'ACTIVEMQ' ? rng.pick(['ACTIVE_STANDBY_MULTI_AZ', 'SINGLE_INSTANCE'] as const) : rng.pick(['CLUSTER_MULTI_AZ', 'SINGLE_INSTANCE'] as const),
        autoMinorVersionUpgrade: rng.chance(0.7),
        publiclyAccessible: rng.chance(0.2),
        generalLogEnabled: rng.chance(0.6),
        auditLogEnabled: engine === 'ACTIVEMQ' ? rng.chance(0.6) : null,
      },
      ...(rng.chance(0.04) ? { errors: [denied('autoMinorVersionUpgrade', 'mq:DescribeBroker', 'ForbiddenException')] } : {}),
    };
  },
  identify(seq, place) {
    const id = `b-00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
    const name = `broker-${seq}`;
    return { id, arn: `arn:aws:mq:${place.region}:${place.account}:broker:${name}:${id}`, data: { brokerId: id, name } };
  },
});
