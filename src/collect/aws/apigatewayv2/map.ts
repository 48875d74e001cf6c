/**
 * Pure mapping from API Gateway v2 (HTTP and WebSocket API) answers to the
 * aws.apigatewayv2.stage and aws.apigatewayv2.route catalog shapes, one
 * reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - DefaultRouteSettings, RouteSettings, a LoggingLevel, AccessLogSettings
 *   and AuthorizerId absent are "none": the API Reference answers them only
 *   when they are set (an HTTP API's stage has no logging level at all).
 * - AuthorizationType absent is NONE: the API Reference gives NONE as the
 *   route's default, and NONE is what a policy fails, so reading it so
 *   never passes a route.
 * What every API and route has — an id, a name, a protocol, a route key —
 * is required.
 */
import type { AccessLogSettings, Api, Route, RouteSettings, Stage } from '@aws-sdk/client-apigatewayv2';
import { emptyToNull, knownValue, required, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type StageData = CatalogData['aws.apigatewayv2.stage'];
type RouteData = CatalogData['aws.apigatewayv2.route'];

const LEVELS = ['OFF', 'ERROR', 'INFO'] as const;
const PROTOCOLS = ['HTTP', 'WEBSOCKET'] as const;
const AUTHORIZATION = ['NONE', 'AWS_IAM', 'CUSTOM', 'JWT'] as const;

export const text = (value: string | undefined, what: string): string => {
  if (value === undefined || value === '') throw new UnreadableAnswer('IncompleteResponse', `the answer has no ${what}`);
  return value;
};

/** `<API id>/<stage name or route id>`: both are unique per API only. */
export function childId(apiId: string, child: string): string {
  return `${apiId}/${child}`;
}

/** The ARN API Gateway gives a v2 resource: `arn:<partition>:apigateway:<region>::/apis/<id>/<kind>/<name>`. */
export function childArn(partition: string, region: string, apiId: string, kind: 'stages' | 'routes', child: string): string {
  return `arn:${partition}:apigateway:${region}::/apis/${apiId}/${kind}/${child}`;
}

const level = (settings: RouteSettings | undefined, what: string): StageData['defaultLoggingLevel'] =>
  (settings?.LoggingLevel === undefined ? null : knownValue(settings.LoggingLevel, LEVELS, what));

/** The fields GetApis answers for the API a stage or route belongs to. */
export function apiFields(api: Api): ReadersOf<StageData> & ReadersOf<RouteData> {
  return {
    apiId: () => text(api.ApiId, 'ApiId'),
    apiName: () => required(api.Name, 'Name'),
    protocolType: () => knownValue(api.ProtocolType, PROTOCOLS, 'ProtocolType'),
  };
}

export function accessLogSettings(settings: AccessLogSettings | undefined): StageData['accessLogSettings'] {
  if (settings?.DestinationArn === undefined || settings.DestinationArn === '') return null;
  return { destinationArn: settings.DestinationArn, format: emptyToNull(settings.Format) };
}

/** The fields GetStages answers for one stage; route settings sorted by route key. */
export function stageFields(stage: Stage): ReadersOf<StageData> {
  return {
    stageName: () => text(stage.StageName, 'StageName'),
    defaultLoggingLevel: () => level(stage.DefaultRouteSettings, 'DefaultRouteSettings.LoggingLevel'),
    routeSettings: () => Object.entries(stage.RouteSettings ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([routeKey, settings]) => ({ routeKey, loggingLevel: level(settings, `RouteSettings["${routeKey}"].LoggingLevel`) })),
    accessLogSettings: () => accessLogSettings(stage.AccessLogSettings),
  };
}

/** The fields GetRoutes answers for one route. */
export function routeFields(route: Route): ReadersOf<RouteData> {
  return {
    routeId: () => text(route.RouteId, 'RouteId'),
    routeKey: () => text(route.RouteKey, 'RouteKey'),
    authorizationType: () => (route.AuthorizationType === undefined ? 'NONE' : knownValue(route.AuthorizationType, AUTHORIZATION, 'AuthorizationType')),
    authorizerId: () => emptyToNull(route.AuthorizerId),
  };
}
