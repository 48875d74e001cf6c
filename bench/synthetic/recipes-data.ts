/**
 * Data stores and keys: buckets with every mix of encryption, Block Public
 * Access, policies (TLS-only, public read) and ACL grants; EFS and RDS with
 * and without encryption, backups and public endpoints; RDS clusters of
 * each engine with and without protection, backtracking and log exports; KMS keys of both
 * managers and several specs, rotating or not.
 */
import { ecrRepository } from '../../src/resources/types/ecr-repository.js';
import { efsAccessPoint } from '../../src/resources/types/efs-access-point.js';
import { efsFileSystem } from '../../src/resources/types/efs-file-system.js';
import { kmsKey } from '../../src/resources/types/kms-key.js';
import { rdsDbCluster } from '../../src/resources/types/rds-db-cluster.js';
import { rdsDbInstance } from '../../src/resources/types/rds-db-instance.js';
import { s3Bucket } from '../../src/resources/types/s3-bucket.js';
import { daysAgo, defineRecipe, denied, field, refsOr, type Recipe, type Variation } from './recipe.js';
import { ec2Suffix, type Rng } from './rng.js';

function uuid(rng: Rng): string {
  const h = rng.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const kmsKeyRecipe: Recipe = defineRecipe({
  definition: kmsKey,
  weight: 40,
  vary(rng): Variation<typeof kmsKey.data> {
    const customer = rng.chance(0.6);
    const symmetric = rng.chance(0.85);
    const rotating = customer && symmetric && rng.chance(0.6);
    return {
      data: {
        keyManager: customer ? 'CUSTOMER' : 'AWS',
        keySpec: symmetric ? 'SYMMETRIC_DEFAULT' : rng.pick(['RSA_2048', 'ECC_NIST_P256', 'HMAC_256']),
        keyUsage: symmetric ? 'ENCRYPT_DECRYPT' : 'SIGN_VERIFY',
        keyState: rng.chance(0.9) ? 'Enabled' : rng.pick(['Disabled', 'PendingDeletion'] as const),
        rotationEnabled: rotating,
        rotationPeriodInDays: rotating ? rng.pick([90, 365]) : null,
        creationDate: daysAgo(rng.int(1, 2000)),
      },
      ...(rng.chance(0.04) ? { errors: [denied('rotationEnabled', 'kms:GetKeyRotationStatus', 'AccessDeniedException')] } : {}),
    };
  },
  identify(_seq, place, _template, _refs, rng) {
    const keyId = uuid(rng);
    return { id: keyId, arn: `arn:aws:kms:${place.region}:${place.account}:key/${keyId}`, data: { keyId } };
  },
});

const tlsOnlyPolicy = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
};
const publicReadPolicy = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }],
};
const allUsers = { type: 'Group' as const, id: null, uri: 'http://acs.amazonaws.com/groups/global/AllUsers', displayName: null, emailAddress: null };

