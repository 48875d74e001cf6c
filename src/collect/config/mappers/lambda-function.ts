/**
 * AWS::Lambda::Function → aws.lambda.function. AWS's Config resource schema
 * for the type (awslabs/aws-config-resource-schema) records the function's
 * configuration as GetFunction answers it, camelCase: functionName,
 * functionArn, runtime, packageType, role, vpcConfig (subnetIds and
 * securityGroupIds — the schema lists no vpcId), deadLetterConfig.targetArn,
 * tracingConfig.mode, architectures and lastModified; its supplementary
 * configuration names only the reserved concurrency. It holds no resource
 * policy (GetPolicy), no event invoke configuration (a separate Lambda
 * resource, GetFunctionEventInvokeConfig) and no code signing configuration
 * (GetFunctionCodeSigningConfig, and the configuration it names,
 * GetCodeSigningConfig). What the item holds is read back into the
 * SDK's FunctionConfiguration and mapped by the API collector's own
 * functions: one mapping, two sources. Config spells "none" as null, so a
 * null vpcConfig or deadLetterConfig is none; a key the item lacks, a VPC
 * connection without its vpcId, or a value the API does not document is
 * read from Lambda in the same run with the API collector's rows: one
 * ListFunctions listing per region, however many functions lack fields. The
 * per-function settings are always read from Lambda, the code signing
 * call first: a function deleted since Config recorded it answers
 * ResourceNotFoundException there, which for that call can only mean it is
 * gone, and then no field of it reads as "none" (not with an aggregator,
 * where these fields are errors on the function). The function's tags are
 * the item's, as ListTags answers them on the API path.
 */
import {
  GetFunctionCodeSigningConfigCommand, GetFunctionEventInvokeConfigCommand, GetPolicyCommand, LambdaClient, paginateListFunctions,
  type FunctionConfiguration, type GetFunctionCodeSigningConfigCommandOutput,
} from '@aws-sdk/client-lambda';
import { mapped, readFields, type ReadersOf } from '../../answers.js';
import { codeSigningOf as signingConfigOf, functionCalls, type CodeSigningConfigs } from '../../aws/lambda/functions.js';
import { codeSigningConfigArn, functionFields, functionPolicy, listingPaths, onFailureDestination } from '../../aws/lambda/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { ConfigurationItem } from '../item.js';
import { fieldOf, goneFrom, oncePerItem, oncePerRun } from '../fill.js';
import { defineConfigMapper, stringOf } from '../mapper.js';
import { fromItem, isRecord, type Unreadable } from '../read.js';

type LambdaFunction = CatalogData['aws.lambda.function'];

/** The function's name: the item's configuration.functionName, else its own name or id (Config's id for a function is its name). */
const nameOf = (item: ConfigurationItem): string => stringOf(item.configuration?.functionName) ?? item.resourceName ?? item.resourceId;

const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined);

/** The item's vpcConfig as the SDK's, or why it cannot be: absent, malformed, or a connection without its VPC id. */
function vpcOf(c: Readonly<Record<string, unknown>>): { vpc: FunctionConfiguration['VpcConfig'] } | { reason: string } {
  if (!Object.hasOwn(c, 'vpcConfig')) return { reason: 'the Configuration Item has no configuration.vpcConfig' };
  const raw = c.vpcConfig;
  if (raw === null) return { vpc: undefined };
  const subnets = isRecord(raw) ? strings(raw.subnetIds ?? []) : undefined;
  const groups = isRecord(raw) ? strings(raw.securityGroupIds ?? []) : undefined;
  if (!isRecord(raw) || subnets === undefined || groups === undefined) return { reason: 'configuration.vpcConfig in the Configuration Item is not a VPC configuration Lambda documents' };
  const vpcId = stringOf(raw.vpcId);
  // Without subnets the function is not in a VPC, as the API mapping reads Lambda's own answer; with them the VPC id is needed.
  if (subnets.length > 0 && (vpcId === undefined || vpcId === '')) return { reason: 'the Configuration Item holds no configuration.vpcConfig.vpcId (not in AWS Config\'s resource schema for AWS::Lambda::Function)' };
  return { vpc: { SubnetIds: subnets, SecurityGroupIds: groups, VpcId: vpcId } };
}

