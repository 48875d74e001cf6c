import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, str, timestamp } from '../fields.js';

export const sagemakerModel = defineResourceType({
  type: 'aws.sagemaker.model',
  service: 'sagemaker',
  scope: 'regional',
  awsTypes: ['AWS::SageMaker::Model'],
  description: 'A SageMaker model with its network isolation, VPC placement and execution role. Its containers\' environment variables are never collected.',
  idDescription: 'the model name (the ARN is on the resource)',
  data: obj({
    name: str('Model name (ListModels Models[].ModelName).'),
    arn: str('Model ARN (DescribeModel ModelArn).'),
    createdAt: timestamp('When the model was created (CreationTime).'),
    executionRoleArn: nullable(str('IAM role SageMaker assumes to deploy the model (ExecutionRoleArn); null when none is named.')),
    networkIsolationEnabled: bool('Whether the model\'s containers run without any inbound or outbound network access (EnableNetworkIsolation).'),
    vpcSubnetIds: nullable(list(str('Subnet id.'), 'Subnets of the customer VPC the model\'s containers connect to (VpcConfig.Subnets); null when the model has no VpcConfig.')),
  }, 'SageMaker model settings.'),
  example: {
    name: 'fraud-xgboost-2025-06',
    arn: 'arn:aws:sagemaker:us-east-1:123456789012:model/fraud-xgboost-2025-06',
    createdAt: '2025-06-01T09:00:00.000Z',
    executionRoleArn: 'arn:aws:iam::123456789012:role/sagemaker-execution',
    networkIsolationEnabled: true,
    vpcSubnetIds: ['subnet-0a1b2c3d4e5f67890'],
  },
});
