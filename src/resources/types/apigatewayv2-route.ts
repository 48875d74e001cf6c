import { defineResourceType } from '../define.js';
import { nullable, obj, oneOf, str } from '../fields.js';

export const apigatewayv2Route = defineResourceType({
  type: 'aws.apigatewayv2.route',
  service: 'apigateway',
  scope: 'regional',
  awsTypes: ['AWS::ApiGatewayV2::Route'],
  description: 'A route of an API Gateway HTTP or WebSocket API and how callers of it are authorized.',
  idDescription: '"<API id>/<route id>"',
  data: obj({
    apiId: str('Id of the API the route belongs to (GetApis ApiId).'),
    apiName: str('Name of the API (GetApis Name).'),
    protocolType: oneOf(['HTTP', 'WEBSOCKET'], 'Protocol of the API (GetApis ProtocolType).'),
    routeId: str('Route id (GetRoutes RouteId).'),
    routeKey: str('Route key, e.g. "GET /orders", "$default" or "$connect" (GetRoutes RouteKey).'),
    authorizationType: oneOf(['NONE', 'AWS_IAM', 'CUSTOM', 'JWT'], 'How callers are authorized (GetRoutes AuthorizationType; NONE, the default, when AWS leaves it out): NONE for open access, AWS_IAM, CUSTOM for a Lambda authorizer, JWT.'),
    authorizerId: nullable(str('Id of the authorizer of a CUSTOM or JWT route (GetRoutes AuthorizerId); null when none is set.')),
  }, 'HTTP or WebSocket API route settings.'),
  example: {
    apiId: 'k1l2m3n4o5',
    apiName: 'orders-http',
    protocolType: 'HTTP',
    routeId: 'r0ute1d',
    routeKey: 'GET /orders',
    authorizationType: 'JWT',
    authorizerId: 'au7h0r',
  },
});
