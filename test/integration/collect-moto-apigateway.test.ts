/**
 * API Gateway stages and routes collected by `assay collect` and judged by
 * a live `assay scan` against the moto emulator, seeded through the SDK: a
 * REST API with a hardened stage (every method logged, one method caching
 * encrypted, X-Ray, access log) and a bare one; an HTTP API with an access
 * logged stage and an open and an IAM route; a WebSocket API whose stage
 * logs execution. moto 5.2.1 answers no client certificate and no web ACL
 * on a REST stage, so those two stay null (and fail) here.
 */
import { join } from 'node:path';
import { APIGatewayClient, CreateRestApiCommand, CreateStageCommand, UpdateStageCommand } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, CreateApiCommand, CreateRouteCommand, CreateStageCommand as CreateV2StageCommand } from '@aws-sdk/client-apigatewayv2';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const logGroup = (name: string): string => `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${name}`;
const TYPES = 'aws.apigateway.stage,aws.apigatewayv2.stage,aws.apigatewayv2.route';

interface Seeded { rest: string; http: string; ws: string; openRoute: string; iamRoute: string }

async function seed(moto: Moto): Promise<Seeded> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' };
  const v1 = new APIGatewayClient(config);
  const v2 = new ApiGatewayV2Client(config);
  const rest = (await v1.send(new CreateRestApiCommand({ name: 'orders' }))).id ?? '';
  // Every setting asserted below is seeded: moto's method-setting defaults (cacheDataEncrypted true …) are not assumed.
  await v1.send(new CreateStageCommand({ restApiId: rest, stageName: 'prod', deploymentId: 'dep0001', cacheClusterEnabled: true, tracingEnabled: true }));
  await v1.send(new UpdateStageCommand({
    restApiId: rest, stageName: 'prod',
    patchOperations: [
      { op: 'replace', path: '/*/*/logging/loglevel', value: 'ERROR' },
      { op: 'replace', path: '/*/*/caching/enabled', value: 'false' },
      { op: 'replace', path: '/*/*/caching/dataEncrypted', value: 'false' },
      { op: 'replace', path: '/~1orders/GET/logging/loglevel', value: 'INFO' },
      { op: 'replace', path: '/~1orders/GET/caching/enabled', value: 'true' },
      { op: 'replace', path: '/~1orders/GET/caching/dataEncrypted', value: 'true' },
      { op: 'replace', path: '/accessLogSettings/destinationArn', value: logGroup('api/orders') },
      { op: 'replace', path: '/accessLogSettings/format', value: '$context.requestId' },
    ],
  }));
  await v1.send(new CreateStageCommand({ restApiId: rest, stageName: 'dev', deploymentId: 'dep0001', cacheClusterEnabled: false, tracingEnabled: false }));

  const http = (await v2.send(new CreateApiCommand({ Name: 'partners', ProtocolType: 'HTTP' }))).ApiId ?? '';
  await v2.send(new CreateV2StageCommand({ ApiId: http, StageName: '$default', AccessLogSettings: { DestinationArn: logGroup('api/partners'), Format: '$context.requestId' } }));
  const openRoute = (await v2.send(new CreateRouteCommand({ ApiId: http, RouteKey: 'GET /health', AuthorizationType: 'NONE' }))).RouteId ?? '';
  const iamRoute = (await v2.send(new CreateRouteCommand({ ApiId: http, RouteKey: 'GET /orders', AuthorizationType: 'AWS_IAM' }))).RouteId ?? '';
  const ws = (await v2.send(new CreateApiCommand({ Name: 'notifications', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' }))).ApiId ?? '';
  await v2.send(new CreateV2StageCommand({ ApiId: ws, StageName: 'prod', DefaultRouteSettings: { LoggingLevel: 'INFO' } }));
  return { rest, http, ws, openRoute, iamRoute };
}

describe.skipIf(!ready)('API Gateway collection against the moto emulator', () => {
  const fixture = useMoto('assay-moto-apigateway-', seed);

  it('assay collect writes each stage with its method settings and each route with its authorization', async () => {
    const { rest, http, ws, openRoute, iamRoute } = fixture.seeded;
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1', '--types', TYPES, '-o', out, '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const byId = (id: string) => snapshot.resources.find((r) => r.id === id);
    expect(snapshot.resources.map((r) => `${r.type} ${r.id}`).sort()).toEqual([
      `aws.apigateway.stage ${rest}/dev`, `aws.apigateway.stage ${rest}/prod`,
      `aws.apigatewayv2.route ${http}/${iamRoute}`, `aws.apigatewayv2.route ${http}/${openRoute}`,
      `aws.apigatewayv2.stage ${http}/$default`, `aws.apigatewayv2.stage ${ws}/prod`,
    ].sort());
    expect(snapshot.resources.every((r) => r.errors === undefined)).toBe(true);
    expect(byId(`${rest}/prod`)?.arn).toBe(`arn:aws:apigateway:us-east-1::/restapis/${rest}/stages/prod`);
    expect(byId(`${rest}/prod`)?.data).toEqual({
      restApiId: rest, restApiName: 'orders', stageName: 'prod',
      methodSettings: [
        { methodPath: '*/*', loggingLevel: 'ERROR', cachingEnabled: false, cacheDataEncrypted: false },
        { methodPath: '~1orders/GET', loggingLevel: 'INFO', cachingEnabled: true, cacheDataEncrypted: true },
      ],
      cacheClusterEnabled: true, tracingEnabled: true, clientCertificateId: null, webAclArn: null,
      accessLogSettings: { destinationArn: logGroup('api/orders'), format: '$context.requestId' },
    });
    expect(byId(`${rest}/dev`)?.data).toMatchObject({ methodSettings: [], cacheClusterEnabled: false, tracingEnabled: false, accessLogSettings: null });
    expect(byId(`${http}/$default`)?.data).toEqual({
      apiId: http, apiName: 'partners', protocolType: 'HTTP', stageName: '$default', defaultLoggingLevel: null, routeSettings: [],
      accessLogSettings: { destinationArn: logGroup('api/partners'), format: '$context.requestId' },
    });
    expect(byId(`${ws}/prod`)?.data).toMatchObject({ protocolType: 'WEBSOCKET', defaultLoggingLevel: 'INFO', accessLogSettings: null });
    expect(byId(`${http}/${openRoute}`)?.data).toEqual({ apiId: http, apiName: 'partners', protocolType: 'HTTP', routeId: openRoute, routeKey: 'GET /health', authorizationType: 'NONE', authorizerId: null });
    expect(byId(`${http}/${iamRoute}`)?.data).toMatchObject({ routeKey: 'GET /orders', authorizationType: 'AWS_IAM' });
    expect(snapshot.coverage.filter((c) => TYPES.includes(c.type)).map((c) => `${c.type}:${c.status}`).sort())
      .toEqual(['aws.apigateway.stage:complete', 'aws.apigatewayv2.route:complete', 'aws.apigatewayv2.stage:complete']);
  });

  it('a live assay scan judges them', async () => {
    const { rest, http, ws, openRoute, iamRoute } = fixture.seeded;
    const run = await assay(['scan', '--regions', 'us-east-1', '--pack', 'assay-workloads', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const verdicts = (policy: string): Record<string, string> =>
      Object.fromEntries(result.findings.filter((f) => f.policy === policy).map((f) => [f.resource.id, f.status]));
    const [prod, dev] = [`${rest}/prod`, `${rest}/dev`];
    expect(verdicts('aws-apigateway-stage-execution-logging')).toEqual({ [prod]: 'PASS', [dev]: 'FAIL' });
    expect(verdicts('aws-apigateway-stage-cache-encrypted')).toEqual({ [prod]: 'PASS', [dev]: 'PASS' });
    expect(verdicts('aws-apigateway-stage-xray-tracing')).toEqual({ [prod]: 'PASS', [dev]: 'FAIL' });
    expect(verdicts('aws-apigateway-stage-access-logging')).toEqual({ [prod]: 'PASS', [dev]: 'FAIL' });
    expect(verdicts('aws-apigateway-stage-client-certificate')).toEqual({ [prod]: 'FAIL', [dev]: 'FAIL' });
    expect(verdicts('aws-apigateway-stage-waf-associated')).toEqual({ [prod]: 'FAIL', [dev]: 'FAIL' });
    expect(verdicts('aws-apigatewayv2-stage-execution-logging')).toEqual({ [`${http}/$default`]: 'NOT_APPLICABLE', [`${ws}/prod`]: 'PASS' });
    expect(verdicts('aws-apigatewayv2-stage-access-logging')).toEqual({ [`${http}/$default`]: 'PASS', [`${ws}/prod`]: 'FAIL' });
    expect(verdicts('aws-apigatewayv2-route-authorization')).toEqual({ [`${http}/${openRoute}`]: 'FAIL', [`${http}/${iamRoute}`]: 'PASS' });
  });
});
