import { defineResourceType } from '../define.js';
import { int, list, nullable, obj, oneOf, str } from '../fields.js';

export const efsAccessPoint = defineResourceType({
  type: 'aws.efs.access-point',
  service: 'elasticfilesystem',
  scope: 'regional',
  awsTypes: ['AWS::EFS::AccessPoint'],
  description: 'An EFS access point: the file system it opens, the directory it exposes as root and the POSIX identity it enforces on NFS clients.',
  idDescription: 'the access point id (fsap-…)',
  data: obj({
    accessPointId: str('Access point id (AccessPointId), e.g. fsap-0123456789abcdef0.'),
    fileSystemId: str('File system the access point opens (FileSystemId).'),
    name: nullable(str('Value of the Name tag (Name); null when the access point has none.')),
    lifeCycleState: oneOf(['creating', 'available', 'updating', 'deleting', 'deleted', 'error'], 'Lifecycle state of the access point (LifeCycleState).'),
    rootDirectoryPath: str('Directory of the file system that NFS clients of the access point see as its root (RootDirectory.Path); "/" exposes the whole file system.'),
    posixUser: nullable(obj({
      uid: int('POSIX user id every file operation through the access point runs as (Uid).', { minimum: 0 }),
      gid: int('POSIX group id every file operation through the access point runs as (Gid).', { minimum: 0 }),
      secondaryGids: list(int('A secondary POSIX group id.', { minimum: 0 }), 'Secondary POSIX group ids (SecondaryGids); empty when none.'),
    }, "The POSIX identity the access point enforces on every request (PosixUser); null when it enforces none and each NFS client's own user and group ids apply.")),
  }, 'EFS access point settings.'),
  example: {
    accessPointId: 'fsap-0123456789abcdef0',
    fileSystemId: 'fs-0123456789abcdef0',
    name: 'app-data',
    lifeCycleState: 'available',
    rootDirectoryPath: '/app/data',
    posixUser: { uid: 1001, gid: 1001, secondaryGids: [] },
  },
});
