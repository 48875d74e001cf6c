/**
 * Pure mapping from DMS answers to the aws.dms.* catalog shapes, one reader
 * per field (answers.ts), so one value DMS left out fails alone. The
 * Describe* answers carry every flag below for every resource, so one left
 * out is unknown, never its documented default.
 *
 * What absence is read as, and why:
 * - KmsKeyId, CertificateArn, ReplicationSubnetGroup.VpcId absent are null:
 *   DMS names them only when they are set.
 * - NeptuneSettings, MongoDbSettings, RedisSettings absent make their fields
 *   null: DMS sends an engine's settings only for endpoints of that engine.
 *   Inside settings that are sent, a flag left out is unknown;
 *   MongoDbSettings.AuthMechanism is null when not named (AuthType no has none).
 * - ReplicationTaskSettings is the task's settings as JSON text: absent, not
 *   JSON, or without Logging.EnableLogging or Logging.LogComponents, the
 *   logging fields are unknown.
 * - No password or secret is read: the settings carry some (Password,
 *   AuthPassword), and nothing here copies a settings object whole.
 */
import type { Endpoint, ReplicationInstance, ReplicationTask } from '@aws-sdk/client-database-migration-service';
import { eachOf, emptyToNull, isoOrNull, knownValue, required, text, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { DMS_LOG_SEVERITIES } from '../../../resources/types/dms-replication-task.js';

type Instance = CatalogData['aws.dms.replication-instance'];
type Task = CatalogData['aws.dms.replication-task'];
type DmsEndpoint = CatalogData['aws.dms.endpoint'];

export function instanceFields(instance: ReplicationInstance): ReadersOf<Instance> {
  return {
    replicationInstanceIdentifier: () => text(instance.ReplicationInstanceIdentifier, 'ReplicationInstanceIdentifier'),
    replicationInstanceClass: () => text(instance.ReplicationInstanceClass, 'ReplicationInstanceClass'),
    status: () => text(instance.ReplicationInstanceStatus, 'ReplicationInstanceStatus'),
    engineVersion: () => text(instance.EngineVersion, 'EngineVersion'),
    instanceCreateTime: () => isoOrNull(instance.InstanceCreateTime),
    publiclyAccessible: () => required(instance.PubliclyAccessible, 'PubliclyAccessible'),
    autoMinorVersionUpgrade: () => required(instance.AutoMinorVersionUpgrade, 'AutoMinorVersionUpgrade'),
    multiAz: () => required(instance.MultiAZ, 'MultiAZ'),
    kmsKeyId: () => emptyToNull(instance.KmsKeyId),
    vpcId: () => emptyToNull(instance.ReplicationSubnetGroup?.VpcId),
  };
}

/** The Logging object of a task's settings JSON. */
function loggingOf(task: ReplicationTask): Record<string, unknown> {
  const settings = required(task.ReplicationTaskSettings, 'ReplicationTaskSettings');
  let parsed: unknown;
  try {
    parsed = JSON.parse(settings);
  } catch {
    throw new UnreadableAnswer('UnexpectedResponse', 'ReplicationTaskSettings is not JSON');
  }
  const logging = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).Logging : undefined;
  if (typeof logging !== 'object' || logging === null || Array.isArray(logging)) throw new UnreadableAnswer('IncompleteResponse', 'the answer has no ReplicationTaskSettings Logging');
  return logging as Record<string, unknown>;
}

function logComponents(task: ReplicationTask): WithGaps<Task['logComponents']> {
  const components = loggingOf(task).LogComponents;
  if (!Array.isArray(components)) throw new UnreadableAnswer('IncompleteResponse', 'the answer has no ReplicationTaskSettings Logging.LogComponents');
  return eachOf(components as unknown[], 'Logging.LogComponents', (component) => {
    const entry = typeof component === 'object' && component !== null ? (component as Record<string, unknown>) : {};
    const id = typeof entry.Id === 'string' ? entry.Id : undefined;
    const severity = typeof entry.Severity === 'string' ? entry.Severity : undefined;
    return { id: text(id, 'LogComponents[].Id'), severity: knownValue(severity, DMS_LOG_SEVERITIES, 'LogComponents[].Severity') };
  });
}

export function taskFields(task: ReplicationTask): ReadersOf<Task> {
  return {
    replicationTaskIdentifier: () => text(task.ReplicationTaskIdentifier, 'ReplicationTaskIdentifier'),
    status: () => text(task.Status, 'Status'),
    migrationType: () => knownValue(task.MigrationType, ['cdc', 'full-load', 'full-load-and-cdc'], 'MigrationType'),
    sourceEndpointArn: () => text(task.SourceEndpointArn, 'SourceEndpointArn'),
    targetEndpointArn: () => text(task.TargetEndpointArn, 'TargetEndpointArn'),
    replicationInstanceArn: () => text(task.ReplicationInstanceArn, 'ReplicationInstanceArn'),
    loggingEnabled: () => {
      const enabled = loggingOf(task).EnableLogging;
      if (typeof enabled !== 'boolean') throw new UnreadableAnswer('IncompleteResponse', 'the answer has no ReplicationTaskSettings Logging.EnableLogging');
      return enabled;
    },
    logComponents: () => logComponents(task),
  };
}

export function endpointFields(endpoint: Endpoint): ReadersOf<DmsEndpoint> {
  // An emulator may answer an engine's settings as null: that is "not this engine", as absent is.
  const mongo = endpoint.MongoDbSettings ?? undefined;
  const neptune = endpoint.NeptuneSettings ?? undefined;
  const redis = endpoint.RedisSettings ?? undefined;
  return {
    endpointIdentifier: () => text(endpoint.EndpointIdentifier, 'EndpointIdentifier'),
    // DMS answers SOURCE or TARGET; its model spells them in lower case.
    endpointType: () => knownValue(endpoint.EndpointType?.toLowerCase(), ['source', 'target'], 'EndpointType'),
    engineName: () => text(endpoint.EngineName, 'EngineName'),
    status: () => text(endpoint.Status, 'Status'),
    sslMode: () => knownValue(endpoint.SslMode, ['none', 'require', 'verify-ca', 'verify-full'], 'SslMode'),
    certificateArn: () => emptyToNull(endpoint.CertificateArn),
    neptuneIamAuthEnabled: () => (neptune === undefined ? null : required(neptune.IamAuthEnabled, 'NeptuneSettings.IamAuthEnabled')),
    mongoDbAuthType: () => (mongo === undefined ? null : knownValue(mongo.AuthType, ['no', 'password'], 'MongoDbSettings.AuthType')),
    mongoDbAuthMechanism: () => {
      const mechanism = emptyToNull(mongo?.AuthMechanism);
      return mechanism === null ? null : knownValue(mechanism, ['default', 'mongodb_cr', 'scram_sha_1'], 'MongoDbSettings.AuthMechanism');
    },
    redisSslSecurityProtocol: () => (redis === undefined ? null : knownValue(redis.SslSecurityProtocol, ['plaintext', 'ssl-encryption'], 'RedisSettings.SslSecurityProtocol')),
  };
}
