import { defineResourceType } from '../define.js';
import { nullable, obj, oneOf, str, timestamp } from '../fields.js';

export const sagemakerNotebookInstance = defineResourceType({
  type: 'aws.sagemaker.notebook-instance',
  service: 'sagemaker',
  scope: 'regional',
  awsTypes: ['AWS::SageMaker::NotebookInstance'],
  description: 'A SageMaker notebook instance with its network placement (VPC subnet, direct internet access), root access for its users and the platform (Amazon Linux, Jupyter) it runs on.',
  idDescription: 'the notebook instance name (the ARN is on the resource)',
  data: obj({
    name: str('Notebook instance name (ListNotebookInstances NotebookInstances[].NotebookInstanceName).'),
    arn: str('Notebook instance ARN (DescribeNotebookInstance NotebookInstanceArn).'),
    status: oneOf(['Pending', 'InService', 'Stopping', 'Stopped', 'Failed', 'Deleting', 'Updating', 'InMaintenance', 'PendingMaintenance'], 'Notebook instance status (NotebookInstanceStatus).'),
    instanceType: str('ML compute instance type, e.g. ml.t3.medium (InstanceType).'),
    createdAt: timestamp('When the notebook instance was created (CreationTime).'),
    subnetId: nullable(str('Subnet of the customer VPC the instance has a network interface in (SubnetId); null when it was created without one and has only the SageMaker service VPC\'s network.')),
    directInternetAccess: oneOf(['Enabled', 'Disabled'], 'Whether SageMaker gives the instance internet access through its own service VPC (DirectInternetAccess); Disabled routes all traffic through the customer VPC.'),
    rootAccess: oneOf(['Enabled', 'Disabled'], 'Whether users of the notebook have root access on the instance (RootAccess).'),
    platformIdentifier: str('Platform the instance runs on, e.g. notebook-al2-v3 (PlatformIdentifier).'),
    kmsKeyId: nullable(str('KMS key that encrypts the instance\'s ML storage volume (KmsKeyId); null when it uses an AWS managed key.')),
  }, 'SageMaker notebook instance settings.'),
  example: {
    name: 'fraud-research',
    arn: 'arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/fraud-research',
    status: 'InService',
    instanceType: 'ml.t3.medium',
    createdAt: '2025-06-01T09:00:00.000Z',
    subnetId: 'subnet-0a1b2c3d4e5f67890',
    directInternetAccess: 'Disabled',
    rootAccess: 'Disabled',
    platformIdentifier: 'notebook-al2023-v1',
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  },
});
