/**
 * The fake account: how many of each resource every region holds, and the
 * ids they go by. Nothing is stored: every answer is computed from a
 * resource's index, so an estate of any size costs no memory and the same
 * sizes always give the same answers. Settings vary with the index (every
 * fourth bucket has a policy, every tenth group opens SSH to the world …)
 * so the collectors' branches run, not only their happy path.
 */
export const ACCOUNT = '123456789012';

/** Regions in the order `--regions N` takes them. */
export const REGION_NAMES: readonly string[] = [
  'us-east-1', 'eu-west-1', 'us-west-2', 'ap-southeast-2', 'eu-central-1', 'ap-northeast-1', 'us-east-2', 'eu-west-2',
  'ca-central-1', 'ap-south-1', 'sa-east-1', 'eu-north-1', 'ap-southeast-1', 'us-west-1', 'eu-west-3', 'ap-northeast-2', 'ap-northeast-3',
];

export interface EstateSize {
  readonly regions: readonly string[];
  /** Per region. */
  readonly buckets: number;
  readonly keys: number;
  readonly groups: number;
  /** Each with one subnet, one network ACL and one launch template. */
  readonly vpcs: number;
  readonly topics: number;
  /** Account-wide (IAM is global). */
  readonly users: number;
  readonly roles: number;
  /** Accounts in the organization, the management account among them; each holds this same estate. */
  readonly accounts: number;
}

export class Estate {
  constructor(readonly size: EstateSize) {}

  regionIndex(region: string): number {
    return this.size.regions.indexOf(region);
  }

