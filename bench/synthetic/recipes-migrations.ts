/**
 * AWS DMS: replication instances public or private, single- or Multi-AZ,
 * upgraded automatically or by hand; tasks with logging off, on, or with a
 * component below the default level; endpoints of several engines with
 * SSL on or off and Neptune, MongoDB and Redis authentication and TLS
 * settings varied. Tasks point at endpoints and instances made before them.
 */
import { dmsEndpoint } from '../../src/resources/types/dms-endpoint.js';
import { dmsReplicationInstance } from '../../src/resources/types/dms-replication-instance.js';
import { dmsReplicationTask } from '../../src/resources/types/dms-replication-task.js';
import { defineRecipe, refsOr, type Recipe, type Variation } from './recipe.js';

export const dmsReplicationInstanceRecipe: Recipe = defineRecipe({
  definition: dmsReplicationInstance,
  weight: 2,
  vary(rng): Variation<typeof dmsReplicationInstance.data> {
    return {
      data: {
        replicationInstanceClass: rng.pick(['dms.t3.medium', 'dms.r5.large', 'dms.c5.xlarge']),
        publiclyAccessible: rng.chance(0.15),
        autoMinorVersionUpgrade: rng.chance(0.7),
        multiAz: rng.chance(0.5),
        kmsKeyId: rng.chance(0.9) ? dmsReplicationInstance.example.kmsKeyId : null,
      },
    };
  },
  identify(seq, place, _template, refs, rng) {
    const id = `dms-${seq}`;
    return {
      id,
      arn: `arn:aws:dms:${place.region}:${place.account}:rep:DMS${seq}`,
      data: { replicationInstanceIdentifier: id, vpcId: refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, ['vpc-0a1b2c3d4e5f67890'])[0] ?? null },
    };
  },
});

const ENGINES = ['mysql', 'postgres', 'aurora-postgresql', 'oracle', 'neptune', 'mongodb', 'redis', 's3'] as const;

export const dmsEndpointRecipe: Recipe = defineRecipe({
  definition: dmsEndpoint,
  weight: 3,
  vary(rng): Variation<typeof dmsEndpoint.data> {
    const engine = rng.pick(ENGINES);
    const ssl = engine !== 's3' && engine !== 'neptune' && engine !== 'redis' && rng.chance(0.6);
    return {
      data: {
        endpointType: engine === 'neptune' || engine === 'redis' || engine === 's3' ? 'target' : rng.pick(['source', 'target'] as const),
        engineName: engine,
        sslMode: ssl ? rng.pick(['require', 'verify-ca', 'verify-full'] as const) : 'none',
        certificateArn: null,
        neptuneIamAuthEnabled: engine === 'neptune' ? rng.chance(0.6) : null,
        mongoDbAuthType: engine === 'mongodb' ? (rng.chance(0.7) ? 'password' : 'no') : null,
        mongoDbAuthMechanism: engine === 'mongodb' && rng.chance(0.7) ? 'scram_sha_1' : null,
        redisSslSecurityProtocol: engine === 'redis' ? rng.pick(['plaintext', 'ssl-encryption'] as const) : null,
      },
    };
  },
  identify(seq, place) {
    const id = `endpoint-${seq}`;
    return { id, arn: `arn:aws:dms:${place.region}:${place.account}:endpoint:ENDPOINT${seq}`, data: { endpointIdentifier: id } };
  },
});

export const dmsReplicationTaskRecipe: Recipe = defineRecipe({
  definition: dmsReplicationTask,
  weight: 2,
  vary(rng): Variation<typeof dmsReplicationTask.data> {
    const level = (): 'LOGGER_SEVERITY_DEFAULT' | 'LOGGER_SEVERITY_INFO' | 'LOGGER_SEVERITY_DEBUG' => rng.pick(['LOGGER_SEVERITY_DEFAULT', 'LOGGER_SEVERITY_DEFAULT', 'LOGGER_SEVERITY_INFO', 'LOGGER_SEVERITY_DEBUG'] as const);
    return {
      data: {
        migrationType: rng.pick(['cdc', 'full-load', 'full-load-and-cdc'] as const),
        status: rng.pick(['running', 'stopped', 'ready']),
        loggingEnabled: rng.chance(0.6),
        logComponents: ['SOURCE_UNLOAD', 'SOURCE_CAPTURE', 'TARGET_LOAD', 'TARGET_APPLY'].map((id) => ({ id, severity: level() })),
      },
      ...(rng.chance(0.03) ? { errors: [{ path: 'logComponents', code: 'IncompleteResponse', message: 'the answer has no ReplicationTaskSettings Logging.LogComponents', operation: 'dms:DescribeReplicationTasks' }] } : {}),
    };
  },
  identify(seq, place, _template, refs, rng) {
    const id = `task-${seq}`;
    const endpoints = refs.arns('aws.dms.endpoint', place.account, place.region);
    const [source, target] = refsOr(endpoints, rng, 2, [dmsReplicationTask.example.sourceEndpointArn, dmsReplicationTask.example.targetEndpointArn]);
    return {
      id,
      arn: `arn:aws:dms:${place.region}:${place.account}:task:TASK${seq}`,
      data: {
        replicationTaskIdentifier: id,
        sourceEndpointArn: source ?? dmsReplicationTask.example.sourceEndpointArn,
        targetEndpointArn: target ?? source ?? dmsReplicationTask.example.targetEndpointArn,
        replicationInstanceArn: refsOr(refs.arns('aws.dms.replication-instance', place.account, place.region), rng, 1, [dmsReplicationTask.example.replicationInstanceArn])[0] ?? dmsReplicationTask.example.replicationInstanceArn,
      },
    };
  },
});
