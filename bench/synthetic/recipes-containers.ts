/**
 * Container platforms: EKS clusters across Kubernetes versions in standard
 * and extended support, with public and private endpoints, with and without
 * a KMS key for secrets, and with every mix of control plane logs; a few
 * could not be described.
 */
import { eksCluster } from '../../src/resources/types/eks-cluster.js';
import { defineRecipe, denied, field, refsOr, type Recipe, type Variation } from './recipe.js';

const LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const;

export const eksClusterRecipe: Recipe = defineRecipe({
  definition: eksCluster,
  weight: 5,
  vary(rng): Variation<typeof eksCluster.data> {
    const minor = rng.int(30, 36);
    const allLogs = rng.chance(0.4);
    const publicEndpoint = rng.chance(0.5);
    return {
      data: {
        version: `1.${minor}`,
        kubernetesMinorVersion: minor,
        endpointPublicAccess: publicEndpoint,
        endpointPrivateAccess: !publicEndpoint || rng.chance(0.5),
        publicAccessCidrs: publicEndpoint && rng.chance(0.3) ? ['203.0.113.0/24'] : ['0.0.0.0/0'],
        encryptionConfig: rng.chance(0.6) ? eksCluster.example.encryptionConfig : null,
        logging: Object.fromEntries(LOG_TYPES.map((t) => [t, allLogs || rng.chance(0.3)])),
        authenticationMode: rng.pick(['API', 'API_AND_CONFIG_MAP', 'CONFIG_MAP'] as const),
        upgradePolicySupportType: rng.pick(['STANDARD', 'EXTENDED'] as const),
      },
      ...(rng.chance(0.03) ? { errors: [denied('endpointPublicAccess', 'eks:DescribeCluster', 'AccessDeniedException'), denied('encryptionConfig', 'eks:DescribeCluster', 'AccessDeniedException'), denied('logging', 'eks:DescribeCluster', 'AccessDeniedException'), denied('kubernetesMinorVersion', 'eks:DescribeCluster', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const name = `cluster-${seq}`;
    const arn = `arn:aws:eks:${place.region}:${place.account}:cluster/${name}`;
    const vpcId = refsOr(refs.ids('aws.ec2.vpc', place.account, place.region), rng, 1, [String(field(template, 'vpcId'))])[0] ?? '';
    return { id: name, arn, name, data: { name, arn, vpcId } };
  },
});
