/**
 * The demo account's fixed facts — account, regions, collection time — and
 * the ids that several areas refer to (a trail names its bucket and key, an
 * instance its volumes and security groups), so cross-references agree.
 */
import type { Static, TObject } from '@sinclair/typebox';
import { buildResource, type BuildOptions, type DataOverrides } from '../../src/resources/build.js';
import type { ResourceTypeDefinition } from '../../src/resources/define.js';
import type { Resource } from '../../src/resources/resource.js';

export const demo = {
  account: '123456789012',
  partition: 'aws',
  /** Sorted, as the snapshot scope lists them. */
  regions: ['eu-west-1', 'us-east-1'],
  collectedAt: '2026-11-01T12:00:00.000Z',
} as const;

export type DemoRegion = (typeof demo.regions)[number];

const DAY_MS = 86_400_000;

/** A time `days` (fractions allowed) before collection: ages that controls measure read as written. */
export function daysAgo(days: number): string {
  return new Date(Date.parse(demo.collectedAt) - days * DAY_MS).toISOString();
}

export const arn = {
  iam: (resource: string): string => `arn:aws:iam::${demo.account}:${resource}`,
  awsPolicy: (name: string): string => `arn:aws:iam::aws:policy/${name}`,
  s3: (bucket: string): string => `arn:aws:s3:::${bucket}`,
  /** Regional service ARN: arn:aws:<service>:<region>:<account>:<resource>. */
  in: (service: string, region: DemoRegion, resource: string): string => `arn:aws:${service}:${region}:${demo.account}:${resource}`,
  kms: (region: DemoRegion, keyId: string): string => arn.in('kms', region, `key/${keyId}`),
  sns: (region: DemoRegion, topic: string): string => arn.in('sns', region, topic),
  logGroup: (region: DemoRegion, name: string): string => arn.in('logs', region, `log-group:${name}`),
  ec2: (region: DemoRegion, kind: string, id: string): string => arn.in('ec2', region, `${kind}/${id}`),
};

/** What a demo resource states about a type's data: only what differs from the type's example. */
export type Overrides<D extends ResourceTypeDefinition> = DataOverrides<Static<D['data']>>;

/** A resource of this account: the type's valid example plus what the demo states. */
export function make<S extends TObject>(definition: ResourceTypeDefinition<S>, options: Omit<BuildOptions<S>, 'account'>): Resource {
  return buildResource(definition, { ...options, account: demo.account });
}

/** API Gateway API ids (REST and v2 alike are ten lower-case letters and digits). */
export const apis = {
  ordersRest: 'k7q2m9x4d1',
  legacyRest: 'p3w8z5n0c6',
  notificationsWs: 'f6g7h8i9j0',
  partnersHttp: 'r2t4y6u8i0',
} as const;

/** KMS key ids (UUIDs) referenced across areas. */
export const keyIds = {
  securityLogging: 'b3c1f0e2-7d4a-4f8e-9a61-2c5d8e4f7a10',
  appData: '5f2a9c7e-1b3d-4e6f-8a0b-9c1d2e3f4a5b',
  awsEbsUsEast1: '0e7c4a92-3d15-4b8f-a6e2-71c9d0f5b384',
  euData: 'c8d7e6f5-a4b3-4c2d-91e0-f1a2b3c4d5e6',
  awsRdsEuWest1: '9a8b7c6d-5e4f-4a3b-b2c1-d0e9f8a7b6c5',
  retiredEu: 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6',
} as const;

export const keys = {
  securityLogging: arn.kms('us-east-1', keyIds.securityLogging),
  appData: arn.kms('us-east-1', keyIds.appData),
  awsEbsUsEast1: arn.kms('us-east-1', keyIds.awsEbsUsEast1),
  euData: arn.kms('eu-west-1', keyIds.euData),
  awsRdsEuWest1: arn.kms('eu-west-1', keyIds.awsRdsEuWest1),
} as const;

export const buckets = {
  trailLogs: 'acme-cloudtrail-logs-123456789012',
  euTrailLogs: 'acme-eu-trail-logs-123456789012',
  accessLogs: 'acme-access-logs-123456789012',
  config: 'acme-config-123456789012',
  appData: 'acme-app-data-123456789012',
  euDataLake: 'acme-eu-data-lake-123456789012',
} as const;

export const topics = {
  securityAlerts: arn.sns('us-east-1', 'security-alerts'),
  configNotifications: arn.sns('us-east-1', 'config-notifications'),
  opsNotificationsEu: arn.sns('eu-west-1', 'ops-notifications'),
} as const;

export const trailLogGroup = 'aws-cloudtrail-logs-123456789012';

export const vpcs = {
  defaultUsEast1: 'vpc-0d4e1f2a3b4c5d6e7',
  prodUsEast1: 'vpc-0a1b2c3d4e5f60718',
  defaultEuWest1: 'vpc-07e6d5c4b3a291807',
  prodEuWest1: 'vpc-0f9e8d7c6b5a40312',
} as const;

