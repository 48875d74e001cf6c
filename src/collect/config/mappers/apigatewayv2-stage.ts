/**
 * AWS::ApiGatewayV2::Stage → aws.apigatewayv2.stage. AWS's Config resource
 * schema for the type (awslabs/aws-config-resource-schema) records the stage
 * as GetStage answers it, camelCase: stageName, defaultRouteSettings
 * (loggingLevel, data trace, metrics, throttling), accessLogSettings
 * (destinationArn, format), with the stage's tags on the item. It lists no
 * routeSettings (the per-route overrides), and neither the API's id, name
 * nor protocol; the schema has no AWS::ApiGatewayV2::Route at all, so routes
 * stay with their API collector. What the item holds is read back into the
 * SDK's Stage and mapped by the API collector's own functions: one mapping,
 * two sources. The API's id is read from the item's ARN
 * (…/apis/<id>/stages/<name>). Config spells "none" as null: a null
 * defaultRouteSettings, loggingLevel or accessLogSettings is none; a key the
 * item lacks is unknown. The route settings — and any field the item lacks
 * or holds in a form API Gateway does not answer — are read in the same run
 * with the API collector's GetStages row, one listing per API however many
 * of its stages lack fields, and taken whole with its readers (every entry,
 * sorted by route key; a route's entry overrides the default as the
 * policies read it with --source api). The API's name and protocol come
 * from one GetApis listing per region. A stage or API deleted since Config
 * recorded it is then an error on those fields, never "none" (not with an
 * aggregator, where they are errors on the stage).
 */
import { ApiGatewayV2Client, GetApisCommand, GetStagesCommand, type AccessLogSettings, type Api, type RouteSettings, type Stage } from '@aws-sdk/client-apigatewayv2';
import { readFields, type ReadersOf } from '../../answers.js';
import { apiFields, childArn, childId, stageFields, text } from '../../aws/apigatewayv2/map.js';
import { v2StageCalls } from '../../aws/apigatewayv2/stages.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch, tokenPages } from '../../listing.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { fieldOf, goneFrom, oncePerRun, oncePerRunAndKey } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, stringOf } from '../mapper.js';
import { fromItem, isRecord, type Unreadable } from '../read.js';

type StageData = CatalogData['aws.apigatewayv2.stage'];

const ARN_PATH = /:\/apis\/([^/]+)\/stages\/([^/]+)$/;

/** The API id and stage name the item's ARN (or its id, which Config may spell as the ARN) names. */
function keyOf(item: ConfigurationItem): { apiId: string; stageName: string } | undefined {
  const match = ARN_PATH.exec(item.arn ?? '') ?? ARN_PATH.exec(item.resourceId);
  return match?.[1] === undefined || match[2] === undefined ? undefined : { apiId: match[1], stageName: match[2] };
}

const nameOf = (item: ConfigurationItem): string | undefined => stringOf(item.configuration?.stageName) ?? keyOf(item)?.stageName ?? item.resourceName;

/** defaultRouteSettings as the SDK's: null is none; an object must say its logging level (null or a level). */
function defaultsOf(c: Readonly<Record<string, unknown>>): RouteSettings | undefined | 'unreadable' {
  if (!Object.hasOwn(c, 'defaultRouteSettings')) return 'unreadable';
  const raw = c.defaultRouteSettings;
  if (raw === null) return undefined;
  if (!isRecord(raw) || !Object.hasOwn(raw, 'loggingLevel') || !(raw.loggingLevel === null || typeof raw.loggingLevel === 'string')) return 'unreadable';
  return { LoggingLevel: stringOf(raw.loggingLevel) as RouteSettings['LoggingLevel'] };
}

/** accessLogSettings as the SDK's: null is none; an object must say its destination (null or an ARN). */
function accessLogOf(c: Readonly<Record<string, unknown>>): AccessLogSettings | undefined | 'unreadable' {
  if (!Object.hasOwn(c, 'accessLogSettings')) return 'unreadable';
  const raw = c.accessLogSettings;
  if (raw === null) return undefined;
  if (!isRecord(raw) || !(raw.destinationArn === null || typeof raw.destinationArn === 'string') || !(raw.format === undefined || raw.format === null || typeof raw.format === 'string')) return 'unreadable';
  return { DestinationArn: stringOf(raw.destinationArn), Format: stringOf(raw.format) };
}

/** One GetStages listing per API in a collector run, however many of its stages lack fields. */
const stagesOf = oncePerRunAndKey((ctx, ApiId): Promise<Fetch<Stage[]>> => {
  const client = ctx.clients.get(ApiGatewayV2Client, ctx.region);
  return listFetch(v2StageCalls.GetStages, () => tokenPages((NextToken) => client.send(new GetStagesCommand({ ApiId, NextToken }))), (page) => page.Items);
});

