/**
 * EKS clusters collected by `assay collect` and judged by a live `assay
 * scan` — real processes, configured by environment only — against the moto
 * emulator, seeded through the SDK: a hardened cluster and one created with
 * moto's defaults in us-east-1, and a partly hardened one in eu-west-1.
 *
 * What moto 5.2.1 answers and leaves out, and what Assay must make of it:
 * DescribeCluster echoes resourcesVpcConfig as CreateCluster was given it
 * (no vpcId, no clusterSecurityGroupId, no endpoint flags or CIDRs that were
 * not sent) and answers no accessConfig and no upgradePolicy. Each of those
 * is unknown in the snapshot — a recorded failure — never a default; the
 * policy reading one is ERROR. Logging left unset is moto's (and AWS's)
 * default, every type off; encryptionConfig left unset is answered as an
 * empty list, "none configured".
 */
import { join } from 'node:path';
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/eks-cluster`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const EU_KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/5f2a9c7e-1b3d-4e6f-8a0b-9c1d2e3f4a5b`;
const ALL_LOGS = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const;

async function seed(moto: Moto): Promise<void> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const east = new EKSClient({ ...config, region: 'us-east-1' });
  const eu = new EKSClient({ ...config, region: 'eu-west-1' });
  // Every setting a policy reads, stated: private endpoint, secrets under a key, every log, a version in standard support.
  await east.send(new CreateClusterCommand({
    name: 'prod', version: '1.35', roleArn: ROLE,
    resourcesVpcConfig: { subnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0f1e2d3c4b5a69870'], securityGroupIds: ['sg-0a1b2c3d4e5f67890'], endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'] },
    logging: { clusterLogging: [{ types: [...ALL_LOGS], enabled: true }] },
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- seeded as AWS's examples still send it; the Config rule reads it
    encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: KEY } }],
    tags: { team: 'platform' },
  }));
  // Only what CreateCluster requires: moto's defaults fill the rest (Kubernetes 1.19, every log off, no encryption).
  await east.send(new CreateClusterCommand({ name: 'defaults', roleArn: ROLE, resourcesVpcConfig: { subnetIds: ['subnet-0a1b2c3d4e5f67890'] } }));
  // Public endpoint limited to one range, encrypted, only the audit log, a version in extended support.
  await eu.send(new CreateClusterCommand({
    name: 'analytics', version: '1.33', roleArn: ROLE,
    resourcesVpcConfig: { subnetIds: ['subnet-0c4d5e6f7a8b9c0d1'], securityGroupIds: [], endpointPublicAccess: true, endpointPrivateAccess: true, publicAccessCidrs: ['198.51.100.0/24'] },
    logging: { clusterLogging: [{ types: ['audit'], enabled: true }, { types: ['api', 'authenticator', 'controllerManager', 'scheduler'], enabled: false }] },
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- seeded as AWS's examples still send it; the Config rule reads it
    encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: EU_KEY } }],
  }));
}

describe.skipIf(!ready)('EKS clusters against the moto emulator', () => {
  const fixture = useMoto('assay-moto-eks-', seed);

  it('assay collect writes every fixture.seeded cluster, and what moto leaves out as unknown', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const clusters = snapshot.resources.filter((r) => r.type === 'aws.eks.cluster');
    expect(clusters.map((c) => `${c.region}/${c.id}`).sort()).toEqual(['eu-west-1/analytics', 'us-east-1/defaults', 'us-east-1/prod']);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.eks.cluster').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
    const cluster = (id: string) => clusters.find((c) => c.id === id);
    const failed = (id: string) => (cluster(id)?.errors ?? []).map((e) => e.path).sort();
    const motoOmits = ['authenticationMode', 'clusterSecurityGroupId', 'upgradePolicySupportType', 'vpcId'];

    expect(cluster('prod')).toMatchObject({ arn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/prod`, tags: { team: 'platform' } });
    expect(cluster('prod')?.data).toMatchObject({
      name: 'prod', arn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/prod`, version: '1.35', kubernetesMinorVersion: 35, status: 'ACTIVE',
      endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'],
      subnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0f1e2d3c4b5a69870'], securityGroupIds: ['sg-0a1b2c3d4e5f67890'],
      encryptionConfig: [{ resources: ['secrets'], keyArn: KEY }],
      logging: { api: true, audit: true, authenticator: true, controllerManager: true, scheduler: true },
    });
    expect(typeof cluster('prod')?.data.platformVersion).toBe('string');
    // moto answers no VPC id, cluster security group, authentication mode or upgrade policy: unknown, never a default.
    expect(failed('prod')).toEqual(motoOmits);
    for (const path of motoOmits) expect(cluster('prod')?.data).not.toHaveProperty(path);
    expect(cluster('prod')?.errors?.every((e) => e.code === 'IncompleteResponse' && e.operation === 'eks:DescribeCluster')).toBe(true);

    // moto's defaults: version 1.19, every log type off, no encryption (null); the endpoint flags and CIDRs were not sent, so moto does not answer them.
    expect(cluster('defaults')?.data).toMatchObject({
      version: '1.19', kubernetesMinorVersion: 19, encryptionConfig: null,
      logging: { api: false, audit: false, authenticator: false, controllerManager: false, scheduler: false },
    });
    expect(failed('defaults')).toEqual([...motoOmits, 'endpointPrivateAccess', 'endpointPublicAccess', 'publicAccessCidrs', 'securityGroupIds'].sort());
    expect(cluster('defaults')?.data).not.toHaveProperty('endpointPublicAccess');

    expect(cluster('analytics')?.data).toMatchObject({
      version: '1.33', kubernetesMinorVersion: 33, endpointPublicAccess: true, publicAccessCidrs: ['198.51.100.0/24'], securityGroupIds: [],
      encryptionConfig: [{ resources: ['secrets'], keyArn: EU_KEY }],
      logging: { api: false, audit: true, authenticator: false, controllerManager: false, scheduler: false },
    });
    expect(failed('analytics')).toEqual(motoOmits);
  });

  it('a live assay scan gives the EKS verdicts, ERROR where moto left the field out', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1,eu-west-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-eks-cluster-endpoint-not-public', 'prod')).toBe('PASS');
    expect(statusOf('aws-eks-cluster-endpoint-not-public', 'analytics')).toBe('FAIL');
    expect(statusOf('aws-eks-cluster-endpoint-not-public', 'defaults')).toBe('ERROR');
    expect(statusOf('aws-eks-cluster-secrets-encrypted', 'prod')).toBe('PASS');
    expect(statusOf('aws-eks-cluster-secrets-encrypted', 'analytics')).toBe('PASS');
    expect(statusOf('aws-eks-cluster-secrets-encrypted', 'defaults')).toBe('FAIL');
    expect(statusOf('aws-eks-cluster-audit-logging', 'prod')).toBe('PASS');
    expect(statusOf('aws-eks-cluster-audit-logging', 'analytics')).toBe('FAIL');
    expect(statusOf('aws-eks-cluster-audit-logging', 'defaults')).toBe('FAIL');
    expect(statusOf('aws-eks-cluster-supported-version', 'prod')).toBe('PASS');
    expect(statusOf('aws-eks-cluster-supported-version', 'analytics')).toBe('FAIL');
    expect(statusOf('aws-eks-cluster-supported-version', 'defaults')).toBe('FAIL');
  });
});
