/** apigatewayv2Stages through the real API Gateway v2 client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { apigatewayv2Stages } from './stages.js';
import type { Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { ACCOUNT, apigwError, denied, logGroup, parts, restJson, v2ApiRoutes } from '../../../../test/support/apigateway.js';

const routes = (overrides: Route[] = []): Route[] => [regionsRoute(['us-east-1']), ...v2ApiRoutes(overrides)];

describe('apigatewayv2Stages', () => {
  it('pages APIs and stages by nextToken and maps every stage to a valid resource', async () => {
    const run = await collectRecorded([apigatewayv2Stages], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.path === '/v2/apis').map((r) => r.query.nextToken)).toEqual([undefined, 'apis#1']);
    expect(run.aws.requests.filter((r) => parts(r)[2] === 'http0001' && parts(r)[3] === 'stages').map((r) => r.query.nextToken)).toEqual([undefined, 'http0001#1']);
    const stages = run.snapshot.resources;
    expect(stages.map((s) => s.id).sort()).toEqual(['http0001/$default', 'http0001/beta', 'ws000002/prod']);
    const http = stages.find((s) => s.id === 'http0001/$default');
    expect(http).toMatchObject({ arn: 'arn:aws:apigateway:us-east-1::/apis/http0001/stages/$default', tags: { team: 'orders' } });
    expect(http?.data).toEqual({
      apiId: 'http0001', apiName: 'orders-http', protocolType: 'HTTP', stageName: '$default', defaultLoggingLevel: null, routeSettings: [],
      accessLogSettings: { destinationArn: logGroup('api/orders-http'), format: '$context.requestId' },
    });
    // No access log settings and no logging level: "not set", no error.
    const beta = stages.find((s) => s.id === 'http0001/beta');
    expect(beta?.errors).toBeUndefined();
    expect(beta?.data).toMatchObject({ defaultLoggingLevel: null, routeSettings: [], accessLogSettings: null });
    expect(stages.find((s) => s.id === 'ws000002/prod')?.data).toMatchObject({
      protocolType: 'WEBSOCKET', defaultLoggingLevel: 'ERROR',
      routeSettings: [{ routeKey: '$connect', loggingLevel: 'INFO' }, { routeKey: '$disconnect', loggingLevel: null }, { routeKey: 'sendMessage', loggingLevel: 'OFF' }],
    });
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.apigatewayv2.stage', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('marks coverage partial when one API\'s stages are denied, and failed when the APIs are', async () => {
    const noStages: Route = { name: 'stages-denied', match: (r) => parts(r)[2] === 'ws000002', respond: denied('/v2/apis/ws000002/stages') };
    const partial = await collectRecorded([apigatewayv2Stages], routes([noStages]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(partial.snapshot.resources.map((s) => s.id).sort()).toEqual(['http0001/$default', 'http0001/beta']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial', reason: 'AccessDeniedException on apigateway:GetStages: User is not authorized to perform: apigateway:GET on /v2/apis/ws000002/stages' })]);

    const noApis: Route = { name: 'apis-denied', match: (r) => r.path === '/v2/apis', respond: denied('/v2/apis') };
    const failed = await collectRecorded([apigatewayv2Stages], routes([noApis]), { regions: ['us-east-1'] });
    expect(failed.problems).toEqual([]);
    expect(failed.snapshot.resources).toEqual([]);
    expect(failed.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on apigateway:GetApis: User is not authorized to perform: apigateway:GET on /v2/apis' })]);
  });

  it('leaves out an API deleted after it was listed, and names a logging level it does not know on its own path', async () => {
    const gone: Route = { name: 'gone', match: (r) => parts(r)[2] === 'http0001', respond: apigwError('NotFoundException', 'Invalid API identifier specified', 404) };
    const odd: Route = { name: 'odd', match: (r) => parts(r)[2] === 'ws000002', respond: restJson({ items: [{ stageName: 'prod', defaultRouteSettings: { loggingLevel: 'VERBOSE' } }] }) };
    const run = await collectRecorded([apigatewayv2Stages], routes([gone, odd]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((s) => s.id)).toEqual(['ws000002/prod']);
    expect(run.snapshot.resources[0]?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['defaultLoggingLevel', 'IncompleteResponse', 'apigateway:GetStages']]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });
});

describe('apigatewayv2Stages call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(apigatewayv2Stages)).toEqual([]);
  });
});
