/**
 * AWS::ApiGatewayV2::Stage items mapped on their own (no API to fill from):
 * the same fields as the API collector's readers give GetStages for what the
 * item holds, the API's id from the ARN, Config's null as none, and the
 * route settings and the API's name and protocol — never in the item — and
 * anything the item lacks named unreadable, never defaulted.
 */
import type { Stage } from '@aws-sdk/client-apigatewayv2';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { stageFields } from '../../aws/apigatewayv2/map.js';
import { parseItem } from '../item.js';
import { apigatewayv2StageFromConfig } from './apigatewayv2-stage.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:apigateway:us-east-1::/apis/ws000002/stages/prod';
const LOGS = 'arn:aws:logs:us-east-1:123456789012:log-group:api/notifications';

function mapItem(change: Record<string, unknown>): ReturnType<typeof apigatewayv2StageFromConfig.map> {
  const configuration: Record<string, unknown> = {
    stageName: 'prod', autoDeploy: false, defaultRouteSettings: { loggingLevel: 'ERROR', dataTraceEnabled: false }, accessLogSettings: { destinationArn: LOGS, format: '$context.requestId' }, ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: ARN, resourceType: 'AWS::ApiGatewayV2::Stage', resourceName: 'prod', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(configuration).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return apigatewayv2StageFromConfig.map(parsed.item, place);
}

const NOT_IN_ITEM = ['apiName', 'protocolType', 'routeSettings'];
const paths = (m: ReturnType<typeof apigatewayv2StageFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('apigatewayv2StageFromConfig', () => {
  it('gives what the API collector gives from GetStages for what the item holds, with the API id from the ARN', () => {
    const sdk: Stage = { StageName: 'prod', DefaultRouteSettings: { LoggingLevel: 'ERROR' }, AccessLogSettings: { DestinationArn: LOGS, Format: '$context.requestId' } };
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.apigatewayv2.stage', id: 'ws000002/prod', arn: ARN, tags: {} });
    const api = readFields(stageFields(sdk)).fields;
    expect(mapping.fields).toEqual({ apiId: 'ws000002', ...Object.fromEntries(Object.entries(api).filter(([k]) => !NOT_IN_ITEM.includes(k))) });
    expect(paths(mapping)).toEqual(NOT_IN_ITEM);
  });

  it('reads null default route settings, a null logging level or null access logging as none', () => {
    expect(mapItem({ defaultRouteSettings: null, accessLogSettings: null }).fields).toMatchObject({ defaultLoggingLevel: null, accessLogSettings: null });
    expect(mapItem({ defaultRouteSettings: { loggingLevel: null } }).fields).toMatchObject({ defaultLoggingLevel: null });
  });

  it.each([
    ['no default route settings (never "no logging")', 'defaultLoggingLevel', { defaultRouteSettings: undefined }],
    ['default route settings without their logging level key', 'defaultLoggingLevel', { defaultRouteSettings: { dataTraceEnabled: false } }],
    ['a logging level API Gateway does not spell', 'defaultLoggingLevel', { defaultRouteSettings: { loggingLevel: 'VERBOSE' } }],
    ['no access log key (never "off")', 'accessLogSettings', { accessLogSettings: undefined }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });
});
