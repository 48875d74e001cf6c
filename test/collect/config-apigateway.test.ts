/**
 * `--source config` for API Gateway stages (REST APIs, and HTTP and
 * WebSocket APIs) against `--source api` on the same recorded account: the
 * stages served both as API Gateway's own answers (test/support/apigateway.ts:
 * the APIs in two pages, GetStages per API) and as AWS Config's (two
 * advanced query pages of Configuration Items holding what AWS's Config
 * resource schema lists for AWS::ApiGateway::Stage and
 * AWS::ApiGatewayV2::Stage, GetStage's camelCase, null for what is not
 * set), collected through the real SDK clients each way. The resources must
 * be equal, with the method or route settings the items lack read with one
 * GetStages per API, and the API's name (and protocol) with one listing.
 */
import { describe, expect, it } from 'vitest';
import { apigatewayStages } from '../../src/collect/aws/apigateway/stages.js';
import { apigatewayv2Stages } from '../../src/collect/aws/apigatewayv2/stages.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { apigatewayStageFromConfig } from '../../src/collect/config/mappers/apigateway-stage.js';
import { apigatewayv2StageFromConfig } from '../../src/collect/config/mappers/apigatewayv2-stage.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { ACCOUNT, apigwError, denied, parts, restRoutes, restStages, v2ApiRoutes, v2Stages } from '../support/apigateway.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { configRoutes } from '../support/config-recorded.js';
import type { Route, WireRequest } from '../support/recorded-aws.js';

type Raw = Record<string, unknown>;
const record = (value: unknown): Raw => (typeof value === 'object' && value !== null ? value as Raw : {});
const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const regions = { regions: ['us-east-1'] };

/** The access logging as Config records it: null when the stage has no destination. */
function accessLog(value: unknown): Raw | null {
  const settings = record(value);
  const destination = settings.destinationArn ?? null;
  return destination === null ? null : { destinationArn: destination, format: settings.format ?? null };
}

const envelope = (configType: string, arn: string, name: string, tags: unknown): Raw => ({
  resourceId: arn, resourceType: configType, resourceName: name, arn, accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK',
  configurationItemCaptureTime: '2026-11-01T11:00:00.000Z', supplementaryConfiguration: {}, relationships: [],
  tags: Object.entries(record(tags)).map(([key, value]) => ({ key, value })),
});

