/**
 * EC2 instances, their EBS volumes and the launch templates they come
 * from. Attachments agree both ways: an instance lists its volume ids and
 * each volume names its instance.
 */
import { ec2Instance } from '../../src/resources/types/ec2-instance.js';
import { ec2LaunchTemplate } from '../../src/resources/types/ec2-launch-template.js';
import { ec2Volume } from '../../src/resources/types/ec2-volume.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, daysAgo, instances, keys, launchTemplates, make, securityGroups as sg, subnets, volumes, vpcs, type DemoRegion, type Overrides } from './demo.js';

function instance(region: DemoRegion, instanceId: string, name: string, data: Overrides<typeof ec2Instance>): Resource {
  return make(ec2Instance, { id: instanceId, region, arn: arn.ec2(region, 'instance', instanceId), name, tags: { Name: name }, data: { instanceId, ...data } });
}

function volume(region: DemoRegion, volumeId: string, data: Overrides<typeof ec2Volume>): Resource {
  return make(ec2Volume, { id: volumeId, region, arn: arn.ec2(region, 'volume', volumeId), data: { volumeId, ...data } });
}

const attachedTo = (instanceId: string, device = '/dev/xvda', deleteOnTermination = true) => [{ instanceId, device, state: 'attached' as const, deleteOnTermination }];
const appServerProfile = arn.iam('instance-profile/app-server');

export function ec2Instances(): Resource[] {
  return [
    // IMDSv1 still allowed (httpTokens optional) — EC2.8 / CIS 5.6 fails. Old, public, in the default VPC.
    instance('us-east-1', instances.legacyReports, 'legacy-reports', {
      instanceType: 't2.medium', imageId: 'ami-0b5eea76982371e91', launchTime: '2022-08-03T16:20:00.000Z',
      vpcId: vpcs.defaultUsEast1, subnetId: subnets.defaultUsEast1a, privateIpAddress: '172.31.18.44', publicIpAddress: '54.210.33.17',
      iamInstanceProfileArn: null,
      securityGroupIds: [sg.debugWideOpen, sg.legacyFtp],
      metadataOptions: { httpTokens: 'optional', httpPutResponseHopLimit: 1 },
      monitoringState: 'disabled', ebsOptimized: false,
      blockDeviceVolumeIds: [volumes.legacyRoot],
      // A second interface in the same default VPC, added for a reporting feed — EC2.17 fails.
      networkInterfaceCount: 2,
    }),
    // IMDSv2 required, private subnet, least-privilege instance profile.
    instance('us-east-1', instances.appUsEast1, 'app-1', {
      instanceType: 'm7g.large', imageId: 'ami-0c7217cdde317cfec', launchTime: daysAgo(45),
      vpcId: vpcs.prodUsEast1, subnetId: subnets.prodUsEast1Private, privateIpAddress: '10.0.11.25',
      iamInstanceProfileArn: appServerProfile,
      securityGroupIds: [sg.appTier],
      blockDeviceVolumeIds: [volumes.appRoot, volumes.appData],
    }),
    // Stopped bastion, stopped four months ago and forgotten (EC2.4 fails): no public IP while stopped, but its group still allows SSH from anywhere.
    instance('us-east-1', instances.bastion, 'bastion', {
      instanceType: 't3.micro', imageId: 'ami-0c7217cdde317cfec', state: 'stopped', launchTime: '2025-12-01T09:00:00.000Z',
      vpcId: vpcs.prodUsEast1, subnetId: subnets.prodUsEast1Public, privateIpAddress: '10.0.1.10', publicIpAddress: null,
      iamInstanceProfileArn: null,
      securityGroupIds: [sg.bastionSsh],
      monitoringState: 'disabled',
      stoppedAt: daysAgo(120),
      blockDeviceVolumeIds: [volumes.bastionRoot],
    }),
    instance('eu-west-1', instances.appEuWest1, 'app-eu-1', {
      instanceType: 'm7g.large', imageId: 'ami-0905a3c97561e0b69', launchTime: daysAgo(30),
      vpcId: vpcs.prodEuWest1, subnetId: subnets.prodEuWest1Private, privateIpAddress: '10.20.11.30',
      iamInstanceProfileArn: appServerProfile,
      securityGroupIds: [sg.appTierEu],
      blockDeviceVolumeIds: [volumes.appEuRoot],
    }),
  ];
}

