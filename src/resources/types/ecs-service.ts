import { defineResourceType } from '../define.js';
import { list, nullable, obj, oneOf, str } from '../fields.js';

export const ecsService = defineResourceType({
  type: 'aws.ecs.service',
  service: 'ecs',
  scope: 'regional',
  awsTypes: ['AWS::ECS::Service'],
  description: 'An ECS service with its cluster, launch type or capacity providers, Fargate platform version, public IP assignment and task definition.',
  idDescription: 'cluster name/service name, e.g. prod/payments-api (service names are unique within a cluster)',
  data: obj({
    serviceName: str('Service name (DescribeServices serviceName).'),
    serviceArn: str('Service ARN (ListServices serviceArns[]).'),
    clusterArn: str('ARN of the cluster the service runs in (ListClusters clusterArns[]).'),
    status: oneOf(['ACTIVE', 'DRAINING', 'INACTIVE'], 'Service status (status).'),
    launchType: nullable(oneOf(['EC2', 'EXTERNAL', 'FARGATE', 'MANAGED_INSTANCES'], 'Launch type of the service\'s tasks (launchType); null when the service places its tasks through a capacity provider strategy instead.')),
    capacityProviders: list(str('Capacity provider name, e.g. FARGATE or FARGATE_SPOT.'), 'Capacity providers of the service\'s strategy (capacityProviderStrategy[].capacityProvider); empty when it uses a launch type.'),
    platformVersion: nullable(str('Fargate platform version the service asks for, LATEST or a version such as 1.4.0 (platformVersion); null when the service does not run on Fargate.')),
    platformFamily: nullable(str('Operating system family of the Fargate platform, e.g. Linux (platformFamily); null when ECS answers none (not on Fargate).')),
    assignPublicIp: nullable(oneOf(['ENABLED', 'DISABLED'], 'Whether the service\'s task network interfaces get a public IP address (networkConfiguration.awsvpcConfiguration.assignPublicIp); null when the service has no awsvpc network configuration, so its tasks have no interface of their own.')),
    taskDefinition: str('ARN of the task definition revision the service runs (taskDefinition).'),
  }, 'ECS service settings.'),
  example: {
    serviceName: 'payments-api',
    serviceArn: 'arn:aws:ecs:us-east-1:123456789012:service/prod/payments-api',
    clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod',
    status: 'ACTIVE',
    launchType: 'FARGATE',
    capacityProviders: [],
    platformVersion: 'LATEST',
    platformFamily: 'Linux',
    assignPublicIp: 'DISABLED',
    taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/payments-api:42',
  },
});
