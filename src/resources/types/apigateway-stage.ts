import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, oneOf, str } from '../fields.js';

const LEVELS = ['OFF', 'ERROR', 'INFO'] as const;

const methodSetting = obj({
  methodPath: str('Which methods the entry applies to (the key of GetStages methodSettings): "*/*" for every method of the stage, "<resource path>/<HTTP method>" for one method that overrides it.', { minLength: 1 }),
  loggingLevel: oneOf(LEVELS, 'Execution logging level of those methods (MethodSetting loggingLevel): OFF, ERROR or INFO.'),
  cachingEnabled: bool('Whether responses of those methods are cached (MethodSetting cachingEnabled).'),
  cacheDataEncrypted: bool('Whether the cached responses are encrypted (MethodSetting cacheDataEncrypted).'),
}, 'One entry of the stage\'s method settings.');

export const apigatewayStage = defineResourceType({
  type: 'aws.apigateway.stage',
  service: 'apigateway',
  scope: 'regional',
  awsTypes: ['AWS::ApiGateway::Stage'],
  description: 'A stage of an API Gateway REST API: its method settings (execution logging, caching), X-Ray tracing, backend client certificate, WAF web ACL and access logging.',
  idDescription: '"<REST API id>/<stage name>"',
  data: obj({
    restApiId: str('Id of the REST API the stage belongs to (GetRestApis id).'),
    restApiName: str('Name of the REST API (GetRestApis name).'),
    stageName: str('Stage name (GetStages stageName).'),
    methodSettings: list(methodSetting, 'Method settings of the stage (GetStages methodSettings), sorted by method path; empty when none is set, so execution logging is off and nothing is cached.'),
    cacheClusterEnabled: bool('Whether the stage has a cache cluster (GetStages cacheClusterEnabled; false when AWS leaves it out).'),
    tracingEnabled: bool('Whether AWS X-Ray tracing is on for the stage (GetStages tracingEnabled; false when AWS leaves it out).'),
    clientCertificateId: nullable(str('Id of the client certificate API Gateway presents to the backend (GetStages clientCertificateId); null when the stage has none.')),
    webAclArn: nullable(str('ARN of the AWS WAF web ACL associated with the stage (GetStages webAclArn); null when none is.')),
    accessLogSettings: nullable(obj({
      destinationArn: str('CloudWatch Logs log group or Firehose stream the access log goes to (AccessLogSettings destinationArn).'),
      format: nullable(str('Access log line format (AccessLogSettings format); null when none is set.')),
    }, 'Access logging of the stage (GetStages accessLogSettings); null when access logging is off.')),
  }, 'REST API stage settings.'),
  example: {
    restApiId: 'a1b2c3d4e5',
    restApiName: 'orders',
    stageName: 'prod',
    methodSettings: [{ methodPath: '*/*', loggingLevel: 'ERROR', cachingEnabled: true, cacheDataEncrypted: true }],
    cacheClusterEnabled: true,
    tracingEnabled: true,
    clientCertificateId: 'q1w2e3',
    webAclArn: 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/api-protection/1a2b3c4d-5678-90ab-cdef-1234567890ab',
    accessLogSettings: { destinationArn: 'arn:aws:logs:us-east-1:123456789012:log-group:api-gateway/orders', format: '$context.requestId $context.identity.sourceIp $context.status' },
  },
});
