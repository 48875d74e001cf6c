import { defineResourceType } from '../define.js';
import { bool, nullable, obj, oneOf, str } from '../fields.js';

/** Every deployment type of the four file system types, as FSx spells them. */
export const fsxDeploymentTypes = [
  'MULTI_AZ_1', 'MULTI_AZ_2', 'SINGLE_AZ_1', 'SINGLE_AZ_2', 'SINGLE_AZ_HA_1', 'SINGLE_AZ_HA_2',
  'PERSISTENT_1', 'PERSISTENT_2', 'SCRATCH_1', 'SCRATCH_2',
] as const;

export const fsxFileSystem = defineResourceType({
  type: 'aws.fsx.file-system',
  service: 'fsx',
  scope: 'regional',
  awsTypes: ['AWS::FSx::FileSystem'],
  description: 'An Amazon FSx file system (Windows File Server, Lustre, NetApp ONTAP or OpenZFS): its deployment type and whether tags are copied to its backups and volumes.',
  idDescription: 'the file system id (fs-…)',
  data: obj({
    fileSystemId: str('File system id (FileSystemId), e.g. fs-0123456789abcdef0.'),
    name: nullable(str('Value of the Name tag; null when the file system has none.')),
    fileSystemType: oneOf(['WINDOWS', 'LUSTRE', 'ONTAP', 'OPENZFS'], 'File system type (FileSystemType).'),
    lifecycle: oneOf(['AVAILABLE', 'CREATING', 'FAILED', 'DELETING', 'MISCONFIGURED', 'MISCONFIGURED_UNAVAILABLE', 'UPDATING'], 'Lifecycle state (Lifecycle).'),
    deploymentType: oneOf(fsxDeploymentTypes, 'Deployment type from the type\'s own configuration (WindowsConfiguration, LustreConfiguration, OntapConfiguration or OpenZFSConfiguration .DeploymentType): MULTI_AZ_* spans two Availability Zones, the others one.'),
    copyTagsToBackups: nullable(bool('Whether the file system\'s tags are copied to its backups (CopyTagsToBackups of the Windows, Lustre or OpenZFS configuration); null for ONTAP, which has no such setting.')),
    copyTagsToVolumes: nullable(bool('Whether the file system\'s tags are copied to its volumes (OpenZFSConfiguration.CopyTagsToVolumes); null for the other types, which have no such setting.')),
  }, 'FSx file system settings.'),
  example: {
    fileSystemId: 'fs-0123456789abcdef0',
    name: 'shared-data',
    fileSystemType: 'OPENZFS',
    lifecycle: 'AVAILABLE',
    deploymentType: 'MULTI_AZ_1',
    copyTagsToBackups: true,
    copyTagsToVolumes: true,
  },
});
