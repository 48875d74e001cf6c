import { defineResourceType } from '../define.js';
import { accountId, bool, list, nullable, obj, oneOf, policyDocument, str } from '../fields.js';

export const ec2VpcEndpoint = defineResourceType({
  type: 'aws.ec2.vpc-endpoint',
  service: 'ec2',
  scope: 'regional',
  awsTypes: ['AWS::EC2::VPCEndpoint'],
  description: 'A VPC endpoint: the VPC it serves, the service it reaches, its kind and state, its endpoint policy and where it sits.',
  idDescription: 'the VPC endpoint id (vpce-…)',
  data: obj({
    vpcEndpointId: str('VPC endpoint id (VpcEndpointId, vpce-…).'),
    vpcId: str('VPC the endpoint is in (VpcId).'),
    vpcEndpointType: oneOf(['Interface', 'Gateway', 'GatewayLoadBalancer', 'Resource', 'ServiceNetwork'], 'Kind of endpoint (VpcEndpointType).'),
    serviceName: nullable(str('Service the endpoint reaches (ServiceName), e.g. com.amazonaws.us-east-1.ecr.api; null for Resource and ServiceNetwork endpoints, which reach no named service.')),
    serviceRegion: nullable(str('Region of the service (ServiceRegion) for a cross-region endpoint; null when AWS names none (the endpoint\'s own region).')),
    state: oneOf(['pendingAcceptance', 'pending', 'available', 'deleting', 'deleted', 'rejected', 'failed', 'expired', 'partial'], 'Endpoint state (State), as DescribeVpcEndpoints answers it (available); the SDK\'s enum spells the same states capitalised (Available), which are read as these.'),
    ownerId: accountId('Account that owns the endpoint (OwnerId).'),
    policyDocument: nullable(policyDocument('Endpoint policy (PolicyDocument, JSON); null when AWS answers none (endpoint kinds without a policy).')),
    privateDnsEnabled: nullable(bool('Whether the VPC resolves the service\'s public name to the endpoint (PrivateDnsEnabled); null when AWS answers none (Gateway endpoints).')),
    subnetIds: list(str('Subnet id.'), 'Subnets the endpoint has network interfaces in (SubnetIds); empty for Gateway endpoints.'),
    routeTableIds: list(str('Route table id.'), 'Route tables a Gateway endpoint is routed from (RouteTableIds); empty for other kinds.'),
  }, 'VPC endpoint settings.'),
  example: {
    vpcEndpointId: 'vpce-0a1b2c3d4e5f67890',
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    vpcEndpointType: 'Interface',
    serviceName: 'com.amazonaws.us-east-1.ecr.api',
    serviceRegion: null,
    state: 'available',
    ownerId: '123456789012',
    policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'ecr:*', Resource: '*' }] },
    privateDnsEnabled: true,
    subnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0b1c2d3e4f5a67890'],
    routeTableIds: [],
  },
});
