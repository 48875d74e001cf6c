/**
 * Pure mapping from SageMaker's Describe* answers to the aws.sagemaker.*
 * catalog shapes, one reader per field (answers.ts), so one value AWS left
 * out fails alone.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - SubnetId and KmsKeyId absent or empty are "none" (null): SageMaker
 *   sends them only for a notebook instance created with them.
 * - A production variant without InitialInstanceCount is serverless (null)
 *   only when it answers a ServerlessConfig; without either it is unknown.
 * - A model's VpcConfig and ExecutionRoleArn absent are "none" (null).
 * - DirectInternetAccess, RootAccess, PlatformIdentifier and
 *   EnableNetworkIsolation are answered for every resource: absent is
 *   unknown, never the API's create-time default.
 *
 * A model's containers (and their Environment maps, whose values may be
 * credentials) are never read.
 */
import type { DescribeEndpointConfigCommandOutput, DescribeModelCommandOutput, DescribeNotebookInstanceCommandOutput, ProductionVariant } from '@aws-sdk/client-sagemaker';
import { eachOf, emptyToNull, iso, knownValue, required, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type NotebookInstance = CatalogData['aws.sagemaker.notebook-instance'];
type EndpointConfig = CatalogData['aws.sagemaker.endpoint-config'];
type Model = CatalogData['aws.sagemaker.model'];

const NOTEBOOK_STATUSES = ['Pending', 'InService', 'Stopping', 'Stopped', 'Failed', 'Deleting', 'Updating', 'InMaintenance', 'PendingMaintenance'] as const;
const SWITCH = ['Enabled', 'Disabled'] as const;

/** The fields DescribeNotebookInstance fills; `name` comes from the listing. */
export const NOTEBOOK_FIELDS = ['arn', 'status', 'instanceType', 'createdAt', 'subnetId', 'directInternetAccess', 'rootAccess', 'platformIdentifier', 'kmsKeyId'] as const;
/** The fields DescribeEndpointConfig fills. */
export const ENDPOINT_CONFIG_FIELDS = ['arn', 'createdAt', 'kmsKeyId', 'productionVariants'] as const;
/** The fields DescribeModel fills. */
export const MODEL_FIELDS = ['arn', 'createdAt', 'executionRoleArn', 'networkIsolationEnabled', 'vpcSubnetIds'] as const;

export function notebookInstanceFields(answer: DescribeNotebookInstanceCommandOutput): ReadersOf<NotebookInstance> {
  return {
    arn: () => text(answer.NotebookInstanceArn, 'NotebookInstanceArn'),
    status: () => knownValue(answer.NotebookInstanceStatus, NOTEBOOK_STATUSES, 'NotebookInstanceStatus'),
    instanceType: () => text(answer.InstanceType, 'InstanceType'),
    createdAt: () => iso(answer.CreationTime, 'CreationTime'),
    subnetId: () => emptyToNull(answer.SubnetId),
    directInternetAccess: () => knownValue(answer.DirectInternetAccess, SWITCH, 'DirectInternetAccess'),
    rootAccess: () => knownValue(answer.RootAccess, SWITCH, 'RootAccess'),
    platformIdentifier: () => text(answer.PlatformIdentifier, 'PlatformIdentifier'),
    kmsKeyId: () => emptyToNull(answer.KmsKeyId),
  };
}

function productionVariant(variant: ProductionVariant): EndpointConfig['productionVariants'][number] {
  const name = text(variant.VariantName, 'ProductionVariants[].VariantName');
  if (variant.InitialInstanceCount !== undefined) return { name, instanceType: emptyToNull(variant.InstanceType), initialInstanceCount: variant.InitialInstanceCount };
  if (variant.ServerlessConfig !== undefined) return { name, instanceType: null, initialInstanceCount: null };
  throw new UnreadableAnswer('IncompleteResponse', `variant ${name} has neither InitialInstanceCount nor ServerlessConfig`);
}

export function endpointConfigFields(answer: DescribeEndpointConfigCommandOutput): ReadersOf<EndpointConfig> {
  return {
    arn: () => text(answer.EndpointConfigArn, 'EndpointConfigArn'),
    createdAt: () => iso(answer.CreationTime, 'CreationTime'),
    kmsKeyId: () => emptyToNull(answer.KmsKeyId),
    productionVariants: () => eachOf(answer.ProductionVariants, 'ProductionVariants', productionVariant),
  };
}

export function modelFields(answer: DescribeModelCommandOutput): ReadersOf<Model> {
  return {
    arn: () => text(answer.ModelArn, 'ModelArn'),
    createdAt: () => iso(answer.CreationTime, 'CreationTime'),
    executionRoleArn: () => emptyToNull(answer.ExecutionRoleArn),
    networkIsolationEnabled: () => required(answer.EnableNetworkIsolation, 'EnableNetworkIsolation'),
    vpcSubnetIds: () => (answer.VpcConfig === undefined ? null : [...required(answer.VpcConfig.Subnets, 'VpcConfig.Subnets')]),
  };
}
