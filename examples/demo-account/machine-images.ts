/**
 * EBS snapshots and AMIs the account owns: a private encrypted nightly
 * snapshot, one shared with a partner account, and an old unencrypted
 * export left public; an encrypted golden AMI shared with the organization
 * and the legacy reports AMI, public and unencrypted.
 */
import { ec2Image } from '../../src/resources/types/ec2-image.js';
import { ec2Snapshot } from '../../src/resources/types/ec2-snapshot.js';
import type { Resource } from '../../src/resources/resource.js';
import { daysAgo, demo, images, keys, make, snapshots, volumes, type DemoRegion, type Overrides } from './demo.js';

function snapshot(region: DemoRegion, snapshotId: string, name: string, data: Overrides<typeof ec2Snapshot>): Resource {
  return make(ec2Snapshot, { id: snapshotId, region, arn: `arn:aws:ec2:${region}::snapshot/${snapshotId}`, name, tags: { Name: name }, data: { snapshotId, ownerId: demo.account, ...data } });
}

function image(region: DemoRegion, imageId: string, name: string, data: Overrides<typeof ec2Image>): Resource {
  return make(ec2Image, { id: imageId, region, arn: `arn:aws:ec2:${region}::image/${imageId}`, name, data: { imageId, imageName: name, ownerId: demo.account, ...data } });
}

const partnerAccount = '210987654321';

export function ebsSnapshots(): Resource[] {
  return [
    snapshot('us-east-1', snapshots.appRootNightly, 'app-1-root-nightly', {
      volumeId: volumes.appRoot, volumeSize: 20, startTime: daysAgo(1), description: 'nightly backup of app-1 root volume',
      encrypted: true, kmsKeyId: keys.appData, createVolumePermissions: [],
    }),
    // Restorable by any AWS account and unencrypted — EC2.1 and snapshot encryption fail.
    snapshot('us-east-1', snapshots.legacyReportsExport, 'legacy-reports-export', {
      volumeId: volumes.legacyRoot, volumeSize: 30, startTime: '2022-09-14T11:00:00.000Z', description: 'reports export for the auditors',
      encrypted: false, kmsKeyId: null, createVolumePermissions: [{ group: 'all', userId: null }],
    }),
    // Shared with one named partner account, encrypted: passes both.
    snapshot('us-east-1', snapshots.appDataPartner, 'app-data-partner-copy', {
      volumeId: volumes.appData, volumeSize: 100, startTime: daysAgo(14), description: null,
      encrypted: true, kmsKeyId: keys.appData, createVolumePermissions: [{ group: null, userId: partnerAccount }],
    }),
  ];
}

export function amiImages(): Resource[] {
  return [
    image('us-east-1', images.appServerGolden, 'app-server-golden', {
      creationDate: daysAgo(60), deprecationTime: daysAgo(-305),
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: true, kmsKeyId: keys.appData, snapshotId: snapshots.appRootNightly } }],
      launchPermissions: [{ group: null, userId: null, organizationArn: 'arn:aws:organizations::111122223333:organization/o-7h2k9d4m1q', organizationalUnitArn: null }],
    }),
    // Public and built on the unencrypted export: both AMI policies fail.
    image('us-east-1', images.legacyReports, 'legacy-reports-2022', {
      creationDate: '2022-09-14T12:00:00.000Z', deprecationTime: null,
      blockDeviceMappings: [
        { deviceName: '/dev/xvda', ebs: { encrypted: false, kmsKeyId: null, snapshotId: snapshots.legacyReportsExport } },
        { deviceName: '/dev/sdb', ebs: null },
      ],
      launchPermissions: [{ group: 'all', userId: null, organizationArn: null, organizationalUnitArn: null }],
    }),
  ];
}
