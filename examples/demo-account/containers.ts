/**
 * Container services. ECR repositories: one held to every control, one that
 * fails them (its own scan-on-push flag on, but no registry rule scans it),
 * one immutable except for an excluded tag. EKS clusters: one run as the
 * controls ask, one left on the defaults of years ago, and one that is
 * mostly right but behind on its version. ECS task definitions (the latest
 * ACTIVE revision of each family): one hardened, one that fails every
 * task definition control, and one that fails only the read-only root.
 * ECS services: the payments API in private subnets on the latest Fargate
 * platform, and a public web service pinned to an old one, in cluster
 * prod (Container Insights on); cluster reports-eu has it off.
 */
import { ecrRepository } from '../../src/resources/types/ecr-repository.js';
import { ecsCluster } from '../../src/resources/types/ecs-cluster.js';
import { ecsService } from '../../src/resources/types/ecs-service.js';
import { ecsTaskDefinition } from '../../src/resources/types/ecs-task-definition.js';
import { eksCluster } from '../../src/resources/types/eks-cluster.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, daysAgo, demo, keys, make, subnets, vpcs, type DemoRegion, type Overrides } from './demo.js';

const expireUntagged = '{"rules":[{"rulePriority":1,"description":"Expire untagged images after 14 days","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}';

function repository(region: DemoRegion, name: string, tags: Record<string, string>, data: Overrides<typeof ecrRepository>): Resource {
  const repositoryArn = arn.in('ecr', region, `repository/${name}`);
  return make(ecrRepository, { id: name, region, arn: repositoryArn, tags, data: { repositoryName: name, repositoryArn, registryId: demo.account, ...data } });
}

