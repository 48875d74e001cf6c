/**
 * FSx file systems collected by `assay collect` and judged by `assay scan`
 * against the moto emulator, seeded through the SDK: a Multi-AZ OpenZFS
 * file system copying its tags, a single-AZ Windows File Server one that
 * copies none, a Lustre one that copies none to backups, and a Multi-AZ
 * NetApp ONTAP one.
 *
 * Every setting a policy reads is seeded. moto echoes each type's
 * configuration as it was created, and answers no Lifecycle: the lifecycle
 * field is unreadable (no policy reads it), never guessed AVAILABLE.
 */
import { join } from 'node:path';
import { CreateFileSystemCommand, FSxClient } from '@aws-sdk/client-fsx';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

interface Seeded { zfs: string; windows: string; lustre: string; ontap: string }

async function seed(moto: Moto): Promise<Seeded> {
  const fsx = new FSxClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  const create = async (input: Omit<ConstructorParameters<typeof CreateFileSystemCommand>[0], 'SubnetIds' | 'StorageCapacity'>): Promise<string> =>
    (await fsx.send(new CreateFileSystemCommand({ StorageCapacity: 1024, SubnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0b1c2d3e4f5a67890'], ...input }))).FileSystem?.FileSystemId ?? '';
  return {
    zfs: await create({ FileSystemType: 'OPENZFS', Tags: [{ Key: 'Name', Value: 'home' }], OpenZFSConfiguration: { DeploymentType: 'MULTI_AZ_1', ThroughputCapacity: 160, CopyTagsToBackups: true, CopyTagsToVolumes: true } }),
    windows: await create({ FileSystemType: 'WINDOWS', WindowsConfiguration: { DeploymentType: 'SINGLE_AZ_2', ThroughputCapacity: 32, CopyTagsToBackups: false } }),
    lustre: await create({ FileSystemType: 'LUSTRE', LustreConfiguration: { DeploymentType: 'PERSISTENT_2', PerUnitStorageThroughput: 125, CopyTagsToBackups: false } }),
    ontap: await create({ FileSystemType: 'ONTAP', OntapConfiguration: { DeploymentType: 'MULTI_AZ_1', ThroughputCapacity: 128 } }),
  };
}

describe.skipIf(!ready)('FSx against the moto emulator', () => {
  const fixture = useMoto<Seeded>('assay-moto-fsx-', seed);

  it('assay collect records each file system from its own type\'s configuration', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1', '--types', 'aws.fsx.file-system', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const { seeded } = fixture;
    const find = (id: string) => snapshot.resources.find((r) => r.type === 'aws.fsx.file-system' && r.id === id);
    expect(find(seeded.zfs)).toMatchObject({ name: 'home', data: { fileSystemType: 'OPENZFS', deploymentType: 'MULTI_AZ_1', copyTagsToBackups: true, copyTagsToVolumes: true } });
    expect(find(seeded.windows)?.data).toMatchObject({ fileSystemType: 'WINDOWS', deploymentType: 'SINGLE_AZ_2', copyTagsToBackups: false, copyTagsToVolumes: null });
    expect(find(seeded.lustre)?.data).toMatchObject({ fileSystemType: 'LUSTRE', deploymentType: 'PERSISTENT_2', copyTagsToBackups: false });
    expect(find(seeded.ontap)?.data).toMatchObject({ fileSystemType: 'ONTAP', deploymentType: 'MULTI_AZ_1', copyTagsToBackups: null });
    // moto's quirk: no Lifecycle in its answer, so that one field is unreadable on every file system.
    for (const id of [seeded.zfs, seeded.windows, seeded.lustre, seeded.ontap]) expect(find(id)?.errors?.map((e) => [e.path, e.code])).toEqual([['lifecycle', 'IncompleteResponse']]);
    expect(snapshot.coverage).toContainEqual(expect.objectContaining({ type: 'aws.fsx.file-system', region: 'us-east-1', status: 'complete' }));
  });

  it('a live assay scan gives the FSx verdicts', async () => {
    const run = await assay(['scan', '--snapshot', join(fixture.dir, 'snap.json.gz'), '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    const { seeded } = fixture;
    expect(statusOf('aws-fsx-openzfs-copy-tags', seeded.zfs)).toBe('PASS');
    expect(statusOf('aws-fsx-openzfs-multi-az', seeded.zfs)).toBe('PASS');
    expect(statusOf('aws-fsx-windows-multi-az', seeded.windows)).toBe('FAIL');
    expect(statusOf('aws-fsx-lustre-copy-tags-to-backups', seeded.lustre)).toBe('FAIL');
    expect(statusOf('aws-fsx-ontap-multi-az', seeded.ontap)).toBe('PASS');
    expect(statusOf('aws-fsx-openzfs-copy-tags', seeded.windows)).toBe('NOT_APPLICABLE');
  });
});
