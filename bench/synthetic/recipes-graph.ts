/**
 * Neptune and DocumentDB clusters and their manual snapshots: encrypted or
 * not, audit logs exported or not, protected or not, backups kept for 0 to
 * 35 days, IAM authentication and tag copying on or off (Neptune), TLS on,
 * off or at a newer minimum (DocumentDB), snapshots private, shared or public.
 */
import { docdbDbCluster } from '../../src/resources/types/docdb-db-cluster.js';
import { docdbDbClusterSnapshot } from '../../src/resources/types/docdb-db-cluster-snapshot.js';
import { neptuneDbCluster } from '../../src/resources/types/neptune-db-cluster.js';
import { neptuneDbClusterSnapshot } from '../../src/resources/types/neptune-db-cluster-snapshot.js';
import { daysAgo, defineRecipe, denied, type Recipe, type Variation } from './recipe.js';
import type { Rng } from './rng.js';

function restore(rng: Rng): string[] {
  const roll = rng.int(0, 19);
  if (roll === 0) return ['all'];
  if (roll < 4) return ['210987654321'];
  return [];
}

export const neptuneClusterRecipe: Recipe = defineRecipe({
  definition: neptuneDbCluster,
  weight: 2,
  vary(rng): Variation<typeof neptuneDbCluster.data> {
    const encrypted = rng.chance(0.8);
    return {
      data: {
        storageEncrypted: encrypted,
        kmsKeyId: encrypted ? neptuneDbCluster.example.kmsKeyId : null,
        multiAz: rng.chance(0.6),
        deletionProtection: rng.chance(0.6),
        iamDatabaseAuthenticationEnabled: rng.chance(0.5),
        copyTagsToSnapshot: rng.chance(0.6),
        backupRetentionPeriod: rng.pick([1, 1, 7, 14, 35]),
        enabledCloudwatchLogsExports: rng.pick([['audit'], ['audit', 'slowquery'], ['slowquery'], []]),
      },
    };
  },
  identify(seq) {
    const id = `graph-${seq}`;
    return { id, data: { dbClusterIdentifier: id } };
  },
});

export const docdbClusterRecipe: Recipe = defineRecipe({
  definition: docdbDbCluster,
  weight: 2,
  vary(rng): Variation<typeof docdbDbCluster.data> {
    const encrypted = rng.chance(0.8);
    return {
      data: {
        storageEncrypted: encrypted,
        kmsKeyId: encrypted ? docdbDbCluster.example.kmsKeyId : null,
        multiAz: rng.chance(0.6),
        deletionProtection: rng.chance(0.6),
        backupRetentionPeriod: rng.pick([1, 3, 7, 14, 35]),
        enabledCloudwatchLogsExports: rng.pick([['audit'], ['audit', 'profiler'], ['profiler'], []]),
        tls: rng.pick(['enabled', 'enabled', 'tls1.2+', 'disabled']),
      },
      ...(rng.chance(0.03) ? { errors: [denied('tls', 'rds:DescribeDBClusterParameters')] } : {}),
    };
  },
  identify(seq) {
    const id = `docs-${seq}`;
    return { id, data: { dbClusterIdentifier: id, dbClusterParameterGroup: `docs-${seq}-params` } };
  },
});

function snapshotRecipe(definition: typeof neptuneDbClusterSnapshot | typeof docdbDbClusterSnapshot, prefix: string): Recipe {
  return defineRecipe({
    definition,
    weight: 2,
    vary(rng): Variation<typeof definition.data> {
      const encrypted = rng.chance(0.8);
      return {
        data: { storageEncrypted: encrypted, kmsKeyId: encrypted ? definition.example.kmsKeyId : null, snapshotCreateTime: daysAgo(rng.int(1, 900)), restoreAttributeValues: restore(rng) },
        ...(rng.chance(0.03) ? { errors: [denied('restoreAttributeValues', 'rds:DescribeDBClusterSnapshotAttributes')] } : {}),
      };
    },
    identify(seq, place) {
      const id = `${prefix}-${seq}-manual`;
      return { id, arn: `arn:aws:rds:${place.region}:${place.account}:cluster-snapshot:${id}`, data: { dbClusterSnapshotIdentifier: id, dbClusterIdentifier: `${prefix}-${seq}` } };
    },
  });
}

export const neptuneClusterSnapshotRecipe: Recipe = snapshotRecipe(neptuneDbClusterSnapshot, 'graph');
export const docdbClusterSnapshotRecipe: Recipe = snapshotRecipe(docdbDbClusterSnapshot, 'docs');