/** The item's deadLetterConfig as the SDK's: null is none, an object with a null target is none too. */
function deadLetterOf(c: Readonly<Record<string, unknown>>): { dlq: FunctionConfiguration['DeadLetterConfig'] } | { reason: string } {
  if (!Object.hasOwn(c, 'deadLetterConfig')) return { reason: 'the Configuration Item has no configuration.deadLetterConfig' };
  const raw = c.deadLetterConfig;
  if (raw === null) return { dlq: undefined };
  if (isRecord(raw) && (raw.targetArn === null || typeof raw.targetArn === 'string')) return { dlq: { TargetArn: stringOf(raw.targetArn) ?? '' } };
  return { reason: 'configuration.deadLetterConfig in the Configuration Item is not a dead-letter configuration Lambda documents' };
}

/** The region's functions, listed once per collector run, however many items lack fields. */
const functionsOf = oncePerRun((ctx): Promise<Fetch<FunctionConfiguration[]>> => {
  const lambda = ctx.clients.get(LambdaClient, ctx.region);
  return listFetch(functionCalls.ListFunctions, () => paginateListFunctions({ client: lambda }, {}), (page) => page.Functions);
});

/** One GetFunctionCodeSigningConfig per function: it answers the field and whether the function still exists. */
const codeSigningOf = oncePerItem((ctx, item): Promise<Fetch<GetFunctionCodeSigningConfigCommandOutput>> => {
  const lambda = ctx.clients.get(LambdaClient, ctx.region);
  return ctx.call(functionCalls.GetFunctionCodeSigningConfig, () => lambda.send(new GetFunctionCodeSigningConfigCommand({ FunctionName: nameOf(item) })));
});

/** The code signing configurations read in a collector run, each once however many functions name it (a map per run, not a promise: oncePerRun does not fit). */
const signingConfigs = new WeakMap<CollectContext, CodeSigningConfigs>();

function configsOf(ctx: CollectContext): CodeSigningConfigs {
  let configs = signingConfigs.get(ctx);
  if (configs === undefined) {
    configs = new Map();
    signingConfigs.set(ctx, configs);
  }
  return configs;
}

const gone = (operation: string): Fetch<never> => goneFrom('ResourceNotFoundException', 'Lambda no longer has the function AWS Config recorded', operation);
const field = (readers: ReadersOf<LambdaFunction>, path: string, operation: string): Fetch<unknown> => fieldOf(readers, path, operation);

async function listedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const listing = await functionsOf(ctx);
  if (listing.kind !== 'ok') return listing.kind === 'failed' ? listing : gone(functionCalls.ListFunctions.label);
  const fn = listing.value.find((f) => f.FunctionName === nameOf(item));
  return fn === undefined ? gone(functionCalls.ListFunctions.label) : field(functionFields(fn), path, functionCalls.ListFunctions.label);
}

