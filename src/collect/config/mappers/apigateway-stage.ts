/**
 * AWS::ApiGateway::Stage → aws.apigateway.stage. AWS's Config resource
 * schema for the type (awslabs/aws-config-resource-schema) records the stage
 * as GetStage answers it, camelCase: stageName, cacheClusterEnabled,
 * tracingEnabled, clientCertificateId, webAclArn and accessLogSettings
 * (destinationArn, format), with the stage's tags on the item. It lists no
 * methodSettings (the per-method logging and cache encryption policies
 * judge) and neither the REST API's id nor its name. What the item holds is
 * read back into the SDK's Stage and mapped by the API collector's own
 * functions: one mapping, two sources. The API's id is read from the item's
 * ARN (…/restapis/<id>/stages/<name>, the ARN API Gateway gives the stage).
 * Config spells "none" as null, so a null clientCertificateId, webAclArn or
 * accessLogSettings is none; a key the item lacks is unknown, and so is a
 * boolean the item does not hold as true or false (the API's absent member
 * is false, an item's is not). The method settings — and any field the item
 * lacks or holds in a form API Gateway does not answer — are read in the
 * same run with the API collector's GetStages row, one call per REST API
 * however many of its stages lack fields, and taken whole with its readers
 * (every entry, sorted by path; which entry overrides "*\/*" is the
 * policies' reading, as with --source api). The API's name comes from one
 * GetRestApis listing per region. A stage or API deleted since Config
 * recorded it is then an error on those fields, never "none" (not with an
 * aggregator, where they are errors on the stage).
 */
import { APIGatewayClient, GetStagesCommand, paginateGetRestApis, type GetStagesCommandOutput, type RestApi, type Stage } from '@aws-sdk/client-api-gateway';
import { readFields, type ReadersOf } from '../../answers.js';
import { restApiFields, stageArn, stageFields, stageId } from '../../aws/apigateway/map.js';
import { stageCalls } from '../../aws/apigateway/stages.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { fieldOf, goneFrom, oncePerRun, oncePerRunAndKey } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { booleanOf, defineConfigMapper, stringOf } from '../mapper.js';
import { fromItem, isRecord, type Unreadable } from '../read.js';

type StageData = CatalogData['aws.apigateway.stage'];

const ARN_PATH = /:\/restapis\/([^/]+)\/stages\/([^/]+)$/;

/** The REST API id and stage name the item's ARN (or its id, which Config may spell as the ARN) names. */
function keyOf(item: ConfigurationItem): { apiId: string; stageName: string } | undefined {
  const match = ARN_PATH.exec(item.arn ?? '') ?? ARN_PATH.exec(item.resourceId);
  return match?.[1] === undefined || match[2] === undefined ? undefined : { apiId: match[1], stageName: match[2] };
}

/** The stage's name: the item's configuration.stageName, else the name its ARN ends in, else its own name. */
const nameOf = (item: ConfigurationItem): string | undefined => stringOf(item.configuration?.stageName) ?? keyOf(item)?.stageName ?? item.resourceName;

/** A string the API leaves out when none is set: null (none) or a string is read, a missing key is not. */
const noneOr = (c: Readonly<Record<string, unknown>>, key: string): { value: string | undefined } | undefined =>
  (!Object.hasOwn(c, key) ? undefined : c[key] === null ? { value: undefined } : typeof c[key] === 'string' ? { value: c[key] } : undefined);

/** accessLogSettings as the SDK's: null is none; an object must say its destination (null or an ARN), or "off" could be a misreading. */
function accessLogOf(c: Readonly<Record<string, unknown>>): Stage['accessLogSettings'] | 'unreadable' {
  if (!Object.hasOwn(c, 'accessLogSettings')) return 'unreadable';
  const raw = c.accessLogSettings;
  if (raw === null) return undefined;
  if (!isRecord(raw) || !(raw.destinationArn === null || typeof raw.destinationArn === 'string') || !(raw.format === undefined || raw.format === null || typeof raw.format === 'string')) return 'unreadable';
  return { destinationArn: stringOf(raw.destinationArn), format: stringOf(raw.format) };
}

/** One GetStages per REST API in a collector run, however many of its stages lack fields. */
const stagesOf = oncePerRunAndKey((ctx, restApiId): Promise<Fetch<GetStagesCommandOutput>> => {
  const apigateway = ctx.clients.get(APIGatewayClient, ctx.region);
  return ctx.call(stageCalls.GetStages, () => apigateway.send(new GetStagesCommand({ restApiId })));
});

/** The region's REST APIs, listed once per collector run. */
const apisOf = oncePerRun((ctx): Promise<Fetch<RestApi[]>> => {
  const apigateway = ctx.clients.get(APIGatewayClient, ctx.region);
  return listFetch(stageCalls.GetRestApis, () => paginateGetRestApis({ client: apigateway, pageSize: 500 }, {}), (page) => page.items);
});

