import { defineResourceType } from '../define.js';
import { bool, list, obj, str } from '../fields.js';

export const rdsDbProxy = defineResourceType({
  type: 'aws.rds.db-proxy',
  service: 'rds',
  scope: 'regional',
  awsTypes: ['AWS::RDS::DBProxy'],
  description: 'An RDS Proxy with its engine family, whether it requires TLS from clients, its VPC and security groups, and debug logging.',
  idDescription: 'the proxy name (the ARN is on the resource)',
  data: obj({
    dbProxyName: str('Proxy name (DBProxyName).'),
    status: str('Proxy state (Status), e.g. available, creating, modifying, suspended.'),
    engineFamily: str('Kind of database the proxy connects to (EngineFamily): MYSQL, POSTGRESQL or SQLSERVER.'),
    requireTls: bool('Whether the proxy refuses connections that do not use TLS (RequireTLS).'),
    vpcId: str('VPC the proxy runs in (VpcId).'),
    vpcSecurityGroupIds: list(str('A VPC security group id, e.g. sg-0123456789abcdef0.'), 'VPC security groups attached to the proxy (VpcSecurityGroupIds); empty when none.'),
    debugLogging: bool('Whether the proxy logs the SQL it passes on, for debugging (DebugLogging).'),
  }, 'RDS Proxy settings.'),
  example: {
    dbProxyName: 'orders-proxy',
    status: 'available',
    engineFamily: 'POSTGRESQL',
    requireTls: true,
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
    debugLogging: false,
  },
});
