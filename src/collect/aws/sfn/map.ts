/**
 * Pure mapping from DescribeStateMachine's answer to the
 * aws.sfn.state-machine catalog shape, one reader per field (answers.ts),
 * so one value AWS left out fails alone. The definition is never read: it
 * can hold secrets, and the collector asks for metadata only.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - loggingConfiguration.destinations absent is "no log groups" (empty):
 *   Step Functions sends the list only when logging names some. The
 *   logging level itself is answered for every state machine (OFF when
 *   logging was never configured): without it, logging is unknown.
 */
import type { DescribeStateMachineCommandOutput } from '@aws-sdk/client-sfn';
import { iso, knownValue, required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type StateMachine = CatalogData['aws.sfn.state-machine'];

/** The fields DescribeStateMachine fills; `name` and `arn` come from the listing. */
export const STATE_MACHINE_FIELDS = ['type', 'status', 'createdAt', 'roleArn', 'loggingLevel', 'includeExecutionData', 'logGroupArns', 'tracingEnabled'] as const;

export function stateMachineFields(answer: DescribeStateMachineCommandOutput): ReadersOf<StateMachine> {
  const logging = () => required(answer.loggingConfiguration, 'loggingConfiguration');
  return {
    type: () => knownValue(answer.type, ['STANDARD', 'EXPRESS'] as const, 'type'),
    status: () => knownValue(answer.status, ['ACTIVE', 'DELETING'] as const, 'status'),
    createdAt: () => iso(answer.creationDate, 'creationDate'),
    roleArn: () => text(answer.roleArn, 'roleArn'),
    loggingLevel: () => knownValue(logging().level, ['ALL', 'ERROR', 'FATAL', 'OFF'] as const, 'loggingConfiguration.level'),
    includeExecutionData: () => required(logging().includeExecutionData, 'loggingConfiguration.includeExecutionData'),
    logGroupArns: () => (logging().destinations ?? []).map((d) => text(d.cloudWatchLogsLogGroup?.logGroupArn, 'loggingConfiguration.destinations[].cloudWatchLogsLogGroup.logGroupArn')),
    tracingEnabled: () => required(answer.tracingConfiguration?.enabled, 'tracingConfiguration.enabled'),
  };
}