describe('--source config for API Gateway REST API stages', () => {
  const restArn = (api: string, stage: string): string => `arn:aws:apigateway:us-east-1::/restapis/${api}/stages/${stage}`;
  /** A stage as Config records it: GetStage's answer without the method settings the schema does not list, the booleans AWS leaves out as false. */
  const item = (api: string, stage: Raw, change: Raw = {}): string => JSON.stringify({
    ...envelope('AWS::ApiGateway::Stage', restArn(api, String(stage.stageName)), String(stage.stageName), stage.tags),
    configuration: {
      stageName: stage.stageName, deploymentId: stage.deploymentId, cacheClusterEnabled: stage.cacheClusterEnabled ?? false, tracingEnabled: stage.tracingEnabled ?? false,
      clientCertificateId: stage.clientCertificateId ?? null, webAclArn: stage.webAclArn ?? null, accessLogSettings: accessLog(stage.accessLogSettings),
      createdDate: '2026-01-01T00:00:00.000Z', ...change,
    },
  });
  const items = (change: Raw = {}): string[] => Object.entries(restStages).flatMap(([api, stages]) => stages.map((s) => item(api, record(s), change)));
  const isStages = (r: WireRequest): boolean => parts(r)[0] === 'restapis' && parts(r)[2] === 'stages';
  const config = (list: string[], overrides: Route[] = []): Route[] => [...configRoutes(list), regionsRoute(['us-east-1']), ...restRoutes(overrides)];
  const fromConfig = configCollectors([apigatewayStageFromConfig]);

  it('gives the same stages as --source api, with one GetStages per API of a recorded stage and one GetRestApis listing', async () => {
    const api = await collectRecorded([apigatewayStages], [regionsRoute(['us-east-1']), ...restRoutes()], regions);
    const run = await collectRecorded(fromConfig, config(items()), regions);
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.aws.requests.filter(isStages).map((r) => parts(r)[1]).sort()).toEqual(['legacy02', 'orders01']);
    expect(run.aws.requests.filter((r) => r.path === '/restapis')).toHaveLength(2);
  });

  it('reads a flag or setting the item lacks, or holds as null where the API answers true or false, from the same GetStages, never as "off"', async () => {
    const api = await collectRecorded([apigatewayStages], [regionsRoute(['us-east-1']), ...restRoutes()], regions);
    const lacking = Object.entries(restStages).flatMap(([id, stages]) => stages.map((s) => item(id, record(s), { tracingEnabled: null, webAclArn: undefined, accessLogSettings: undefined })));
    const run = await collectRecorded(fromConfig, config(lacking), regions);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.aws.requests.filter(isStages)).toHaveLength(2);
  });

  it('names a stage or API deleted since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const gone: Route = { name: 'api-gone', match: (r) => parts(r)[1] === 'retired9', respond: apigwError('NotFoundException', 'Invalid API identifier specified', 404) };
    const extra = [item('orders01', { stageName: 'old', cacheClusterEnabled: false }), item('retired9', { stageName: 'prod', cacheClusterEnabled: false })];
    const run = await collectRecorded(fromConfig, config([...items(), ...extra], [gone]), regions);
    expect(run.problems).toEqual([]);
    const errors = (id: string) => run.snapshot.resources.find((r) => r.id === id)?.errors?.map((e) => [e.path, e.code, e.operation]);
    expect(errors('orders01/old')).toEqual([['methodSettings', 'NotFoundException', 'apigateway:GetStages']]);
    expect(errors('retired9/prod')).toEqual([['restApiName', 'NotFoundException', 'apigateway:GetRestApis'], ['methodSettings', 'NotFoundException', 'apigateway:GetStages']]);
    expect(run.snapshot.resources.find((r) => r.id === 'retired9/prod')?.data).toMatchObject({ restApiId: 'retired9', stageName: 'prod', tracingEnabled: false, webAclArn: null });
  });

  it('records a denied GetStages on the method settings of that API\'s stages only', async () => {
    const noStages: Route = { name: 'stages-denied', match: (r) => parts(r)[1] === 'legacy02', respond: denied('/restapis/legacy02/stages') };
    const run = await collectRecorded(fromConfig, config(items(), [noStages]), regions);
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])])).toEqual([['legacy02/v1', [['methodSettings', 'AccessDeniedException']]]]);
    expect(run.snapshot.resources.find((r) => r.id === 'legacy02/v1')?.data).toMatchObject({ restApiName: 'legacy', cacheClusterEnabled: false, tracingEnabled: false });
  });

  it('completes an item returned without its configuration with BatchGetResourceConfig, and leaves no row unsent', async () => {
    const [first, ...rest] = items();
    const full = JSON.parse(first ?? '{}') as Raw;
    const bare = JSON.stringify({ ...full, configuration: undefined });
    const routes = [...configRoutes([bare, ...rest], { resourceType: 'AWS::ApiGateway::Stage', completes: (id) => (id === full.resourceId ? full.configuration : undefined) }), regionsRoute(['us-east-1']), ...restRoutes()];
    const api = await collectRecorded([apigatewayStages], [regionsRoute(['us-east-1']), ...restRoutes()], regions);
    const run = await collectRecorded(fromConfig, routes, regions);
    expect(run.problems).toEqual([]);
    expect(run.aws.count('BatchGetResourceConfig')).toBe(1);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});

