/**
 * MSK clusters collected by `assay collect` and judged by a live `assay
 * scan` against the moto emulator, seeded through the SDK: a provisioned
 * cluster with TLS between brokers, public access off and IAM
 * authentication only, and one with plaintext between brokers that
 * accepts unauthenticated clients.
 *
 * moto 5.2.1 quirk: its ListClustersV2 answers creationTime in a form the
 * SDK's deserializer rejects ("Invalid RFC-3339 date-time value"), so no
 * cluster can be read through it. What the emulator can show is that Assay
 * fails closed: the listing's coverage is failed with the reason, and the
 * scan gives no MSK verdict at all, never a PASS. The clusters' settings
 * are tested with recorded answers (src/collect/aws/msk/clusters.test.ts).
 * MSK Connect is not in moto 5.2.1 either.
 */
import { join } from 'node:path';
import { CreateClusterV2Command, KafkaClient } from '@aws-sdk/client-kafka';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

async function seed(moto: Moto): Promise<void> {
  const kafka = new KafkaClient({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, requestHandler: new NodeHttpHandler(), region: 'us-east-1' });
  const brokers = (publicAccess: string) => ({ ClientSubnets: ['subnet-0a1b2c3d4e5f67890', 'subnet-0f1e2d3c4b5a69870'], InstanceType: 'kafka.m5.large', ConnectivityInfo: { PublicAccess: { Type: publicAccess } } });
  await kafka.send(new CreateClusterV2Command({
    ClusterName: 'events',
    Provisioned: {
      BrokerNodeGroupInfo: brokers('DISABLED'), KafkaVersion: '3.6.0', NumberOfBrokerNodes: 2,
      EncryptionInfo: { EncryptionInTransit: { InCluster: true, ClientBroker: 'TLS' } },
      ClientAuthentication: { Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: false } },
    },
  }));
  await kafka.send(new CreateClusterV2Command({
    ClusterName: 'legacy',
    Provisioned: {
      BrokerNodeGroupInfo: brokers('DISABLED'), KafkaVersion: '2.8.1', NumberOfBrokerNodes: 2,
      EncryptionInfo: { EncryptionInTransit: { InCluster: false, ClientBroker: 'TLS_PLAINTEXT' } },
      ClientAuthentication: { Unauthenticated: { Enabled: true } },
    },
  }));
}

describe.skipIf(!ready)('MSK clusters against the moto emulator', () => {
  const fixture = useMoto('assay-moto-msk-', seed);

  it('assay collect fails the MSK coverage it cannot read, and a scan gives no MSK verdict', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    expect(snapshot.resources.filter((r) => r.type === 'aws.msk.cluster')).toEqual([]);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.msk.cluster')).toEqual([expect.objectContaining({ status: 'failed', reason: expect.stringContaining('kafka:ListClustersV2') as unknown })]);
    const scan = await assay(['scan', '--snapshot', out, '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(scan.code, scan.stderr).toBe(0);
    const result = JSON.parse(scan.stdout) as ScanResult;
    expect(result.findings.filter((f) => f.policy.startsWith('aws-msk-') && f.status === 'PASS')).toEqual([]);
  });
});
