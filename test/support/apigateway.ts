/** Recorded API Gateway answers (REST-JSON, routed on method and path) shared by the v1 and v2 collector tests. */
import type { RecordedResponse, Route, WireRequest } from './recorded-aws.js';

export const ACCOUNT = '123456789012';
export const logGroup = (name: string): string => `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${name}`;
export const webAcl = `arn:aws:wafv2:us-east-1:${ACCOUNT}:regional/webacl/api-protection/1a2b3c4d-5678-90ab-cdef-1234567890ab`;
export const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
/** API Gateway errors: the code in x-amzn-errortype, the message in the body. */
export const apigwError = (code: string, message: string, status: number): RecordedResponse => ({
  status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ message }),
});
export const denied = (what: string): RecordedResponse => apigwError('AccessDeniedException', `User is not authorized to perform: apigateway:GET on ${what}`, 403);
/** `/restapis/a1/stages` → ['restapis', 'a1', 'stages']; `/v2/apis/h1/routes` → ['v2', 'apis', 'h1', 'routes']. */
export const parts = (r: WireRequest): string[] => r.path.split('/').slice(1);

/** REST APIs: two pages of GetRestApis, each API's stages in one GetStages answer. */
export const restApis = [{ id: 'orders01', name: 'orders' }, { id: 'legacy02', name: 'legacy' }, { id: 'empty003', name: 'empty' }];
export const restStages: Record<string, unknown[]> = {
  orders01: [
    {
      stageName: 'prod', deploymentId: 'd1', cacheClusterEnabled: true, cacheClusterSize: '0.5', tracingEnabled: true, clientCertificateId: 'cert01', webAclArn: webAcl,
      accessLogSettings: { destinationArn: logGroup('api/orders'), format: '$context.requestId' }, tags: { team: 'orders' },
      methodSettings: {
        '*/*': { loggingLevel: 'ERROR', metricsEnabled: true, dataTraceEnabled: false, cachingEnabled: true, cacheDataEncrypted: true, cacheTtlInSeconds: 300 },
        '~1orders/GET': { loggingLevel: 'INFO', metricsEnabled: true, dataTraceEnabled: false, cachingEnabled: true, cacheDataEncrypted: false, cacheTtlInSeconds: 60 },
      },
    },
    // A stage nobody configured: AWS leaves out what is off.
    { stageName: 'dev', deploymentId: 'd1', cacheClusterEnabled: false, methodSettings: {}, accessLogSettings: {} },
  ],
  legacy02: [{ stageName: 'v1', deploymentId: 'd9', cacheClusterEnabled: false, tracingEnabled: false, methodSettings: { '*/*': { loggingLevel: 'OFF', metricsEnabled: false, dataTraceEnabled: false, cachingEnabled: false, cacheDataEncrypted: false } } }],
  empty003: [],
};

export function restRoutes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    {
      name: 'GetRestApis',
      match: (r) => r.method === 'GET' && r.path === '/restapis',
      respond: (r) => (r.query.position === undefined ? restJson({ item: restApis.slice(0, 2), position: 'apis#2' }) : restJson({ item: restApis.slice(2) })),
    },
    {
      name: 'GetStages',
      match: (r) => r.method === 'GET' && parts(r)[0] === 'restapis' && parts(r)[2] === 'stages',
      respond: (r) => restJson({ item: restStages[parts(r)[1] ?? ''] ?? [] }),
    },
  ];
}

/** HTTP and WebSocket APIs (v2's JSON names its members in lower camel case): two pages of GetApis; stages and routes two pages for the first API. */
export const v2Apis = [
  { apiId: 'http0001', name: 'orders-http', protocolType: 'HTTP', routeSelectionExpression: '$request.method $request.path' },
  { apiId: 'ws000002', name: 'notifications', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' },
];
export const v2Stages: Record<string, unknown[][]> = {
  http0001: [
    [{ stageName: '$default', autoDeploy: true, defaultRouteSettings: { detailedMetricsEnabled: false }, routeSettings: {}, accessLogSettings: { destinationArn: logGroup('api/orders-http'), format: '$context.requestId' }, tags: { team: 'orders' } }],
    [{ stageName: 'beta', defaultRouteSettings: {} }],
  ],
  ws000002: [[{
    stageName: 'prod', defaultRouteSettings: { loggingLevel: 'ERROR', dataTraceEnabled: false }, routeSettings: { $connect: { loggingLevel: 'INFO' }, sendMessage: { loggingLevel: 'OFF' }, $disconnect: {} },
    accessLogSettings: { destinationArn: logGroup('api/notifications'), format: '$context.requestId' },
  }]],
};
const v2Routes: Record<string, unknown[][]> = {
  http0001: [
    [{ routeId: 'r1', routeKey: 'GET /orders', authorizationType: 'JWT', authorizerId: 'auth1' }],
    [{ routeId: 'r2', routeKey: 'GET /health', authorizationType: 'NONE' }, { routeId: 'r3', routeKey: 'POST /orders', authorizationType: 'AWS_IAM' }],
  ],
  ws000002: [[{ routeId: 'w1', routeKey: '$connect', authorizationType: 'CUSTOM', authorizerId: 'lambda1' }, { routeId: 'w2', routeKey: 'sendMessage' }]],
};

/** `items` of page `token` ("<api>#<n>") of `pages`, with the next page's token. */
function paged(api: string, pages: unknown[][] | undefined, token: string | undefined): RecordedResponse {
  const at = token === undefined ? 0 : Number(token.split('#')[1]);
  const next = at + 1 < (pages?.length ?? 0) ? { nextToken: `${api}#${at + 1}` } : {};
  return restJson({ items: pages?.[at] ?? [], ...next });
}

export function v2ApiRoutes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    {
      name: 'GetApis',
      match: (r) => r.method === 'GET' && r.path === '/v2/apis',
      respond: (r) => (r.query.nextToken === undefined ? restJson({ items: [v2Apis[0]], nextToken: 'apis#1' }) : restJson({ items: [v2Apis[1]] })),
    },
    {
      name: 'GetStages',
      match: (r) => r.method === 'GET' && parts(r)[3] === 'stages',
      respond: (r) => paged(parts(r)[2] ?? '', v2Stages[parts(r)[2] ?? ''], r.query.nextToken as string | undefined),
    },
    {
      name: 'GetRoutes',
      match: (r) => r.method === 'GET' && parts(r)[3] === 'routes',
      respond: (r) => paged(parts(r)[2] ?? '', v2Routes[parts(r)[2] ?? ''], r.query.nextToken as string | undefined),
    },
  ];
}
