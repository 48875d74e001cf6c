import { defineResourceType } from '../define.js';
import { bool, nullable, obj, str, timestamp } from '../fields.js';

export const dmsReplicationInstance = defineResourceType({
  type: 'aws.dms.replication-instance',
  service: 'dms',
  scope: 'regional',
  awsTypes: ['AWS::DMS::ReplicationInstance'],
  description: 'An AWS DMS replication instance with its network exposure, minor version upgrades, Multi-AZ deployment and encryption key. Tags are not read (DescribeReplicationInstances does not answer them).',
  idDescription: 'the replication instance identifier (the ARN is on the resource)',
  data: obj({
    replicationInstanceIdentifier: str('Replication instance identifier (ReplicationInstanceIdentifier).'),
    replicationInstanceClass: str('Instance class, e.g. dms.t3.medium (ReplicationInstanceClass).'),
    status: str('ReplicationInstanceStatus, e.g. available, creating, modifying.'),
    engineVersion: str('Replication engine version, e.g. 3.5.3 (EngineVersion).'),
    instanceCreateTime: nullable(timestamp('When the instance was created (InstanceCreateTime); null while it is still being created.')),
    publiclyAccessible: bool('Whether the instance has a public IP address (PubliclyAccessible).'),
    autoMinorVersionUpgrade: bool('Whether minor engine versions are applied automatically in the maintenance window (AutoMinorVersionUpgrade).'),
    multiAz: bool('Whether a standby runs in a second Availability Zone (MultiAZ).'),
    kmsKeyId: nullable(str('KMS key that encrypts the instance\'s storage (KmsKeyId); null when DMS names none.')),
    vpcId: nullable(str('VPC of the instance\'s replication subnet group (ReplicationSubnetGroup.VpcId); null when DMS names none.')),
  }, 'DMS replication instance settings.'),
  example: {
    replicationInstanceIdentifier: 'orders-migration',
    replicationInstanceClass: 'dms.t3.medium',
    status: 'available',
    engineVersion: '3.5.3',
    instanceCreateTime: '2025-01-15T09:00:00.000Z',
    publiclyAccessible: false,
    autoMinorVersionUpgrade: true,
    multiAz: true,
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    vpcId: 'vpc-0a1b2c3d4e5f67890',
  },
});