/** The region's APIs, listed once per collector run. */
const apisOf = oncePerRun((ctx): Promise<Fetch<Api[]>> => {
  const client = ctx.clients.get(ApiGatewayV2Client, ctx.region);
  return listFetch(v2StageCalls.GetApis, () => tokenPages((NextToken) => client.send(new GetApisCommand({ NextToken }))), (page) => page.Items);
});

const gone = (operation: string): Fetch<never> => goneFrom('NotFoundException', 'API Gateway no longer has the stage AWS Config recorded', operation);
const field = (readers: ReadersOf<StageData>, path: string, operation: string): Fetch<unknown> => fieldOf(readers, path, operation);

async function stagedField(ctx: CollectContext, apiId: string, stageName: string, path: string): Promise<Fetch<unknown>> {
  const label = v2StageCalls.GetStages.label;
  const listing = await stagesOf(ctx, apiId);
  if (listing.kind === 'absent') return gone(label);
  if (listing.kind === 'failed') return v2StageCalls.GetStages.absentOn.includes(listing.failure.code) ? gone(label) : listing;
  const stage = listing.value.find((s) => s.StageName === stageName);
  return stage === undefined ? gone(label) : field(stageFields(stage), path, label);
}

async function listedField(ctx: CollectContext, apiId: string, path: string): Promise<Fetch<unknown>> {
  const label = v2StageCalls.GetApis.label;
  const listing = await apisOf(ctx);
  if (listing.kind !== 'ok') return listing.kind === 'failed' ? listing : gone(label);
  const api = listing.value.find((a) => a.ApiId === apiId);
  return api === undefined ? gone(label) : field(apiFields(api), path, label);
}

const STAGED = ['stageName', 'defaultLoggingLevel', 'routeSettings', 'accessLogSettings'];
const LISTED = ['apiName', 'protocolType'];

export const apigatewayv2StageFromConfig = defineConfigMapper({
  configType: 'AWS::ApiGatewayV2::Stage',
  catalogType: 'aws.apigatewayv2.stage',
  fill: {
    calls: [v2StageCalls],
    read(ctx, item, path) {
      const apiId = keyOf(item)?.apiId;
      const stageName = nameOf(item);
      // Without the API's id neither listing can find the stage: the field stays the item's failure.
      if (apiId === undefined || stageName === undefined) return undefined;
      if (STAGED.includes(path)) return () => stagedField(ctx, apiId, stageName, path);
      if (LISTED.includes(path)) return () => listedField(ctx, apiId, path);
      return undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const key = keyOf(item);
    const name = nameOf(item);
    const defaults = defaultsOf(c);
    const accessLog = accessLogOf(c);
    const stage: Stage = {
      StageName: name, DefaultRouteSettings: defaults === 'unreadable' ? undefined : defaults, AccessLogSettings: accessLog === 'unreadable' ? undefined : accessLog,
    };
    const schemaLacks = (path: string, what: string): Unreadable => ({ path, reason: `AWS Config's resource schema for AWS::ApiGatewayV2::Stage lists no ${what}` });
    const lacks = (path: string, key: string, what: string): Unreadable => ({ path, reason: `configuration.${key} in the Configuration Item is missing or not ${what}` });
    // The API's name and protocol are not read from the item at all: only its id (the ARN's) is.
    const own: Unreadable[] = [
      ...(key === undefined ? [{ path: 'apiId', reason: 'the Configuration Item\'s ARN does not name an API stage (…/apis/<id>/stages/<name>)' }] : []),
      schemaLacks('apiName', 'API name'),
      schemaLacks('protocolType', 'API protocol'),
      schemaLacks('routeSettings', 'routeSettings'),
      ...(typeof c.stageName === 'string' ? [] : [lacks('stageName', 'stageName', 'a stage name')]),
      ...(defaults === 'unreadable' ? [lacks('defaultLoggingLevel', 'defaultRouteSettings', 'null or route settings with their logging level')] : []),
      ...(accessLog === 'unreadable' ? [lacks('accessLogSettings', 'accessLogSettings', 'null or access log settings with their destination')] : []),
    ];
    const read = fromItem(readFields({ apiId: () => text(key?.apiId, 'ApiId'), ...stageFields(stage) } satisfies ReadersOf<StageData>), own);
    // An item whose ARN names no stage keeps Config's own names for it: its apiId is then an error, never guessed.
    const [id, arn] = key === undefined || name === undefined ? [item.resourceId, item.arn ?? item.resourceId] : [childId(key.apiId, name), childArn(place.partition, place.region, key.apiId, 'stages', name)];
    return { envelope: { type: 'aws.apigatewayv2.stage', id, arn, tags: { ...item.tags } }, fields: read.fields, ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}) };
  },
});
