/**
 * API Gateway (REST-JSON, v1 and v2 under one signing name) for the fake
 * account: in every region two REST APIs with one stage each — one
 * hardened (every method logged, cache encrypted, X-Ray, certificate, web
 * ACL, access log), one on old defaults — and an HTTP and a WebSocket API
 * with one stage and two routes each, one route open and one authorized.
 * The path tells v1 (/restapis) from v2 (/v2/apis).
 */
import { ACCOUNT, type Estate } from './estate.js';
import { restJson, restJsonError, type Answer, type WireRequest } from './wire.js';

export const restIds = (r: number): [string, string] => [`rst${String(r).padStart(3, '0')}safe`, `rst${String(r).padStart(3, '0')}olds`];
export const v2Ids = (r: number): [string, string] => [`htp${String(r).padStart(3, '0')}http`, `wss${String(r).padStart(3, '0')}sock`];

export function restStage(region: string, hardened: boolean): Record<string, unknown> {
  if (!hardened) return { stageName: 'prod', deploymentId: 'dep0001', cacheClusterEnabled: false, methodSettings: {} };
  return {
    stageName: 'prod', deploymentId: 'dep0001', cacheClusterEnabled: true, cacheClusterSize: '0.5', tracingEnabled: true, clientCertificateId: 'cert01',
    webAclArn: `arn:aws:wafv2:${region}:${ACCOUNT}:regional/webacl/bench/00000000-0000-4000-8000-000000000000`,
    accessLogSettings: { destinationArn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:bench-api`, format: '$context.requestId' },
    methodSettings: { '*/*': { loggingLevel: 'ERROR', metricsEnabled: true, dataTraceEnabled: false, cachingEnabled: true, cacheDataEncrypted: true, cacheTtlInSeconds: 300 } },
  };
}

/** The one stage of the HTTP API (no logging at all) or of the WebSocket API (errors logged, access log). */
export function v2Stage(region: string, websocket: boolean): Record<string, unknown> {
  return websocket
    ? { stageName: 'prod', defaultRouteSettings: { loggingLevel: 'ERROR' }, routeSettings: {}, accessLogSettings: { destinationArn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:bench-ws`, format: '$context.requestId' } }
    : { stageName: '$default', defaultRouteSettings: {}, routeSettings: {} };
}

/** Which client and operation an API Gateway request is, from method and path. */
export function apigatewayOperation(request: WireRequest): { client: string; operation: string } {
  const parts = request.path.split('/').slice(1);
  if (parts[0] === 'v2') {
    const operation = request.method !== 'GET' ? `${request.method} ${request.path}`
      : parts.length === 2 && parts[1] === 'apis' ? 'GetApis'
        : parts.length === 4 && parts[3] === 'stages' ? 'GetStages'
          : parts.length === 4 && parts[3] === 'routes' ? 'GetRoutes' : `GET ${request.path}`;
    return { client: 'ApiGatewayV2', operation };
  }
  const operation = request.method !== 'GET' ? `${request.method} ${request.path}`
    : parts.length === 1 && parts[0] === 'restapis' ? 'GetRestApis'
      : parts.length === 3 && parts[2] === 'stages' ? 'GetStages' : `GET ${request.path}`;
  return { client: 'APIGateway', operation };
}

export function answerApiGateway(estate: Estate, request: WireRequest, operation: string): Answer {
  const r = estate.regionIndex(request.region);
  const parts = request.path.split('/').slice(1);
  const notFound = restJsonError('NotFoundException', 'Invalid API identifier specified', 404);
  if (r < 0) return notFound;
  const [safe, old] = restIds(r);
  const [http, ws] = v2Ids(r);
  if (operation === 'APIGateway:GetRestApis') return restJson({ item: [{ id: safe, name: 'bench-orders' }, { id: old, name: 'bench-legacy' }] });
  if (operation === 'APIGateway:GetStages') {
    const id = parts[1];
    return id === safe || id === old ? restJson({ item: [restStage(request.region, id === safe)] }) : notFound;
  }
  if (operation === 'ApiGatewayV2:GetApis') {
    return restJson({ items: [
      { apiId: http, name: 'bench-http', protocolType: 'HTTP', routeSelectionExpression: '$request.method $request.path' },
      { apiId: ws, name: 'bench-ws', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' },
    ] });
  }
  const id = parts[2];
  if (id !== http && id !== ws) return notFound;
  if (operation === 'ApiGatewayV2:GetStages') {
    return restJson({ items: [v2Stage(request.region, id === ws)] });
  }
  if (operation === 'ApiGatewayV2:GetRoutes') {
    return restJson({ items: id === http
      ? [{ routeId: 'rte0001', routeKey: 'GET /items', authorizationType: 'JWT', authorizerId: 'auth001' }, { routeId: 'rte0002', routeKey: 'GET /health', authorizationType: 'NONE' }]
      : [{ routeId: 'rte0003', routeKey: '$connect', authorizationType: 'AWS_IAM' }, { routeId: 'rte0004', routeKey: 'sendMessage', authorizationType: 'NONE' }] });
  }
  return restJson({});
}
