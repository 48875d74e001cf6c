/**
 * Redshift provisioned clusters: public or private, encrypted with a KMS
 * key or not, default or custom administrator, audit logging on or off,
 * require_ssl on, off or pending a reboot, single- or Multi-AZ.
 */
import { redshiftCluster } from '../../src/resources/types/redshift-cluster.js';
import { defineRecipe, field, refsOr, type Recipe, type Variation } from './recipe.js';

export const redshiftClusterRecipe: Recipe = defineRecipe({
  definition: redshiftCluster,
  weight: 4,
  vary(rng): Variation<typeof redshiftCluster.data> {
    const encrypted = rng.chance(0.8);
    const logging = rng.chance(0.6);
    const ra3 = rng.chance(0.7);
    return {
      data: {
        nodeType: ra3 ? rng.pick(['ra3.xlplus', 'ra3.4xlarge']) : 'dc2.large',
        publiclyAccessible: rng.chance(0.1),
        encrypted,
        kmsKeyId: encrypted && rng.chance(0.9) ? redshiftCluster.example.kmsKeyId : null,
        enhancedVpcRouting: rng.chance(0.5),
        allowVersionUpgrade: rng.chance(0.85),
        automatedSnapshotRetentionPeriod: rng.pick([0, 1, 7, 14, 35]),
        multiAz: ra3 && rng.chance(0.5) ? 'Enabled' : 'Disabled',
        masterUsername: rng.pick(['awsuser', 'warehouse_owner', 'dw_admin']),
        parameterApplyStatus: rng.chance(0.9) ? 'in-sync' : 'pending-reboot',
        requireSsl: rng.chance(0.6),
        loggingEnabled: logging,
        loggingDestination: logging ? rng.pick(['s3', 'cloudwatch'] as const) : null,
        loggingLogExports: logging ? ['connectionlog', 'userlog'] : [],
      },
      ...(rng.chance(0.03) ? { errors: [{ path: 'requireSsl', code: 'AccessDenied', message: 'no redshift:DescribeClusterParameters', operation: 'redshift:DescribeClusterParameters' }] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const id = `dw-${seq}`;
    const keys = refs.arns('aws.kms.key', place.account, place.region);
    const toS3 = field(template, 'loggingDestination') === 's3';
    return {
      id,
      arn: `arn:aws:redshift:${place.region}:${place.account}:cluster:${id}`,
      data: {
        clusterIdentifier: id,
        parameterGroupName: `dw-${seq % 3}-params`,
        vpcSecurityGroupIds: refsOr(refs.ids('aws.ec2.security-group', place.account, place.region), rng, 1, ['sg-0123456789abcdef0']),
        ...(field(template, 'kmsKeyId') !== null && keys.length > 0 ? { kmsKeyId: rng.pick(keys) } : {}),
        ...(toS3 ? { loggingBucketName: refsOr(refs.ids('aws.s3.bucket', place.account, place.region), rng, 1, ['audit-logs'])[0] ?? 'audit-logs' } : {}),
      },
    };
  },
});
