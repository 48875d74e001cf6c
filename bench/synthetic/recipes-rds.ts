/**
 * RDS manual snapshots of instances and clusters, encrypted or not, private,
 * shared with another account or public; and event subscriptions for each
 * source type, some limited to named sources or categories, switched off or
 * unable to publish, so the four event controls see every verdict.
 */
import { rdsDbClusterSnapshot } from '../../src/resources/types/rds-db-cluster-snapshot.js';
import { rdsDbSnapshot } from '../../src/resources/types/rds-db-snapshot.js';
import { rdsEventSubscription } from '../../src/resources/types/rds-event-subscription.js';
import { daysAgo, defineRecipe, denied, field, type Recipe, type Variation } from './recipe.js';
import type { Resource } from '../../src/resources/resource.js';
import type { Rng } from './rng.js';

function restore(rng: Rng): string[] {
  const roll = rng.int(0, 19);
  if (roll === 0) return ['all'];
  if (roll < 4) return ['210987654321'];
  return [];
}

/** An encrypted snapshot's key, taken from the keys of its region when there are any. */
function withKey(template: Resource, keys: readonly string[], rng: Rng): { kmsKeyId?: string } {
  return field(template, 'kmsKeyId') !== null && keys.length > 0 ? { kmsKeyId: rng.pick(keys) } : {};
}

export const rdsSnapshotRecipe: Recipe = defineRecipe({
  definition: rdsDbSnapshot,
  weight: 10,
  vary(rng): Variation<typeof rdsDbSnapshot.data> {
    const encrypted = rng.chance(0.75);
    return {
      data: {
        engine: rng.pick(['postgres', 'mysql', 'sqlserver-se']),
        encrypted,
        kmsKeyId: encrypted ? rdsDbSnapshot.example.kmsKeyId : null,
        snapshotCreateTime: daysAgo(rng.int(1, 900)),
        restoreAttributeValues: restore(rng),
      },
      ...(rng.chance(0.03) ? { errors: [denied('restoreAttributeValues', 'rds:DescribeDBSnapshotAttributes')] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const id = `db-${seq}-manual`;
    return {
      id,
      arn: `arn:aws:rds:${place.region}:${place.account}:snapshot:${id}`,
      data: { dbSnapshotIdentifier: id, dbInstanceIdentifier: `db-${seq}`, ...withKey(template, refs.arns('aws.kms.key', place.account, place.region), rng) },
    };
  },
});

export const rdsClusterSnapshotRecipe: Recipe = defineRecipe({
  definition: rdsDbClusterSnapshot,
  weight: 5,
  vary(rng): Variation<typeof rdsDbClusterSnapshot.data> {
    const encrypted = rng.chance(0.8);
    return {
      data: {
        engine: rng.pick(['aurora-postgresql', 'aurora-mysql']),
        storageEncrypted: encrypted,
        kmsKeyId: encrypted ? rdsDbClusterSnapshot.example.kmsKeyId : null,
        snapshotCreateTime: daysAgo(rng.int(1, 900)),
        restoreAttributeValues: restore(rng),
      },
      ...(rng.chance(0.03) ? { errors: [denied('restoreAttributeValues', 'rds:DescribeDBClusterSnapshotAttributes')] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const id = `cluster-${seq}-manual`;
    return {
      id,
      arn: `arn:aws:rds:${place.region}:${place.account}:cluster-snapshot:${id}`,
      data: { dbClusterSnapshotIdentifier: id, dbClusterIdentifier: `cluster-${seq}`, ...withKey(template, refs.arns('aws.kms.key', place.account, place.region), rng) },
    };
  },
});

const CRITICAL: Readonly<Record<string, readonly string[]>> = {
  'db-instance': ['maintenance', 'configuration change', 'failure'],
  'db-cluster': ['maintenance', 'failure'],
  'db-parameter-group': ['configuration change'],
  'db-security-group': ['configuration change', 'failure'],
};

export const rdsEventSubscriptionRecipe: Recipe = defineRecipe({
  definition: rdsEventSubscription,
  weight: 4,
  vary(rng): Variation<typeof rdsEventSubscription.data> {
    const sourceType = rng.chance(0.1) ? null : rng.pick(['db-instance', 'db-cluster', 'db-parameter-group', 'db-security-group']);
    const critical = sourceType === null ? [] : CRITICAL[sourceType] ?? [];
    return {
      data: {
        sourceType,
        eventCategories: rng.chance(0.3) ? [] : rng.chance(0.7) ? [...critical] : critical.slice(0, 1),
        sourceIds: rng.chance(0.15) ? ['db-1'] : [],
        enabled: rng.chance(0.9),
        status: rng.chance(0.9) ? 'active' : rng.pick(['no-permission', 'topic-not-exist']),
      },
    };
  },
  identify(seq, place, _template, refs, rng) {
    const id = `rds-events-${seq}`;
    const topics = refs.arns('aws.sns.topic', place.account, place.region);
    return {
      id,
      arn: `arn:aws:rds:${place.region}:${place.account}:es:${id}`,
      data: { subscriptionName: id, snsTopicArn: topics.length > 0 ? rng.pick(topics) : `arn:aws:sns:${place.region}:${place.account}:rds-events` },
    };
  },
});
