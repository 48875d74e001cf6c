import { defineResourceType } from '../define.js';
import { bool, list, obj, oneOf, str } from '../fields.js';

/** DMS logger severities, least to most detailed. */
export const DMS_LOG_SEVERITIES = ['LOGGER_SEVERITY_ERROR', 'LOGGER_SEVERITY_WARNING', 'LOGGER_SEVERITY_INFO', 'LOGGER_SEVERITY_DEFAULT', 'LOGGER_SEVERITY_DEBUG', 'LOGGER_SEVERITY_DETAILED_DEBUG'] as const;

export const dmsReplicationTask = defineResourceType({
  type: 'aws.dms.replication-task',
  service: 'dms',
  scope: 'regional',
  awsTypes: ['AWS::DMS::ReplicationTask'],
  description: 'An AWS DMS replication task with its endpoints and the logging of its task settings (ReplicationTaskSettings Logging). Table mappings are not read; tags are not read (DescribeReplicationTasks does not answer them).',
  idDescription: 'the replication task identifier (the ARN is on the resource)',
  data: obj({
    replicationTaskIdentifier: str('Replication task identifier (ReplicationTaskIdentifier).'),
    status: str('Task status (Status), e.g. ready, running, stopped, failed.'),
    migrationType: oneOf(['cdc', 'full-load', 'full-load-and-cdc'], 'What the task migrates (MigrationType).'),
    sourceEndpointArn: str('The source endpoint (SourceEndpointArn).'),
    targetEndpointArn: str('The target endpoint (TargetEndpointArn).'),
    replicationInstanceArn: str('The replication instance that runs the task (ReplicationInstanceArn).'),
    loggingEnabled: bool('Whether the task writes logs to CloudWatch Logs (ReplicationTaskSettings Logging.EnableLogging).'),
    logComponents: list(obj({
      id: str('Component, e.g. SOURCE_CAPTURE, SOURCE_UNLOAD, TARGET_APPLY, TARGET_LOAD (LogComponents[].Id).'),
      severity: oneOf([...DMS_LOG_SEVERITIES], 'Least severe message the component logs (LogComponents[].Severity).'),
    }, 'One logged component.'), 'Components and their log levels (ReplicationTaskSettings Logging.LogComponents); empty when DMS lists none.'),
  }, 'DMS replication task settings.'),
  example: {
    replicationTaskIdentifier: 'orders-to-aurora',
    status: 'running',
    migrationType: 'full-load-and-cdc',
    sourceEndpointArn: 'arn:aws:dms:us-east-1:123456789012:endpoint:ORDERSSOURCE',
    targetEndpointArn: 'arn:aws:dms:us-east-1:123456789012:endpoint:ORDERSTARGET',
    replicationInstanceArn: 'arn:aws:dms:us-east-1:123456789012:rep:ORDERSMIGRATION',
    loggingEnabled: true,
    logComponents: [
      { id: 'SOURCE_UNLOAD', severity: 'LOGGER_SEVERITY_DEFAULT' },
      { id: 'SOURCE_CAPTURE', severity: 'LOGGER_SEVERITY_DEFAULT' },
      { id: 'TARGET_LOAD', severity: 'LOGGER_SEVERITY_DEFAULT' },
      { id: 'TARGET_APPLY', severity: 'LOGGER_SEVERITY_DEFAULT' },
    ],
  },
});
