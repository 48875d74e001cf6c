/**
 * aws.efs.file-system: the file systems of the region with their backup
 * policy and file system policy. Both policies are separate calls whose
 * PolicyNotFound answer means "not configured" (null); any other failure is
 * recorded on the file system.
 */
import { DescribeBackupPolicyCommand, DescribeFileSystemPolicyCommand, EFSClient, paginateDescribeFileSystems } from '@aws-sdk/client-efs';
import { asIs, mapped, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { backupPolicyStatus, fileSystemFields, fileSystemName, fileSystemPolicy, fileSystemTags } from './map.js';

export const efsFileSystems = defineCollector({
  type: 'aws.efs.file-system',
  scope: 'regional',
  permissions: ['elasticfilesystem:DescribeFileSystems', 'elasticfilesystem:DescribeBackupPolicy', 'elasticfilesystem:DescribeFileSystemPolicy'],
  async collect(ctx) {
    const efs = ctx.clients.get(EFSClient, ctx.region);
    const fileSystems = await listResources(ctx, 'elasticfilesystem:DescribeFileSystems', () => paginateDescribeFileSystems({ client: efs }, {}), (page) => page.FileSystems);
    await Promise.all(fileSystems.map((fs) => ctx.limit(async () => {
      const id = listedId(ctx, fs.FileSystemId, 'elasticfilesystem:DescribeFileSystems', 'a file system', 'FileSystemId');
      if (id === undefined) return;
      const name = fileSystemName(fs);
      const draft = ctx.draft({ type: 'aws.efs.file-system', id, ...(fs.FileSystemArn === undefined ? {} : { arn: fs.FileSystemArn }), ...(name === null ? {} : { name }), tags: fileSystemTags(fs) });
      setFields(draft, fileSystemFields(fs), 'elasticfilesystem:DescribeFileSystems');
      const backup = await ctx.call('elasticfilesystem:DescribeBackupPolicy', () => efs.send(new DescribeBackupPolicyCommand({ FileSystemId: id })), { absentOn: ['PolicyNotFound'] });
      draft.field('backupPolicyStatus', mapped(backup, backupPolicyStatus, 'elasticfilesystem:DescribeBackupPolicy'), asIs);
      const policy = await ctx.call('elasticfilesystem:DescribeFileSystemPolicy', () => efs.send(new DescribeFileSystemPolicyCommand({ FileSystemId: id })), { absentOn: ['PolicyNotFound'] });
      // A policy that is not JSON is unreadable, never a crash of the collector.
      draft.field('fileSystemPolicy', mapped(policy, fileSystemPolicy, 'elasticfilesystem:DescribeFileSystemPolicy'), asIs);
      ctx.emit(draft.build());
    })));
  },
});
