/**
 * Lambda (REST-JSON) for the fake account: one function per VPC of each
 * region. Every other function is connected to its VPC's one subnet (so
 * single-zone); runtimes, tracing, dead-letter queues, resource policies
 * and on-failure destinations vary with the index, and every fifth is a
 * container image. ListFunctions pages by Marker (50 at a time, as
 * MaxItems allows); a function without a policy or event invoke
 * configuration answers ResourceNotFoundException, as Lambda does. Every
 * fourth function names the region's code signing configuration, which
 * enforces in us-east-1 and only warns elsewhere. Three layers a region
 * (ListLayers in pages of two): one private, one shared with an
 * account, one public. Every function is tagged with its team, every
 * other with its environment too.
 */
import { ACCOUNT, ec2Id, type Estate } from './estate.js';
import { restJson, restJsonError, type Answer, type WireRequest } from './wire.js';

export interface FunctionModel {
  readonly FunctionName: string;
  readonly FunctionArn: string;
  readonly Runtime?: string;
  readonly PackageType: 'Zip' | 'Image';
  readonly Role: string;
  readonly VpcConfig?: { readonly SubnetIds: readonly string[]; readonly SecurityGroupIds: readonly string[]; readonly VpcId: string };
  readonly DeadLetterConfig?: { readonly TargetArn: string };
  readonly TracingConfig: { readonly Mode: 'Active' | 'PassThrough' };
  readonly Architectures: readonly string[];
  readonly LastModified: string;
}

export const functionName = (j: number): string => `bench-fn-${String(j).padStart(4, '0')}`;

export function functionModels(estate: Estate, r: number, region: string): FunctionModel[] {
  return Array.from({ length: estate.size.vpcs }, (_, j): FunctionModel => {
    const name = functionName(j);
    const image = j % 5 === 4;
    return {
      FunctionName: name, FunctionArn: `arn:aws:lambda:${region}:${ACCOUNT}:function:${name}`,
      ...(image ? {} : { Runtime: j % 3 === 2 ? 'nodejs16.x' : 'python3.13' }),
      PackageType: image ? 'Image' : 'Zip', Role: `arn:aws:iam::${ACCOUNT}:role/${name}`,
      ...(j % 2 === 0 ? { VpcConfig: { SubnetIds: [ec2Id('subnet', r, j)], SecurityGroupIds: [ec2Id('sg', r, 0)], VpcId: ec2Id('vpc', r, j) } } : {}),
      ...(j % 4 === 1 ? { DeadLetterConfig: { TargetArn: `arn:aws:sqs:${region}:${ACCOUNT}:bench-dlq` } } : {}),
      TracingConfig: { Mode: j % 3 === 0 ? 'Active' : 'PassThrough' },
      Architectures: [j % 2 === 0 ? 'arm64' : 'x86_64'],
      LastModified: '2025-06-01T12:00:00.000+0000',
    };
  });
}

