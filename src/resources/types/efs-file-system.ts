import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, policyDocument, str, timestamp } from '../fields.js';

export const efsFileSystem = defineResourceType({
  type: 'aws.efs.file-system',
  service: 'elasticfilesystem',
  scope: 'regional',
  awsTypes: ['AWS::EFS::FileSystem'],
  description: 'An EFS file system with its encryption, performance and throughput modes, backup policy, file system policy and mount targets.',
  idDescription: 'the file system id (fs-…)',
  data: obj({
    fileSystemId: str('File system id, e.g. fs-0123456789abcdef0.'),
    name: nullable(str('Value of the Name tag; null when the file system has none.')),
    creationTime: timestamp('When the file system was created.'),
    lifeCycleState: oneOf(['creating', 'available', 'updating', 'deleting', 'deleted', 'error'], 'Lifecycle state of the file system.'),
    encrypted: bool('Whether the file system is encrypted at rest.'),
    kmsKeyId: nullable(str('ARN of the KMS key encrypting the file system; null when not encrypted.')),
    performanceMode: oneOf(['generalPurpose', 'maxIO'], 'Performance mode.'),
    throughputMode: oneOf(['bursting', 'provisioned', 'elastic'], 'Throughput mode.'),
    numberOfMountTargets: int('Number of mount targets the file system has.', { minimum: 0 }),
    sizeInBytes: int('Latest metered size of the data stored, in bytes (SizeInBytes.Value).', { minimum: 0 }),
    backupPolicyStatus: nullable(oneOf(['ENABLED', 'ENABLING', 'DISABLED', 'DISABLING'], 'Automatic backup status (DescribeBackupPolicy); null when the file system has no backup policy (PolicyNotFound).')),
    fileSystemPolicy: nullable(policyDocument('Resource-based file system policy (DescribeFileSystemPolicy); null when none is set and the default policy applies (PolicyNotFound).')),
    mountTargets: list(obj({
      mountTargetId: str('Mount target id (MountTargetId), e.g. fsmt-0123456789abcdef0.'),
      subnetId: str('Subnet the mount target is in (SubnetId).'),
      lifeCycleState: oneOf(['creating', 'available', 'updating', 'deleting', 'deleted', 'error'], 'Lifecycle state of the mount target (LifeCycleState).'),
    }, 'One mount target of the file system.'), 'Mount targets of the file system (DescribeMountTargets with FileSystemId); empty when it has none.'),
  }, 'EFS file system settings.'),
  example: {
    fileSystemId: 'fs-0123456789abcdef0',
    name: 'example-efs',
    creationTime: '2024-03-01T08:00:00.000Z',
    lifeCycleState: 'available',
    encrypted: true,
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    performanceMode: 'generalPurpose',
    throughputMode: 'elastic',
    numberOfMountTargets: 2,
    sizeInBytes: 6144,
    backupPolicyStatus: 'ENABLED',
    fileSystemPolicy: {
      Version: '2012-10-17',
      Statement: [{
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: '*',
        Resource: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }],
    },
    mountTargets: [
      { mountTargetId: 'fsmt-0123456789abcdef0', subnetId: 'subnet-0a1b2c3d4e5f67890', lifeCycleState: 'available' },
      { mountTargetId: 'fsmt-0123456789abcdef1', subnetId: 'subnet-0b1c2d3e4f5a67890', lifeCycleState: 'available' },
    ],
  },
});