export const s3BucketRecipe: Recipe = defineRecipe({
  definition: s3Bucket,
  weight: 90,
  vary(rng): Variation<typeof s3Bucket.data> {
    const policy = rng.pick([null, null, tlsOnlyPolicy, tlsOnlyPolicy, publicReadPolicy]);
    const bpa = rng.chance(0.7);
    return {
      data: {
        creationDate: daysAgo(rng.int(1, 3000)),
        encryption: rng.chance(0.1) ? null : { rules: [{ sseAlgorithm: rng.pick(['AES256', 'aws:kms'] as const), kmsMasterKeyId: null, bucketKeyEnabled: rng.chance(0.5) }] },
        publicAccessBlock: bpa ? {} : rng.chance(0.5) ? null : { blockPublicPolicy: false, restrictPublicBuckets: false },
        policy,
        policyStatus: policy === null ? null : { isPublic: policy === publicReadPolicy },
        acl: { grants: rng.chance(0.05) ? [{ grantee: allUsers, permission: 'READ' }] : [] },
        ownershipControls: rng.chance(0.7) ? {} : { objectOwnership: 'ObjectWriter' },
        versioning: { status: rng.pick(['Enabled', 'Suspended', null] as const), mfaDelete: rng.chance(0.05) ? 'Enabled' : 'Disabled' },
        logging: rng.chance(0.4) ? { targetBucket: 'access-logs', targetPrefix: 'logs/' } : null,
        lifecycle: rng.chance(0.3) ? { rules: [{ id: 'expire', status: 'Enabled', expirationDays: 365, noncurrentVersionExpirationDays: 30, transitionCount: 1 }] } : null,
      },
      // As for the demo's unreadable-policy bucket: the policy could not be read, so its absence means nothing.
      ...(rng.chance(0.05) ? { errors: [denied('policy', 's3:GetBucketPolicy'), denied('policyStatus', 's3:GetBucketPolicyStatus')] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const name = `bench-${seq}-${place.region}-${place.account}`;
    const logging = field(template, 'logging');
    const targets = refs.ids('aws.s3.bucket', place.account, place.region);
    return {
      id: name,
      arn: `arn:aws:s3:::${name}`,
      data: { name, ...(logging !== null && logging !== undefined && targets.length > 0 ? { logging: { targetBucket: rng.pick(targets), targetPrefix: `${name}/` } } : {}) },
    };
  },
});

export const efsRecipe: Recipe = defineRecipe({
  definition: efsFileSystem,
  weight: 10,
  vary(rng): Variation<typeof efsFileSystem.data> {
    const encrypted = rng.chance(0.7);
    return {
      data: {
        encrypted,
        kmsKeyId: encrypted ? efsFileSystem.example.kmsKeyId : null,
        throughputMode: rng.pick(['bursting', 'provisioned', 'elastic'] as const),
        backupPolicyStatus: rng.pick(['ENABLED', 'DISABLED', null] as const),
        fileSystemPolicy: rng.chance(0.5) ? null : efsFileSystem.example.fileSystemPolicy,
        numberOfMountTargets: rng.int(0, 3),
      },
      // Some file systems' mount targets could not be listed.
      ...(rng.chance(0.05) ? { errors: [denied('mountTargets', 'elasticfilesystem:DescribeMountTargets', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const fileSystemId = `fs-${ec2Suffix(seq)}`;
    const count = Number(field(template, 'numberOfMountTargets'));
    // Mount targets in the region's subnets, public ones included; the template's own subnets when the region has none.
    const subnetIds = refsOr(refs.ids('aws.ec2.subnet', place.account, place.region), rng, count, ['subnet-0a1b2c3d4e5f67890', 'subnet-0b1c2d3e4f5a67890', 'subnet-0c1d2e3f4a5b67890'].slice(0, count));
    const mountTargets = template.data.mountTargets === undefined ? {} : {
      mountTargets: subnetIds.map((subnetId, i) => ({ mountTargetId: `fsmt-${ec2Suffix(seq * 4 + i)}`, subnetId, lifeCycleState: 'available' })),
    };
    return { id: fileSystemId, arn: `arn:aws:elasticfilesystem:${place.region}:${place.account}:file-system/${fileSystemId}`, data: { fileSystemId, name: `efs-${seq}`, ...mountTargets } };
  },
});

export const efsAccessPointRecipe: Recipe = defineRecipe({
  definition: efsAccessPoint,
  weight: 6,
  vary(rng): Variation<typeof efsAccessPoint.data> {
    return {
      data: {
        rootDirectoryPath: rng.pick(['/', '/app', '/data/shared', '/home/app'] as const),
        posixUser: rng.chance(0.6) ? { uid: rng.pick([0, 1000, 1001] as const), gid: 1000, secondaryGids: rng.chance(0.3) ? [2000] : [] } : null,
        lifeCycleState: rng.chance(0.9) ? 'available' : 'creating',
      },
      // DescribeAccessPoints answered some without their root directory.
      ...(rng.chance(0.03) ? { errors: [{ path: 'rootDirectoryPath', code: 'IncompleteResponse', operation: 'elasticfilesystem:DescribeAccessPoints', message: 'the answer has no RootDirectory.Path' }] } : {}),
    };
  },
  identify(seq, place, _template, refs, rng) {
    const accessPointId = `fsap-${ec2Suffix(seq)}`;
    const [fileSystemId = 'fs-0123456789abcdef0'] = refsOr(refs.ids('aws.efs.file-system', place.account, place.region), rng, 1, ['fs-0123456789abcdef0']);
    return { id: accessPointId, arn: `arn:aws:elasticfilesystem:${place.region}:${place.account}:access-point/${accessPointId}`, data: { accessPointId, fileSystemId, name: `ap-${seq}` } };
  },
});

const publicPullPolicy = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
};

export const ecrRepositoryRecipe: Recipe = defineRecipe({
  definition: ecrRepository,
  weight: 10,
  vary(rng): Variation<typeof ecrRepository.data> {
    const encryptionType = rng.pick(['AES256', 'AES256', 'KMS', 'KMS_DSSE'] as const);
    // The repository's own flag varies independently of the scanning the registry's rules give it.
    const scanFrequency = rng.pick(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL'] as const);
    const mutability = rng.pick(['MUTABLE', 'IMMUTABLE', 'IMMUTABLE', 'MUTABLE_WITH_EXCLUSION', 'IMMUTABLE_WITH_EXCLUSION'] as const);
    return {
      data: {
        imageTagMutability: mutability,
        imageTagMutabilityExclusionFilters: mutability.endsWith('_WITH_EXCLUSION') ? ['latest'] : [],
        scanOnPush: rng.chance(0.4),
        scanFrequency,
        appliedScanFilters: scanFrequency === 'MANUAL' ? [] : ['*'],
        encryptionType,
        kmsKey: encryptionType === 'AES256' ? null : ecrRepository.example.kmsKey,
        lifecyclePolicy: rng.chance(0.6) ? ecrRepository.example.lifecyclePolicy : null,
        repositoryPolicy: rng.pick([null, null, ecrRepository.example.repositoryPolicy, publicPullPolicy]),
        createdAt: daysAgo(rng.int(1, 1500)),
      },
      ...(rng.chance(0.04) ? { errors: [denied('scanFrequency', 'ecr:BatchGetRepositoryScanningConfiguration', 'AccessDeniedException'), denied('appliedScanFilters', 'ecr:BatchGetRepositoryScanningConfiguration', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const repositoryName = `team-${seq % 17}/service-${seq}`;
    const repositoryArn = `arn:aws:ecr:${place.region}:${place.account}:repository/${repositoryName}`;
    const keys = refs.arns('aws.kms.key', place.account, place.region);
    const data: Record<string, unknown> = { repositoryName, repositoryArn, registryId: place.account };
    // KMS repositories point at a key of the snapshot, customer or AWS managed as the key's recipe drew it.
    if (field(template, 'kmsKey') !== null && keys.length > 0) data.kmsKey = rng.pick(keys);
    return { id: repositoryName, arn: repositoryArn, data };
  },
});

const ADMIN_NAMES = ['admin', 'app_owner', 'postgres', 'dba_orders'] as const;
const PORTS = [3306, 6432, 5432, 1433, 15432] as const;
const MONITORING_INTERVALS = [0, 60, 0, 15, 1] as const;
const INSTANCE_LOGS: Readonly<Record<string, readonly string[]>> = {
  postgres: ['postgresql', 'upgrade'], 'aurora-postgresql': ['postgresql'], 'sqlserver-se': ['error', 'agent'], mysql: ['audit', 'error', 'general', 'slowquery'],
};

/** The log types the engine can export: none, the first, or all of them, by the instance's sequence number. */
function logExports(engine: string, seq: number): string[] {
  const types = INSTANCE_LOGS[engine] ?? [];
  return seq % 3 === 0 ? [] : seq % 3 === 1 ? types.slice(0, 1) : [...types];
}

export const rdsRecipe: Recipe = defineRecipe({
  definition: rdsDbInstance,
  weight: 20,
  vary(rng): Variation<typeof rdsDbInstance.data> {
    const encrypted = rng.chance(0.8);
    return {
      data: {
        engine: rng.pick(['postgres', 'mysql', 'aurora-postgresql', 'sqlserver-se']),
        storageEncrypted: encrypted,
        kmsKeyId: encrypted ? rdsDbInstance.example.kmsKeyId : null,
        publiclyAccessible: rng.chance(0.08),
        autoMinorVersionUpgrade: rng.chance(0.8),
        multiAz: rng.chance(0.6),
        backupRetentionPeriod: rng.pick([0, 1, 7, 14, 35]),
        deletionProtection: rng.chance(0.6),
        iamDatabaseAuthenticationEnabled: rng.chance(0.4),
      },
    };
  },
  identify(seq, place, template, refs, rng) {
    const id = `db-${seq}`;
    const kmsKeyId = field(template, 'kmsKeyId');
    const keys = refs.arns('aws.kms.key', place.account, place.region);
    return {
      id,
      arn: `arn:aws:rds:${place.region}:${place.account}:db:${id}`,
      data: {
        dbInstanceIdentifier: id,
        // Taken from the sequence, not the generator, so the fields added last leave every other draw where it was.
        masterUsername: ADMIN_NAMES[seq % ADMIN_NAMES.length] ?? 'admin',
        port: PORTS[seq % PORTS.length] ?? 3306,
        monitoringInterval: MONITORING_INTERVALS[seq % MONITORING_INTERVALS.length] ?? 0,
        enabledCloudwatchLogsExports: logExports(String(field(template, 'engine')), seq),
        vpcSecurityGroupIds: refsOr(refs.ids('aws.ec2.security-group', place.account, place.region), rng, rng.int(1, 2), ['sg-0123456789abcdef0']),
        ...(kmsKeyId !== null && keys.length > 0 ? { kmsKeyId: rng.pick(keys) } : {}),
      },
    };
  },
});

const CLUSTER_LOGS: Readonly<Record<string, readonly string[]>> = { 'aurora-mysql': ['audit', 'error', 'slowquery'], 'aurora-postgresql': ['postgresql'], mysql: ['error', 'slowquery'], postgres: ['postgresql'] };

export const rdsClusterRecipe: Recipe = defineRecipe({
  definition: rdsDbCluster,
  weight: 8,
  vary(rng): Variation<typeof rdsDbCluster.data> {
    const engine = rng.pick(['aurora-mysql', 'aurora-postgresql', 'mysql', 'postgres']);
    const encrypted = rng.chance(0.8);
    const logs = CLUSTER_LOGS[engine] ?? [];
    return {
      data: {
        engine,
        engineVersion: engine === 'aurora-mysql' ? '8.0.mysql_aurora.3.05.2' : '16.4',
        storageEncrypted: encrypted,
        kmsKeyId: encrypted ? rdsDbCluster.example.kmsKeyId : null,
        multiAz: rng.chance(0.6),
        deletionProtection: rng.chance(0.6),
        iamDatabaseAuthenticationEnabled: rng.chance(0.4),
        copyTagsToSnapshot: rng.chance(0.7),
        autoMinorVersionUpgrade: rng.chance(0.8),
        backtrackWindow: engine === 'aurora-mysql' ? rng.pick([null, 0, 86400]) : null,
        enabledCloudwatchLogsExports: rng.chance(0.5) ? [...logs] : [],
      },
    };
  },
  identify(seq, place, template, refs, rng) {
    const id = `cluster-${seq}`;
    const kmsKeyId = field(template, 'kmsKeyId');
    const keys = refs.arns('aws.kms.key', place.account, place.region);
    return {
      id,
      arn: `arn:aws:rds:${place.region}:${place.account}:cluster:${id}`,
      data: {
        dbClusterIdentifier: id,
        masterUsername: ADMIN_NAMES[seq % ADMIN_NAMES.length] ?? 'admin',
        port: PORTS[seq % PORTS.length] ?? 3306,
        vpcSecurityGroupIds: refsOr(refs.ids('aws.ec2.security-group', place.account, place.region), rng, rng.int(1, 2), ['sg-0123456789abcdef0']),
        ...(kmsKeyId !== null && keys.length > 0 ? { kmsKeyId: rng.pick(keys) } : {}),
      },
    };
  },
});
