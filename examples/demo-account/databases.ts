/**
 * RDS instances and clusters, and EFS file systems and access points. EFS exists only in
 * us-east-1 here: listing file systems in eu-west-1 was denied (see the coverage in build.ts).
 */
import { efsAccessPoint } from '../../src/resources/types/efs-access-point.js';
import { efsFileSystem } from '../../src/resources/types/efs-file-system.js';
import { rdsDbCluster } from '../../src/resources/types/rds-db-cluster.js';
import { rdsDbInstance } from '../../src/resources/types/rds-db-instance.js';
import type { Resource, ResourceError } from '../../src/resources/resource.js';
import { arn, keys, make, securityGroups as sg, subnets, vpcs, type DemoRegion, type Overrides } from './demo.js';

function db(region: DemoRegion, identifier: string, data: Overrides<typeof rdsDbInstance>): Resource {
  return make(rdsDbInstance, { id: identifier, region, arn: arn.in('rds', region, `db:${identifier}`), tags: { 'cost-center': 'data' }, data: { dbInstanceIdentifier: identifier, ...data } });
}

function cluster(region: DemoRegion, identifier: string, data: Overrides<typeof rdsDbCluster>): Resource {
  return make(rdsDbCluster, { id: identifier, region, arn: arn.in('rds', region, `cluster:${identifier}`), tags: { 'cost-center': 'data' }, data: { dbClusterIdentifier: identifier, ...data } });
}

function fileSystem(fileSystemId: string, name: string, data: Overrides<typeof efsFileSystem>): Resource {
  const fsArn = arn.in('elasticfilesystem', 'us-east-1', `file-system/${fileSystemId}`);
  return make(efsFileSystem, { id: fileSystemId, region: 'us-east-1', arn: fsArn, name, tags: { Name: name }, data: { fileSystemId, name, ...data } });
}

function accessPoint(accessPointId: string, name: string, data: Overrides<typeof efsAccessPoint>, errors?: ResourceError[]): Resource {
  return make(efsAccessPoint, {
    id: accessPointId, region: 'us-east-1', arn: arn.in('elasticfilesystem', 'us-east-1', `access-point/${accessPointId}`), name, tags: { Name: name },
    data: { accessPointId, name, ...data },
    ...(errors === undefined ? {} : { errors }),
  });
}

