/** fsxFileSystems through the real FSx client (JSON protocol), fed recorded answers. */
import { describe, expect, it } from 'vitest';
import { fsxFileSystems } from './file-systems.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const target = 'AWSSimbaAPIService_v20180301.DescribeFileSystems';

const fs = (id: string, type: string, extra: Record<string, unknown>) => ({
  OwnerId: ACCOUNT, CreationTime: 1709280000, FileSystemId: id, FileSystemType: type, Lifecycle: 'AVAILABLE', StorageCapacity: 1200, StorageType: 'SSD',
  VpcId: 'vpc-0a1b2c3d4e5f67890', SubnetIds: ['subnet-0a1b2c3d4e5f67890'], ResourceARN: `arn:aws:fsx:us-east-1:${ACCOUNT}:file-system/${id}`, Tags: [],
  ...extra,
});
const zfs = fs('fs-0123456789abcdef0', 'OPENZFS', {
  Tags: [{ Key: 'Name', Value: 'shared' }, { Key: 'team', Value: 'platform' }],
  OpenZFSConfiguration: { DeploymentType: 'MULTI_AZ_1', CopyTagsToBackups: true, CopyTagsToVolumes: false, AutomaticBackupRetentionDays: 7 },
});
const lustre = fs('fs-0aaaabbbbccccdddd', 'LUSTRE', { LustreConfiguration: { DeploymentType: 'PERSISTENT_2', CopyTagsToBackups: false, PerUnitStorageThroughput: 125 } });
const ontap = fs('fs-0eeeeffff00001111', 'ONTAP', { OntapConfiguration: { DeploymentType: 'SINGLE_AZ_1', AutomaticBackupRetentionDays: 7 } });
const windows = fs('fs-0222233334444555a', 'WINDOWS', { Lifecycle: 'UPDATING', WindowsConfiguration: { DeploymentType: 'MULTI_AZ_1', CopyTagsToBackups: true, ThroughputCapacity: 32 } });

function routes(overrides: Route[] = [], pages: unknown[][] = [[zfs, lustre], [ontap, windows]]): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'DescribeFileSystems', match: byTarget(target),
      respond: (r) => {
        const page = r.params.NextToken === undefined ? 0 : Number(r.params.NextToken);
        return json({ FileSystems: pages[page] ?? [], ...(page + 1 < pages.length ? { NextToken: String(page + 1) } : {}) });
      },
    },
  ];
}

const found = (run: Awaited<ReturnType<typeof collectRecorded>>, id: string) => run.snapshot.resources.find((r) => r.type === 'aws.fsx.file-system' && r.id === id);

describe('fsxFileSystems', () => {
  it('reads every file system type from both pages, each from its own configuration', async () => {
    const run = await collectRecorded([fsxFileSystems], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeFileSystems')).toBe(2);
    expect(found(run, zfs.FileSystemId)).toMatchObject({ arn: zfs.ResourceARN, name: 'shared', tags: { Name: 'shared', team: 'platform' } });
    expect(found(run, zfs.FileSystemId)?.data).toEqual({
      fileSystemId: zfs.FileSystemId, name: 'shared', fileSystemType: 'OPENZFS', lifecycle: 'AVAILABLE', deploymentType: 'MULTI_AZ_1', copyTagsToBackups: true, copyTagsToVolumes: false,
    });
    expect(found(run, lustre.FileSystemId)?.data).toEqual({
      fileSystemId: lustre.FileSystemId, name: null, fileSystemType: 'LUSTRE', lifecycle: 'AVAILABLE', deploymentType: 'PERSISTENT_2', copyTagsToBackups: false, copyTagsToVolumes: null,
    });
    // ONTAP has no tag copying to backups: null, not false.
    expect(found(run, ontap.FileSystemId)?.data).toMatchObject({ fileSystemType: 'ONTAP', deploymentType: 'SINGLE_AZ_1', copyTagsToBackups: null, copyTagsToVolumes: null });
    expect(found(run, windows.FileSystemId)?.data).toMatchObject({ fileSystemType: 'WINDOWS', lifecycle: 'UPDATING', deploymentType: 'MULTI_AZ_1', copyTagsToBackups: true, copyTagsToVolumes: null });
    expect(run.snapshot.resources.every((r) => r.errors === undefined)).toBe(true);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.fsx.file-system', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('reads a region without file systems as none, coverage complete', async () => {
    const run = await collectRecorded([fsxFileSystems], routes([], [[]]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('fails coverage when DescribeFileSystems is denied', async () => {
    const run = await collectRecorded([fsxFileSystems], routes([{ name: 'denied', match: byTarget(target), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: fsx:DescribeFileSystems', 400) }]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.fsx.file-system', status: 'failed' })]);
    expect(run.snapshot.errors).toContainEqual(expect.objectContaining({ operation: 'DescribeFileSystems', code: 'AccessDeniedException' }));
  });

  it('fails only the fields an incomplete answer leaves out, never a default', async () => {
    const noTagCopy = fs('fs-0999988887777666a', 'LUSTRE', { LustreConfiguration: { DeploymentType: 'SCRATCH_2' } });
    const noConfig = fs('fs-0999988887777666b', 'OPENZFS', {});
    const run = await collectRecorded([fsxFileSystems], routes([], [[noTagCopy, noConfig]]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(found(run, noTagCopy.FileSystemId)?.data).toMatchObject({ deploymentType: 'SCRATCH_2', copyTagsToVolumes: null });
    expect(found(run, noTagCopy.FileSystemId)?.errors?.map((e) => [e.path, e.code])).toEqual([['copyTagsToBackups', 'IncompleteResponse']]);
    expect(found(run, noConfig.FileSystemId)?.errors?.map((e) => e.path)).toEqual(['deploymentType', 'copyTagsToBackups', 'copyTagsToVolumes']);
  });
});

describe('fsxFileSystems call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(fsxFileSystems)).toEqual([]);
  });
});
