/**
 * Lambda functions. us-east-1: the responder the cloudtrail-tampering rule
 * targets, built the way the Lambda policies ask (supported runtime, two
 * zones of the production VPC, tracing, on-failure destination, invoked
 * only by that rule of this account); a thumbnail generator on a
 * deprecated runtime outside any VPC that any account's bucket may invoke;
 * a container-image exporter in a single subnet. eu-west-1: an erasure
 * endpoint behind a function URL anyone may call. Code signing: the
 * responder's configuration refuses unsigned code, the exporter's only
 * warns, the others have none. Each function names its owning team in a
 * tag. Two layers: one private, one public.
 */
import { lambdaFunction } from '../../src/resources/types/lambda-function.js';
import { lambdaLayerVersion } from '../../src/resources/types/lambda-layer-version.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, make, securityGroups as sg, subnets, vpcs, type DemoRegion, type Overrides } from './demo.js';

const functionArn = (region: DemoRegion, name: string): string => arn.in('lambda', region, `function:${name}`);

function fn(region: DemoRegion, name: string, tags: Record<string, string>, data: Overrides<typeof lambdaFunction>): Resource {
  return make(lambdaFunction, { id: name, region, arn: functionArn(region, name), tags, data: { functionName: name, functionArn: functionArn(region, name), role: arn.iam(`role/${name}`), ...data } });
}

export function lambdaFunctions(): Resource[] {
  return [
    fn('us-east-1', 'trail-tamper-responder', { team: 'security' }, {
      runtime: 'python3.13',
      vpcConfig: { vpcId: vpcs.prodUsEast1, subnetIds: [subnets.prodUsEast1Public, subnets.prodUsEast1Private], securityGroupIds: [sg.appTier] },
      onFailureDestination: arn.in('sqs', 'us-east-1', 'responder-failures'),
      codeSigningConfigArn: arn.in('lambda', 'us-east-1', 'code-signing-config:csc-0a1b2c3d4e5f67890'),
      codeSigning: { allowedPublishers: [arn.in('signer', 'us-east-1', '/signing-profiles/security_releases/a1b2c3d4e5')], untrustedArtifactOnDeployment: 'Enforce' },
      lastModified: '2026-09-14T08:12:40.000Z',
      policy: {
        Version: '2012-10-17', Id: 'default',
        Statement: [{
          Sid: 'cloudtrail-tampering-rule', Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: functionArn('us-east-1', 'trail-tamper-responder'),
          Condition: { ArnLike: { 'AWS:SourceArn': arn.in('events', 'us-east-1', 'rule/cloudtrail-tampering') } },
        }],
      },
    }),
    // Lambda.1 (S3 may invoke from any account: only the bucket is named), Lambda.2 (nodejs16.x is deprecated), no VPC, no tracing, async failures dropped.
    fn('us-east-1', 'thumbnail-generator', { team: 'media' }, {
      runtime: 'nodejs16.x', architectures: ['x86_64'], vpcConfig: null, tracingMode: 'PassThrough', onFailureDestination: null, codeSigningConfigArn: null, codeSigning: null,
      lastModified: '2023-02-27T17:45:03.000Z',
      policy: {
        Version: '2012-10-17', Id: 'default',
        Statement: [{
          Sid: 'uploads-bucket', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: functionArn('us-east-1', 'thumbnail-generator'),
          Condition: { ArnLike: { 'AWS:SourceArn': arn.s3('acme-uploads') } },
        }],
      },
    }),
    // A container image (runtime not applicable) with a dead-letter queue, in one subnet: Lambda.5 fails; its code signing only warns.
    fn('us-east-1', 'report-exporter', { team: 'reporting', 'cost-center': 'data' }, {
      codeSigningConfigArn: arn.in('lambda', 'us-east-1', 'code-signing-config:csc-0b1c2d3e4f5a67890'),
      codeSigning: { allowedPublishers: [arn.in('signer', 'us-east-1', '/signing-profiles/reporting/b2c3d4e5f6')], untrustedArtifactOnDeployment: 'Warn' },
      runtime: null, packageType: 'Image', tracingMode: 'PassThrough',
      vpcConfig: { vpcId: vpcs.prodUsEast1, subnetIds: [subnets.prodUsEast1Private], securityGroupIds: [sg.appTier] },
      deadLetterTargetArn: arn.in('sqs', 'us-east-1', 'report-exporter-dlq'), onFailureDestination: null,
      lastModified: '2026-06-02T11:30:00.000Z', policy: null,
    }),
    // A function URL with auth type NONE: anyone on the internet may call it.
    fn('eu-west-1', 'gdpr-erasure', { team: 'privacy' }, {
      runtime: 'python3.12', vpcConfig: null, onFailureDestination: arn.in('sqs', 'eu-west-1', 'erasure-failures'), codeSigningConfigArn: null, codeSigning: null,
      lastModified: '2026-03-09T09:00:00.000Z',
      policy: {
        Version: '2012-10-17', Id: 'default',
        Statement: [{
          Sid: 'FunctionURLAllowPublicAccess', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: functionArn('eu-west-1', 'gdpr-erasure'),
          Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
        }],
      },
    }),
  ];
}

const layerArn = (region: DemoRegion, name: string, version: number): string => arn.in('lambda', region, `layer:${name}:${version}`);

function layer(region: DemoRegion, name: string, version: number, data: Overrides<typeof lambdaLayerVersion>): Resource {
  const versionArn = layerArn(region, name, version);
  return make(lambdaLayerVersion, { id: `${name}:${version}`, region, arn: versionArn, data: { layerName: name, version, layerVersionArn: versionArn, ...data } });
}

/** Layers: shared tooling used by the account's own functions only, and an SDK bundle published to everyone. */
export function lambdaLayerVersions(): Resource[] {
  return [
    layer('us-east-1', 'acme-observability', 4, { compatibleRuntimes: ['python3.12', 'python3.13'], policy: null }),
    // Anyone may add this layer to their functions (aws-lambda-layer-version-not-public fails).
    layer('us-east-1', 'acme-sdk-bundle', 19, {
      compatibleRuntimes: ['nodejs20.x', 'nodejs22.x'],
      policy: {
        Version: '2012-10-17', Id: 'default',
        Statement: [{ Sid: 'public-sdk', Effect: 'Allow', Principal: '*', Action: 'lambda:GetLayerVersion', Resource: layerArn('us-east-1', 'acme-sdk-bundle', 19) }],
      },
    }),
  ];
}