export const subnets = {
  defaultUsEast1a: 'subnet-0b8c9d0e1f2a3b4c5',
  prodUsEast1Public: 'subnet-0123abcd4567ef890',
  prodUsEast1Private: 'subnet-0fedc9876ba543210',
  defaultEuWest1a: 'subnet-0a7b6c5d4e3f2a1b0',
  prodEuWest1Private: 'subnet-0c4d5e6f7a8b9c0d1',
} as const;

export const securityGroups = {
  defaultVpcDefaultUsEast1: 'sg-0c1d2e3f4a5b6c7d8',
  prodDefaultUsEast1: 'sg-01a2b3c4d5e6f7081',
  webAlb: 'sg-0aa11bb22cc33dd44',
  appTier: 'sg-0bb22cc33dd44ee55',
  appDb: 'sg-0ab12cd34ef56a789',
  legacyFtp: 'sg-0e5f6a7b8c9d0e1f2',
  debugWideOpen: 'sg-0d3c2b1a09f8e7d6c',
  bastionSsh: 'sg-0123fedc4567ba980',
  defaultVpcDefaultEuWest1: 'sg-0a9b8c7d6e5f40312',
  prodDefaultEuWest1: 'sg-0e1d2c3b4a5968778',
  ordersDbEu: 'sg-0c0ffee1234567890',
  appTierEu: 'sg-0fade0123456789ab',
} as const;

export const instances = {
  legacyReports: 'i-0e1f2a3b4c5d6e7f8',
  appUsEast1: 'i-04f3e2d1c0b9a8776',
  bastion: 'i-0b7a6c5d4e3f21098',
  appEuWest1: 'i-0d9c8b7a6f5e4d3c2',
} as const;

export const transitGateways = {
  hubUsEast1: 'tgw-0b1c2d3e4f5a60718',
  partnerEuWest1: 'tgw-0e5f4a3b2c1d09876',
} as const;

export const vpnConnections = {
  headOffice: 'vpn-0a7b6c5d4e3f21098',
  branchEu: 'vpn-0d3c2b1a0f9e8d7c6',
} as const;

export const launchTemplates = {
  appServer: 'lt-0a1b2c3d4e5f60718',
  legacyReports: 'lt-07f6e5d4c3b2a1908',
  appEu: 'lt-0c1d2e3f4a5b6c7d8',
} as const;

export const volumes = {
  legacyRoot: 'vol-0aa0bb1cc2dd3ee4f',
  appRoot: 'vol-01f2e3d4c5b6a7980',
  appData: 'vol-0a2b4c6d8e0f13579',
  bastionRoot: 'vol-0c3d4e5f6a7b8c9d0',
  appEuRoot: 'vol-0e2d4c6b8a0f1e3d5',
  scratchEu: 'vol-0f1e2d3c4b5a69788',
} as const;

export const snapshots = {
  appRootNightly: 'snap-0c1d2e3f4a5b6c7d8',
  legacyReportsExport: 'snap-0d4c3b2a1f0e9d8c7',
  appDataPartner: 'snap-09e8d7c6b5a4f3e21',
} as const;

export const images = {
  appServerGolden: 'ami-0c7217cdde317cfec',
  legacyReports: 'ami-0b5eea76982371e91',
} as const;

/** The VPC endpoint that edge case 4's bucket policy trusts. */
export const s3Endpoint = 'vpce-0a1b2c3d4e5f60718';

/** Interface endpoints of the VPCs (the S3 gateway endpoint above is one of them too). */
export const vpcEndpoints = {
  ec2UsEast1: 'vpce-0b2c3d4e5f6a70819',
  ecrApiUsEast1: 'vpce-0c3d4e5f6a7b8091a',
  ecrDkrUsEast1: 'vpce-0d4e5f6a7b8c901a2',
  ssmUsEast1: 'vpce-0e5f6a7b8c9d012a3',
  ssmContactsUsEast1: 'vpce-0f6a7b8c9d0e123a4',
  ssmIncidentsUsEast1: 'vpce-0a7b8c9d0e1f234a5',
  ecrDkrEuWest1: 'vpce-0b8c9d0e1f2a345a6',
  ssmEuWest1: 'vpce-0c9d0e1f2a3b456a7',
} as const;

export const clientVpnEndpoints = {
  staffUsEast1: 'cvpn-endpoint-0a1b2c3d4e5f60718',
  contractorsEuWest1: 'cvpn-endpoint-0f9e8d7c6b5a40312',
} as const;

/** Network interfaces: the instances' (an Elastic IP names one) and the NAT gateway's. */
export const networkInterfaces = {
  legacyReportsPrimary: 'eni-0a1f2e3d4c5b6a798',
  legacyReportsFeed: 'eni-0b2a3f4e5d6c7b809',
  appUsEast1: 'eni-0c3b4a5f6e7d8c910',
  natUsEast1: 'eni-0d4c5b6a7f8e9d021',
  appEuWest1: 'eni-0e5d6c7b8a9f0e132',
} as const;

export const elasticIps = {
  legacyReports: 'eipalloc-0a9b8c7d6e5f40312',
  natUsEast1: 'eipalloc-0b1c2d3e4f5a60718',
  formerBastionEu: 'eipalloc-0c2d3e4f5a6b70819',
} as const;

/** The role Assay scans with: collection errors quote it. */
export const scannerRole = arn.iam('role/assay-scanner');
