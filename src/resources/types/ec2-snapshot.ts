import { defineResourceType } from '../define.js';
import { accountId, bool, int, list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

const createVolumePermission = obj({
  group: nullable(oneOf(['all'], 'Group granted the permission (Group); "all" makes the snapshot public; null when the entry names an account.')),
  userId: nullable(str('Account granted the permission (UserId); null when the entry names a group.')),
}, 'One entry of the snapshot\'s createVolumePermission attribute.');

export const ec2Snapshot = defineResourceType({
  type: 'aws.ec2.snapshot',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::Snapshot'],
  description: 'An EBS snapshot the account owns, with its encryption and who may create volumes from it (its createVolumePermission attribute).',
  idDescription: 'the snapshot id (snap-…)',
  data: obj({
    snapshotId: str('Snapshot id (snap-…).'),
    volumeId: nullable(str('Volume the snapshot was taken of (VolumeId); null when AWS answers none (copied snapshots name the placeholder vol-ffffffff).')),
    volumeSize: int('Size of the source volume in GiB (VolumeSize).', { minimum: 0 }),
    state: oneOf(['pending', 'completed', 'error', 'recoverable', 'recovering'], 'Snapshot state (State).'),
    startTime: timestamp('When the snapshot was started (StartTime).'),
    ownerId: accountId('Account that owns the snapshot (OwnerId).'),
    description: nullable(str('Description of the snapshot; null when it has none.')),
    encrypted: bool('Whether the snapshot is encrypted (Encrypted).'),
    kmsKeyId: nullable(str('KMS key that encrypts the snapshot (KmsKeyId); null when the snapshot is not encrypted.')),
    createVolumePermissions: list(createVolumePermission, 'Who besides the owner may create volumes from the snapshot (DescribeSnapshotAttribute createVolumePermission); empty when it is shared with no one.'),
  }, 'EBS snapshot settings.'),
  example: {
    snapshotId: 'snap-0a1b2c3d4e5f67890',
    volumeId: 'vol-0a1b2c3d4e5f67890',
    volumeSize: 8,
    state: 'completed',
    startTime: '2024-03-10T08:15:00.000Z',
    ownerId: '123456789012',
    description: 'nightly backup of app-server root volume',
    encrypted: true,
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    createVolumePermissions: [],
  },
});
