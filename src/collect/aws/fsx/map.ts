/**
 * Pure mapping from DescribeFileSystems to the aws.fsx.file-system catalog
 * shape, one reader per field (answers.ts).
 *
 * What absence is read as, and why:
 * - A file system's settings live in the configuration of its own type
 *   (WindowsConfiguration, LustreConfiguration, OntapConfiguration,
 *   OpenZFSConfiguration); a configuration or DeploymentType missing from
 *   the answer is unknown, never single-AZ or multi-AZ.
 * - CopyTagsToBackups absent on a Windows, Lustre or OpenZFS file system is
 *   unknown, never false (FSx answers the setting, false included), and the
 *   same holds for OpenZFS's CopyTagsToVolumes; the types without the
 *   setting (ONTAP for backups, all but OpenZFS for volumes) are null.
 */
import { knownValue, required, tagMap, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { fsxDeploymentTypes } from '../../../resources/types/fsx-file-system.js';
import type { FileSystem } from '@aws-sdk/client-fsx';

type FsxFileSystem = CatalogData['aws.fsx.file-system'];

export function fileSystemTags(fs: FileSystem): Record<string, string> {
  return tagMap(fs.Tags);
}

export function fileSystemName(fs: FileSystem): string | null {
  const name = fileSystemTags(fs).Name;
  return name === undefined || name === '' ? null : name;
}

const fileSystemTypes = ['WINDOWS', 'LUSTRE', 'ONTAP', 'OPENZFS'] as const;

const typeOf = (fs: FileSystem) => knownValue(fs.FileSystemType, fileSystemTypes, 'FileSystemType');

/** The configuration of the file system's own type, which holds its deployment type and tag copying. */
function configuration(fs: FileSystem): { DeploymentType?: string | undefined; CopyTagsToBackups?: boolean | undefined; CopyTagsToVolumes?: boolean | undefined } {
  const type = typeOf(fs);
  if (type === 'WINDOWS') return required(fs.WindowsConfiguration, 'WindowsConfiguration');
  if (type === 'LUSTRE') return required(fs.LustreConfiguration, 'LustreConfiguration');
  if (type === 'ONTAP') return required(fs.OntapConfiguration, 'OntapConfiguration');
  return required(fs.OpenZFSConfiguration, 'OpenZFSConfiguration');
}

export function fileSystemFields(fs: FileSystem): ReadersOf<FsxFileSystem> {
  return {
    fileSystemId: () => text(fs.FileSystemId, 'FileSystemId'),
    name: () => fileSystemName(fs),
    fileSystemType: () => typeOf(fs),
    lifecycle: () => knownValue(fs.Lifecycle, ['AVAILABLE', 'CREATING', 'FAILED', 'DELETING', 'MISCONFIGURED', 'MISCONFIGURED_UNAVAILABLE', 'UPDATING'], 'Lifecycle'),
    deploymentType: () => knownValue(configuration(fs).DeploymentType, fsxDeploymentTypes, `${String(fs.FileSystemType)} DeploymentType`),
    // A type this version does not know fails these too, never null.
    copyTagsToBackups: () => (typeOf(fs) === 'ONTAP' ? null : required(configuration(fs).CopyTagsToBackups, `${String(fs.FileSystemType)} CopyTagsToBackups`)),
    copyTagsToVolumes: () => (typeOf(fs) === 'OPENZFS' ? required(configuration(fs).CopyTagsToVolumes, 'OpenZFSConfiguration.CopyTagsToVolumes') : null),
  };
}
