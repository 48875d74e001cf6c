/** rdsDbInstances through the real RDS client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { rdsDbInstances } from './db-instances.js';
import { byAction, queryError, xml, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const page = (instances: string[], marker?: string): RecordedResponse => xml(
  `<DescribeDBInstancesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBInstancesResult><DBInstances>${instances.join('')}</DBInstances>${marker === undefined ? '' : `<Marker>${marker}</Marker>`}</DescribeDBInstancesResult><ResponseMetadata><RequestId>recorded</RequestId></ResponseMetadata></DescribeDBInstancesResponse>`,
);

const ordersDb = `<DBInstance>
  <DBInstanceIdentifier>orders-db</DBInstanceIdentifier><DBInstanceClass>db.m6g.large</DBInstanceClass><Engine>postgres</Engine><DBInstanceStatus>available</DBInstanceStatus>
  <MasterUsername>admin</MasterUsername><Endpoint><Address>orders-db.abc.us-east-1.rds.amazonaws.com</Address><Port>5432</Port></Endpoint><AllocatedStorage>100</AllocatedStorage>
  <InstanceCreateTime>2024-02-01T10:00:00.000Z</InstanceCreateTime><PreferredBackupWindow>03:00-04:00</PreferredBackupWindow><BackupRetentionPeriod>7</BackupRetentionPeriod>
  <DBSecurityGroups/><VpcSecurityGroups><VpcSecurityGroupMembership><VpcSecurityGroupId>sg-0123456789abcdef0</VpcSecurityGroupId><Status>active</Status></VpcSecurityGroupMembership><VpcSecurityGroupMembership><VpcSecurityGroupId>sg-0fedcba9876543210</VpcSecurityGroupId><Status>active</Status></VpcSecurityGroupMembership></VpcSecurityGroups>
  <DBParameterGroups><DBParameterGroup><DBParameterGroupName>default.postgres16</DBParameterGroupName><ParameterApplyStatus>in-sync</ParameterApplyStatus></DBParameterGroup></DBParameterGroups>
  <AvailabilityZone>us-east-1a</AvailabilityZone>
  <DBSubnetGroup><DBSubnetGroupName>orders-subnets</DBSubnetGroupName><DBSubnetGroupDescription>orders</DBSubnetGroupDescription><VpcId>vpc-0a1b2c3d4e5f67890</VpcId><SubnetGroupStatus>Complete</SubnetGroupStatus><Subnets><Subnet><SubnetIdentifier>subnet-1</SubnetIdentifier><SubnetStatus>Active</SubnetStatus></Subnet></Subnets></DBSubnetGroup>
  <MultiAZ>true</MultiAZ><EngineVersion>16.3</EngineVersion><AutoMinorVersionUpgrade>true</AutoMinorVersionUpgrade><PubliclyAccessible>false</PubliclyAccessible>
  <StorageType>gp3</StorageType><StorageEncrypted>true</StorageEncrypted><KmsKeyId>${kmsKey}</KmsKeyId><DbiResourceId>db-ABCDEFGHIJKLMNOP</DbiResourceId>
  <CACertificateIdentifier>rds-ca-rsa2048-g1</CACertificateIdentifier><CopyTagsToSnapshot>true</CopyTagsToSnapshot>
  <MonitoringInterval>60</MonitoringInterval><MonitoringRoleArn>arn:aws:iam::${ACCOUNT}:role/rds-monitoring</MonitoringRoleArn><EnabledCloudwatchLogsExports><member>postgresql</member><member>upgrade</member></EnabledCloudwatchLogsExports>
  <DBInstanceArn>arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-db</DBInstanceArn><IAMDatabaseAuthenticationEnabled>true</IAMDatabaseAuthenticationEnabled><DeletionProtection>true</DeletionProtection>
  <TagList><Tag><Key>team</Key><Value>orders</Value></Tag><Tag><Key>env</Key><Value>prod</Value></Tag></TagList>
</DBInstance>`;
// Still being created, public, unencrypted, in the default VPC without a subnet group answer.
const legacy = `<DBInstance>
  <DBInstanceIdentifier>legacy-mysql</DBInstanceIdentifier><DBInstanceClass>db.t3.micro</DBInstanceClass><Engine>mysql</Engine><DBInstanceStatus>creating</DBInstanceStatus><MasterUsername>admin</MasterUsername>
  <BackupRetentionPeriod>0</BackupRetentionPeriod><VpcSecurityGroups/><MultiAZ>false</MultiAZ><EngineVersion>8.0.35</EngineVersion><AutoMinorVersionUpgrade>false</AutoMinorVersionUpgrade>
  <PubliclyAccessible>true</PubliclyAccessible><StorageEncrypted>false</StorageEncrypted><CopyTagsToSnapshot>false</CopyTagsToSnapshot><MonitoringInterval>0</MonitoringInterval>
  <DBInstanceArn>arn:aws:rds:us-east-1:${ACCOUNT}:db:legacy-mysql</DBInstanceArn><IAMDatabaseAuthenticationEnabled>false</IAMDatabaseAuthenticationEnabled><DeletionProtection>false</DeletionProtection><TagList/>
</DBInstance>`;
const auroraMember = `<DBInstance>
  <DBInstanceIdentifier>reports-1</DBInstanceIdentifier><DBInstanceClass>db.r6g.large</DBInstanceClass><Engine>aurora-postgresql</Engine><DBInstanceStatus>available</DBInstanceStatus>
  <MasterUsername>reports_owner</MasterUsername><Endpoint><Address>reports-1.abc.us-east-1.rds.amazonaws.com</Address><Port>6543</Port></Endpoint>
  <InstanceCreateTime>2024-03-05T08:15:30.250Z</InstanceCreateTime><BackupRetentionPeriod>1</BackupRetentionPeriod><DBClusterIdentifier>reports</DBClusterIdentifier>
  <DBSubnetGroup><DBSubnetGroupName>reports-subnets</DBSubnetGroupName><VpcId>vpc-0a1b2c3d4e5f67890</VpcId></DBSubnetGroup>
  <VpcSecurityGroups><VpcSecurityGroupMembership><VpcSecurityGroupId>sg-0aaaabbbbccccdddd</VpcSecurityGroupId><Status>active</Status></VpcSecurityGroupMembership></VpcSecurityGroups>
  <MultiAZ>false</MultiAZ><EngineVersion>16.2</EngineVersion><AutoMinorVersionUpgrade>true</AutoMinorVersionUpgrade><PubliclyAccessible>false</PubliclyAccessible>
  <StorageEncrypted>true</StorageEncrypted><KmsKeyId>${kmsKey}</KmsKeyId><CACertificateIdentifier>rds-ca-ecc384-g1</CACertificateIdentifier><CopyTagsToSnapshot>false</CopyTagsToSnapshot><MonitoringInterval>0</MonitoringInterval>
  <EnabledCloudwatchLogsExports><member>postgresql</member></EnabledCloudwatchLogsExports>
  <DBInstanceArn>arn:aws:rds:us-east-1:${ACCOUNT}:db:reports-1</DBInstanceArn><IAMDatabaseAuthenticationEnabled>false</IAMDatabaseAuthenticationEnabled><DeletionProtection>false</DeletionProtection>
</DBInstance>`;

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'DescribeDBInstances', match: byAction('DescribeDBInstances'), respond: (r) => (r.params.Marker === undefined ? page([ordersDb, legacy], 'instances-2') : page([auroraMember])) },
  ];
}

describe('rdsDbInstances', () => {
  it('follows the Marker and maps every instance, tags included, to a valid resource', async () => {
    const run = await collectRecorded([rdsDbInstances], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeDBInstances')).toBe(2);
    const instances = run.snapshot.resources.filter((r) => r.type === 'aws.rds.db-instance');
    expect(instances.map((i) => i.id)).toEqual(['orders-db', 'legacy-mysql', 'reports-1']);
    expect(instances[0]?.arn).toBe(`arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-db`);
    expect(instances[0]?.tags).toEqual({ team: 'orders', env: 'prod' });
    expect(instances[0]?.data).toEqual({
      dbInstanceIdentifier: 'orders-db', dbInstanceClass: 'db.m6g.large', engine: 'postgres', engineVersion: '16.3', status: 'available',
      storageEncrypted: true, kmsKeyId: kmsKey, publiclyAccessible: false, autoMinorVersionUpgrade: true, multiAz: true, backupRetentionPeriod: 7,
      deletionProtection: true, iamDatabaseAuthenticationEnabled: true, vpcId: 'vpc-0a1b2c3d4e5f67890', dbSubnetGroupName: 'orders-subnets',
      vpcSecurityGroupIds: ['sg-0123456789abcdef0', 'sg-0fedcba9876543210'], caCertificateIdentifier: 'rds-ca-rsa2048-g1', instanceCreateTime: '2024-02-01T10:00:00.000Z', copyTagsToSnapshot: true,
      masterUsername: 'admin', port: 5432, monitoringInterval: 60, enabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
    });
    expect(instances[1]?.tags).toEqual({});
    expect(instances[1]?.data).toMatchObject({
      status: 'creating', storageEncrypted: false, kmsKeyId: null, publiclyAccessible: true, backupRetentionPeriod: 0,
      vpcId: null, dbSubnetGroupName: null, vpcSecurityGroupIds: [], caCertificateIdentifier: null, instanceCreateTime: null, masterUsername: 'admin', port: null,
      monitoringInterval: 0, enabledCloudwatchLogsExports: [],
    });
    expect(instances[2]?.data).toMatchObject({ engine: 'aurora-postgresql', instanceCreateTime: '2024-03-05T08:15:30.250Z', vpcSecurityGroupIds: ['sg-0aaaabbbbccccdddd'], masterUsername: 'reports_owner', port: 6543, monitoringInterval: 0, enabledCloudwatchLogsExports: ['postgresql'] });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.rds.db-instance', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('keeps the instances of the first page and marks coverage partial when a later page fails', async () => {
    const broken: Route = { name: 'page-2', match: (r) => r.action === 'DescribeDBInstances' && r.params.Marker === 'instances-2', respond: queryError('AccessDenied', 'User is not authorized to perform: rds:DescribeDBInstances', 403) };
    const run = await collectRecorded([rdsDbInstances], routes([broken]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['orders-db', 'legacy-mysql']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial', reason: 'AccessDenied on rds:DescribeDBInstances: User is not authorized to perform: rds:DescribeDBInstances' })]);
  });

  it('marks coverage failed when instances cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeDBInstances'), respond: queryError('AccessDenied', 'no rds:DescribeDBInstances', 403) };
    const run = await collectRecorded([rdsDbInstances], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'rds', operation: 'DescribeDBInstances', code: 'AccessDenied' })]);
  });
});

describe('rdsDbInstances call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(rdsDbInstances)).toEqual([]);
  });
});