export function rdsInstances(): Resource[] {
  return [
    // Publicly accessible and unencrypted (RDS.2, RDS.3 / CIS 2.3.1, 2.3.3), no deletion protection,
    // one day of backups, an old CA, in the default VPC, the default admin user on MySQL's default port.
    db('us-east-1', 'legacy-reporting-mysql', {
      dbInstanceClass: 'db.t3.medium', engine: 'mysql', engineVersion: '8.0.35',
      storageEncrypted: false, kmsKeyId: null, publiclyAccessible: true,
      autoMinorVersionUpgrade: false, multiAz: false, backupRetentionPeriod: 1, deletionProtection: false,
      iamDatabaseAuthenticationEnabled: false,
      vpcId: vpcs.defaultUsEast1, dbSubnetGroupName: 'default', vpcSecurityGroupIds: [sg.defaultVpcDefaultUsEast1],
      caCertificateIdentifier: 'rds-ca-2019', instanceCreateTime: '2021-10-04T18:22:00.000Z', copyTagsToSnapshot: false,
      masterUsername: 'admin', port: 3306, monitoringInterval: 0, enabledCloudwatchLogsExports: [],
    }),
    // Compliant: private, encrypted with a customer key, Multi-AZ, protected.
    db('us-east-1', 'app-postgres', {
      kmsKeyId: keys.appData,
      vpcId: vpcs.prodUsEast1, dbSubnetGroupName: 'prod-db-subnets', vpcSecurityGroupIds: [sg.appDb],
      instanceCreateTime: '2023-03-10T09:00:00.000Z',
    }),
    // Compliant EU database, encrypted with the AWS managed aws/rds key. It exports its PostgreSQL log but
    // not the upgrade log: RDS.36 passes, RDS.9 (both PostgreSQL logs) fails.
    db('eu-west-1', 'orders-eu', {
      engineVersion: '16.4', kmsKeyId: keys.awsRdsEuWest1,
      vpcId: vpcs.prodEuWest1, dbSubnetGroupName: 'prod-eu-db-subnets', vpcSecurityGroupIds: [sg.ordersDbEu],
      instanceCreateTime: '2024-05-06T09:05:00.000Z', enabledCloudwatchLogsExports: ['postgresql'],
    }),
    // SQL Server sampled every 15 seconds but exporting only its error log: RDS.40 and RDS.9 fail (no agent log).
    db('us-east-1', 'billing-sqlserver', {
      dbInstanceClass: 'db.m6i.xlarge', engine: 'sqlserver-se', engineVersion: '16.00.4135.4.v1', kmsKeyId: keys.appData,
      iamDatabaseAuthenticationEnabled: false, vpcId: vpcs.prodUsEast1, dbSubnetGroupName: 'prod-db-subnets', vpcSecurityGroupIds: [sg.appDb],
      instanceCreateTime: '2024-01-15T08:00:00.000Z', masterUsername: 'billing_owner', port: 11433,
      monitoringInterval: 15, enabledCloudwatchLogsExports: ['error'],
    }),
    // MariaDB exporting all four of its logs (RDS.9 and RDS.42 pass) but without Enhanced Monitoring (RDS.6 fails).
    db('eu-west-1', 'catalog-mariadb', {
      engine: 'mariadb', engineVersion: '10.11.8', kmsKeyId: keys.awsRdsEuWest1,
      vpcId: vpcs.prodEuWest1, dbSubnetGroupName: 'prod-eu-db-subnets', vpcSecurityGroupIds: [sg.ordersDbEu],
      instanceCreateTime: '2024-07-01T12:00:00.000Z', masterUsername: 'catalog_owner', port: 3406,
      monitoringInterval: 0, enabledCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
    }),
  ];
}

export function rdsClusters(): Resource[] {
  return [
    // Compliant Aurora MySQL: encrypted with a customer key, in two zones, protected, backtracking for a
    // day, audit logs exported, a custom administrator on a non-default port.
    cluster('us-east-1', 'orders-aurora', {
      engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.05.2', kmsKeyId: keys.appData, port: 3307,
      backtrackWindow: 86_400, enabledCloudwatchLogsExports: ['audit', 'error', 'slowquery'],
      dbSubnetGroupName: 'prod-db-subnets', vpcSecurityGroupIds: [sg.appDb], clusterCreateTime: '2023-06-12T09:30:00.000Z',
    }),
    // Non-compliant Aurora PostgreSQL: unencrypted, one zone, unprotected, no IAM authentication, tags not
    // copied, no automatic minor upgrades, the default administrator and no PostgreSQL log export.
    cluster('us-east-1', 'analytics-aurora', {
      engine: 'aurora-postgresql', engineVersion: '15.4', storageEncrypted: false, kmsKeyId: null, multiAz: false,
      deletionProtection: false, iamDatabaseAuthenticationEnabled: false, copyTagsToSnapshot: false, autoMinorVersionUpgrade: false,
      masterUsername: 'postgres', port: 5432, backupRetentionPeriod: 1, enabledCloudwatchLogsExports: [],
      dbSubnetGroupName: 'default', vpcSecurityGroupIds: [sg.defaultVpcDefaultUsEast1], clusterCreateTime: '2022-01-20T14:00:00.000Z',
    }),
    // Edge cases in the EU. A Multi-AZ DB cluster of plain PostgreSQL: the Aurora-only checks (backtracking,
    // Aurora log exports) are not applicable, the rest pass.
    cluster('eu-west-1', 'ledger-eu', {
      engine: 'postgres', engineVersion: '16.4', kmsKeyId: keys.awsRdsEuWest1,
      dbSubnetGroupName: 'prod-eu-db-subnets', vpcSecurityGroupIds: [sg.ordersDbEu], clusterCreateTime: '2024-05-06T09:00:00.000Z',
    }),
    // Aurora MySQL whose backtracking was turned off again (a window of 0, not null) and that exports its
    // error log but not the audit log: both Aurora MySQL checks fail.
    cluster('eu-west-1', 'sessions-eu', {
      engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.05.2', kmsKeyId: keys.awsRdsEuWest1, port: 3306,
      masterUsername: 'sessions_owner', backtrackWindow: 0, enabledCloudwatchLogsExports: ['error'],
      dbSubnetGroupName: 'prod-eu-db-subnets', vpcSecurityGroupIds: [sg.ordersDbEu], clusterCreateTime: '2024-09-02T11:00:00.000Z',
    }),
  ];
}