export function ebsVolumes(): Resource[] {
  return [
    // Unencrypted root volume, created before EBS encryption by default was turned on in us-east-1 (CIS 2.2.1).
    volume('us-east-1', volumes.legacyRoot, {
      size: 30, volumeType: 'gp2', iops: 100, throughput: null, encrypted: false, kmsKeyId: null,
      createTime: '2022-08-03T16:20:04.000Z', snapshotId: 'snap-0a8b7c6d5e4f30211',
      attachments: attachedTo(instances.legacyReports),
    }),
    // Encrypted with the AWS managed aws/ebs key by default encryption.
    volume('us-east-1', volumes.appRoot, {
      kmsKeyId: keys.awsEbsUsEast1, createTime: daysAgo(45), snapshotId: 'snap-0f1e2d3c4b5a69788',
      attachments: attachedTo(instances.appUsEast1),
    }),
    // Encrypted data volume with the customer managed app-data key, kept when the instance terminates.
    volume('us-east-1', volumes.appData, {
      size: 200, iops: 6000, throughput: 250, kmsKeyId: keys.appData, createTime: '2023-03-10T08:30:00.000Z', snapshotId: null,
      attachments: attachedTo(instances.appUsEast1, '/dev/sdf', false),
    }),
    volume('us-east-1', volumes.bastionRoot, {
      size: 8, kmsKeyId: keys.awsEbsUsEast1, createTime: '2025-12-01T09:00:03.000Z', availabilityZone: 'us-east-1a', snapshotId: 'snap-0f1e2d3c4b5a69788',
      attachments: attachedTo(instances.bastion),
    }),
    // Encrypted although default encryption is off in eu-west-1: the launch template asks for the eu-data key.
    volume('eu-west-1', volumes.appEuRoot, {
      kmsKeyId: keys.euData, createTime: daysAgo(30), availabilityZone: 'eu-west-1a', snapshotId: 'snap-03c4d5e6f7a8b9c0d',
      attachments: attachedTo(instances.appEuWest1),
    }),
    // Unencrypted, unattached volume: default encryption is off in eu-west-1, so it was created in clear (CIS 2.2.1).
    volume('eu-west-1', volumes.scratchEu, {
      size: 500, volumeType: 'st1', iops: null, throughput: null, encrypted: false, kmsKeyId: null, state: 'available',
      createTime: '2025-02-11T14:00:00.000Z', availabilityZone: 'eu-west-1b', snapshotId: null, attachments: [],
    }),
  ];
}

function launchTemplate(region: DemoRegion, launchTemplateId: string, launchTemplateName: string, data: Overrides<typeof ec2LaunchTemplate>): Resource {
  return make(ec2LaunchTemplate, { id: launchTemplateId, region, arn: arn.ec2(region, 'launch-template', launchTemplateId), name: launchTemplateName, data: { launchTemplateId, launchTemplateName, ...data } });
}

export function ec2LaunchTemplates(): Resource[] {
  return [
    // What app-1 is launched from: IMDSv2 only, a private interface, an encrypted root volume (EC2.25, EC2.170, EC2.181 pass).
    launchTemplate('us-east-1', launchTemplates.appServer, 'app-server', {
      createTime: '2024-05-02T10:00:00.000Z', defaultVersionNumber: 4, latestVersionNumber: 4,
      networkInterfaces: [{ deviceIndex: 0, networkInterfaceId: null, subnetId: subnets.prodUsEast1Private, associatePublicIpAddress: false }],
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: true, kmsKeyId: null, snapshotId: null } }],
    }),
    // The template legacy-reports came from, never updated: IMDSv1, a public address, an unencrypted root volume (all three fail).
    launchTemplate('us-east-1', launchTemplates.legacyReports, 'legacy-reports', {
      createTime: '2022-08-03T16:00:00.000Z', defaultVersionNumber: 1, latestVersionNumber: 2,
      metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
      networkInterfaces: [{ deviceIndex: 0, networkInterfaceId: null, subnetId: null, associatePublicIpAddress: true }],
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: false, kmsKeyId: null, snapshotId: null } }],
    }),
    // Asks for the eu-data key but leaves the metadata options out, so IMDSv1 stays allowed wherever the account default allows it (EC2.170 fails).
    launchTemplate('eu-west-1', launchTemplates.appEu, 'app-eu', {
      createTime: '2025-06-10T12:00:00.000Z', defaultVersionNumber: 2, latestVersionNumber: 3,
      metadataOptions: { httpTokens: null, httpEndpoint: null, httpPutResponseHopLimit: null },
      networkInterfaces: [],
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: true, kmsKeyId: keys.euData, snapshotId: null } }],
    }),
  ];
}
