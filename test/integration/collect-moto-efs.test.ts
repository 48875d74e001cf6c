/**
 * EFS file systems (backups, mount targets) and access points collected by
 * `assay collect` and judged by `assay scan` against the moto emulator,
 * seeded through the SDK: a file system with automatic backups whose mount
 * target is in a private subnet, one without backups whose mount target is
 * in a subnet that assigns public addresses, an access point confined to a
 * directory as a POSIX user, and one created with no options.
 *
 * Every setting a policy reads is seeded. moto implements no
 * PutBackupPolicy; CreateFileSystem's Backup flag sets the policy instead.
 */
import { join } from 'node:path';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client, ModifySubnetAttributeCommand } from '@aws-sdk/client-ec2';
import { CreateAccessPointCommand, CreateFileSystemCommand, CreateMountTargetCommand, EFSClient } from '@aws-sdk/client-efs';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

interface Seeded { backedUp: string; exposed: string; confined: string; open: string; privateSubnet: string; publicSubnet: string }

async function seed(moto: Moto): Promise<Seeded> {
  const config = { endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const ec2 = new EC2Client(config);
  const efs = new EFSClient(config);
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.60.0.0/16' }))).Vpc?.VpcId ?? '';
  const privateSubnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.60.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet?.SubnetId ?? '';
  const publicSubnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.60.2.0/24', AvailabilityZone: 'us-east-1b' }))).Subnet?.SubnetId ?? '';
  await ec2.send(new ModifySubnetAttributeCommand({ SubnetId: privateSubnet, MapPublicIpOnLaunch: { Value: false } }));
  await ec2.send(new ModifySubnetAttributeCommand({ SubnetId: publicSubnet, MapPublicIpOnLaunch: { Value: true } }));
  const backedUp = (await efs.send(new CreateFileSystemCommand({ CreationToken: 'backed-up', Encrypted: true, Backup: true, Tags: [{ Key: 'Name', Value: 'backed-up' }] }))).FileSystemId ?? '';
  const exposed = (await efs.send(new CreateFileSystemCommand({ CreationToken: 'exposed', Encrypted: true, Backup: false }))).FileSystemId ?? '';
  await efs.send(new CreateMountTargetCommand({ FileSystemId: backedUp, SubnetId: privateSubnet }));
  await efs.send(new CreateMountTargetCommand({ FileSystemId: exposed, SubnetId: publicSubnet }));
  const confined = (await efs.send(new CreateAccessPointCommand({ ClientToken: 'confined', FileSystemId: backedUp, PosixUser: { Uid: 1001, Gid: 1001 }, RootDirectory: { Path: '/app' } }))).AccessPointId ?? '';
  const open = (await efs.send(new CreateAccessPointCommand({ ClientToken: 'open', FileSystemId: exposed }))).AccessPointId ?? '';
  return { backedUp, exposed, confined, open, privateSubnet, publicSubnet };
}

describe.skipIf(!ready)('EFS against the moto emulator', () => {
  const fixture = useMoto<Seeded>('assay-moto-efs-', seed);

  it('assay collect records backups, mount targets and access points', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1', '--types', 'aws.ec2.subnet,aws.efs.file-system,aws.efs.access-point', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const { seeded } = fixture;
    const find = (type: string, id: string) => snapshot.resources.find((r) => r.type === type && r.id === id);
    expect(find('aws.efs.file-system', seeded.backedUp)?.data).toMatchObject({ backupPolicyStatus: 'ENABLED', mountTargets: [expect.objectContaining({ subnetId: seeded.privateSubnet })] });
    expect(find('aws.efs.file-system', seeded.exposed)?.data).toMatchObject({ mountTargets: [expect.objectContaining({ subnetId: seeded.publicSubnet })] });
    expect(find('aws.efs.access-point', seeded.confined)?.data).toEqual({
      accessPointId: seeded.confined, fileSystemId: seeded.backedUp, name: null, lifeCycleState: 'available', rootDirectoryPath: '/app', posixUser: { uid: 1001, gid: 1001, secondaryGids: [] },
    });
    // An access point created with no options: the whole file system, no enforced identity.
    expect(find('aws.efs.access-point', seeded.open)?.data).toMatchObject({ rootDirectoryPath: '/', posixUser: null });
    for (const type of ['aws.efs.file-system', 'aws.efs.access-point']) {
      expect(snapshot.resources.filter((r) => r.type === type).flatMap((r) => r.errors ?? [])).toEqual([]);
      expect(snapshot.coverage).toContainEqual(expect.objectContaining({ type, region: 'us-east-1', status: 'complete' }));
    }
  });

  it('a live assay scan gives the EFS verdicts', async () => {
    // The snapshot the test above collected (scan has no --types; collecting every type from moto is slow and beside the point).
    const run = await assay(['scan', '--snapshot', join(fixture.dir, 'snap.json.gz'), '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    const { seeded } = fixture;
    expect(statusOf('aws-efs-file-system-automatic-backups', seeded.backedUp)).toBe('PASS');
    expect(statusOf('aws-efs-mount-targets-not-in-public-subnets', seeded.backedUp)).toBe('PASS');
    expect(statusOf('aws-efs-mount-targets-not-in-public-subnets', seeded.exposed)).toBe('FAIL');
    expect(statusOf('aws-efs-access-point-root-directory', seeded.confined)).toBe('PASS');
    expect(statusOf('aws-efs-access-point-root-directory', seeded.open)).toBe('FAIL');
    expect(statusOf('aws-efs-access-point-user-identity', seeded.confined)).toBe('PASS');
    expect(statusOf('aws-efs-access-point-user-identity', seeded.open)).toBe('FAIL');
  });
});
