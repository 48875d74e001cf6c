/**
 * aws.efs.file-system: the file systems of the region with their backup
 * policy, file system policy and mount targets. Both policies are separate
 * calls whose PolicyNotFound answer means "not configured" (null); the mount
 * targets are a lookup listing, usable only complete. Any other failure is
 * recorded on the file system.
 */
import { callTable } from '../../calls.js';
import { DescribeBackupPolicyCommand, DescribeFileSystemPolicyCommand, EFSClient, paginateDescribeFileSystems, paginateDescribeMountTargets } from '@aws-sdk/client-efs';
import { asIs, mapped, setField, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listFetch, listResources, listedId } from '../../listing.js';
import { backupPolicyStatus, fileSystemFields, fileSystemName, fileSystemPolicy, fileSystemTags, mountTargets } from './map.js';
import { inWindow } from '../../window.js';

export const fileSystemCalls = callTable('EFS', 'elasticfilesystem', {
  DescribeFileSystems: { iam: 'elasticfilesystem:DescribeFileSystems', fills: ['fileSystemId', 'name', 'creationTime', 'lifeCycleState', 'encrypted', 'kmsKeyId', 'performanceMode', 'throughputMode', 'numberOfMountTargets', 'sizeInBytes'] },
  DescribeBackupPolicy: { iam: 'elasticfilesystem:DescribeBackupPolicy', absentOn: ['PolicyNotFound'], fills: ['backupPolicyStatus'] },
  DescribeFileSystemPolicy: { iam: 'elasticfilesystem:DescribeFileSystemPolicy', absentOn: ['PolicyNotFound'], fills: ['fileSystemPolicy'] },
  DescribeMountTargets: { iam: 'elasticfilesystem:DescribeMountTargets', fills: ['mountTargets'] },
});

export const efsFileSystems = defineCollector({
  type: 'aws.efs.file-system',
  scope: 'regional',
  calls: [fileSystemCalls],
  async collect(ctx) {
    const efs = ctx.clients.get(EFSClient, ctx.region);
    const fileSystems = await listResources(ctx, fileSystemCalls.DescribeFileSystems, () => paginateDescribeFileSystems({ client: efs }, {}), (page) => page.FileSystems);
    await inWindow(fileSystems, async (fs) => {
      const id = listedId(ctx, fs.FileSystemId, fileSystemCalls.DescribeFileSystems, 'a file system', 'FileSystemId');
      if (id === undefined) return;
      const name = fileSystemName(fs);
      const draft = ctx.draft({ type: 'aws.efs.file-system', id, ...(fs.FileSystemArn === undefined ? {} : { arn: fs.FileSystemArn }), ...(name === null ? {} : { name }), tags: fileSystemTags(fs) });
      setFields(draft, fileSystemFields(fs), fileSystemCalls.DescribeFileSystems.label);
      const [backup, policy, targets] = await Promise.all([
        ctx.call(fileSystemCalls.DescribeBackupPolicy, () => efs.send(new DescribeBackupPolicyCommand({ FileSystemId: id }))),
        ctx.call(fileSystemCalls.DescribeFileSystemPolicy, () => efs.send(new DescribeFileSystemPolicyCommand({ FileSystemId: id }))),
        listFetch(fileSystemCalls.DescribeMountTargets, () => paginateDescribeMountTargets({ client: efs, pageSize: 100 }, { FileSystemId: id }), (page) => page.MountTargets),
      ]);
      draft.field('backupPolicyStatus', mapped(backup, backupPolicyStatus, fileSystemCalls.DescribeBackupPolicy.label), asIs);
      // A policy that is not JSON is unreadable, never a crash of the collector.
      draft.field('fileSystemPolicy', mapped(policy, fileSystemPolicy, fileSystemCalls.DescribeFileSystemPolicy.label), asIs);
      setField(draft, 'mountTargets', targets, mountTargets, fileSystemCalls.DescribeMountTargets.label);
      ctx.emit(draft.build());
    });
  },
});
