/**
 * DAX clusters collected by `assay collect` and judged by a live `assay
 * scan` — real processes, configured by environment only — against the
 * moto emulator, seeded through the SDK: a cluster encrypted at rest with a
 * TLS endpoint, and one with neither, each setting given explicitly.
 * moto answers every DescribeClusters field the collector reads; a cluster
 * still creating has no nodes listed, which the collector does not read.
 */
import { join } from 'node:path';
import { CreateClusterCommand, DAXClient } from '@aws-sdk/client-dax';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();
const ROLE = 'arn:aws:iam::123456789012:role/dax-access';

async function seed(moto: Moto): Promise<void> {
  const dax = new DAXClient({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' });
  await dax.send(new CreateClusterCommand({
    ClusterName: 'orders-cache', NodeType: 'dax.r5.large', ReplicationFactor: 3, IamRoleArn: ROLE,
    SSESpecification: { Enabled: true }, ClusterEndpointEncryptionType: 'TLS',
  }));
  await dax.send(new CreateClusterCommand({
    ClusterName: 'legacy-cache', NodeType: 'dax.t3.small', ReplicationFactor: 1, IamRoleArn: ROLE,
    SSESpecification: { Enabled: false }, ClusterEndpointEncryptionType: 'NONE',
  }));
}

describe.skipIf(!ready)('DAX clusters against the moto emulator', () => {
  const fixture = useMoto('assay-moto-dax-', seed);

  it('assay collect writes every seeded cluster with its encryption settings', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const clusters = snapshot.resources.filter((r) => r.type === 'aws.dax.cluster');
    expect(clusters.map((c) => c.id).sort()).toEqual(['legacy-cache', 'orders-cache']);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.dax.cluster').map((c) => c.status)).toEqual(['complete']);
    const cluster = (id: string) => clusters.find((c) => c.id === id);
    expect(clusters.every((c) => c.errors === undefined)).toBe(true);
    expect(cluster('orders-cache')?.data).toMatchObject({ clusterName: 'orders-cache', nodeType: 'dax.r5.large', totalNodes: 3, sseStatus: 'ENABLED', endpointEncryptionType: 'TLS' });
    expect(cluster('legacy-cache')?.data).toMatchObject({ totalNodes: 1, sseStatus: 'DISABLED', endpointEncryptionType: 'NONE' });
  });

  it('a live assay scan gives the DAX verdicts', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-dax-cluster-encrypted-at-rest', 'orders-cache')).toBe('PASS');
    expect(statusOf('aws-dax-cluster-endpoint-tls', 'orders-cache')).toBe('PASS');
    expect(statusOf('aws-dax-cluster-encrypted-at-rest', 'legacy-cache')).toBe('FAIL');
    expect(statusOf('aws-dax-cluster-endpoint-tls', 'legacy-cache')).toBe('FAIL');
  });
});
