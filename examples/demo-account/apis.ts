/**
 * API Gateway. us-east-1: the orders REST API's prod stage built the way
 * the API Gateway policies ask (every method logged, cache encrypted,
 * X-Ray, backend certificate, WAF, access log); the legacy REST API's v1
 * stage that does none of it (one method turns logging off, a method
 * caches unencrypted); the notifications WebSocket API's prod stage,
 * logged and access-logged. eu-west-1: the partners HTTP API, whose
 * $default stage writes no access log and whose health route is open.
 */
import { apigatewayStage } from '../../src/resources/types/apigateway-stage.js';
import { apigatewayv2Route } from '../../src/resources/types/apigatewayv2-route.js';
import { apigatewayv2Stage } from '../../src/resources/types/apigatewayv2-stage.js';
import type { Resource } from '../../src/resources/resource.js';
import { apis, arn, make, type DemoRegion } from './demo.js';

const apigwArn = (region: DemoRegion, path: string): string => `arn:aws:apigateway:${region}::${path}`;

export function apigatewayStages(): Resource[] {
  return [
    make(apigatewayStage, {
      id: `${apis.ordersRest}/prod`, region: 'us-east-1', arn: apigwArn('us-east-1', `/restapis/${apis.ordersRest}/stages/prod`), tags: { team: 'orders' },
      data: {
        restApiId: apis.ordersRest, restApiName: 'orders', stageName: 'prod',
        webAclArn: arn.in('wafv2', 'us-east-1', 'regional/webacl/api-protection/1a2b3c4d-5678-90ab-cdef-1234567890ab'),
        accessLogSettings: { destinationArn: arn.logGroup('us-east-1', 'api-gateway/orders'), format: '$context.requestId $context.identity.sourceIp $context.status' },
      },
    }),
    // APIGateway.1 (one method overrides */* with OFF), .2, .3, .4, .5 (the override caches unencrypted) and no access log.
    make(apigatewayStage, {
      id: `${apis.legacyRest}/v1`, region: 'us-east-1', arn: apigwArn('us-east-1', `/restapis/${apis.legacyRest}/stages/v1`),
      data: {
        restApiId: apis.legacyRest, restApiName: 'legacy-billing', stageName: 'v1',
        methodSettings: [
          { methodPath: '*/*', loggingLevel: 'ERROR', cachingEnabled: false, cacheDataEncrypted: false },
          { methodPath: '~1invoices/GET', loggingLevel: 'OFF', cachingEnabled: true, cacheDataEncrypted: false },
        ],
        tracingEnabled: false, clientCertificateId: null, webAclArn: null, accessLogSettings: null,
      },
    }),
  ];
}

export function apigatewayv2Stages(): Resource[] {
  return [
    make(apigatewayv2Stage, {
      id: `${apis.notificationsWs}/prod`, region: 'us-east-1', arn: apigwArn('us-east-1', `/apis/${apis.notificationsWs}/stages/prod`),
      data: {
        apiId: apis.notificationsWs, apiName: 'notifications',
        accessLogSettings: { destinationArn: arn.logGroup('us-east-1', 'api-gateway/notifications'), format: '$context.requestId $context.identity.sourceIp $context.status' },
      },
    }),
    // APIGateway.9: no access log; HTTP APIs have no execution logging (APIGateway.1 not applicable).
    make(apigatewayv2Stage, {
      id: `${apis.partnersHttp}/$default`, region: 'eu-west-1', arn: apigwArn('eu-west-1', `/apis/${apis.partnersHttp}/stages/$default`),
      data: { apiId: apis.partnersHttp, apiName: 'partners', protocolType: 'HTTP', stageName: '$default', defaultLoggingLevel: null, routeSettings: [], accessLogSettings: null },
    }),
  ];
}

export function apigatewayv2Routes(): Resource[] {
  const route = (routeId: string, routeKey: string, authorization: { authorizationType: 'NONE' | 'JWT'; authorizerId: string | null }): Resource => make(apigatewayv2Route, {
    id: `${apis.partnersHttp}/${routeId}`, region: 'eu-west-1', arn: apigwArn('eu-west-1', `/apis/${apis.partnersHttp}/routes/${routeId}`),
    data: { apiId: apis.partnersHttp, apiName: 'partners', protocolType: 'HTTP', routeId, routeKey, ...authorization },
  });
  return [
    route('a1b2c3d', 'GET /orders', { authorizationType: 'JWT', authorizerId: 'jwt4prt' }),
    // APIGateway.8: anyone may call it.
    route('e4f5g6h', 'GET /health', { authorizationType: 'NONE', authorizerId: null }),
  ];
}
