/**
 * aws.fsx.file-system: every FSx file system of the region, from one
 * DescribeFileSystems listing, which answers every field (tags included).
 */
import { FSxClient, paginateDescribeFileSystems } from '@aws-sdk/client-fsx';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { fileSystemFields, fileSystemName, fileSystemTags } from './map.js';

export const fsxCalls = callTable('FSx', 'fsx', {
  DescribeFileSystems: { iam: 'fsx:DescribeFileSystems', fills: ['fileSystemId', 'name', 'fileSystemType', 'lifecycle', 'deploymentType', 'copyTagsToBackups', 'copyTagsToVolumes'] },
});

export const fsxFileSystems = defineCollector({
  type: 'aws.fsx.file-system',
  scope: 'regional',
  calls: [fsxCalls],
  async collect(ctx) {
    const fsx = ctx.clients.get(FSxClient, ctx.region);
    const fileSystems = await listResources(ctx, fsxCalls.DescribeFileSystems, () => paginateDescribeFileSystems({ client: fsx, pageSize: 100 }, {}), (page) => page.FileSystems);
    for (const fs of fileSystems) {
      const id = listedId(ctx, fs.FileSystemId, fsxCalls.DescribeFileSystems, 'a file system', 'FileSystemId');
      if (id === undefined) continue;
      const name = fileSystemName(fs);
      const draft = ctx.draft({ type: 'aws.fsx.file-system', id, ...(fs.ResourceARN === undefined ? {} : { arn: fs.ResourceARN }), ...(name === null ? {} : { name }), tags: fileSystemTags(fs) });
      setFields(draft, fileSystemFields(fs), fsxCalls.DescribeFileSystems.label);
      ctx.emit(draft.build());
    }
  },
});
