import { defineResourceType } from '../define.js';
import { accountId, bool, list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

const launchPermission = obj({
  group: nullable(oneOf(['all'], 'Group granted the permission (Group); "all" makes the image public; null when the entry names an account, organization or OU.')),
  userId: nullable(str('Account granted the permission (UserId); null when the entry names something else.')),
  organizationArn: nullable(str('Organization granted the permission (OrganizationArn); null when the entry names something else.')),
  organizationalUnitArn: nullable(str('Organizational unit granted the permission (OrganizationalUnitArn); null when the entry names something else.')),
}, 'One entry of the image\'s launchPermission attribute.');

const blockDeviceMapping = obj({
  deviceName: nullable(str('Device name, e.g. /dev/xvda (DeviceName); null when AWS answers none.')),
  ebs: nullable(obj({
    encrypted: bool('Whether the snapshot behind the volume is encrypted (Ebs.Encrypted).'),
    kmsKeyId: nullable(str('KMS key of the volume (Ebs.KmsKeyId); null when AWS names none.')),
    snapshotId: nullable(str('EBS snapshot the volume is created from (Ebs.SnapshotId); null when none.')),
  }, 'EBS volume of the image (Ebs).')),
}, 'One block device mapping of the image; ebs is null for an instance store volume or a suppressed device (VirtualName, NoDevice).');

export const ec2Image = defineResourceType({
  type: 'aws.ec2.image',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::Image'],
  description: 'An AMI the account owns, with its block device mappings, deprecation time and who may launch it (its launchPermission attribute).',
  idDescription: 'the image id (ami-…)',
  data: obj({
    imageId: str('Image id (ami-…).'),
    imageName: str('Image name (Name).'),
    state: oneOf(['pending', 'available', 'invalid', 'deregistered', 'transient', 'failed', 'error', 'disabled'], 'Image state (State).'),
    ownerId: accountId('Account that owns the image (OwnerId).'),
    creationDate: timestamp('When the image was created (CreationDate).'),
    deprecationTime: nullable(timestamp('When the image is deprecated (DeprecationTime); null when no deprecation is set.')),
    rootDeviceType: oneOf(['ebs', 'instance-store'], 'Whether the root device is an EBS volume or instance store (RootDeviceType).'),
    virtualizationType: oneOf(['hvm', 'paravirtual'], 'Virtualization type (VirtualizationType).'),
    blockDeviceMappings: list(blockDeviceMapping, 'Block device mappings of the image (BlockDeviceMappings); empty when it has none.'),
    launchPermissions: list(launchPermission, 'Who besides the owner may launch the image (DescribeImageAttribute launchPermission); empty when it is shared with no one.'),
  }, 'AMI settings.'),
  example: {
    imageId: 'ami-0123456789abcdef0',
    imageName: 'app-server-2024-03-10',
    state: 'available',
    ownerId: '123456789012',
    creationDate: '2024-03-10T08:15:00.000Z',
    deprecationTime: '2026-03-10T08:15:00.000Z',
    rootDeviceType: 'ebs',
    virtualizationType: 'hvm',
    blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', snapshotId: 'snap-0a1b2c3d4e5f67890' } }],
    launchPermissions: [{ group: null, userId: '210987654321', organizationArn: null, organizationalUnitArn: null }],
  },
});