describe('--source config for HTTP and WebSocket API stages', () => {
  const v2Arn = (api: string, stage: string): string => `arn:aws:apigateway:us-east-1::/apis/${api}/stages/${stage}`;
  /** A stage as Config records it: GetStage's answer without the route settings the schema does not list, null for what is not set. */
  const item = (api: string, stage: Raw, change: Raw = {}): string => JSON.stringify({
    ...envelope('AWS::ApiGatewayV2::Stage', v2Arn(api, String(stage.stageName)), String(stage.stageName), stage.tags),
    configuration: {
      stageName: stage.stageName, autoDeploy: stage.autoDeploy ?? false, accessLogSettings: accessLog(stage.accessLogSettings),
      defaultRouteSettings: { ...record(stage.defaultRouteSettings), loggingLevel: record(stage.defaultRouteSettings).loggingLevel ?? null }, ...change,
    },
  });
  const items = (change: Raw = {}): string[] => Object.entries(v2Stages).flatMap(([api, pages]) => pages.flat().map((s) => item(api, record(s), change)));
  const isStages = (r: WireRequest): boolean => parts(r)[0] === 'v2' && parts(r)[3] === 'stages';
  const isApis = (r: WireRequest): boolean => r.path === '/v2/apis';
  const apiRoutes = (overrides: Route[] = []): Route[] => [regionsRoute(['us-east-1']), ...v2ApiRoutes(overrides)];
  const config = (list: string[], overrides: Route[] = []): Route[] => [...configRoutes(list), ...apiRoutes(overrides)];
  const fromConfig = configCollectors([apigatewayv2StageFromConfig]);

  it('gives the same stages as --source api, with one GetStages listing per API and one GetApis listing', async () => {
    const api = await collectRecorded([apigatewayv2Stages], apiRoutes(), regions);
    const run = await collectRecorded(fromConfig, config(items()), regions);
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'ws000002/prod')?.data.routeSettings).toEqual([
      { routeKey: '$connect', loggingLevel: 'INFO' }, { routeKey: '$disconnect', loggingLevel: null }, { routeKey: 'sendMessage', loggingLevel: 'OFF' },
    ]);
    // http0001's stages come in two pages, read once for both of its stages.
    expect(run.aws.requests.filter(isStages).map((r) => `${parts(r)[2] ?? ''} ${String(r.query.nextToken ?? '')}`).sort()).toEqual(['http0001 ', 'http0001 http0001#1', 'ws000002 ']);
    expect(run.aws.requests.filter(isApis)).toHaveLength(2);
  });

  it('reads default route settings the item lacks, or without their logging level, from the same listing, never as "none"', async () => {
    const api = await collectRecorded([apigatewayv2Stages], apiRoutes(), regions);
    const lacking = Object.entries(v2Stages).flatMap(([id, pages]) => pages.flat().map((s, i) => item(id, record(s), i === 0 ? { defaultRouteSettings: undefined } : { defaultRouteSettings: { dataTraceEnabled: false } })));
    const run = await collectRecorded(fromConfig, config(lacking), regions);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
  });

  it('names a stage or API deleted since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const gone: Route = { name: 'api-gone', match: (r) => parts(r)[2] === 'retired9', respond: apigwError('NotFoundException', 'Invalid API identifier specified', 404) };
    const extra = [item('ws000002', { stageName: 'old', defaultRouteSettings: { loggingLevel: 'INFO' } }), item('retired9', { stageName: 'prod' })];
    const run = await collectRecorded(fromConfig, config([...items(), ...extra], [gone]), regions);
    expect(run.problems).toEqual([]);
    const errors = (id: string) => run.snapshot.resources.find((r) => r.id === id)?.errors?.map((e) => [e.path, e.code]);
    expect(errors('ws000002/old')).toEqual([['routeSettings', 'NotFoundException']]);
    expect(errors('retired9/prod')).toEqual([['apiName', 'NotFoundException'], ['protocolType', 'NotFoundException'], ['routeSettings', 'NotFoundException']]);
    expect(run.snapshot.resources.find((r) => r.id === 'ws000002/old')?.data).toMatchObject({ apiName: 'notifications', protocolType: 'WEBSOCKET', defaultLoggingLevel: 'INFO', accessLogSettings: null });
  });

  it('records a denied GetStages on the route settings of that API\'s stages only', async () => {
    const noStages: Route = { name: 'stages-denied', match: (r) => isStages(r) && parts(r)[2] === 'ws000002', respond: denied('/v2/apis/ws000002/stages') };
    const run = await collectRecorded(fromConfig, config(items(), [noStages]), regions);
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])])).toEqual([['ws000002/prod', [['routeSettings', 'AccessDeniedException']]]]);
    expect(run.snapshot.resources.find((r) => r.id === 'ws000002/prod')?.data).toMatchObject({ defaultLoggingLevel: 'ERROR', protocolType: 'WEBSOCKET' });
  });

  it('completes an item returned without its configuration with BatchGetResourceConfig, and leaves no row unsent', async () => {
    const [first, ...rest] = items();
    const full = JSON.parse(first ?? '{}') as Raw;
    const bare = JSON.stringify({ ...full, configuration: undefined });
    const routes = [...configRoutes([bare, ...rest], { resourceType: 'AWS::ApiGatewayV2::Stage', completes: (id) => (id === full.resourceId ? full.configuration : undefined) }), ...apiRoutes()];
    const api = await collectRecorded([apigatewayv2Stages], apiRoutes(), regions);
    const run = await collectRecorded(fromConfig, routes, regions);
    expect(run.problems).toEqual([]);
    expect(run.aws.count('BatchGetResourceConfig')).toBe(1);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