const gone = (operation: string): Fetch<never> => goneFrom('NotFoundException', 'API Gateway no longer has the stage AWS Config recorded', operation);
const field = (readers: ReadersOf<StageData>, path: string, operation: string): Fetch<unknown> => fieldOf(readers, path, operation);

async function stagedField(ctx: CollectContext, apiId: string, stageName: string, path: string): Promise<Fetch<unknown>> {
  const label = stageCalls.GetStages.label;
  const answer = await stagesOf(ctx, apiId);
  if (answer.kind === 'absent') return gone(label);
  if (answer.kind === 'failed') return answer;
  const stage = (answer.value.item ?? []).find((s) => s.stageName === stageName);
  return stage === undefined ? gone(label) : field(stageFields(stage), path, label);
}

async function listedField(ctx: CollectContext, apiId: string, path: string): Promise<Fetch<unknown>> {
  const label = stageCalls.GetRestApis.label;
  const listing = await apisOf(ctx);
  if (listing.kind !== 'ok') return listing.kind === 'failed' ? listing : gone(label);
  const api = listing.value.find((a) => a.id === apiId);
  return api === undefined ? gone(label) : field(restApiFields(api), path, label);
}

const STAGED = ['stageName', 'methodSettings', 'cacheClusterEnabled', 'tracingEnabled', 'clientCertificateId', 'webAclArn', 'accessLogSettings'];

export const apigatewayStageFromConfig = defineConfigMapper({
  configType: 'AWS::ApiGateway::Stage',
  catalogType: 'aws.apigateway.stage',
  fill: {
    calls: [stageCalls],
    read(ctx, item, path) {
      const apiId = keyOf(item)?.apiId;
      const stageName = nameOf(item);
      // Without the API's id neither call can find the stage: the field stays the item's failure.
      if (apiId === undefined || stageName === undefined) return undefined;
      if (STAGED.includes(path)) return () => stagedField(ctx, apiId, stageName, path);
      if (path === 'restApiName') return () => listedField(ctx, apiId, path);
      return undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const key = keyOf(item);
    const name = nameOf(item);
    const certificate = noneOr(c, 'clientCertificateId');
    const webAcl = noneOr(c, 'webAclArn');
    const accessLog = accessLogOf(c);
    const stage: Stage = {
      stageName: name, cacheClusterEnabled: booleanOf(c.cacheClusterEnabled), tracingEnabled: booleanOf(c.tracingEnabled),
      clientCertificateId: certificate?.value, webAclArn: webAcl?.value,
      accessLogSettings: accessLog === 'unreadable' ? undefined : accessLog,
    };
    const schemaLacks = (path: string, what: string): Unreadable => ({ path, reason: `AWS Config's resource schema for AWS::ApiGateway::Stage lists no ${what}` });
    const lacks = (path: string, key: string, what: string): Unreadable => ({ path, reason: `configuration.${key} in the Configuration Item is missing or not ${what}` });
    const own: Unreadable[] = [
      ...(key === undefined ? [{ path: 'restApiId', reason: 'the Configuration Item\'s ARN does not name a REST API stage (…/restapis/<id>/stages/<name>)' }] : []),
      schemaLacks('restApiName', 'REST API name'),
      schemaLacks('methodSettings', 'methodSettings'),
      ...(typeof c.stageName === 'string' ? [] : [lacks('stageName', 'stageName', 'a stage name')]),
      ...(booleanOf(c.cacheClusterEnabled) === undefined ? [lacks('cacheClusterEnabled', 'cacheClusterEnabled', 'true or false')] : []),
      ...(booleanOf(c.tracingEnabled) === undefined ? [lacks('tracingEnabled', 'tracingEnabled', 'true or false')] : []),
      ...(certificate === undefined ? [lacks('clientCertificateId', 'clientCertificateId', 'null or a certificate id')] : []),
      ...(webAcl === undefined ? [lacks('webAclArn', 'webAclArn', 'null or a web ACL ARN')] : []),
      ...(accessLog === 'unreadable' ? [lacks('accessLogSettings', 'accessLogSettings', 'null or access log settings with their destination')] : []),
    ];
    const read = fromItem(readFields({ ...restApiFields({ id: key?.apiId }), ...stageFields(stage) }), own);
    // An item whose ARN names no stage keeps Config's own names for it: its restApiId is then an error, never guessed.
    const [id, arn] = key === undefined || name === undefined ? [item.resourceId, item.arn ?? item.resourceId] : [stageId(key.apiId, name), stageArn(place.partition, place.region, key.apiId, name)];
    return { envelope: { type: 'aws.apigateway.stage', id, arn, tags: { ...item.tags } }, fields: read.fields, ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}) };
  },
});
