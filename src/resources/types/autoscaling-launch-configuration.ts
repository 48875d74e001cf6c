import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

export const autoscalingLaunchConfiguration = defineResourceType({
  type: 'aws.autoscaling.launch-configuration',
  service: 'autoscaling',
  awsTypes: ['AWS::AutoScaling::LaunchConfiguration'],
  scope: 'regional',
  description: 'An EC2 Auto Scaling launch configuration with the metadata service (IMDS) options, public IP choice and EBS encryption its instances launch with. AWS deprecated launch configurations: new accounts cannot create them, and groups should move to launch templates.',
  idDescription: 'the launch configuration name',
  data: obj({
    name: str('Launch configuration name (LaunchConfigurationName).'),
    arn: str('Launch configuration ARN (LaunchConfigurationARN).'),
    createdTime: timestamp('When the launch configuration was created (CreatedTime).'),
    imageId: str('AMI instances launch from (ImageId).'),
    instanceType: str('Instance type, e.g. t3.micro (InstanceType).'),
    metadataOptions: obj({
      httpTokens: nullable(oneOf(['optional', 'required'], 'Whether IMDSv2 session tokens are required (MetadataOptions.HttpTokens); null when the launch configuration does not say, and the launch default, optional, applies.')),
      httpPutResponseHopLimit: nullable(int('Hops the IMDSv2 token response may travel (MetadataOptions.HttpPutResponseHopLimit); null when not set, and the launch default, 1, applies.', { minimum: 1, maximum: 64 })),
      httpEndpoint: nullable(oneOf(['enabled', 'disabled'], 'Whether the metadata endpoint is reachable (MetadataOptions.HttpEndpoint); null when not set, and the launch default, enabled, applies.')),
    }, 'Instance metadata service options instances launch with (MetadataOptions); each null when the launch configuration leaves it to the launch default.'),
    associatePublicIpAddress: nullable(bool('Whether instances get a public IPv4 address (AssociatePublicIpAddress); null when not set, and the subnet\'s own setting decides.')),
    ebsVolumes: list(obj({
      deviceName: str('Device name, e.g. /dev/xvda (BlockDeviceMappings[].DeviceName).'),
      encrypted: nullable(bool('Whether the volume is encrypted (Ebs.Encrypted); null when not set, and the snapshot\'s encryption or the region\'s EBS encryption by default decides.')),
      snapshotId: nullable(str('Snapshot the volume is created from (Ebs.SnapshotId); null when none is named.')),
    }, 'One EBS volume.'), 'EBS volumes of the block device mappings (BlockDeviceMappings[].Ebs); instance-store and suppressed devices are not listed, and the AMI\'s own mappings apply where none is given.'),
  }, 'Launch configuration settings.'),
  example: {
    name: 'web-2024',
    arn: 'arn:aws:autoscaling:us-east-1:123456789012:launchConfiguration:1d2f3a4b-5c6d-7e8f-9a0b-1c2d3e4f5a6b:launchConfigurationName/web-2024',
    createdTime: '2024-03-10T08:15:00.000Z',
    imageId: 'ami-0123456789abcdef0',
    instanceType: 't3.medium',
    metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' },
    associatePublicIpAddress: false,
    ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true, snapshotId: null }],
  },
});
