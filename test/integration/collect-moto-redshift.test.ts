/**
 * Redshift clusters collected by `assay collect` and judged by a live
 * `assay scan` against the moto emulator, seeded through the SDK: a
 * hardened cluster with audit logs to CloudWatch Logs and one created with
 * the console's old defaults.
 *
 * What moto 5.2.1 answers and leaves out, and what Assay must make of it:
 * DescribeClusters answers no MultiAZ, so multiAz is unknown — a recorded
 * failure, and Redshift.18 is ERROR, never PASS or FAIL. Every parameter
 * group answers moto's engine defaults (require_ssl false, and moto has no
 * ModifyClusterParameterGroup), so require_ssl is false on both clusters.
 * DescribeLoggingStatus answers an empty LogDestinationType for logging
 * off, which is no destination.
 */
import { join } from 'node:path';
import { CreateClusterCommand, CreateClusterParameterGroupCommand, EnableLoggingCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

async function seed(moto: Moto): Promise<void> {
  const redshift = new RedshiftClient({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' });
  await redshift.send(new CreateClusterParameterGroupCommand({ ParameterGroupName: 'warehouse-params', ParameterGroupFamily: 'redshift-1.0', Description: 'warehouse' }));
  // Every setting a policy reads, stated: private, KMS-encrypted, a custom administrator, a week of snapshots, upgrades and enhanced VPC routing on.
  await redshift.send(new CreateClusterCommand({
    ClusterIdentifier: 'warehouse', NodeType: 'ra3.xlplus', ClusterType: 'multi-node', NumberOfNodes: 2, MasterUsername: 'warehouse_owner', MasterUserPassword: 'Not-a-real-password-1',
    DBName: 'analytics', Port: 5499, PubliclyAccessible: false, Encrypted: true, KmsKeyId: KEY, AutomatedSnapshotRetentionPeriod: 7, AllowVersionUpgrade: true,
    EnhancedVpcRouting: true, ClusterParameterGroupName: 'warehouse-params', Tags: [{ Key: 'team', Value: 'analytics' }],
  }));
  await redshift.send(new EnableLoggingCommand({ ClusterIdentifier: 'warehouse', LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog'] }));
  // The console's old defaults, stated as well: public, unencrypted, awsuser, one day of snapshots, no upgrades, no logging.
  await redshift.send(new CreateClusterCommand({
    ClusterIdentifier: 'legacy-dw', NodeType: 'dc2.large', ClusterType: 'single-node', MasterUsername: 'awsuser', MasterUserPassword: 'Not-a-real-password-2',
    DBName: 'dev', Port: 5439, PubliclyAccessible: true, Encrypted: false, AutomatedSnapshotRetentionPeriod: 1, AllowVersionUpgrade: false, EnhancedVpcRouting: false,
  }));
}

describe.skipIf(!ready)('Redshift collection against the moto emulator', () => {
  const fixture = useMoto('assay-moto-redshift-', seed);

  it('assay collect records each cluster, its audit logging and its parameter group\'s require_ssl', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const cluster = (id: string) => snapshot.resources.find((r) => r.type === 'aws.redshift.cluster' && r.id === id);
    expect(cluster('warehouse')?.tags).toEqual({ team: 'analytics' });
    expect(cluster('warehouse')?.data).toMatchObject({
      nodeType: 'ra3.xlplus', numberOfNodes: 2, publiclyAccessible: false, encrypted: true, kmsKeyId: KEY, enhancedVpcRouting: true, allowVersionUpgrade: true,
      automatedSnapshotRetentionPeriod: 7, masterUsername: 'warehouse_owner', dbName: 'analytics', port: 5499, parameterGroupName: 'warehouse-params', parameterApplyStatus: 'in-sync',
      requireSsl: false, loggingEnabled: true, loggingDestination: 'cloudwatch', loggingLogExports: ['connectionlog', 'userlog'],
    });
    expect(cluster('legacy-dw')?.data).toMatchObject({
      publiclyAccessible: true, encrypted: false, kmsKeyId: null, enhancedVpcRouting: false, allowVersionUpgrade: false, automatedSnapshotRetentionPeriod: 1,
      masterUsername: 'awsuser', dbName: 'dev', parameterGroupName: 'default.redshift-1.0', requireSsl: false, loggingEnabled: false, loggingDestination: null, loggingLogExports: [],
    });
    // moto answers no MultiAZ: unknown, never "Disabled".
    for (const id of ['warehouse', 'legacy-dw']) {
      expect(cluster(id)?.data).not.toHaveProperty('multiAz');
      expect(cluster(id)?.errors?.map((e) => [e.path, e.code])).toEqual([['multiAz', 'IncompleteResponse']]);
    }
    expect(snapshot.coverage.filter((c) => c.type === 'aws.redshift.cluster')).toEqual([expect.objectContaining({ region: 'us-east-1', status: 'complete' })]);
  });

  it('a live assay scan judges them', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    for (const policy of ['aws-redshift-cluster-not-public', 'aws-redshift-cluster-kms-encrypted', 'aws-redshift-cluster-enhanced-vpc-routing', 'aws-redshift-cluster-major-version-upgrade', 'aws-redshift-cluster-automated-snapshots', 'aws-redshift-cluster-custom-admin-username', 'aws-redshift-cluster-audit-logging']) {
      expect(statusOf(policy, 'warehouse'), policy).toBe('PASS');
      expect(statusOf(policy, 'legacy-dw'), policy).toBe('FAIL');
    }
    for (const id of ['warehouse', 'legacy-dw']) {
      expect(statusOf('aws-redshift-cluster-require-tls', id)).toBe('FAIL');
      expect(statusOf('aws-redshift-cluster-multi-az', id)).toBe('ERROR');
    }
  });
});
