/**
 * Redshift provisioned clusters: public or private, encrypted with a KMS
 * key or not, default or custom administrator, audit logging on or off,
 * require_ssl on, off or pending a reboot, single- or Multi-AZ; Redshift
 * Serverless workgroups and namespaces.
 */
import { redshiftCluster } from '../../src/resources/types/redshift-cluster.js';
import { redshiftServerlessNamespace } from '../../src/resources/types/redshift-serverless-namespace.js';
import { redshiftServerlessWorkgroup } from '../../src/resources/types/redshift-serverless-workgroup.js';
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

/** Redshift Serverless workgroups: public or private, enhanced VPC routing on or off, require_ssl on, off or unread. */
export const redshiftServerlessWorkgroupRecipe: Recipe = defineRecipe({
  definition: redshiftServerlessWorkgroup,
  weight: 2,
  vary(rng): Variation<typeof redshiftServerlessWorkgroup.data> {
    return {
      data: { publiclyAccessible: rng.chance(0.15), enhancedVpcRouting: rng.chance(0.5), requireSsl: rng.chance(0.6) },
      ...(rng.chance(0.03) ? { errors: [{ path: 'requireSsl', code: 'IncompleteResponse', message: 'the workgroup\'s configParameters have no require_ssl', operation: 'redshift-serverless:ListWorkgroups' }] } : {}),
    };
  },
  identify(seq, place, _template, refs, rng) {
    const name = `wg-${seq}`;
    return {
      id: name,
      arn: `arn:aws:redshift-serverless:${place.region}:${place.account}:workgroup/wg-${seq}-id`,
      data: { workgroupName: name, workgroupId: `wg-${seq}-id`, namespaceName: `ns-${seq}`, securityGroupIds: refsOr(refs.ids('aws.ec2.security-group', place.account, place.region), rng, 1, ['sg-0123456789abcdef0']) },
    };
  },
});

/** Redshift Serverless namespaces: default, custom or no administrator; none, some or all logs exported. */
export const redshiftServerlessNamespaceRecipe: Recipe = defineRecipe({
  definition: redshiftServerlessNamespace,
  weight: 2,
  vary(rng): Variation<typeof redshiftServerlessNamespace.data> {
    return {
      data: {
        adminUsername: rng.pick(['admin', 'analytics_owner', null]),
        logExports: rng.pick([[], ['connectionlog'], ['connectionlog', 'userlog'], ['connectionlog', 'userlog', 'useractivitylog']] as const).slice(),
      },
    };
  },
  identify(seq, place) {
    const name = `ns-${seq}`;
    return { id: name, arn: `arn:aws:redshift-serverless:${place.region}:${place.account}:namespace/ns-${seq}-id`, data: { namespaceName: name, namespaceId: `ns-${seq}-id` } };
  },
});
