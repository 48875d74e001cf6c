import { defineResourceType } from '../define.js';
import { bool, nullable, obj, oneOf, str } from '../fields.js';

export const dmsEndpoint = defineResourceType({
  type: 'aws.dms.endpoint',
  service: 'dms',
  scope: 'regional',
  awsTypes: ['AWS::DMS::Endpoint'],
  description: 'An AWS DMS source or target endpoint with its SSL mode and the authentication and TLS settings of Neptune, MongoDB and Redis endpoints. No password, secret or user name is collected (MongoDbSettings.Password, RedisSettings.AuthPassword and the like are never read); tags are not read.',
  idDescription: 'the endpoint identifier (the ARN is on the resource)',
  data: obj({
    endpointIdentifier: str('Endpoint identifier (EndpointIdentifier).'),
    endpointType: oneOf(['source', 'target'], 'Whether DMS reads from or writes to the endpoint (EndpointType, answered in either case).'),
    engineName: str('Database engine or service, e.g. mysql, postgres, neptune, mongodb, redis, s3 (EngineName).'),
    status: str('Endpoint status (Status), e.g. active.'),
    sslMode: oneOf(['none', 'require', 'verify-ca', 'verify-full'], 'SSL mode of the connection (SslMode); none means no TLS.'),
    certificateArn: nullable(str('CA certificate DMS verifies the server with (CertificateArn); null when none is set.')),
    neptuneIamAuthEnabled: nullable(bool('Whether DMS authenticates to Neptune with IAM (NeptuneSettings.IamAuthEnabled); null when the endpoint has no NeptuneSettings.')),
    mongoDbAuthType: nullable(oneOf(['no', 'password'], 'Whether DMS authenticates to MongoDB (MongoDbSettings.AuthType); null when the endpoint has no MongoDbSettings.')),
    mongoDbAuthMechanism: nullable(oneOf(['default', 'mongodb_cr', 'scram_sha_1'], 'MongoDB authentication mechanism (MongoDbSettings.AuthMechanism); null when there are no MongoDbSettings or no mechanism is named.')),
    redisSslSecurityProtocol: nullable(oneOf(['plaintext', 'ssl-encryption'], 'Whether DMS connects to Redis over TLS (RedisSettings.SslSecurityProtocol); null when the endpoint has no RedisSettings.')),
  }, 'DMS endpoint settings.'),
  example: {
    endpointIdentifier: 'orders-source',
    endpointType: 'source',
    engineName: 'mysql',
    status: 'active',
    sslMode: 'verify-full',
    certificateArn: 'arn:aws:dms:us-east-1:123456789012:cert:ORDERSCA',
    neptuneIamAuthEnabled: null,
    mongoDbAuthType: null,
    mongoDbAuthMechanism: null,
    redisSslSecurityProtocol: null,
  },
});