/** The function's resource policy: every third lets one bucket of the account invoke it, every sixth (of those) without a source account. */
export function functionPolicy(model: FunctionModel, j: number): object | undefined {
  if (j % 3 !== 0) return undefined;
  const condition = j % 6 === 0 ? { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::bench-uploads' } } : { StringEquals: { 'AWS:SourceAccount': ACCOUNT } };
  return { Version: '2012-10-17', Id: 'default', Statement: [{ Sid: 's3-invoke', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: model.FunctionArn, Condition: condition }] };
}

/** The function's tags: every one names its team, every other its environment too. */
export function functionTags(j: number): Record<string, string> {
  return { team: 'bench', ...(j % 2 === 0 ? { env: 'prod' } : {}) };
}

/** The operation a Lambda request is, from method and path. */
export function lambdaOperation(request: WireRequest): string {
  if (request.method !== 'GET') return `${request.method} ${request.path}`;
  if (/^\/2015-03-31\/functions\/?$/.test(request.path)) return 'ListFunctions';
  if (/^\/2015-03-31\/functions\/[^/]+\/policy\/?$/.test(request.path)) return 'GetPolicy';
  if (/^\/2019-09-25\/functions\/[^/]+\/event-invoke-config\/?$/.test(request.path)) return 'GetFunctionEventInvokeConfig';
  if (/^\/2020-06-30\/functions\/[^/]+\/code-signing-config\/?$/.test(request.path)) return 'GetFunctionCodeSigningConfig';
  if (/^\/2020-04-22\/code-signing-configs\/[^/]+\/?$/.test(request.path)) return 'GetCodeSigningConfig';
  if (/^\/2017-03-31\/tags\/[^/]+\/?$/.test(request.path)) return 'ListTags';
  if (/^\/2018-10-31\/layers\/?$/.test(request.path)) return 'ListLayers';
  if (/^\/2018-10-31\/layers\/[^/]+\/versions\/\d+\/policy\/?$/.test(request.path)) return 'GetLayerVersionPolicy';
  return `GET ${request.path}`;
}

const notFound = (message: string): Answer => restJsonError('ResourceNotFoundException', message, 404);

const LAYERS = ['bench-private', 'bench-partner', 'bench-public'] as const;
const signingArn = (region: string): string => `arn:aws:lambda:${region}:${ACCOUNT}:code-signing-config:csc-0bench0000000000`;
const layerArn = (region: string, name: string): string => `arn:aws:lambda:${region}:${ACCOUNT}:layer:${name}`;

function answerLayers(request: WireRequest, operation: string): Answer {
  if (operation === 'ListLayers') {
    const start = Number(request.query.get('Marker') ?? '0');
    const page = LAYERS.slice(start, start + 2).map((name, k) => ({
      LayerName: name, LayerArn: layerArn(request.region, name),
      LatestMatchingVersion: { LayerVersionArn: `${layerArn(request.region, name)}:${start + k + 1}`, Version: start + k + 1, CompatibleRuntimes: ['python3.13'], CreatedDate: '2025-06-01T12:00:00.000+0000' },
    }));
    return restJson({ Layers: page, ...(start + 2 < LAYERS.length ? { NextMarker: String(start + 2) } : {}) });
  }
  const name = decodeURIComponent(request.path.split('/')[3] ?? '');
  const principal = name === 'bench-public' ? '*' : name === 'bench-partner' ? { AWS: 'arn:aws:iam::210987654321:root' } : undefined;
  if (principal === undefined) return notFound('No policy is associated with the given resource.');
  return restJson({ Policy: JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: [{ Sid: 'share', Effect: 'Allow', Principal: principal, Action: 'lambda:GetLayerVersion', Resource: layerArn(request.region, name) }] }), RevisionId: 'fake' });
}

export function answerLambda(estate: Estate, request: WireRequest, operation: string): Answer {
  if (operation === 'ListLayers' || operation === 'GetLayerVersionPolicy') return answerLayers(request, operation);
  if (operation === 'GetCodeSigningConfig') {
    return restJson({
      CodeSigningConfig: {
        CodeSigningConfigId: 'csc-0bench0000000000', CodeSigningConfigArn: signingArn(request.region), Description: '', LastModified: '2025-06-01T12:00:00.000+0000',
        AllowedPublishers: { SigningProfileVersionArns: [`arn:aws:signer:${request.region}:${ACCOUNT}:/signing-profiles/bench/a1b2c3d4e5`] },
        CodeSigningPolicies: { UntrustedArtifactOnDeployment: request.region === 'us-east-1' ? 'Enforce' : 'Warn' },
      },
    });
  }
  const r = estate.regionIndex(request.region);
  const models = r < 0 ? [] : functionModels(estate, r, request.region);
  if (operation === 'ListFunctions') {
    const start = Number(request.query.get('Marker') ?? '0');
    const size = Math.min(Number(request.query.get('MaxItems') ?? '50'), 50);
    const next = start + size < models.length ? { NextMarker: String(start + size) } : {};
    return restJson({ Functions: models.slice(start, start + size), ...next });
  }
  // ListTags names the function by its ARN, URL-encoded in the path.
  const name = decodeURIComponent(request.path.split('/')[3] ?? '');
  const j = models.findIndex((m) => m.FunctionName === name || m.FunctionArn === name);
  const model = models[j];
  if (model === undefined) return notFound(`Function not found: arn:aws:lambda:${request.region}:${ACCOUNT}:function:${name}`);
  if (operation === 'GetPolicy') {
    const policy = functionPolicy(model, j);
    return policy === undefined ? notFound('No policy is associated with the given resource.') : restJson({ Policy: JSON.stringify(policy), RevisionId: 'fake' });
  }
  if (operation === 'GetFunctionEventInvokeConfig') {
    return j % 2 === 1
      ? restJson({ FunctionArn: `${model.FunctionArn}:$LATEST`, MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: `arn:aws:sqs:${request.region}:${ACCOUNT}:bench-failures` }, OnSuccess: {} } })
      : notFound(`The function ${model.FunctionArn} doesn't have an EventInvokeConfig`);
  }
  if (operation === 'ListTags') return restJson({ Tags: functionTags(j) });
  if (operation === 'GetFunctionCodeSigningConfig') return restJson({ CodeSigningConfigArn: j % 4 === 3 ? signingArn(request.region) : '', FunctionName: model.FunctionName });
  return restJson({});
}
