/**
 * EKS (REST-JSON) for the fake account: two clusters in every region. The
 * first is run as the controls ask (private endpoint, secrets under a KMS
 * key, every control plane log, a version in standard support); the second
 * keeps the old defaults (public endpoint, no KMS key, only the audit log,
 * a version in extended support, no encryptionConfig in its answer).
 */
import { ACCOUNT, keyId, ec2Id, type Estate } from './estate.js';
import { restJson, restJsonError, type Answer, type WireRequest } from './wire.js';

export const CLUSTERS_PER_REGION = 2;

const clusterName = (r: number, i: number): string => `bench-${r}-cluster-${i}`;
const LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

/** Cluster i of region r as DescribeCluster answers it (config.ts builds Config's items from the same answers). */
export function cluster(region: string, r: number, i: number): Record<string, unknown> {
  const name = clusterName(r, i);
  const hardened = i % 2 === 0;
  return {
    name, arn: `arn:aws:eks:${region}:${ACCOUNT}:cluster/${name}`, createdAt: 1_740_823_200, version: hardened ? '1.35' : '1.32', platformVersion: hardened ? 'eks.7' : 'eks.26', status: 'ACTIVE',
    endpoint: `https://${name}.gr7.${region}.eks.amazonaws.com`, roleArn: `arn:aws:iam::${ACCOUNT}:role/bench-eks-cluster`,
    resourcesVpcConfig: {
      subnetIds: [ec2Id('subnet', r, 0)], securityGroupIds: [], clusterSecurityGroupId: ec2Id('sg', r, 100_000 + i), vpcId: ec2Id('vpc', r, 0),
      endpointPublicAccess: !hardened, endpointPrivateAccess: hardened, publicAccessCidrs: ['0.0.0.0/0'],
    },
    logging: { clusterLogging: hardened ? [{ types: LOG_TYPES, enabled: true }] : [{ types: ['audit'], enabled: true }, { types: LOG_TYPES.filter((t) => t !== 'audit'), enabled: false }] },
    ...(hardened ? { encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(r, 0)}` } }] } : {}),
    accessConfig: { authenticationMode: hardened ? 'API' : 'CONFIG_MAP' }, upgradePolicy: { supportType: hardened ? 'STANDARD' : 'EXTENDED' },
    tags: hardened ? { team: 'platform' } : {},
  };
}

/** The REST operation an EKS request is, from method and path. */
export function eksOperation(request: WireRequest): string {
  if (request.method === 'GET' && request.path === '/clusters') return 'ListClusters';
  if (request.method === 'GET' && /^\/clusters\/[^/]+$/.test(request.path)) return 'DescribeCluster';
  return `${request.method} ${request.path}`;
}

export function answerEks(estate: Estate, request: WireRequest, operation: string): Answer {
  const r = estate.regionIndex(request.region);
  const names = r < 0 ? [] : Array.from({ length: CLUSTERS_PER_REGION }, (_, i) => clusterName(r, i));
  if (operation === 'ListClusters') return restJson({ clusters: names });
  const name = decodeURIComponent(request.path.split('/')[2] ?? '');
  const i = names.indexOf(name);
  if (operation !== 'DescribeCluster') return restJson({});
  if (i < 0) return restJsonError('ResourceNotFoundException', `No cluster found for name: ${name}.`, 404);
  return restJson({ cluster: cluster(request.region, r, i) });
}
