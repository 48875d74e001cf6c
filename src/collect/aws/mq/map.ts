/**
 * Pure mapping from Amazon MQ's DescribeBroker answer to the aws.mq.broker
 * catalog shape, one reader per field (answers.ts), so one value AWS left
 * out fails alone. The answer's Users (names only; Amazon MQ never returns
 * passwords) are not read.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - Logs.Audit absent on a RabbitMQ broker is null: RabbitMQ has no audit
 *   log. On ActiveMQ it is unknown, never "off" and never "on".
 */
import type { DescribeBrokerResponse } from '@aws-sdk/client-mq';
import { knownValue, required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Broker = CatalogData['aws.mq.broker'];

const ENGINES = ['ACTIVEMQ', 'RABBITMQ'] as const;
const STATES = ['CREATION_FAILED', 'CREATION_IN_PROGRESS', 'CRITICAL_ACTION_REQUIRED', 'DELETION_IN_PROGRESS', 'REBOOT_IN_PROGRESS', 'REPLICA', 'RUNNING'] as const;
const MODES = ['ACTIVE_STANDBY_MULTI_AZ', 'CLUSTER_MULTI_AZ', 'SINGLE_INSTANCE'] as const;

/** The fields DescribeBroker fills; `brokerId` comes from the listing. */
export const DESCRIBE_BROKER_FIELDS = ['name', 'engineType', 'engineVersion', 'state', 'deploymentMode', 'autoMinorVersionUpgrade', 'publiclyAccessible', 'generalLogEnabled', 'auditLogEnabled'] as const;

export function brokerFields(broker: DescribeBrokerResponse): ReadersOf<Broker> {
  return {
    name: () => text(broker.BrokerName, 'BrokerName'),
    engineType: () => knownValue(broker.EngineType, ENGINES, 'EngineType'),
    engineVersion: () => text(broker.EngineVersion, 'EngineVersion'),
    state: () => knownValue(broker.BrokerState, STATES, 'BrokerState'),
    deploymentMode: () => knownValue(broker.DeploymentMode, MODES, 'DeploymentMode'),
    autoMinorVersionUpgrade: () => required(broker.AutoMinorVersionUpgrade, 'AutoMinorVersionUpgrade'),
    publiclyAccessible: () => required(broker.PubliclyAccessible, 'PubliclyAccessible'),
    generalLogEnabled: () => required(broker.Logs?.General, 'Logs.General'),
    auditLogEnabled: () => {
      if (knownValue(broker.EngineType, ENGINES, 'EngineType') === 'RABBITMQ') return broker.Logs?.Audit ?? null;
      return required(broker.Logs?.Audit, 'Logs.Audit');
    },
  };
}
