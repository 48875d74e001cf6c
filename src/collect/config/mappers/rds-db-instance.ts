/**
 * AWS::RDS::DBInstance → aws.rds.db-instance. The item's configuration is
 * DescribeDBInstances' DBInstance in camelCase, read back into the SDK's
 * shape and mapped by the API collector's own dbInstanceFields and
 * dbInstanceTags. Config lower-cases only the first letter of the Java
 * getter's name, so the "DB", "IAM", "CA" and "AZ" prefixes keep their
 * capitals after it: dBInstanceIdentifier, iAMDatabaseAuthenticationEnabled,
 * cACertificateIdentifier, multiAZ, dBSubnetGroup.dBSubnetGroupName (every
 * name read here is listed in awslabs/aws-config-resource-schema,
 * AWS::RDS::DBInstance). deletionProtection is missing from that schema's
 * older version, so items recorded before it have none: like any value the
 * API always answers, its absence is unreadable, never false. A null Config
 * wrote there is read as the API reads the value left out: unreadable too.
 *
 * enabledCloudwatchLogsExports is a list Config writes for every instance
 * ([] when none), so an item without it is unreadable rather than "no
 * export"; null, as the API's absent list, is none. A list that holds
 * anything but strings is unreadable.
 *
 * The API collector builds its envelope inline (no envelope function is
 * exported from aws/rds/map.ts), so the same three values are built here.
 */
import type { DBInstance } from '@aws-sdk/client-rds';
import { dbInstanceFields, dbInstanceTags } from '../../aws/rds/map.js';
import { booleanOf, defineConfigMapper, numberOf, records, stringOf, stringsOf } from '../mapper.js';
import { readFields } from '../../answers.js';
import { fromItem, isRecord, timeOf, unanswered, type Answered } from '../read.js';

const ANSWERS: readonly Answered[] = [
  { key: 'dBInstanceClass', path: 'dbInstanceClass', kind: 'string' },
  { key: 'engine', path: 'engine', kind: 'string' },
  { key: 'engineVersion', path: 'engineVersion', kind: 'string' },
  { key: 'dBInstanceStatus', path: 'status', kind: 'string' },
  { key: 'storageEncrypted', path: 'storageEncrypted', kind: 'boolean' },
  { key: 'publiclyAccessible', path: 'publiclyAccessible', kind: 'boolean' },
  { key: 'autoMinorVersionUpgrade', path: 'autoMinorVersionUpgrade', kind: 'boolean' },
  { key: 'multiAZ', path: 'multiAz', kind: 'boolean' },
  { key: 'backupRetentionPeriod', path: 'backupRetentionPeriod', kind: 'number' },
  { key: 'deletionProtection', path: 'deletionProtection', kind: 'boolean' },
  { key: 'iAMDatabaseAuthenticationEnabled', path: 'iamDatabaseAuthenticationEnabled', kind: 'boolean' },
  { key: 'vpcSecurityGroups', path: 'vpcSecurityGroupIds', kind: 'list' },
  { key: 'copyTagsToSnapshot', path: 'copyTagsToSnapshot', kind: 'boolean' },
  { key: 'masterUsername', path: 'masterUsername', kind: 'string' },
  { key: 'monitoringInterval', path: 'monitoringInterval', kind: 'number' },
  { key: 'enabledCloudwatchLogsExports', path: 'enabledCloudwatchLogsExports', kind: 'list' },
  // Absent or null while the instance is being created; a value that is not a time is still unreadable.
  { key: 'instanceCreateTime', path: 'instanceCreateTime', kind: 'time', optional: true },
];

export const rdsDbInstanceFromConfig = defineConfigMapper({
  configType: 'AWS::RDS::DBInstance',
  catalogType: 'aws.rds.db-instance',
  map(item, place) {
    const c = item.configuration ?? {};
    const subnetGroup = isRecord(c.dBSubnetGroup) ? c.dBSubnetGroup : undefined;
    // Absent or null while the instance is being created, as in the API's answer (port null).
    const endpoint = isRecord(c.endpoint) ? c.endpoint : undefined;
    const db: DBInstance = {
      // Config's resourceId for this type is not the identifier (it is believed to be the DbiResourceId, db-…; not confirmed), its resourceName is.
      DBInstanceIdentifier: stringOf(c.dBInstanceIdentifier) ?? item.resourceName,
      DBInstanceArn: stringOf(c.dBInstanceArn) ?? item.arn,
      DBInstanceClass: stringOf(c.dBInstanceClass),
      Engine: stringOf(c.engine),
      EngineVersion: stringOf(c.engineVersion),
      DBInstanceStatus: stringOf(c.dBInstanceStatus),
      StorageEncrypted: booleanOf(c.storageEncrypted),
      KmsKeyId: stringOf(c.kmsKeyId),
      PubliclyAccessible: booleanOf(c.publiclyAccessible),
      AutoMinorVersionUpgrade: booleanOf(c.autoMinorVersionUpgrade),
      MultiAZ: booleanOf(c.multiAZ),
      BackupRetentionPeriod: numberOf(c.backupRetentionPeriod),
      DeletionProtection: booleanOf(c.deletionProtection),
      IAMDatabaseAuthenticationEnabled: booleanOf(c.iAMDatabaseAuthenticationEnabled),
      DBSubnetGroup: subnetGroup === undefined ? undefined : { DBSubnetGroupName: stringOf(subnetGroup.dBSubnetGroupName), VpcId: stringOf(subnetGroup.vpcId) },
      VpcSecurityGroups: records(c.vpcSecurityGroups).map((g) => ({ VpcSecurityGroupId: stringOf(g.vpcSecurityGroupId), Status: stringOf(g.status) })),
      CACertificateIdentifier: stringOf(c.cACertificateIdentifier),
      InstanceCreateTime: timeOf(c.instanceCreateTime),
      CopyTagsToSnapshot: booleanOf(c.copyTagsToSnapshot),
      MasterUsername: stringOf(c.masterUsername),
      Endpoint: endpoint === undefined ? undefined : { Address: stringOf(endpoint.address), Port: numberOf(endpoint.port) },
      MonitoringInterval: numberOf(c.monitoringInterval),
      EnabledCloudwatchLogsExports: stringsOf(c.enabledCloudwatchLogsExports),
      TagList: Object.entries(item.tags).map(([Key, Value]) => ({ Key, Value })),
    };
    const id = db.DBInstanceIdentifier ?? '';
    const exportsUnread = Array.isArray(c.enabledCloudwatchLogsExports) && db.EnabledCloudwatchLogsExports === undefined
      ? [{ path: 'enabledCloudwatchLogsExports', reason: 'configuration.enabledCloudwatchLogsExports in the Configuration Item holds something other than log type names' }]
      : [];
    const read = fromItem(readFields(dbInstanceFields(db)), [...unanswered(c, ANSWERS), ...exportsUnread]);
    return {
      // The envelope needs an ARN; Config items carry one, and RDS documents the form for the rare item without.
      envelope: { type: 'aws.rds.db-instance', id, arn: db.DBInstanceArn ?? `arn:${place.partition}:rds:${place.region}:${place.account}:db:${id}`, tags: dbInstanceTags(db) },
      fields: read.fields,
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
