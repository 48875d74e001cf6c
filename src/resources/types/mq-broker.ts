import { defineResourceType } from '../define.js';
import { bool, nullable, obj, oneOf, str } from '../fields.js';

export const mqBroker = defineResourceType({
  type: 'aws.mq.broker',
  service: 'mq',
  scope: 'regional',
  awsTypes: ['AWS::AmazonMQ::Broker'],
  description: 'An Amazon MQ broker (ActiveMQ or RabbitMQ) with its minor version upgrades, public reachability and log publishing. Broker users and their passwords are never read.',
  idDescription: 'the broker id (the ARN is on the resource)',
  data: obj({
    brokerId: str('Broker id (BrokerId).'),
    name: str('Broker name (BrokerName).'),
    engineType: oneOf(['ACTIVEMQ', 'RABBITMQ'], 'Message broker engine (EngineType).'),
    engineVersion: str('Engine version, e.g. 5.18 or 3.13 (EngineVersion).'),
    state: oneOf(['CREATION_FAILED', 'CREATION_IN_PROGRESS', 'CRITICAL_ACTION_REQUIRED', 'DELETION_IN_PROGRESS', 'REBOOT_IN_PROGRESS', 'REPLICA', 'RUNNING'], 'Broker state (BrokerState).'),
    deploymentMode: oneOf(['ACTIVE_STANDBY_MULTI_AZ', 'CLUSTER_MULTI_AZ', 'SINGLE_INSTANCE'], 'Deployment mode (DeploymentMode).'),
    autoMinorVersionUpgrade: bool('Whether Amazon MQ applies minor engine upgrades in the maintenance window (AutoMinorVersionUpgrade).'),
    publiclyAccessible: bool('Whether the broker can be reached from the internet (PubliclyAccessible).'),
    generalLogEnabled: bool('Whether the broker publishes its general log to CloudWatch Logs (Logs.General).'),
    auditLogEnabled: nullable(bool('Whether the broker publishes its audit log to CloudWatch Logs (Logs.Audit); null for a RabbitMQ broker, which has no audit log.')),
  }, 'Amazon MQ broker settings.'),
  example: {
    brokerId: 'b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9',
    name: 'orders',
    engineType: 'ACTIVEMQ',
    engineVersion: '5.18',
    state: 'RUNNING',
    deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ',
    autoMinorVersionUpgrade: true,
    publiclyAccessible: false,
    generalLogEnabled: true,
    auditLogEnabled: true,
  },
});
