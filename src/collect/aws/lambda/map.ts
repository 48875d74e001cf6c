/**
 * Pure mapping from Lambda API answers to the aws.lambda.function and
 * aws.lambda.layer-version catalog shapes, one reader per field
 * (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - Runtime is null for a container-image function (PackageType Image):
 *   the image brings its own runtime, and Lambda answers none. A .zip
 *   function without a Runtime is unreadable.
 * - VpcConfig absent, or answered with no subnets and no VPC id (Lambda's
 *   answer for a function that was taken out of a VPC), is "not in a VPC".
 * - DeadLetterConfig absent, or with an empty TargetArn (how the API
 *   spells a removed queue), is "no dead-letter queue".
 * - GetFunctionEventInvokeConfig answering ResourceNotFoundException (no
 *   configuration) or a configuration without OnFailure is "no on-failure
 *   destination"; GetPolicy's ResourceNotFoundException is "no policy"
 *   (both decided by the collector before these run).
 * - GetFunctionCodeSigningConfig always answers CodeSigningConfigArn; an
 *   empty one is "none", an absent one unreadable. Without a configuration
 *   there is nothing for GetCodeSigningConfig to read: codeSigning is null.
 * - ListLayers answers no CompatibleRuntimes for a version that declares
 *   none: an empty list.
 */
import type {
  FunctionConfiguration, GetCodeSigningConfigCommandOutput, GetFunctionCodeSigningConfigCommandOutput, GetFunctionEventInvokeConfigCommandOutput, GetLayerVersionPolicyCommandOutput, GetPolicyCommandOutput, LayersListItem,
} from '@aws-sdk/client-lambda';
import { emptyToNull, knownValue, policyDocument, required, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type LambdaFunction = CatalogData['aws.lambda.function'];

/** Lambda's timestamps are ISO 8601 with a zone offset without a colon (`2024-03-01T12:00:00.000+0000`). */
export function lastModifiedIso(value: string | undefined): string {
  const raw = text(value, 'LastModified');
  const time = Date.parse(raw.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(time)) throw new UnreadableAnswer('IncompleteResponse', `LastModified "${raw}" is not a timestamp`);
  return new Date(time).toISOString();
}

function vpcConfig(fn: FunctionConfiguration): LambdaFunction['vpcConfig'] {
  const vpc = fn.VpcConfig;
  if (vpc === undefined) return null;
  const subnets = vpc.SubnetIds ?? [];
  if (subnets.length === 0 && (vpc.VpcId === undefined || vpc.VpcId === '')) return null;
  return {
    vpcId: text(vpc.VpcId, 'VpcConfig.VpcId'),
    subnetIds: subnets.map((id) => text(id, 'VpcConfig.SubnetIds[]')),
    securityGroupIds: required(vpc.SecurityGroupIds, 'VpcConfig.SecurityGroupIds').map((id) => text(id, 'VpcConfig.SecurityGroupIds[]')),
  };
}

export const listingPaths = ['functionName', 'functionArn', 'runtime', 'packageType', 'role', 'vpcConfig', 'deadLetterTargetArn', 'tracingMode', 'architectures', 'lastModified'] as const;

/** The fields ListFunctions answers for a function. */
export function functionFields(fn: FunctionConfiguration): ReadersOf<LambdaFunction> {
  const packageType = (): LambdaFunction['packageType'] => knownValue(fn.PackageType, ['Zip', 'Image'], 'PackageType');
  return {
    functionName: () => text(fn.FunctionName, 'FunctionName'),
    functionArn: () => text(fn.FunctionArn, 'FunctionArn'),
    runtime: () => (packageType() === 'Image' ? null : text(fn.Runtime, 'Runtime')),
    packageType,
    role: () => text(fn.Role, 'Role'),
    vpcConfig: () => vpcConfig(fn),
    deadLetterTargetArn: () => (fn.DeadLetterConfig === undefined ? null : emptyToNull(required(fn.DeadLetterConfig.TargetArn, 'DeadLetterConfig.TargetArn'))),
    tracingMode: () => knownValue(fn.TracingConfig?.Mode, ['Active', 'PassThrough'], 'TracingConfig.Mode'),
    architectures: () => required(fn.Architectures, 'Architectures').map((a) => knownValue(a, ['x86_64', 'arm64'], 'Architectures[]')),
    lastModified: () => lastModifiedIso(fn.LastModified),
  };
}

/** Called only for a configuration that exists: ResourceNotFoundException is "none" (null) before this. */
export function onFailureDestination(answer: GetFunctionEventInvokeConfigCommandOutput): LambdaFunction['onFailureDestination'] {
  return emptyToNull(answer.DestinationConfig?.OnFailure?.Destination);
}

export function codeSigningConfigArn(answer: GetFunctionCodeSigningConfigCommandOutput): LambdaFunction['codeSigningConfigArn'] {
  return emptyToNull(required(answer.CodeSigningConfigArn, 'CodeSigningConfigArn'));
}

/**
 * The code signing configuration a function names, as GetCodeSigningConfig
 * answers it: AWS always sends the allowed publishers and the policies, so
 * either missing, or a policy value AWS does not document, is unreadable.
 */
export function codeSigningConfig(answer: GetCodeSigningConfigCommandOutput): NonNullable<LambdaFunction['codeSigning']> {
  const config = required(answer.CodeSigningConfig, 'CodeSigningConfig');
  return {
    allowedPublishers: required(config.AllowedPublishers?.SigningProfileVersionArns, 'CodeSigningConfig.AllowedPublishers.SigningProfileVersionArns')
      .map((arn) => text(arn, 'CodeSigningConfig.AllowedPublishers.SigningProfileVersionArns[]')),
    untrustedArtifactOnDeployment: knownValue(config.CodeSigningPolicies?.UntrustedArtifactOnDeployment, ['Warn', 'Enforce'], 'CodeSigningConfig.CodeSigningPolicies.UntrustedArtifactOnDeployment'),
  };
}

/** The policy is plain JSON text; one that is missing or not a JSON object is unreadable. */
export function functionPolicy(answer: GetPolicyCommandOutput): NonNullable<LambdaFunction['policy']> {
  return policyDocument(answer.Policy, 'Policy');
}

type LambdaLayerVersion = CatalogData['aws.lambda.layer-version'];

/**
 * The fields ListLayers answers for a layer's latest version. A version
 * that names no compatible runtimes is answered without the list (or with
 * an empty one): none declared, [].
 */
export function layerVersionFields(layer: LayersListItem): ReadersOf<LambdaLayerVersion> {
  const latest = layer.LatestMatchingVersion;
  return {
    layerName: () => text(layer.LayerName, 'LayerName'),
    version: () => required(latest?.Version, 'LatestMatchingVersion.Version'),
    layerVersionArn: () => text(latest?.LayerVersionArn, 'LatestMatchingVersion.LayerVersionArn'),
    compatibleRuntimes: () => (latest?.CompatibleRuntimes ?? []).map((runtime) => text(runtime, 'LatestMatchingVersion.CompatibleRuntimes[]')),
  };
}

/** Called only for a version that has a policy: ResourceNotFoundException is "none" (null) before this. */
export function layerPolicy(answer: GetLayerVersionPolicyCommandOutput): NonNullable<LambdaLayerVersion['policy']> {
  return policyDocument(answer.Policy, 'Policy');
}