/** A per-function setting, read only once the function is known to exist; Lambda's "not configured" is null as in the API collector. */
async function ownField(ctx: CollectContext, item: ConfigurationItem, path: (typeof OWN)[number]): Promise<Fetch<unknown>> {
  const signing = await codeSigningOf(ctx, item);
  if (signing.kind === 'absent') return gone(functionCalls.GetFunctionCodeSigningConfig.label);
  if (path === 'codeSigningConfigArn') return mapped(signing, codeSigningConfigArn, functionCalls.GetFunctionCodeSigningConfig.label);
  if (path === 'codeSigning') return signingConfigOf(ctx, ctx.clients.get(LambdaClient, ctx.region), signing, configsOf(ctx));
  // Without that answer the function may be gone, and the other reads' ResourceNotFoundException would read as "none".
  if (signing.kind === 'failed') return signing;
  const lambda = ctx.clients.get(LambdaClient, ctx.region);
  const FunctionName = nameOf(item);
  if (path === 'policy') {
    const answer = await ctx.call(functionCalls.GetPolicy, () => lambda.send(new GetPolicyCommand({ FunctionName })));
    return answer.kind === 'absent' ? { kind: 'ok', value: null } : mapped(answer, functionPolicy, functionCalls.GetPolicy.label);
  }
  const answer = await ctx.call(functionCalls.GetFunctionEventInvokeConfig, () => lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName })));
  return answer.kind === 'absent' ? { kind: 'ok', value: null } : mapped(answer, onFailureDestination, functionCalls.GetFunctionEventInvokeConfig.label);
}

const isListed = (path: string): boolean => (listingPaths as readonly string[]).includes(path);
const OWN = ['policy', 'onFailureDestination', 'codeSigningConfigArn', 'codeSigning'] as const;
const isOwn = (path: string): path is (typeof OWN)[number] => (OWN as readonly string[]).includes(path);

export const lambdaFunctionFromConfig = defineConfigMapper({
  configType: 'AWS::Lambda::Function',
  catalogType: 'aws.lambda.function',
  fill: {
    calls: [functionCalls],
    read(ctx, item, path) {
      if (isOwn(path)) return () => ownField(ctx, item, path);
      if (isListed(path)) return () => listedField(ctx, item, path);
      return undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const vpc = vpcOf(c);
    const dlq = deadLetterOf(c);
    const tracing = isRecord(c.tracingConfig) ? stringOf(c.tracingConfig.mode) : undefined;
    const fn: FunctionConfiguration = {
      FunctionName: stringOf(c.functionName), FunctionArn: stringOf(c.functionArn), Runtime: stringOf(c.runtime) as FunctionConfiguration['Runtime'], PackageType: stringOf(c.packageType) as FunctionConfiguration['PackageType'],
      Role: stringOf(c.role), VpcConfig: 'vpc' in vpc ? vpc.vpc : undefined, DeadLetterConfig: 'dlq' in dlq ? dlq.dlq : undefined,
      TracingConfig: tracing === undefined ? undefined : { Mode: tracing as NonNullable<FunctionConfiguration['TracingConfig']>['Mode'] },
      Architectures: strings(c.architectures) as FunctionConfiguration['Architectures'], LastModified: stringOf(c.lastModified),
    };
    const own: Unreadable[] = [
      ...('reason' in vpc ? [{ path: 'vpcConfig', reason: vpc.reason }] : []),
      ...('reason' in dlq ? [{ path: 'deadLetterTargetArn', reason: dlq.reason }] : []),
      { path: 'policy', reason: 'AWS Config does not record a function\'s resource-based policy (GetPolicy) in AWS::Lambda::Function' },
      { path: 'onFailureDestination', reason: 'AWS Config does not record a function\'s event invoke configuration (GetFunctionEventInvokeConfig) in AWS::Lambda::Function' },
      { path: 'codeSigningConfigArn', reason: 'AWS Config does not record a function\'s code signing configuration (GetFunctionCodeSigningConfig) in AWS::Lambda::Function' },
      { path: 'codeSigning', reason: 'AWS Config does not record the code signing configuration a function names (GetCodeSigningConfig) in AWS::Lambda::Function' },
    ];
    const read = fromItem(readFields(functionFields(fn)), own);
    const name = nameOf(item);
    const arn = fn.FunctionArn ?? item.arn;
    return {
      envelope: { type: 'aws.lambda.function', id: name, arn: arn ?? `arn:${place.partition}:lambda:${place.region}:${place.account}:function:${name}`, tags: { ...item.tags } },
      fields: read.fields,
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
