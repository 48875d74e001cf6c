/**
 * SageMaker: notebook instances placed in the production VPC or left on
 * the console's defaults, endpoint configurations with one, two or
 * serverless capacity, and models with and without network isolation.
 */
import { sagemakerEndpointConfig } from '../../src/resources/types/sagemaker-endpoint-config.js';
import { sagemakerModel } from '../../src/resources/types/sagemaker-model.js';
import { sagemakerNotebookInstance } from '../../src/resources/types/sagemaker-notebook-instance.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, keys, make, subnets, type DemoRegion, type Overrides } from './demo.js';

function notebook(region: DemoRegion, name: string, data: Overrides<typeof sagemakerNotebookInstance>): Resource {
  const notebookArn = arn.in('sagemaker', region, `notebook-instance/${name}`);
  return make(sagemakerNotebookInstance, { id: name, region, arn: notebookArn, data: { name, arn: notebookArn, ...data } });
}

export function sagemakerNotebookInstances(): Resource[] {
  return [
    // Compliant: private subnet, no direct internet, no root, Amazon Linux 2023 (SageMaker.1, .2, .3, .8 pass).
    notebook('us-east-1', 'fraud-research', { subnetId: subnets.prodUsEast1Private, kmsKeyId: keys.appData, createdAt: '2025-03-04T10:00:00.000Z' }),
    // Non-compliant: created from the console's defaults years ago — no VPC, internet through SageMaker's, root, Amazon Linux 1 (all four fail).
    notebook('eu-west-1', 'scratch-notebook', {
      subnetId: null, directInternetAccess: 'Enabled', rootAccess: 'Enabled', platformIdentifier: 'notebook-al1-v1', kmsKeyId: null, instanceType: 'ml.t2.medium', createdAt: '2020-11-16T09:30:00.000Z',
    }),
    // Edge case: stopped, locked down and in the default VPC's subnet (a customer VPC: SageMaker.2 passes), but on the deprecated
    // JupyterLab 3 platform (SageMaker.8 fails).
    notebook('us-east-1', 'forecasting-lab', { status: 'Stopped', subnetId: subnets.defaultUsEast1a, platformIdentifier: 'notebook-al2-v2', kmsKeyId: null, createdAt: '2023-06-08T15:00:00.000Z' }),
  ];
}

function endpointConfig(region: DemoRegion, name: string, data: Overrides<typeof sagemakerEndpointConfig>): Resource {
  const configArn = arn.in('sagemaker', region, `endpoint-config/${name}`);
  return make(sagemakerEndpointConfig, { id: name, region, arn: configArn, data: { name, arn: configArn, ...data } });
}

export function sagemakerEndpointConfigs(): Resource[] {
  return [
    // Compliant: two instances behind the fraud scoring endpoint (SageMaker.4 passes).
    endpointConfig('us-east-1', 'fraud-scoring-v3', { kmsKeyId: keys.appData, createdAt: '2025-06-01T09:00:00.000Z' }),
    // Non-compliant: one instance, one zone (SageMaker.4 fails).
    endpointConfig('eu-west-1', 'recs-single', { productionVariants: [{ name: 'AllTraffic', instanceType: 'ml.c5.large', initialInstanceCount: 1 }], createdAt: '2022-04-11T12:00:00.000Z' }),
    // Edge case: a serverless shadow variant has no instance count beside three instances (passes).
    endpointConfig('us-east-1', 'support-chat', {
      productionVariants: [{ name: 'Primary', instanceType: 'ml.g5.xlarge', initialInstanceCount: 3 }, { name: 'ServerlessShadow', instanceType: null, initialInstanceCount: null }],
      createdAt: '2026-09-14T08:00:00.000Z',
    }),
  ];
}

function model(region: DemoRegion, name: string, data: Overrides<typeof sagemakerModel>): Resource {
  const modelArn = arn.in('sagemaker', region, `model/${name}`);
  return make(sagemakerModel, { id: name, region, arn: modelArn, data: { name, arn: modelArn, executionRoleArn: arn.iam('role/sagemaker-execution'), ...data } });
}

export function sagemakerModels(): Resource[] {
  return [
    // Compliant: isolated, in the private subnet (SageMaker.5 passes).
    model('us-east-1', 'fraud-xgboost-2025-06', { vpcSubnetIds: [subnets.prodUsEast1Private], createdAt: '2025-06-01T08:30:00.000Z' }),
    // Edge case: in a VPC but not isolated — a VPC is not network isolation (SageMaker.5 fails).
    model('eu-west-1', 'recs-byoc', { networkIsolationEnabled: false, vpcSubnetIds: [subnets.prodEuWest1Private], createdAt: '2022-04-11T11:50:00.000Z' }),
  ];
}
