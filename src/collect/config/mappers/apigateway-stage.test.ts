/**
 * AWS::ApiGateway::Stage items mapped on their own (no API to fill from):
 * the same fields as the API collector's readers give GetStages for what the
 * item holds, the REST API's id from the ARN, Config's null as none, and
 * the method settings and API name — never in the item — and anything the
 * item lacks named unreadable, never defaulted.
 */
import type { Stage } from '@aws-sdk/client-api-gateway';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { stageFields } from '../../aws/apigateway/map.js';
import { parseItem } from '../item.js';
import { apigatewayStageFromConfig } from './apigateway-stage.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:apigateway:us-east-1::/restapis/orders01/stages/prod';
const LOGS = 'arn:aws:logs:us-east-1:123456789012:log-group:api/orders';

function mapItem(change: Record<string, unknown>, arn: string = ARN): ReturnType<typeof apigatewayStageFromConfig.map> {
  const configuration: Record<string, unknown> = {
    stageName: 'prod', deploymentId: 'd1', cacheClusterEnabled: true, tracingEnabled: false, clientCertificateId: 'cert01', webAclArn: null,
    accessLogSettings: { destinationArn: LOGS, format: '$context.requestId' }, ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: arn, resourceType: 'AWS::ApiGateway::Stage', resourceName: 'prod', arn, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(configuration).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'orders' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return apigatewayStageFromConfig.map(parsed.item, place);
}

const NOT_IN_ITEM = ['restApiName', 'methodSettings'];
const paths = (m: ReturnType<typeof apigatewayStageFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('apigatewayStageFromConfig', () => {
  it('gives what the API collector gives from GetStages for what the item holds, with the API id from the ARN and the item\'s tags', () => {
    const sdk: Stage = { stageName: 'prod', cacheClusterEnabled: true, tracingEnabled: false, clientCertificateId: 'cert01', accessLogSettings: { destinationArn: LOGS, format: '$context.requestId' } };
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.apigateway.stage', id: 'orders01/prod', arn: ARN, tags: { team: 'orders' } });
    const api = readFields(stageFields(sdk)).fields;
    expect(mapping.fields).toEqual({ restApiId: 'orders01', ...Object.fromEntries(Object.entries(api).filter(([k]) => !NOT_IN_ITEM.includes(k))) });
    expect(paths(mapping)).toEqual(NOT_IN_ITEM);
  });

  it('reads a null certificate, web ACL or access logging (or one without a destination) as none', () => {
    const mapping = mapItem({ clientCertificateId: null, accessLogSettings: { destinationArn: null, format: null } });
    expect(mapping.fields).toMatchObject({ clientCertificateId: null, webAclArn: null, accessLogSettings: null });
    expect(mapItem({ accessLogSettings: null }).fields).toMatchObject({ accessLogSettings: null });
  });

  it.each([
    ['a null tracing flag (never the API\'s default false)', 'tracingEnabled', { tracingEnabled: null }],
    ['no cache cluster flag', 'cacheClusterEnabled', { cacheClusterEnabled: undefined }],
    ['no web ACL key (never "none")', 'webAclArn', { webAclArn: undefined }],
    ['no access log key (never "off")', 'accessLogSettings', { accessLogSettings: undefined }],
    ['access logging that does not say its destination', 'accessLogSettings', { accessLogSettings: { format: '$context.requestId' } }],
    ['no stage name', 'stageName', { stageName: undefined }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });

  it('names the REST API id unreadable when the ARN does not name a stage, keeping Config\'s own names', () => {
    const mapping = mapItem({}, 'arn:aws:apigateway:us-east-1::/restapis/orders01');
    expect(paths(mapping)).toContain('restApiId');
    expect(mapping.envelope).toMatchObject({ id: 'arn:aws:apigateway:us-east-1::/restapis/orders01', arn: 'arn:aws:apigateway:us-east-1::/restapis/orders01' });
  });
});
