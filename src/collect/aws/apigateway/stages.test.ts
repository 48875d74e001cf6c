/** apigatewayStages through the real API Gateway client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { apigatewayStages } from './stages.js';
import type { Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { ACCOUNT, apigwError, denied, logGroup, parts, restJson, restRoutes, webAcl } from '../../../../test/support/apigateway.js';

const routes = (overrides: Route[] = []): Route[] => [regionsRoute(['us-east-1']), ...restRoutes(overrides)];

describe('apigatewayStages', () => {
  it('follows position across pages of REST APIs, reads each API\'s stages and maps every stage to a valid resource', async () => {
    const run = await collectRecorded([apigatewayStages], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.path === '/restapis').map((r) => r.query.position)).toEqual([undefined, 'apis#2']);
    expect(run.aws.count('GetStages')).toBe(3);
    const stages = run.snapshot.resources;
    expect(stages.map((s) => s.id).sort()).toEqual(['legacy02/v1', 'orders01/dev', 'orders01/prod']);
    const prod = stages.find((s) => s.id === 'orders01/prod');
    expect(prod).toMatchObject({ arn: 'arn:aws:apigateway:us-east-1::/restapis/orders01/stages/prod', tags: { team: 'orders' } });
    // Every method setting is kept, sorted by path: the per-method entry overrides "*/*".
    expect(prod?.data).toEqual({
      restApiId: 'orders01', restApiName: 'orders', stageName: 'prod',
      methodSettings: [
        { methodPath: '*/*', loggingLevel: 'ERROR', cachingEnabled: true, cacheDataEncrypted: true },
        { methodPath: '~1orders/GET', loggingLevel: 'INFO', cachingEnabled: true, cacheDataEncrypted: false },
      ],
      cacheClusterEnabled: true, tracingEnabled: true, clientCertificateId: 'cert01', webAclArn: webAcl,
      accessLogSettings: { destinationArn: logGroup('api/orders'), format: '$context.requestId' },
    });
    // What AWS leaves out on a stage nobody configured is "not set": null, empty or false, no error.
    const dev = stages.find((s) => s.id === 'orders01/dev');
    expect(dev?.errors).toBeUndefined();
    expect(dev?.data).toEqual({
      restApiId: 'orders01', restApiName: 'orders', stageName: 'dev', methodSettings: [], cacheClusterEnabled: false, tracingEnabled: false,
      clientCertificateId: null, webAclArn: null, accessLogSettings: null,
    });
    expect(stages.find((s) => s.id === 'legacy02/v1')?.data.methodSettings).toEqual([{ methodPath: '*/*', loggingLevel: 'OFF', cachingEnabled: false, cacheDataEncrypted: false }]);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.apigateway.stage', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('marks coverage partial when one API\'s stages are denied, keeping the others\' stages', async () => {
    const noStages: Route = { name: 'stages-denied', match: (r) => parts(r)[1] === 'legacy02', respond: denied('/restapis/legacy02/stages') };
    const run = await collectRecorded([apigatewayStages], routes([noStages]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((s) => s.id).sort()).toEqual(['orders01/dev', 'orders01/prod']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial', reason: 'AccessDeniedException on apigateway:GetStages: User is not authorized to perform: apigateway:GET on /restapis/legacy02/stages' })]);
  });

  it('marks coverage failed when the REST APIs cannot be listed, or none of their stages', async () => {
    const noApis: Route = { name: 'apis-denied', match: (r) => r.path === '/restapis', respond: denied('/restapis') };
    const first = await collectRecorded([apigatewayStages], routes([noApis]), { regions: ['us-east-1'] });
    expect(first.problems).toEqual([]);
    expect(first.snapshot.resources).toEqual([]);
    expect(first.aws.count('GetStages')).toBe(0);
    expect(first.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on apigateway:GetRestApis: User is not authorized to perform: apigateway:GET on /restapis' })]);

    const noStages: Route = { name: 'stages-denied', match: (r) => parts(r)[2] === 'stages', respond: denied('stages') };
    const second = await collectRecorded([apigatewayStages], routes([noStages]), { regions: ['us-east-1'] });
    expect(second.snapshot.resources).toEqual([]);
    expect(second.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
  });

  it('leaves out the stages of an API deleted after it was listed', async () => {
    const gone: Route = { name: 'api-gone', match: (r) => parts(r)[1] === 'legacy02', respond: apigwError('NotFoundException', 'Invalid API identifier specified', 404) };
    const run = await collectRecorded([apigatewayStages], routes([gone]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((s) => s.id).sort()).toEqual(['orders01/dev', 'orders01/prod']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('fails a method setting without its logging level at its index, never reading it as off', async () => {
    const odd: Route = {
      name: 'odd', match: (r) => parts(r)[1] === 'legacy02',
      respond: restJson({ item: [{ stageName: 'v1', methodSettings: { '*/*': { cachingEnabled: false } } }] }),
    };
    const run = await collectRecorded([apigatewayStages], routes([odd]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const stage = run.snapshot.resources.find((s) => s.id === 'legacy02/v1');
    expect(stage?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['methodSettings[0]', 'IncompleteResponse', 'apigateway:GetStages']]);
    expect(stage?.data.methodSettings).toEqual([{}]);
  });
});

describe('apigatewayStages call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(apigatewayStages)).toEqual([]);
  });
});
