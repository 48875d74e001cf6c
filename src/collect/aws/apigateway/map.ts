/**
 * Pure mapping from API Gateway (REST API, v1) answers to the
 * aws.apigateway.stage catalog shape, one reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - cacheClusterEnabled, tracingEnabled, and a method setting's
 *   cachingEnabled and cacheDataEncrypted absent are false: the API Gateway
 *   service model types them as booleans with the default false
 *   (apigateway-2015-07-09 shape Boolean, not NullableBoolean).
 * - methodSettings absent is no method settings: a stage nobody set any on.
 * - clientCertificateId, webAclArn and accessLogSettings absent are "none"
 *   (null): the API Reference answers them only for a stage that has them.
 * A method setting's loggingLevel is a string API Gateway always answers
 * (OFF when logging is off): one left out is unreadable, never "off".
 */
import type { AccessLogSettings, MethodSetting, RestApi, Stage } from '@aws-sdk/client-api-gateway';
import { eachOf, emptyToNull, knownValue, required, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type StageData = CatalogData['aws.apigateway.stage'];
type MethodData = StageData['methodSettings'][number];

const LEVELS = ['OFF', 'ERROR', 'INFO'] as const;

export const text = (value: string | undefined, what: string): string => {
  if (value === undefined || value === '') throw new UnreadableAnswer('IncompleteResponse', `the answer has no ${what}`);
  return value;
};

/** `<REST API id>/<stage name>`: stage names are unique per API only. */
export function stageId(apiId: string, stageName: string): string {
  return `${apiId}/${stageName}`;
}

/** The ARN API Gateway gives a stage: `arn:<partition>:apigateway:<region>::/restapis/<id>/stages/<name>`. */
export function stageArn(partition: string, region: string, apiId: string, stageName: string): string {
  return `arn:${partition}:apigateway:${region}::/restapis/${apiId}/stages/${stageName}`;
}

/** Method settings sorted by path, so the resource reads the same however AWS ordered the map. */
export function methodSettings(settings: Record<string, MethodSetting> | undefined): WithGaps<MethodData[]> {
  const entries = Object.entries(settings ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return eachOf(entries, 'methodSettings', ([methodPath, setting]): MethodData => ({
    methodPath,
    loggingLevel: knownValue(setting.loggingLevel, LEVELS, `methodSettings["${methodPath}"].loggingLevel`),
    cachingEnabled: setting.cachingEnabled ?? false,
    cacheDataEncrypted: setting.cacheDataEncrypted ?? false,
  }));
}

export function accessLogSettings(settings: AccessLogSettings | undefined): StageData['accessLogSettings'] {
  // API Gateway answers an empty object, or none, for a stage whose access logging was turned off.
  if (settings?.destinationArn === undefined || settings.destinationArn === '') return null;
  return { destinationArn: settings.destinationArn, format: emptyToNull(settings.format) };
}

/** The fields GetRestApis answers for the stage's API. */
export function restApiFields(api: RestApi): ReadersOf<StageData> {
  return {
    restApiId: () => text(api.id, 'id'),
    restApiName: () => required(api.name, 'name'),
  };
}

/** The fields GetStages answers for one stage. */
export function stageFields(stage: Stage): ReadersOf<StageData> {
  return {
    stageName: () => text(stage.stageName, 'stageName'),
    methodSettings: () => methodSettings(stage.methodSettings),
    cacheClusterEnabled: () => stage.cacheClusterEnabled ?? false,
    tracingEnabled: () => stage.tracingEnabled ?? false,
    clientCertificateId: () => emptyToNull(stage.clientCertificateId),
    webAclArn: () => emptyToNull(stage.webAclArn),
    accessLogSettings: () => accessLogSettings(stage.accessLogSettings),
  };
}
