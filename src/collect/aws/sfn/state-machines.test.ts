/** sfnStateMachines through the real SFN client, fed recorded JSON-protocol answers (AWSStepFunctions targets). */
import { describe, expect, it } from 'vitest';
import { sfnStateMachines } from './state-machines.js';
import { byTarget, json, jsonError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import type { Resource } from '../../../resources/resource.js';

const arn = (name: string): string => `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:${name}`;
const LIST = 'AWSStepFunctions.ListStateMachines';
const DESCRIBE = 'AWSStepFunctions.DescribeStateMachine';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/sfn`;
const GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/vendedlogs/states/orders:*`;
/** A secret a definition may hold: the collector asks for metadata only and keeps no definition. */
const SECRET = 'sk_live_51HxExampleSecret';

const machine = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  stateMachineArn: arn(name), name, status: 'ACTIVE', type: 'STANDARD', roleArn: ROLE, creationDate: 1748768400,
  definition: JSON.stringify({ StartAt: 'Pay', States: { Pay: { Type: 'Pass', Parameters: { apiKey: SECRET }, End: true } } }),
  loggingConfiguration: { level: 'ERROR', includeExecutionData: false, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: GROUP } }] }, tracingConfiguration: { enabled: true }, ...extra,
});

const MACHINES: Record<string, Record<string, unknown>> = {
  orders: machine('orders'),
  // Never configured: Step Functions answers level OFF and no destinations.
  nightly: machine('nightly', { type: 'EXPRESS', loggingConfiguration: { level: 'OFF', includeExecutionData: false }, tracingConfiguration: { enabled: false } }),
  audit: machine('audit', { loggingConfiguration: { level: 'ALL', includeExecutionData: true, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: GROUP } }] } }),
};

const listed = (name: string): Record<string, unknown> => ({ stateMachineArn: arn(name), name, type: 'STANDARD', creationDate: 1748768400 });

function routes(overrides: Route[] = [], machines = MACHINES): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListStateMachines', match: byTarget(LIST),
      respond: (r) => (r.params.nextToken === undefined ? json({ stateMachines: [listed('audit'), listed('nightly')], nextToken: 'page-2' }) : json({ stateMachines: [listed('orders')] })),
    },
    {
      name: 'DescribeStateMachine', match: byTarget(DESCRIBE),
      respond: (r): RecordedResponse => {
        const found = machines[String(r.params.stateMachineArn).split(':').pop() ?? ''];
        return found === undefined ? jsonError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${String(r.params.stateMachineArn)}'`) : json(found);
      },
    },
  ];
}

const machinesOf = (resources: readonly Resource[]): Resource[] => resources.filter((r) => r.type === 'aws.sfn.state-machine');

describe('sfnStateMachines', () => {
  it('pages ListStateMachines, asks for metadata only, and maps logging and tracing without the definition', async () => {
    const run = await collectRecorded([sfnStateMachines], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => [r.params.maxResults, r.params.nextToken])).toEqual([[100, undefined], [100, 'page-2']]);
    expect(run.aws.requests.filter(byTarget(DESCRIBE)).map((r) => r.params.includedData)).toEqual(['METADATA_ONLY', 'METADATA_ONLY', 'METADATA_ONLY']);
    const machines = machinesOf(run.snapshot.resources);
    expect(machines.map((m) => m.id).sort()).toEqual(['audit', 'nightly', 'orders']);
    expect(machines.every((m) => m.errors === undefined)).toBe(true);
    expect(machines.find((m) => m.id === 'orders')).toMatchObject({ arn: arn('orders') });
    expect(machines.find((m) => m.id === 'orders')?.data).toEqual({
      name: 'orders', arn: arn('orders'), type: 'STANDARD', status: 'ACTIVE', createdAt: '2025-06-01T09:00:00.000Z', roleArn: ROLE,
      loggingLevel: 'ERROR', includeExecutionData: false, logGroupArns: [GROUP], tracingEnabled: true,
    });
    expect(machines.find((m) => m.id === 'nightly')?.data).toMatchObject({ type: 'EXPRESS', loggingLevel: 'OFF', logGroupArns: [], tracingEnabled: false });
    expect(JSON.stringify(run.snapshot)).not.toContain(SECRET);
  });

  it('leaves out a state machine deleted between listing and describing', async () => {
    const { nightly: _gone, ...rest } = MACHINES;
    const run = await collectRecorded([sfnStateMachines], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(machinesOf(run.snapshot.resources).map((m) => m.id).sort()).toEqual(['audit', 'orders']);
  });

  it('records AccessDenied on DescribeStateMachine on every field it fills, never logging OFF', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === DESCRIBE && r.params.stateMachineArn === arn('audit'), respond: jsonError('AccessDeniedException', 'not authorized to perform: states:DescribeStateMachine') };
    const run = await collectRecorded([sfnStateMachines], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const audit = run.snapshot.resources.find((r) => r.id === 'audit');
    expect(audit?.data).toEqual({ name: 'audit', arn: arn('audit') });
    expect(audit?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual(['type', 'status', 'createdAt', 'roleArn', 'loggingLevel', 'includeExecutionData', 'logGroupArns', 'tracingEnabled'].map((p) => [p, 'AccessDeniedException', 'states:DescribeStateMachine']));
  });

  it('fails only what an incomplete answer leaves out: no logging configuration is unknown, not OFF', async () => {
    const run = await collectRecorded([sfnStateMachines], routes([], { ...MACHINES, orders: machine('orders', { loggingConfiguration: undefined }) }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const orders = run.snapshot.resources.find((r) => r.id === 'orders');
    expect(orders?.errors?.map((e) => [e.path, e.code])).toEqual([['loggingLevel', 'IncompleteResponse'], ['includeExecutionData', 'IncompleteResponse'], ['logGroupArns', 'IncompleteResponse']]);
    expect(orders?.data).toMatchObject({ tracingEnabled: true, type: 'STANDARD' });
  });

  it('marks coverage failed when ListStateMachines is denied', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: states:ListStateMachines') };
    const run = await collectRecorded([sfnStateMachines], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.sfn.state-machine', status: 'failed', reason: 'AccessDeniedException on states:ListStateMachines: not authorized to perform: states:ListStateMachines' })]);
  });
});

describe('sfnStateMachines call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(sfnStateMachines)).toEqual([]);
  });
});
