/**
 * Pure mapping from MSK Connect's DescribeConnector answer to the
 * aws.kafkaconnect.connector catalog shape, one reader per field
 * (answers.ts), so one value AWS left out fails alone.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - No logDelivery, or no destination in it, is "not delivered" (false):
 *   log delivery is optional when a connector is created, and MSK Connect
 *   answers only the destinations configured. That is the failing value
 *   for the logging control, never a passing default.
 * - A destination that is answered without its enabled flag is unknown.
 */
import type { DescribeConnectorResponse } from '@aws-sdk/client-kafkaconnect';
import { emptyToNull, iso, knownValue, required, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Connector = CatalogData['aws.kafkaconnect.connector'];

const STATES = ['CREATING', 'DELETING', 'FAILED', 'PAUSED', 'PAUSING', 'RESTARTING', 'RESUMING', 'RUNNING', 'UPDATING'] as const;

/** The fields DescribeConnector fills; `name` comes from the listing. */
export const DESCRIBE_CONNECTOR_FIELDS = ['state', 'createdAt', 'encryptionInTransit', 'authenticationType', 'cloudWatchLogsEnabled', 'cloudWatchLogGroup', 'firehoseEnabled', 's3Enabled'] as const;

const delivered = (destination: { enabled?: boolean | undefined } | undefined, what: string): boolean => (destination === undefined ? false : required(destination.enabled, `${what}.enabled`));

export function connectorFields(connector: DescribeConnectorResponse): ReadersOf<Connector> {
  const workers = connector.logDelivery?.workerLogDelivery;
  return {
    state: () => knownValue(connector.connectorState, STATES, 'connectorState'),
    createdAt: () => iso(connector.creationTime, 'creationTime'),
    encryptionInTransit: () => knownValue(connector.kafkaClusterEncryptionInTransit?.encryptionType, ['PLAINTEXT', 'TLS'], 'kafkaClusterEncryptionInTransit.encryptionType'),
    authenticationType: () => knownValue(connector.kafkaClusterClientAuthentication?.authenticationType, ['NONE', 'IAM'], 'kafkaClusterClientAuthentication.authenticationType'),
    cloudWatchLogsEnabled: () => delivered(workers?.cloudWatchLogs, 'workerLogDelivery.cloudWatchLogs'),
    cloudWatchLogGroup: () => (delivered(workers?.cloudWatchLogs, 'workerLogDelivery.cloudWatchLogs') ? emptyToNull(workers?.cloudWatchLogs?.logGroup) : null),
    firehoseEnabled: () => delivered(workers?.firehose, 'workerLogDelivery.firehose'),
    s3Enabled: () => delivered(workers?.s3, 'workerLogDelivery.s3'),
  };
}
