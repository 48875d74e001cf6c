/**
 * Amazon FSx (JSON) for the fake account: one file system of each type in
 * every region. OpenZFS and ONTAP run as the controls ask (Multi-AZ, tags
 * copied); Windows File Server is single-AZ and Lustre copies no tags to
 * its backups, so a collection sees both verdicts of every FSx control.
 */
import { ACCOUNT, ec2Id, type Estate } from './estate.js';
import { json, offsetOf, page, pageSize, tokenOf, type Answer, type WireRequest } from './wire.js';

const FSX_PER_REGION = 4;

const fileSystemId = (r: number, i: number): string => `fs-0${r.toString(16).padStart(8, '0')}${i.toString(16).padStart(8, '0')}`;

/** File system i of region r as DescribeFileSystems answers it. */
function fileSystem(region: string, r: number, i: number): Record<string, unknown> {
  const id = fileSystemId(r, i);
  const common = {
    OwnerId: ACCOUNT, CreationTime: 1_740_823_200, FileSystemId: id, Lifecycle: 'AVAILABLE', StorageCapacity: 1024, StorageType: 'SSD',
    VpcId: ec2Id('vpc', r, 0), SubnetIds: [ec2Id('subnet', r, 0)], ResourceARN: `arn:aws:fsx:${region}:${ACCOUNT}:file-system/${id}`, Tags: [{ Key: 'Name', Value: `bench-${r}-fsx-${i}` }],
  };
  if (i === 0) return { ...common, FileSystemType: 'OPENZFS', OpenZFSConfiguration: { DeploymentType: 'MULTI_AZ_1', CopyTagsToBackups: true, CopyTagsToVolumes: true, AutomaticBackupRetentionDays: 7 } };
  if (i === 1) return { ...common, FileSystemType: 'ONTAP', OntapConfiguration: { DeploymentType: 'MULTI_AZ_2', AutomaticBackupRetentionDays: 7 } };
  if (i === 2) return { ...common, FileSystemType: 'WINDOWS', WindowsConfiguration: { DeploymentType: 'SINGLE_AZ_2', CopyTagsToBackups: true, ThroughputCapacity: 32 } };
  return { ...common, FileSystemType: 'LUSTRE', LustreConfiguration: { DeploymentType: 'PERSISTENT_2', CopyTagsToBackups: false, PerUnitStorageThroughput: 125 } };
}

export function answerFsx(estate: Estate, request: WireRequest): Answer {
  const r = estate.regionIndex(request.region);
  if (request.operation !== 'DescribeFileSystems') return json({});
  const all = r < 0 ? [] : Array.from({ length: FSX_PER_REGION }, (_, i) => fileSystem(request.region, r, i));
  const { items, next } = page(all, offsetOf('f', request.params.NextToken), pageSize(request.params.MaxResults, 100, 2147483647));
  return json({ FileSystems: items, ...(next === undefined ? {} : { NextToken: tokenOf('f', next) }) });
}