export function ecrRepositories(): Resource[] {
  return [
    // Immutable tags, continuously scanned by the registry's enhanced rule for payments/*, a customer managed key, expiry, pulls by the deploy role only.
    repository('us-east-1', 'payments/api', { team: 'payments' }, {
      createdAt: '2024-05-02T09:30:00.000Z', scanFrequency: 'CONTINUOUS_SCAN', appliedScanFilters: ['payments/*'],
      encryptionType: 'KMS', kmsKey: keys.appData, lifecyclePolicy: expireUntagged,
      repositoryPolicy: {
        Version: '2012-10-17',
        Statement: [{ Sid: 'PullForDeploys', Effect: 'Allow', Principal: { AWS: arn.iam('role/deployer') }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'] }],
      },
    }),
    // Edge case: the repository's own scanOnPush is on, but the registry's rules (payments/* only) leave it MANUAL — ECR ignores the flag.
    // Mutable tags, SSE-S3, no lifecycle policy, and a policy anyone may pull through.
    repository('us-east-1', 'web/frontend', { team: 'web' }, {
      createdAt: '2022-08-19T14:05:00.000Z', imageTagMutability: 'MUTABLE', scanOnPush: true, scanFrequency: 'MANUAL', appliedScanFilters: [],
      encryptionType: 'AES256', kmsKey: null, lifecyclePolicy: null,
      repositoryPolicy: {
        Version: '2012-10-17',
        Statement: [{ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
      },
    }),
    // Scanned on push by the registry's wildcard rule; immutable except for "latest", which can still be moved.
    repository('eu-west-1', 'batch/worker', { team: 'reporting', 'cost-center': 'data' }, {
      createdAt: '2025-01-20T08:00:00.000Z', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['latest'],
      scanOnPush: false, scanFrequency: 'SCAN_ON_PUSH', appliedScanFilters: ['*'],
      encryptionType: 'KMS', kmsKey: keys.euData, lifecyclePolicy: expireUntagged, repositoryPolicy: null,
    }),
  ];
}

function cluster(region: DemoRegion, name: string, tags: Record<string, string>, data: Overrides<typeof eksCluster>): Resource {
  const clusterArn = arn.in('eks', region, `cluster/${name}`);
  return make(eksCluster, { id: name, region, arn: clusterArn, tags, data: { name, arn: clusterArn, ...data } });
}

const allLogs = { api: true, audit: true, authenticator: true, controllerManager: true, scheduler: true };

export function eksClusters(): Resource[] {
  return [
    // Private endpoint, secrets under the app-data key, every log exported, access entries, a version in standard support.
    cluster('us-east-1', 'prod-platform', { team: 'platform' }, {
      createdAt: '2024-09-12T10:00:00.000Z', version: '1.35', kubernetesMinorVersion: 35, platformVersion: 'eks.7',
      endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'],
      vpcId: vpcs.prodUsEast1, subnetIds: [subnets.prodUsEast1Private], securityGroupIds: [], clusterSecurityGroupId: 'sg-0e1c2a3b4d5f60718',
      encryptionConfig: [{ resources: ['secrets'], keyArn: keys.appData }],
      logging: allLogs, authenticationMode: 'API', upgradePolicySupportType: 'STANDARD',
    }),
    // Created in 2021 with the console's defaults and never revisited: public endpoint open to all, no KMS key,
    // no control plane logs, aws-auth ConfigMap, and kept on 1.32 by paid extended support.
    cluster('us-east-1', 'legacy-batch', {}, {
      createdAt: '2021-04-20T14:30:00.000Z', version: '1.32', kubernetesMinorVersion: 32, platformVersion: 'eks.26',
      endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'],
      vpcId: vpcs.defaultUsEast1, subnetIds: [subnets.defaultUsEast1a], securityGroupIds: [], clusterSecurityGroupId: 'sg-0b2a3c4d5e6f70819',
      encryptionConfig: null,
      logging: { api: false, audit: false, authenticator: false, controllerManager: false, scheduler: false },
      authenticationMode: 'CONFIG_MAP', upgradePolicySupportType: 'EXTENDED',
    }),
    // Encrypted, public endpoint limited to the office range (still public), audit and api logs only,
    // and on 1.34, which left EKS standard support on 2026-12-02.
    cluster('eu-west-1', 'analytics-eu', { team: 'data' }, {
      createdAt: daysAgo(300), version: '1.34', kubernetesMinorVersion: 34, platformVersion: 'eks.9',
      endpointPublicAccess: true, endpointPrivateAccess: true, publicAccessCidrs: ['198.51.100.0/24'],
      vpcId: vpcs.prodEuWest1, subnetIds: [subnets.prodEuWest1Private], securityGroupIds: [], clusterSecurityGroupId: 'sg-0f0e1d2c3b4a59687',
      encryptionConfig: [{ resources: ['secrets'], keyArn: keys.euData }],
      logging: { ...allLogs, authenticator: false, controllerManager: false, scheduler: false },
      authenticationMode: 'API_AND_CONFIG_MAP', upgradePolicySupportType: 'STANDARD',
    }),
  ];
}

function taskDefinition(region: DemoRegion, family: string, revision: number, data: Overrides<typeof ecsTaskDefinition>): Resource {
  const definitionArn = arn.in('ecs', region, `task-definition/${family}:${String(revision)}`);
  return make(ecsTaskDefinition, { id: `${family}:${String(revision)}`, region, arn: definitionArn, data: { family, revision, arn: definitionArn, ...data } });
}

const image = (name: string, tag: string): string => `${demo.account}.dkr.ecr.us-east-1.amazonaws.com/${name}:${tag}`;

export function ecsTaskDefinitions(): Resource[] {
  return [
    // Fargate, a non-root user, a read-only root, logs to CloudWatch, nothing secret in the environment (the database password comes from Secrets Manager).
    taskDefinition('us-east-1', 'payments-api', 42, {
      networkMode: 'awsvpc', pidMode: null, requiresCompatibilities: ['FARGATE'],
      containerDefinitions: [{
        name: 'api', image: image('payments/api', '1.4.2'), privileged: false, user: '1000:1000', readonlyRootFilesystem: true, logDriver: 'awslogs',
        environment: [{ name: 'PORT' }, { name: 'LOG_LEVEL' }],
      }],
    }),
    // Registered on EC2 years ago: the host's network and process namespace, a privileged monitoring sidecar, writable roots,
    // no log driver on the worker, and an IAM user's access key pasted into its environment.
    taskDefinition('us-east-1', 'legacy-worker', 7, {
      networkMode: 'host', pidMode: 'host', requiresCompatibilities: null,
      containerDefinitions: [
        {
          name: 'worker', image: image('batch/worker', '2019.11'), privileged: null, user: null, readonlyRootFilesystem: null, logDriver: null,
          environment: [{ name: 'QUEUE_URL' }, { name: 'AWS_ACCESS_KEY_ID' }, { name: 'AWS_SECRET_ACCESS_KEY' }],
        },
        { name: 'monitor', image: image('ops/monitor', '3.1'), privileged: true, user: null, readonlyRootFilesystem: null, logDriver: 'json-file', environment: [] },
      ],
    }),
    // Hardened except that the nightly report writes its output into the image's filesystem.
    taskDefinition('eu-west-1', 'reports', 12, {
      networkMode: 'awsvpc', pidMode: null, requiresCompatibilities: ['FARGATE'],
      containerDefinitions: [{
        name: 'report', image: image('batch/worker', '2025.01'), privileged: false, user: '1000', readonlyRootFilesystem: false, logDriver: 'awslogs',
        environment: [{ name: 'REPORT_BUCKET' }],
      }],
    }),
  ];
}

function ecsServiceOf(region: DemoRegion, cluster: string, name: string, data: Overrides<typeof ecsService>): Resource {
  const serviceArn = arn.in('ecs', region, `service/${cluster}/${name}`);
  return make(ecsService, { id: `${cluster}/${name}`, region, arn: serviceArn, data: { serviceName: name, serviceArn, clusterArn: arn.in('ecs', region, `cluster/${cluster}`), ...data } });
}

export function ecsServices(): Resource[] {
  return [
    // Private subnets behind a load balancer, LATEST platform.
    ecsServiceOf('us-east-1', 'prod', 'payments-api', { taskDefinition: arn.in('ecs', 'us-east-1', 'task-definition/payments-api:42') }),
    // Put in a public subnet with a public IP to skip the NAT gateway, and pinned to platform 1.3.0 since.
    ecsServiceOf('us-east-1', 'prod', 'web-frontend', {
      platformVersion: '1.3.0', assignPublicIp: 'ENABLED', taskDefinition: arn.in('ecs', 'us-east-1', 'task-definition/web-frontend:3'),
    }),
  ];
}

export function ecsClusters(): Resource[] {
  const clusterOf = (region: DemoRegion, name: string, containerInsights: 'enabled' | 'disabled'): Resource => {
    const clusterArn = arn.in('ecs', region, `cluster/${name}`);
    return make(ecsCluster, { id: name, region, arn: clusterArn, data: { clusterName: name, clusterArn, containerInsights } });
  };
  return [clusterOf('us-east-1', 'prod', 'enabled'), clusterOf('eu-west-1', 'reports-eu', 'disabled')];
}
