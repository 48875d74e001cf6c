/**
 * API Gateway: REST API stages logging every method, logging with one
 * method overriding it OFF, or not at all, caching encrypted or not, with
 * and without X-Ray, a backend certificate, a web ACL and an access log;
 * HTTP and WebSocket API stages with and without execution and access
 * logging; HTTP and WebSocket routes with and without authorization.
 */
import { apigatewayStage } from '../../src/resources/types/apigateway-stage.js';
import { apigatewayv2Route } from '../../src/resources/types/apigatewayv2-route.js';
import { apigatewayv2Stage } from '../../src/resources/types/apigatewayv2-stage.js';
import { defineRecipe, denied, type Recipe, type Variation } from './recipe.js';

const rest = apigatewayStage.example;
const v2 = apigatewayv2Stage.example;
const level = ['OFF', 'ERROR', 'INFO'] as const;

export const apigatewayStageRecipe: Recipe = defineRecipe({
  definition: apigatewayStage,
  weight: 12,
  vary(rng): Variation<typeof apigatewayStage.data> {
    const caching = rng.chance(0.3);
    const methodSettings = rng.pick([
      [],
      [{ methodPath: '*/*', loggingLevel: rng.pick(level), cachingEnabled: caching, cacheDataEncrypted: rng.chance(0.6) }],
      [
        { methodPath: '*/*', loggingLevel: 'INFO' as const, cachingEnabled: caching, cacheDataEncrypted: true },
        { methodPath: '~1items/GET', loggingLevel: rng.pick(level), cachingEnabled: caching, cacheDataEncrypted: rng.chance(0.5) },
      ],
    ]);
    return {
      data: {
        methodSettings,
        cacheClusterEnabled: caching,
        tracingEnabled: rng.chance(0.4),
        clientCertificateId: rng.chance(0.3) ? rest.clientCertificateId : null,
        webAclArn: rng.chance(0.4) ? rest.webAclArn : null,
        accessLogSettings: rng.chance(0.6) ? rest.accessLogSettings : null,
      },
      ...(rng.chance(0.03) ? { errors: [denied('methodSettings', 'apigateway:GetStages', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const restApiId = `rest${String(seq).padStart(6, '0')}`;
    return { id: `${restApiId}/prod`, arn: `arn:aws:apigateway:${place.region}::/restapis/${restApiId}/stages/prod`, data: { restApiId, restApiName: `api-${seq}` } };
  },
});

export const apigatewayv2StageRecipe: Recipe = defineRecipe({
  definition: apigatewayv2Stage,
  weight: 10,
  vary(rng): Variation<typeof apigatewayv2Stage.data> {
    const websocket = rng.chance(0.4);
    return {
      data: {
        protocolType: websocket ? 'WEBSOCKET' : 'HTTP',
        defaultLoggingLevel: websocket && rng.chance(0.7) ? rng.pick(level) : null,
        routeSettings: websocket && rng.chance(0.3) ? [{ routeKey: 'sendMessage', loggingLevel: rng.pick(level) }] : [],
        accessLogSettings: rng.chance(0.6) ? v2.accessLogSettings : null,
      },
    };
  },
  identify(seq, place) {
    const apiId = `api${String(seq).padStart(7, '0')}`;
    return { id: `${apiId}/prod`, arn: `arn:aws:apigateway:${place.region}::/apis/${apiId}/stages/prod`, data: { apiId, apiName: `api-${seq}` } };
  },
});

export const apigatewayv2RouteRecipe: Recipe = defineRecipe({
  definition: apigatewayv2Route,
  weight: 25,
  vary(rng): Variation<typeof apigatewayv2Route.data> {
    const authorizationType = rng.pick(['NONE', 'AWS_IAM', 'CUSTOM', 'JWT'] as const);
    return {
      data: {
        protocolType: rng.chance(0.3) ? 'WEBSOCKET' : 'HTTP',
        routeKey: rng.pick(['GET /items', 'POST /items', '$default', '$connect']),
        authorizationType,
        authorizerId: authorizationType === 'CUSTOM' || authorizationType === 'JWT' ? 'au7h0r' : null,
      },
    };
  },
  identify(seq, place) {
    const apiId = `rt${String(seq % 97).padStart(8, '0')}`;
    const routeId = `r${String(seq).padStart(6, '0')}`;
    return { id: `${apiId}/${routeId}`, arn: `arn:aws:apigateway:${place.region}::/apis/${apiId}/routes/${routeId}`, data: { apiId, apiName: `api-${seq % 97}`, routeId } };
  },
});
