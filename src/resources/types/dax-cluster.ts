import { defineResourceType } from '../define.js';
import { int, list, nullable, obj, oneOf, str } from '../fields.js';

export const daxCluster = defineResourceType({
  type: 'aws.dax.cluster',
  service: 'dax',
  scope: 'regional',
  awsTypes: ['AWS::DAX::Cluster'],
  description: 'A DynamoDB Accelerator (DAX) cluster with its encryption at rest and of its endpoint, node type and count, subnet group and security groups.',
  idDescription: 'the cluster name (the ARN is on the resource)',
  data: obj({
    clusterName: str('Cluster name (ClusterName).'),
    status: str('Cluster state (Status), e.g. available, creating, modifying, deleting.'),
    nodeType: str('Node type of every node (NodeType), e.g. dax.r5.large.'),
    totalNodes: int('Nodes the cluster has, primary and replicas (TotalNodes).', { minimum: 0 }),
    sseStatus: oneOf(['ENABLED', 'ENABLING', 'DISABLED', 'DISABLING'], 'Encryption at rest of the cluster\'s nodes (SSEDescription.Status).'),
    endpointEncryptionType: oneOf(['NONE', 'TLS'], 'Encryption of the cluster endpoint\'s connections (ClusterEndpointEncryptionType): TLS, or NONE for plain connections.'),
    subnetGroup: nullable(str('Subnet group the cluster\'s nodes run in (SubnetGroup); null when DescribeClusters names none.')),
    securityGroupIds: list(str('A VPC security group id, e.g. sg-0123456789abcdef0.'), 'VPC security groups attached to the cluster (SecurityGroups[].SecurityGroupIdentifier); empty when none.'),
  }, 'DAX cluster settings.'),
  example: {
    clusterName: 'sessions-cache',
    status: 'available',
    nodeType: 'dax.r5.large',
    totalNodes: 3,
    sseStatus: 'ENABLED',
    endpointEncryptionType: 'TLS',
    subnetGroup: 'sessions-cache-subnets',
    securityGroupIds: ['sg-0123456789abcdef0'],
  },
});
