/**
 * Pure mapping from EFS API answers to the aws.efs.file-system catalog
 * shape, one reader per field (answers.ts): a value DescribeFileSystems
 * always answers but left out is unknown, never a default (Encrypted false
 * would be a verdict on nothing).
 *
 * What absence is read as, and why:
 * - NumberOfMountTargets absent is 0: EFS's service model gives the member
 *   the default 0 (FileSystemDescription, efs-2015-02-01).
 * - Name absent is no name: EFS answers "the value of the Name tag" there,
 *   and a file system need not have one.
 * - KmsKeyId absent is null: only an encrypted file system has a key.
 * - A DescribeBackupPolicy or DescribeFileSystemPolicy answer of
 *   PolicyNotFound is "none" (null), decided by the collector before these run.
 * - A mount target without its id, subnet or state is unknown at its index:
 *   EFS.6 judges every mount target's subnet, so one it cannot place
 *   must not read as "in no public subnet".
 */
import { eachOf, iso, knownValue, policyDocument, required, tagMap, text, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { DescribeBackupPolicyCommandOutput, DescribeFileSystemPolicyCommandOutput, FileSystemDescription, MountTargetDescription } from '@aws-sdk/client-efs';

type FileSystem = CatalogData['aws.efs.file-system'];

/** EFS's LifeCycleState, shared by file systems, mount targets and access points. */
export const lifeCycleStates = ['creating', 'available', 'updating', 'deleting', 'deleted', 'error'] as const;

export function fileSystemTags(fs: FileSystemDescription): Record<string, string> {
  return tagMap(fs.Tags);
}

/** DescribeFileSystems answers `Name` as the value of the Name tag. */
export function fileSystemName(fs: FileSystemDescription): string | null {
  const name = fs.Name ?? fileSystemTags(fs).Name;
  return name === undefined || name === '' ? null : name;
}

export function fileSystemFields(fs: FileSystemDescription): ReadersOf<FileSystem> {
  return {
    fileSystemId: () => {
      if (fs.FileSystemId === undefined || fs.FileSystemId === '') throw new UnreadableAnswer('IncompleteResponse', 'the answer has no FileSystemId');
      return fs.FileSystemId;
    },
    name: () => fileSystemName(fs),
    creationTime: () => iso(fs.CreationTime, 'CreationTime'),
    lifeCycleState: () => knownValue(fs.LifeCycleState, lifeCycleStates, 'LifeCycleState'),
    encrypted: () => required(fs.Encrypted, 'Encrypted'),
    kmsKeyId: () => fs.KmsKeyId ?? null,
    performanceMode: () => knownValue(fs.PerformanceMode, ['generalPurpose', 'maxIO'], 'PerformanceMode'),
    throughputMode: () => knownValue(fs.ThroughputMode, ['bursting', 'provisioned', 'elastic'], 'ThroughputMode'),
    numberOfMountTargets: () => fs.NumberOfMountTargets ?? 0,
    sizeInBytes: () => required(fs.SizeInBytes?.Value, 'SizeInBytes.Value'),
  };
}

/** Called only for a policy that exists: PolicyNotFound is "not configured" (null) before this. */
export function backupPolicyStatus(answer: DescribeBackupPolicyCommandOutput): NonNullable<FileSystem['backupPolicyStatus']> {
  return knownValue(answer.BackupPolicy?.Status, ['ENABLED', 'ENABLING', 'DISABLED', 'DISABLING'], 'BackupPolicy.Status');
}

/** The file system policy arrives as a JSON string; one that is missing or not a JSON object is unreadable. */
export function fileSystemPolicy(answer: DescribeFileSystemPolicyCommandOutput): NonNullable<FileSystem['fileSystemPolicy']> {
  return policyDocument(answer.Policy, 'Policy');
}

/** The file system's mount targets, each read on its own. */
export function mountTargets(targets: readonly MountTargetDescription[]): WithGaps<FileSystem['mountTargets']> {
  return eachOf(targets, 'MountTargets', (t) => ({
    mountTargetId: text(t.MountTargetId, 'MountTargetId'),
    subnetId: text(t.SubnetId, 'SubnetId'),
    lifeCycleState: knownValue(t.LifeCycleState, lifeCycleStates, 'LifeCycleState'),
  }));
}
