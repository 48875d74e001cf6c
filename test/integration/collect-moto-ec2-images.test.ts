/**
 * EBS snapshots and AMIs collected by `assay collect` from the moto
 * emulator seeded through the SDK, and judged by a scan of that snapshot:
 * a snapshot shared with everyone (createVolumePermission group all), one
 * shared with nobody, an AMI made public (launchPermission group all) and
 * one kept private. Publicness comes from the sharing attributes, each read
 * per resource, as against AWS.
 */
import { join } from 'node:path';
import { CreateImageCommand, CreateSnapshotCommand, CreateVolumeCommand, EC2Client, ModifyImageAttributeCommand, ModifySnapshotAttributeCommand, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

interface Seeded { publicSnapshot: string; privateSnapshot: string; publicImage: string; privateImage: string }

async function seed(moto: Moto): Promise<Seeded> {
  const ec2 = new EC2Client({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' });
  const volume = async (encrypted: boolean): Promise<string> => (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8, Encrypted: encrypted }))).VolumeId ?? '';
  const snapshot = async (volumeId: string, description: string): Promise<string> => (await ec2.send(new CreateSnapshotCommand({ VolumeId: volumeId, Description: description }))).SnapshotId ?? '';
  const publicSnapshot = await snapshot(await volume(false), 'shared with everyone');
  const privateSnapshot = await snapshot(await volume(true), 'kept private');
  await ec2.send(new ModifySnapshotAttributeCommand({ SnapshotId: publicSnapshot, Attribute: 'createVolumePermission', OperationType: 'add', GroupNames: ['all'] }));
  const instance = (await ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1, InstanceType: 't3.micro' }))).Instances?.[0]?.InstanceId ?? '';
  const image = async (name: string): Promise<string> => (await ec2.send(new CreateImageCommand({ InstanceId: instance, Name: name }))).ImageId ?? '';
  const publicImage = await image('public-image');
  const privateImage = await image('private-image');
  await ec2.send(new ModifyImageAttributeCommand({ ImageId: publicImage, LaunchPermission: { Add: [{ Group: 'all' }] } }));
  return { publicSnapshot, privateSnapshot, publicImage, privateImage };
}

describe.skipIf(!ready)('EBS snapshots and AMIs against the moto emulator', () => {
  const fixture = useMoto('assay-moto-ec2-images-', seed);
  const snap = (): string => join(fixture.dir, 'snap.json');

  it('assay collect reads the account\'s own snapshots and AMIs with their sharing attributes', async () => {
    const run = await assay(['collect', '--regions', 'us-east-1', '--types', 'aws.ec2.snapshot,aws.ec2.image', '-o', snap(), '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(snap());
    const { publicSnapshot, privateSnapshot, publicImage, privateImage } = fixture.seeded;
    const snapshots = snapshot.resources.filter((r) => r.type === 'aws.ec2.snapshot');
    // moto's CreateImage snapshots the instance's root volume too: those are the account's own snapshots as well.
    expect(snapshots.map((s) => s.id)).toEqual(expect.arrayContaining([publicSnapshot, privateSnapshot]));
    const snapshotData = (id: string): unknown => snapshots.find((s) => s.id === id)?.data;
    expect(snapshotData(publicSnapshot)).toMatchObject({ encrypted: false, createVolumePermissions: [{ group: 'all', userId: null }] });
    expect(snapshotData(privateSnapshot)).toMatchObject({ encrypted: true, createVolumePermissions: [] });
    const images = snapshot.resources.filter((r) => r.type === 'aws.ec2.image');
    expect(images.map((i) => i.id).sort()).toEqual([publicImage, privateImage].sort());
    const imageData = (id: string): unknown => images.find((i) => i.id === id)?.data;
    expect(imageData(publicImage)).toMatchObject({ launchPermissions: [{ group: 'all' }] });
    expect(imageData(privateImage)).toMatchObject({ launchPermissions: [] });
    expect(snapshot.coverage.filter((c) => c.type === 'aws.ec2.snapshot' || c.type === 'aws.ec2.image').map((c) => c.status)).toEqual(['complete', 'complete']);
  });

  it('a scan of that snapshot fails the public snapshot and AMI and passes the private ones', async () => {
    const run = await assay(['scan', '--snapshot', snap(), '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    const { publicSnapshot, privateSnapshot, publicImage, privateImage } = fixture.seeded;
    expect(statusOf('aws-ec2-snapshot-not-public', publicSnapshot)).toBe('FAIL');
    expect(statusOf('aws-ec2-snapshot-not-public', privateSnapshot)).toBe('PASS');
    expect(statusOf('aws-ec2-snapshot-encrypted', publicSnapshot)).toBe('FAIL');
    expect(statusOf('aws-ec2-snapshot-encrypted', privateSnapshot)).toBe('PASS');
    expect(statusOf('aws-ec2-image-not-public', publicImage)).toBe('FAIL');
    expect(statusOf('aws-ec2-image-not-public', privateImage)).toBe('PASS');
  });
});
