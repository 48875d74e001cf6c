/** apigatewayv2Routes through the real API Gateway v2 client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { apigatewayv2Routes } from './routes.js';
import type { Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { ACCOUNT, apigwError, denied, parts, restJson, v2ApiRoutes } from '../../../../test/support/apigateway.js';

const routes = (overrides: Route[] = []): Route[] => [regionsRoute(['us-east-1']), ...v2ApiRoutes(overrides)];

describe('apigatewayv2Routes', () => {
  it('pages APIs and routes by nextToken and maps every route to a valid resource', async () => {
    const run = await collectRecorded([apigatewayv2Routes], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => parts(r)[2] === 'http0001' && parts(r)[3] === 'routes').map((r) => r.query.nextToken)).toEqual([undefined, 'http0001#1']);
    const found = run.snapshot.resources;
    expect(found.map((r) => r.id).sort()).toEqual(['http0001/r1', 'http0001/r2', 'http0001/r3', 'ws000002/w1', 'ws000002/w2']);
    expect(found.find((r) => r.id === 'http0001/r1')).toMatchObject({
      arn: 'arn:aws:apigateway:us-east-1::/apis/http0001/routes/r1',
      data: { apiId: 'http0001', apiName: 'orders-http', protocolType: 'HTTP', routeId: 'r1', routeKey: 'GET /orders', authorizationType: 'JWT', authorizerId: 'auth1' },
    });
    expect(found.find((r) => r.id === 'http0001/r2')?.data).toMatchObject({ authorizationType: 'NONE', authorizerId: null });
    // AuthorizationType left out is AWS's default, NONE: it can only fail a route, never pass one.
    expect(found.find((r) => r.id === 'ws000002/w2')?.data).toMatchObject({ protocolType: 'WEBSOCKET', routeKey: 'sendMessage', authorizationType: 'NONE' });
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.apigatewayv2.route', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('marks coverage partial when a later page of one API\'s routes is denied, failed when the APIs are', async () => {
    const later: Route = { name: 'page-2-denied', match: (r) => parts(r)[3] === 'routes' && r.query.nextToken !== undefined, respond: denied('routes') };
    const partial = await collectRecorded([apigatewayv2Routes], routes([later]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(partial.snapshot.resources.map((r) => r.id).sort()).toEqual(['http0001/r1', 'ws000002/w1', 'ws000002/w2']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);

    const noApis: Route = { name: 'apis-denied', match: (r) => r.path === '/v2/apis', respond: denied('/v2/apis') };
    const failed = await collectRecorded([apigatewayv2Routes], routes([noApis]), { regions: ['us-east-1'] });
    expect(failed.snapshot.resources).toEqual([]);
    expect(failed.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
  });

  it('leaves out a deleted API\'s routes, and names an API protocol it does not know on its own path', async () => {
    const gone: Route = { name: 'gone', match: (r) => parts(r)[2] === 'ws000002', respond: apigwError('NotFoundException', 'Invalid API identifier specified', 404) };
    const odd: Route = { name: 'odd', match: (r) => r.path === '/v2/apis', respond: restJson({ items: [{ apiId: 'http0001', name: 'orders-http', protocolType: 'GRPC' }, { apiId: 'ws000002', name: 'n', protocolType: 'WEBSOCKET' }] }) };
    const run = await collectRecorded([apigatewayv2Routes], routes([gone, odd]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['http0001/r1', 'http0001/r2', 'http0001/r3']);
    expect(run.snapshot.resources[0]?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['protocolType', 'IncompleteResponse', 'apigateway:GetApis']]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });
});

describe('apigatewayv2Routes call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(apigatewayv2Routes)).toEqual([]);
  });
});
