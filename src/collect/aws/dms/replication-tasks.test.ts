/** dmsReplicationTasks through the real DMS client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { dmsReplicationTasks } from './replication-tasks.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const DESCRIBE = 'AmazonDMSv20160101.DescribeReplicationTasks';
const arn = (kind: string, id: string): string => `arn:aws:dms:us-east-1:${ACCOUNT}:${kind}:${id}`;
const settings = (logging: unknown): string => JSON.stringify({ TargetMetadata: { SupportLobs: true }, Logging: logging, ControlTablesSettings: { StatusTableEnabled: false } });
const component = (id: string, severity: string): Record<string, string> => ({ Id: id, Severity: severity });
const task = (id: string, logging: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ReplicationTaskIdentifier: id, ReplicationTaskArn: arn('task', id.toUpperCase()), SourceEndpointArn: arn('endpoint', 'SOURCE'), TargetEndpointArn: arn('endpoint', 'TARGET'),
  ReplicationInstanceArn: arn('rep', 'ORDERS'), MigrationType: 'full-load-and-cdc', TableMappings: '{"rules":[]}', ReplicationTaskSettings: settings(logging), Status: 'running', ReplicationTaskCreationDate: 1736931600, ...extra,
});
const logged = { EnableLogging: true, LogComponents: [component('SOURCE_UNLOAD', 'LOGGER_SEVERITY_DEFAULT'), component('TARGET_APPLY', 'LOGGER_SEVERITY_DEBUG'), component('TARGET_LOAD', 'LOGGER_SEVERITY_DEFAULT'), component('SOURCE_CAPTURE', 'LOGGER_SEVERITY_DETAILED_DEBUG')] };

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'DescribeReplicationTasks', match: byTarget(DESCRIBE),
      respond: (r) => (r.params.Marker === undefined
        ? json({ ReplicationTasks: [task('orders-to-aurora', logged)], Marker: 'page-2' })
        // Logging off, components at the console's defaults.
        : json({ ReplicationTasks: [task('legacy-copy', { EnableLogging: false, LogComponents: [component('SOURCE_UNLOAD', 'LOGGER_SEVERITY_DEFAULT'), component('TARGET_LOAD', 'LOGGER_SEVERITY_WARNING')] }, { MigrationType: 'full-load', Status: 'stopped' })] })),
    },
  ];
}

const byId = (run: Awaited<ReturnType<typeof collectRecorded>>, id: string) => run.snapshot.resources.find((r) => r.type === 'aws.dms.replication-task' && r.id === id);

describe('dmsReplicationTasks', () => {
  it('follows Marker, asks for the settings, and maps each task with its logging', async () => {
    const run = await collectRecorded([dmsReplicationTasks], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(DESCRIBE)).map((r) => [r.params.Marker, r.params.WithoutSettings])).toEqual([[undefined, false], ['page-2', false]]);
    expect(byId(run, 'orders-to-aurora')).toMatchObject({ arn: arn('task', 'ORDERS-TO-AURORA'), tags: {} });
    expect(byId(run, 'orders-to-aurora')?.errors).toBeUndefined();
    expect(byId(run, 'orders-to-aurora')?.data).toEqual({
      replicationTaskIdentifier: 'orders-to-aurora', status: 'running', migrationType: 'full-load-and-cdc', sourceEndpointArn: arn('endpoint', 'SOURCE'), targetEndpointArn: arn('endpoint', 'TARGET'),
      replicationInstanceArn: arn('rep', 'ORDERS'), loggingEnabled: true,
      logComponents: [
        { id: 'SOURCE_UNLOAD', severity: 'LOGGER_SEVERITY_DEFAULT' }, { id: 'TARGET_APPLY', severity: 'LOGGER_SEVERITY_DEBUG' },
        { id: 'TARGET_LOAD', severity: 'LOGGER_SEVERITY_DEFAULT' }, { id: 'SOURCE_CAPTURE', severity: 'LOGGER_SEVERITY_DETAILED_DEBUG' },
      ],
    });
    expect(byId(run, 'legacy-copy')?.data).toMatchObject({ migrationType: 'full-load', status: 'stopped', loggingEnabled: false, logComponents: [{ id: 'SOURCE_UNLOAD', severity: 'LOGGER_SEVERITY_DEFAULT' }, { id: 'TARGET_LOAD', severity: 'LOGGER_SEVERITY_WARNING' }] });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.dms.replication-task', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('reads "no replication tasks" (ResourceNotFoundFault on the first page) as a complete, empty region', async () => {
    const none: Route = { name: 'none', match: byTarget(DESCRIBE), respond: jsonError('ResourceNotFoundFault', 'No replication tasks found', 404) };
    const run = await collectRecorded([dmsReplicationTasks], routes([none]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('marks coverage failed when the tasks cannot be listed, and partial when a later page fails', async () => {
    const denied: Route = { name: 'denied', match: byTarget(DESCRIBE), respond: jsonError('AccessDeniedException', 'no dms:DescribeReplicationTasks', 403) };
    const failed = await collectRecorded([dmsReplicationTasks], routes([denied]), { regions: ['us-east-1'] });
    expect(failed.problems).toEqual([]);
    expect(failed.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(failed.snapshot.errors).toEqual([expect.objectContaining({ service: 'dms', operation: 'DescribeReplicationTasks', code: 'AccessDeniedException' })]);
    const broken: Route = { name: 'page-2', match: (r) => byTarget(DESCRIBE)(r) && r.params.Marker === 'page-2', respond: jsonError('AccessDeniedException', 'no dms:DescribeReplicationTasks', 403) };
    const partial = await collectRecorded([dmsReplicationTasks], routes([broken]), { regions: ['us-east-1'] });
    expect(partial.snapshot.resources.map((r) => r.id)).toEqual(['orders-to-aurora']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });

  it('reads settings that are missing, not JSON or without Logging as unknown logging, never "off"', async () => {
    const odd: Route = {
      name: 'odd', match: byTarget(DESCRIBE), respond: json({ ReplicationTasks: [
        task('no-settings', logged, { ReplicationTaskSettings: undefined }),
        task('not-json', logged, { ReplicationTaskSettings: '{"Logging":' }),
        task('no-logging', undefined),
        task('odd-severity', { EnableLogging: true, LogComponents: [component('TARGET_APPLY', 'LOGGER_SEVERITY_CHATTY'), component('TARGET_LOAD', 'LOGGER_SEVERITY_DEFAULT')] }),
      ] }),
    };
    const run = await collectRecorded([dmsReplicationTasks], routes([odd]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const id of ['no-settings', 'not-json', 'no-logging']) {
      expect(byId(run, id)?.errors?.map((e) => e.path)).toEqual(['loggingEnabled', 'logComponents']);
      expect(byId(run, id)?.data).not.toHaveProperty('loggingEnabled');
    }
    expect(byId(run, 'not-json')?.errors?.[0]?.code).toBe('UnexpectedResponse');
    expect(byId(run, 'odd-severity')?.errors?.map((e) => [e.path, e.code])).toEqual([['logComponents[0]', 'IncompleteResponse']]);
    expect(byId(run, 'odd-severity')?.data).toMatchObject({ loggingEnabled: true });
  });
});

describe('dmsReplicationTasks call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(dmsReplicationTasks)).toEqual([]);
  });
});
