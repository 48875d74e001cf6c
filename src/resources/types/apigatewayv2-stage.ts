import { defineResourceType } from '../define.js';
import { list, nullable, obj, oneOf, str } from '../fields.js';

const LEVELS = ['OFF', 'ERROR', 'INFO'] as const;

export const apigatewayv2Stage = defineResourceType({
  type: 'aws.apigatewayv2.stage',
  service: 'apigateway',
  scope: 'regional',
  awsTypes: ['AWS::ApiGatewayV2::Stage'],
  description: 'A stage of an API Gateway HTTP or WebSocket API: its default and per-route execution logging level and its access logging.',
  idDescription: '"<API id>/<stage name>"',
  data: obj({
    apiId: str('Id of the API the stage belongs to (GetApis ApiId).'),
    apiName: str('Name of the API (GetApis Name).'),
    protocolType: oneOf(['HTTP', 'WEBSOCKET'], 'Protocol of the API (GetApis ProtocolType); only WebSocket APIs have execution logging.'),
    stageName: str('Stage name (GetStages StageName).'),
    defaultLoggingLevel: nullable(oneOf(LEVELS, 'Execution logging level of every route of the stage (GetStages DefaultRouteSettings LoggingLevel); null when none is set, so execution logging is off.')),
    routeSettings: list(obj({
      routeKey: str('The route the entry applies to (the key of GetStages RouteSettings).'),
      loggingLevel: nullable(oneOf(LEVELS, 'Execution logging level of that route (RouteSettings LoggingLevel); null when the entry sets none, so the default applies.')),
    }, 'One route\'s overriding settings.'), 'Per-route settings of the stage (GetStages RouteSettings), sorted by route key; empty when none is set.'),
    accessLogSettings: nullable(obj({
      destinationArn: str('CloudWatch Logs log group the access log goes to (AccessLogSettings DestinationArn).'),
      format: nullable(str('Access log line format (AccessLogSettings Format); null when none is set.')),
    }, 'Access logging of the stage (GetStages AccessLogSettings); null when access logging is off.')),
  }, 'HTTP or WebSocket API stage settings.'),
  example: {
    apiId: 'f6g7h8i9j0',
    apiName: 'notifications',
    protocolType: 'WEBSOCKET',
    stageName: 'prod',
    defaultLoggingLevel: 'ERROR',
    routeSettings: [{ routeKey: '$connect', loggingLevel: 'INFO' }],
    accessLogSettings: { destinationArn: 'arn:aws:logs:us-east-1:123456789012:log-group:api-gateway/notifications', format: '$context.requestId $context.identity.sourceIp $context.status' },
  },
});
