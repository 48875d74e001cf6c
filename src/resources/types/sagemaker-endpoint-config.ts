import { defineResourceType } from '../define.js';
import { int, list, nullable, obj, str, timestamp } from '../fields.js';

export const sagemakerEndpointConfig = defineResourceType({
  type: 'aws.sagemaker.endpoint-config',
  service: 'sagemaker',
  scope: 'regional',
  awsTypes: ['AWS::SageMaker::EndpointConfig'],
  description: 'A SageMaker endpoint configuration with the instance type and initial instance count of each of its production variants.',
  idDescription: 'the endpoint configuration name (the ARN is on the resource)',
  data: obj({
    name: str('Endpoint configuration name (ListEndpointConfigs EndpointConfigs[].EndpointConfigName).'),
    arn: str('Endpoint configuration ARN (DescribeEndpointConfig EndpointConfigArn).'),
    createdAt: timestamp('When the endpoint configuration was created (CreationTime).'),
    kmsKeyId: nullable(str('KMS key that encrypts the storage volumes of the endpoint\'s instances (KmsKeyId); null when none is named.')),
    productionVariants: list(obj({
      name: str('Variant name (ProductionVariants[].VariantName).'),
      instanceType: nullable(str('ML compute instance type the variant runs on (ProductionVariants[].InstanceType); null for a serverless variant.')),
      initialInstanceCount: nullable(int('Number of instances the variant starts with (ProductionVariants[].InitialInstanceCount); null for a serverless variant (ServerlessConfig), which has no instances of its own.', { minimum: 0 })),
    }, 'One production variant.'), 'The models the endpoint serves and the capacity for each (ProductionVariants).'),
  }, 'SageMaker endpoint configuration settings.'),
  example: {
    name: 'fraud-scoring-v3',
    arn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/fraud-scoring-v3',
    createdAt: '2025-06-01T09:00:00.000Z',
    kmsKeyId: null,
    productionVariants: [{ name: 'AllTraffic', instanceType: 'ml.m5.large', initialInstanceCount: 2 }],
  },
});