  /** Per-region resource totals the collectors should find, by catalog type. */
  expected(): Map<string, number> {
    const r = this.size.regions.length;
    return new Map([
      ['aws.s3.bucket', this.size.buckets * r], ['aws.kms.key', this.size.keys * r], ['aws.ec2.security-group', this.size.groups * r],
      ['aws.ec2.vpc', this.size.vpcs * r], ['aws.ec2.network-acl', this.size.vpcs * r], ['aws.ec2.subnet', this.size.vpcs * r], ['aws.ec2.launch-template', this.size.vpcs * r], ['aws.ec2.snapshot', this.size.vpcs * r], ['aws.ec2.image', this.size.vpcs * r], ['aws.ec2.transit-gateway', r], ['aws.ec2.vpn-connection', r], ['aws.ec2.vpc-endpoint', this.size.vpcs * r], ['aws.ec2.client-vpn-endpoint', r], ['aws.ec2.network-interface', this.size.groups * r], ['aws.ec2.elastic-ip', this.size.vpcs * r], ['aws.sns.topic', this.size.topics * r], ['aws.region', r],
      // One per region, with a detector or without.
      ['aws.guardduty.detector', r],
      // Two per region, one hardened and one on old defaults (bench/collect/eks.ts).
      ['aws.eks.cluster', 2 * r],
      // Two per region, one hardened and one on the console's old defaults (bench/collect/redshift.ts).
      ['aws.redshift.cluster', 2 * r],
      // Two per region, a hardened OpenSearch domain and an Elasticsearch one on old defaults (bench/collect/opensearch.ts).
      ['aws.opensearch.domain', 2 * r],
      // Two of each per region, hardened and on old defaults (bench/collect/migrations.ts).
      ['aws.dms.replication-instance', 2 * r], ['aws.dms.replication-task', 2 * r], ['aws.dms.endpoint', 2 * r],
      ['aws.redshift-serverless.workgroup', 2 * r], ['aws.redshift-serverless.namespace', 2 * r],
      // One managed node per VPC and a hybrid node, and two owned documents, per region (bench/collect/ssm.ts).
      ['aws.ssm.managed-instance', (this.size.vpcs + 1) * r], ['aws.ssm.document', 2 * r],
      // One file system of each type per region, two of them failing a control (bench/collect/fsx.ts).
      ['aws.fsx.file-system', 4 * r],
      // Two groups and two launch configurations per region, one hardened and one on old defaults each (bench/collect/autoscaling.ts).
      ['aws.autoscaling.group', 2 * r], ['aws.autoscaling.launch-configuration', 2 * r],
      // Each region's default bus; two rules per topic and a scheduled report (bench/collect/events.ts).
      ['aws.events.event-bus', r], ['aws.events.rule', (2 * this.size.topics + 1) * r],
      // One repository per topic and a base image repository (bench/collect/ecr.ts).
      ['aws.ecr.repository', (this.size.topics + 1) * r],
      // One certificate per topic and an imported legacy one (bench/collect/acm.ts).
      ['aws.acm.certificate', (this.size.topics + 1) * r],
      // One secret per topic and a legacy token (bench/collect/secretsmanager.ts).
      ['aws.secretsmanager.secret', (this.size.topics + 1) * r],
      // One task definition family per topic and a legacy one (bench/collect/ecs.ts).
      ['aws.ecs.task-definition', (this.size.topics + 1) * r],
      // One cluster per region, running one service per family (bench/collect/ecs.ts).
      ['aws.ecs.cluster', r],
      ['aws.ecs.service', (this.size.topics + 1) * r],
      // One function per VPC (bench/collect/lambda.ts).
      ['aws.lambda.function', this.size.vpcs * r],
      // Three layers per region, their latest versions (bench/collect/lambda.ts).
      ['aws.lambda.layer-version', 3 * r],
      // One v2 and one Classic load balancer per VPC (bench/collect/elb.ts).
      ['aws.elbv2.load-balancer', this.size.vpcs * r], ['aws.elb.load-balancer', this.size.vpcs * r],
      // Two REST API stages, an HTTP and a WebSocket API stage, and two routes of each of those two APIs (bench/collect/apigateway.ts).
      ['aws.apigateway.stage', 2 * r], ['aws.apigatewayv2.stage', 2 * r], ['aws.apigatewayv2.route', 4 * r],
      // Two distributions an account, one hardened and one on old defaults (bench/collect/cloudfront.ts).
      ['aws.cloudfront.distribution', 2],
      // Two proxies per region, one requiring TLS (bench/collect/rds-proxies.ts).
      ['aws.rds.db-proxy', 2 * r],
      // Two Aurora clusters, a Neptune and a DocumentDB one per region, each family's collector keeping its own (bench/collect/rds.ts).
      ['aws.rds.db-cluster', 2 * r], ['aws.neptune.db-cluster', r], ['aws.docdb.db-cluster', r],
      // Two DB snapshots, two Aurora, a Neptune and a DocumentDB cluster snapshot, and two event subscriptions per region (bench/collect/rds-snapshots.ts).
      ['aws.rds.db-snapshot', 2 * r], ['aws.rds.db-cluster-snapshot', 2 * r], ['aws.neptune.db-cluster-snapshot', r], ['aws.docdb.db-cluster-snapshot', r], ['aws.rds.event-subscription', 2 * r],
      ['aws.iam.user', this.size.users], ['aws.iam.role', this.size.roles], ['aws.account', 1],
      // Two REGIONAL web ACLs and a rule group per region, a CLOUDFRONT web ACL in us-east-1, three hosted zones (bench/collect/edge.ts).
      // Two queues per region, one hardened and one on old defaults (bench/collect/streams.ts).
      ['aws.sqs.queue', 2 * r],
      // Two streams per region, one hardened and one on the defaults (bench/collect/streams.ts).
      ['aws.kinesis.stream', 2 * r],
      // Two delivery streams per region, one encrypted and one never configured (bench/collect/streams.ts).
      ['aws.firehose.delivery-stream', 2 * r],
      // Two firewalls, two firewall policies and two rule groups per region, one of each hardened (bench/collect/network-firewall.ts).
      ['aws.network-firewall.firewall', 2 * r], ['aws.network-firewall.firewall-policy', 2 * r], ['aws.network-firewall.rule-group', 2 * r],
      // Two tables per region, one on-demand and one provisioned (bench/collect/streams.ts).
      ['aws.dynamodb.table', 2 * r],
      // Two DAX clusters per region, one encrypted at rest and in transit, one neither (bench/collect/dax.ts).
      ['aws.dax.cluster', 2 * r],
      // Two replication groups and five cache clusters (two of their own, three members) per region (bench/collect/messaging.ts).
      ['aws.elasticache.replication-group', 2 * r], ['aws.elasticache.cache-cluster', 5 * r],
      // Two MSK clusters, two MSK Connect connectors and two Amazon MQ brokers per region (bench/collect/messaging.ts).
      ['aws.msk.cluster', 2 * r], ['aws.kafkaconnect.connector', 2 * r], ['aws.mq.broker', 2 * r],
      // Two of each per region, one hardened and one on old defaults (bench/collect/ml.ts).
      ['aws.sagemaker.notebook-instance', 2 * r], ['aws.sagemaker.endpoint-config', 2 * r], ['aws.sagemaker.model', 2 * r],
      ['aws.codebuild.project', 2 * r], ['aws.codebuild.report-group', 2 * r], ['aws.sfn.state-machine', 2 * r],
      ['aws.wafv2.web-acl', 2 * r + (this.size.regions.includes('us-east-1') ? 1 : 0)], ['aws.wafv2.rule-group', r], ['aws.route53.hosted-zone', 3],
    ]);
  }
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

export const bucketName = (region: string, i: number): string => `bench-${region}-${String(i).padStart(5, '0')}`;

/** `bench-<region>-<index>` back to its region and index; undefined for a bucket that does not exist. */
export function parseBucket(estate: Estate, name: string): { region: string; index: number } | undefined {
  const match = /^bench-([a-z0-9-]+)-(\d{5})$/.exec(name);
  if (match === null) return undefined;
  const [, region = '', digits = ''] = match;
  const index = Number(digits);
  return estate.regionIndex(region) >= 0 && index < estate.size.buckets ? { region, index } : undefined;
}

export const keyId = (regionIndex: number, i: number): string => `00000000-0000-4000-8000-${hex(regionIndex, 4)}${hex(i, 8)}`;

export function parseKey(estate: Estate, region: string, id: unknown): number | undefined {
  const r = estate.regionIndex(region);
  if (typeof id !== 'string' || r < 0) return undefined;
  const bare = id.includes(':key/') ? id.slice(id.indexOf(':key/') + 5) : id;
  const prefix = keyId(r, 0).slice(0, -8);
  if (!bare.startsWith(prefix)) return undefined;
  const index = parseInt(bare.slice(prefix.length), 16);
  return Number.isInteger(index) && index < estate.size.keys ? index : undefined;
}

/** EC2 ids: the kind's prefix, then 17 hex digits naming the region and the index. */
export const ec2Id = (prefix: string, regionIndex: number, i: number): string => `${prefix}-${hex(regionIndex, 4)}${hex(i, 13)}`;

export const topicName = (i: number): string => `bench-topic-${String(i).padStart(4, '0')}`;

export function parseTopic(estate: Estate, region: string, arn: unknown): number | undefined {
  if (typeof arn !== 'string' || !arn.startsWith(`arn:aws:sns:${region}:${ACCOUNT}:bench-topic-`)) return undefined;
  const index = Number(arn.slice(arn.lastIndexOf('-') + 1));
  return Number.isInteger(index) && index < estate.size.topics ? index : undefined;
}
