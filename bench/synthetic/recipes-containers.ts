/**
 * Container platforms: EKS clusters across Kubernetes versions in standard
 * and extended support, with public and private endpoints, with and without
 * a KMS key for secrets, and with every mix of control plane logs; a few
 * could not be described. ECS task definitions with one to three
 * containers, each privileged, writable, logged, run as a user and given
 * credential-named environment variables at its own rates. ECS services on
 * Fargate (by launch type or capacity provider) and EC2, with and without
 * public IPs and on current and old platform versions; ECS clusters with
 * Container Insights on, enhanced, off or unset.
 */
import { ecsCluster } from '../../src/resources/types/ecs-cluster.js';
import { ecsService } from '../../src/resources/types/ecs-service.js';
import { ecsTaskDefinition } from '../../src/resources/types/ecs-task-definition.js';
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

type Container = (typeof ecsTaskDefinition.example.containerDefinitions)[number];

export const ecsTaskDefinitionRecipe: Recipe = defineRecipe({
  definition: ecsTaskDefinition,
  weight: 6,
  vary(rng): Variation<typeof ecsTaskDefinition.data> {
    const fargate = rng.chance(0.5);
    const containers: Container[] = [];
    const count = rng.int(1, 3);
    for (let i = 0; i < count; i++) {
      containers.push({
        name: `container-${String(i)}`,
        image: `public.ecr.aws/example/app-${String(i)}:1`,
        privileged: fargate ? rng.pick([false, null] as const) : rng.pick([true, false, null] as const),
        user: rng.chance(0.5) ? '1000:1000' : null,
        readonlyRootFilesystem: rng.pick([true, true, false, null] as const),
        logDriver: rng.chance(0.8) ? rng.pick(['awslogs', 'awsfirelens', 'json-file'] as const) : null,
        environment: rng.chance(0.1) ? [{ name: 'PORT' }, { name: 'AWS_SECRET_ACCESS_KEY' }] : [{ name: 'PORT' }],
      });
    }
    return {
      data: {
        networkMode: fargate ? 'awsvpc' : rng.pick(['bridge', 'host', null] as const),
        pidMode: fargate ? null : rng.pick(['host', 'task', null] as const),
        requiresCompatibilities: fargate ? ['FARGATE'] : rng.pick([['EC2'], null] as const),
        containerDefinitions: containers,
      },
      ...(rng.chance(0.03) ? { errors: [denied('containerDefinitions', 'ecs:DescribeTaskDefinition', 'AccessDeniedException'), denied('pidMode', 'ecs:DescribeTaskDefinition', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const family = `family-${seq}`;
    const revision = 1 + (seq % 40);
    const arn = `arn:aws:ecs:${place.region}:${place.account}:task-definition/${family}:${String(revision)}`;
    return { id: `${family}:${String(revision)}`, arn, name: family, data: { family, revision, arn } };
  },
});

export const ecsServiceRecipe: Recipe = defineRecipe({
  definition: ecsService,
  weight: 6,
  vary(rng): Variation<typeof ecsService.data> {
    const placement = rng.pick(['FARGATE', 'SPOT', 'EC2'] as const);
    const fargate = placement !== 'EC2';
    const awsvpc = fargate || rng.chance(0.5);
    return {
      data: {
        launchType: placement === 'SPOT' ? null : placement,
        capacityProviders: placement === 'SPOT' ? ['FARGATE_SPOT'] : [],
        platformVersion: fargate ? rng.pick(['LATEST', 'LATEST', '1.4.0', '1.3.0'] as const) : null,
        platformFamily: fargate ? 'Linux' : null,
        assignPublicIp: awsvpc ? (rng.chance(0.25) ? 'ENABLED' : 'DISABLED') : null,
      },
      ...(rng.chance(0.03) ? { errors: [denied('assignPublicIp', 'ecs:DescribeServices', 'AccessDeniedException'), denied('platformVersion', 'ecs:DescribeServices', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `service-${seq}`;
    const clusterArn = `arn:aws:ecs:${place.region}:${place.account}:cluster/cluster-${seq % 3}`;
    const arn = `arn:aws:ecs:${place.region}:${place.account}:service/cluster-${seq % 3}/${name}`;
    return { id: `cluster-${seq % 3}/${name}`, arn, name, data: { serviceName: name, serviceArn: arn, clusterArn } };
  },
});

export const ecsClusterRecipe: Recipe = defineRecipe({
  definition: ecsCluster,
  weight: 3,
  vary(rng): Variation<typeof ecsCluster.data> {
    return {
      data: { containerInsights: rng.pick(['enabled', 'enhanced', 'disabled', null] as const) },
      ...(rng.chance(0.03) ? { errors: [denied('containerInsights', 'ecs:DescribeClusters', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `ecs-cluster-${seq}`;
    const arn = `arn:aws:ecs:${place.region}:${place.account}:cluster/${name}`;
    return { id: name, arn, name, data: { clusterName: name, clusterArn: arn } };
  },
});
