/** Pure mapping from EFS API answers to the aws.efs.file-system catalog shape. */
import { tagMap } from '../../answers.js';
import type { DescribeBackupPolicyCommandOutput, DescribeFileSystemPolicyCommandOutput, FileSystemDescription } from '@aws-sdk/client-efs';

export function fileSystemTags(fs: FileSystemDescription): Record<string, string> {
  return tagMap(fs.Tags);
}

/** DescribeFileSystems answers `Name` as the value of the Name tag. */
export function fileSystemName(fs: FileSystemDescription): string | null {
  const name = fs.Name ?? fileSystemTags(fs).Name;
  return name === undefined || name === '' ? null : name;
}

export function fileSystemFields(fs: FileSystemDescription): Record<string, unknown> {
  return {
    fileSystemId: fs.FileSystemId ?? '',
    name: fileSystemName(fs),
    creationTime: (fs.CreationTime ?? new Date(0)).toISOString(),
    // Required in the API model; the fallback is one no policy reads as healthy.
    lifeCycleState: fs.LifeCycleState ?? 'error',
    encrypted: fs.Encrypted ?? false,
    kmsKeyId: fs.KmsKeyId ?? null,
    performanceMode: fs.PerformanceMode ?? 'generalPurpose',
    throughputMode: fs.ThroughputMode ?? 'bursting',
    numberOfMountTargets: fs.NumberOfMountTargets ?? 0,
    sizeInBytes: fs.SizeInBytes?.Value ?? 0,
  };
}

/** Called only for a policy that exists: PolicyNotFound is "not configured" (null) before this. */
export function backupPolicyStatus(answer: DescribeBackupPolicyCommandOutput): string | null {
  return answer.BackupPolicy?.Status ?? null;
}

/** The file system policy arrives as a JSON string. */
export function fileSystemPolicy(answer: DescribeFileSystemPolicyCommandOutput): unknown {
  return answer.Policy === undefined ? null : (JSON.parse(answer.Policy) as unknown);
}
