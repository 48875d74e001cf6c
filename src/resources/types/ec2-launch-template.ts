import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

// Launch template data is all optional: a setting the default version leaves out is null, and the AWS default
// (or the launch request, the subnet, the account's defaults) then decides at launch.
const networkInterface = obj({
  deviceIndex: nullable(int('Position of the interface in the attachment order (DeviceIndex); null when the template leaves it out.', { minimum: 0 })),
  networkInterfaceId: nullable(str('Existing network interface to attach (NetworkInterfaceId); null when the template creates one.')),
  subnetId: nullable(str('Subnet the interface is created in (SubnetId); null when the template leaves it to the launch request.')),
  associatePublicIpAddress: nullable(bool('Whether a public IPv4 address is associated (AssociatePublicIpAddress); null when the template leaves it out, so the subnet\'s MapPublicIpOnLaunch decides at launch.')),
}, 'One network interface of the default version.');

const blockDeviceMapping = obj({
  deviceName: nullable(str('Device name, e.g. /dev/xvda (DeviceName); null when the template leaves it out.')),
  ebs: nullable(obj({
    encrypted: nullable(bool('Whether the volume is encrypted (Ebs.Encrypted); null when the template leaves it out, so the snapshot\'s encryption or the region\'s EBS encryption by default decides at launch.')),
    kmsKeyId: nullable(str('KMS key for the volume (Ebs.KmsKeyId); null when the template names none.')),
    snapshotId: nullable(str('Snapshot the volume is created from (Ebs.SnapshotId); null when none.')),
  }, 'EBS volume settings (Ebs).')),
}, 'One block device mapping of the default version; ebs is null for an instance store volume or a suppressed device (VirtualName, NoDevice).');

export const ec2LaunchTemplate = defineResourceType({
  type: 'aws.ec2.launch-template',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::LaunchTemplate'],
  description: 'An EC2 launch template with the instance metadata options, network interfaces and block device mappings of its default version, the version a launch that names no version uses.',
  idDescription: 'the launch template id (lt-…)',
  data: obj({
    launchTemplateId: str('Launch template id (lt-…).'),
    launchTemplateName: str('Launch template name.'),
    createTime: timestamp('When the template was created (CreateTime).'),
    defaultVersionNumber: int('Number of the default version (DefaultVersionNumber), the version the fields below are read from.', { minimum: 1 }),
    latestVersionNumber: int('Number of the latest version (LatestVersionNumber).', { minimum: 1 }),
    metadataOptions: obj({
      httpTokens: nullable(oneOf(['optional', 'required'], 'Whether IMDSv2 session tokens are required (default version\'s MetadataOptions.HttpTokens); null when the template leaves it out, so the AMI\'s and the account\'s defaults decide at launch.')),
      httpEndpoint: nullable(oneOf(['enabled', 'disabled'], 'Whether the metadata endpoint is on (default version\'s MetadataOptions.HttpEndpoint); null when the template leaves it out.')),
      httpPutResponseHopLimit: nullable(int('Hop limit of metadata PUT responses (default version\'s MetadataOptions.HttpPutResponseHopLimit); null when the template leaves it out.', { minimum: 1, maximum: 64 })),
    }, 'Instance metadata options of the default version; every leaf null when the version sets no MetadataOptions.'),
    networkInterfaces: list(networkInterface, 'Network interfaces of the default version (LaunchTemplateData.NetworkInterfaces); empty when the version specifies none.'),
    blockDeviceMappings: list(blockDeviceMapping, 'Block device mappings of the default version (LaunchTemplateData.BlockDeviceMappings); empty when the version specifies none, so the AMI\'s mappings apply.'),
  }, 'Launch template settings, read from its default version (DescribeLaunchTemplateVersions $Default).'),
  example: {
    launchTemplateId: 'lt-0a1b2c3d4e5f67890',
    launchTemplateName: 'web',
    createTime: '2024-02-01T09:00:00.000Z',
    defaultVersionNumber: 2,
    latestVersionNumber: 3,
    metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
    networkInterfaces: [{ deviceIndex: 0, networkInterfaceId: null, subnetId: 'subnet-0a1b2c3d4e5f67890', associatePublicIpAddress: false }],
    blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', snapshotId: null } }],
  },
});