export function efsFileSystems(): Resource[] {
  return [
    // Encrypted at rest, backed up, TLS enforced by its file system policy (CIS 2.4.1 passes).
    fileSystem('fs-0a1b2c3d4e5f6a7b8', 'shared-home', {
      creationTime: '2023-04-03T10:00:00.000Z', kmsKeyId: keys.appData, sizeInBytes: 84_305_018_880,
      fileSystemPolicy: {
        Version: '2012-10-17',
        Statement: [{
          Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: { AWS: '*' }, Action: '*',
          Resource: arn.in('elasticfilesystem', 'us-east-1', 'file-system/fs-0a1b2c3d4e5f6a7b8'),
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }],
      },
      // Only in the private tier (EFS.6 passes).
      mountTargets: [{ mountTargetId: 'fsmt-0a1b2c3d4e5f6a7b1', subnetId: subnets.prodUsEast1Private, lifeCycleState: 'available' }],
    }),
    // Unencrypted (encryption can only be chosen at creation — CIS 2.4.1 fails), no backups, default policy.
    fileSystem('fs-0f9e8d7c6b5a4f3e2', 'legacy-media', {
      creationTime: '2021-11-15T12:00:00.000Z', encrypted: false, kmsKeyId: null,
      performanceMode: 'generalPurpose', throughputMode: 'bursting', numberOfMountTargets: 1, sizeInBytes: 1_319_413_953_331,
      // Automatic backups off (EFS.7 fails); its one mount target is in the public tier (EFS.6 fails).
      backupPolicyStatus: 'DISABLED', fileSystemPolicy: null,
      mountTargets: [{ mountTargetId: 'fsmt-0f9e8d7c6b5a4f3e1', subnetId: subnets.prodUsEast1Public, lifeCycleState: 'available' }],
    }),
  ];
}

export function efsAccessPoints(): Resource[] {
  return [
    // Confined to its own directory as its own user (EFS.3 and EFS.4 pass).
    accessPoint('fsap-0a1b2c3d4e5f6a7b8', 'home-app', {
      fileSystemId: 'fs-0a1b2c3d4e5f6a7b8', rootDirectoryPath: '/home/app', posixUser: { uid: 1001, gid: 1001, secondaryGids: [2001] },
    }),
    // Created with no options: the whole file system, with each client's own ids (EFS.3 and EFS.4 fail).
    accessPoint('fsap-0f9e8d7c6b5a4f3e2', 'media-all', { fileSystemId: 'fs-0f9e8d7c6b5a4f3e2', rootDirectoryPath: '/', posixUser: null }),
    // Edge case: DescribeAccessPoints answered it without its RootDirectory; EFS.3 is ERROR, never "/".
    accessPoint('fsap-0c3d4e5f6a7b8c9d0', 'media-ingest', {
      fileSystemId: 'fs-0f9e8d7c6b5a4f3e2', lifeCycleState: 'creating', posixUser: { uid: 0, gid: 0, secondaryGids: [] },
    }, [{ path: 'rootDirectoryPath', code: 'IncompleteResponse', message: 'the answer has no RootDirectory.Path', operation: 'elasticfilesystem:DescribeAccessPoints' }]),
  ];
}
