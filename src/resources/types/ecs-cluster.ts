import { defineResourceType } from '../define.js';
import { nullable, obj, oneOf, str } from '../fields.js';

export const ecsCluster = defineResourceType({
  type: 'aws.ecs.cluster',
  service: 'ecs',
  scope: 'regional',
  awsTypes: ['AWS::ECS::Cluster'],
  description: 'An ECS cluster with its status and Container Insights setting.',
  idDescription: 'the cluster name',
  data: obj({
    clusterName: str('Cluster name (DescribeClusters clusterName).'),
    clusterArn: str('Cluster ARN (ListClusters clusterArns[]).'),
    status: oneOf(['ACTIVE', 'PROVISIONING', 'DEPROVISIONING', 'FAILED', 'INACTIVE'], 'Cluster status (status).'),
    containerInsights: nullable(oneOf(['enabled', 'enhanced', 'disabled'], 'Container Insights for the cluster (the settings[] entry named containerInsights, asked for with include SETTINGS); null when the answer has no such entry.')),
  }, 'ECS cluster settings.'),
  example: {
    clusterName: 'prod',
    clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod',
    status: 'ACTIVE',
    containerInsights: 'enabled',
  },
});
