/** kafkaconnectConnectors through the real MSK Connect client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { kafkaconnectConnectors } from './connectors.js';
import type { RecordedResponse, Route, WireRequest } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
const connectError = (code: string, message: string, status: number): RecordedResponse => ({ status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ message }) });

const isList = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/v1/connectors';
const isDescribe = (r: WireRequest): boolean => r.method === 'GET' && r.path.startsWith('/v1/connectors/');
const arnOf = (r: WireRequest): string => decodeURIComponent(r.path.slice('/v1/connectors/'.length));
const arn = (name: string): string => `arn:aws:kafkaconnect:us-east-1:${ACCOUNT}:connector/${name}/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d-3`;

/** A connector as DescribeConnector answers it (wire names, ISO timestamps). */
const connector = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  connectorArn: arn(name), connectorName: name, connectorState: 'RUNNING', creationTime: '2025-06-01T09:00:00.000Z', currentVersion: '1', kafkaConnectVersion: '2.7.1',
  kafkaCluster: { apacheKafkaCluster: { bootstrapServers: 'b-1.events.kafka.us-east-1.amazonaws.com:9098', vpc: { subnets: ['subnet-0a1b2c3d4e5f67890'], securityGroups: ['sg-0123456789abcdef0'] } } },
  kafkaClusterClientAuthentication: { authenticationType: 'IAM' }, kafkaClusterEncryptionInTransit: { encryptionType: 'TLS' },
  logDelivery: { workerLogDelivery: { cloudWatchLogs: { enabled: true, logGroup: `/msk-connect/${name}` }, firehose: { enabled: false }, s3: { enabled: false } } },
  serviceExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/msk-connect`, connectorConfiguration: { 'connector.class': 'io.example.Sink' },
  ...extra,
});

const CONNECTORS: Record<string, Record<string, unknown>> = {
  [arn('orders-sink')]: connector('orders-sink'),
  // Plaintext to the cluster, no authentication, created without log delivery.
  [arn('legacy-source')]: connector('legacy-source', { kafkaClusterClientAuthentication: { authenticationType: 'NONE' }, kafkaClusterEncryptionInTransit: { encryptionType: 'PLAINTEXT' }, logDelivery: undefined }),
  // Logs to S3 only.
  [arn('archive-sink')]: connector('archive-sink', { connectorState: 'PAUSED', logDelivery: { workerLogDelivery: { s3: { enabled: true, bucket: 'connect-logs' } } } }),
};

function routes(overrides: Route[] = [], connectors = CONNECTORS): Route[] {
  const summary = (key: string): Record<string, unknown> => ({ ...CONNECTORS[arn(key)] });
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListConnectors', match: isList,
      respond: (r) => (r.query.nextToken === undefined ? restJson({ connectors: [summary('orders-sink'), summary('legacy-source')], nextToken: 'page-2' }) : restJson({ connectors: [summary('archive-sink')] })),
    },
    {
      name: 'DescribeConnector', match: isDescribe,
      respond: (r) => {
        const found = connectors[arnOf(r)];
        return found === undefined ? connectError('NotFoundException', `Connector ${arnOf(r)} not found.`, 404) : restJson(found);
      },
    },
  ];
}

describe('kafkaconnectConnectors', () => {
  it('follows nextToken through ListConnectors and maps each connector, no log delivery as none', async () => {
    const run = await collectRecorded([kafkaconnectConnectors], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(isList).map((r) => [r.query.maxResults, r.query.nextToken])).toEqual([['100', undefined], ['100', 'page-2']]);
    const found = run.snapshot.resources;
    expect(found.map((r) => r.id).sort()).toEqual(['archive-sink', 'legacy-source', 'orders-sink']);
    const sink = found.find((r) => r.id === 'orders-sink');
    expect(sink).toMatchObject({ type: 'aws.kafkaconnect.connector', arn: arn('orders-sink') });
    expect(sink?.data).toEqual({
      name: 'orders-sink', state: 'RUNNING', createdAt: '2025-06-01T09:00:00.000Z', encryptionInTransit: 'TLS', authenticationType: 'IAM',
      cloudWatchLogsEnabled: true, cloudWatchLogGroup: '/msk-connect/orders-sink', firehoseEnabled: false, s3Enabled: false,
    });
    expect(found.find((r) => r.id === 'legacy-source')?.data).toMatchObject({ encryptionInTransit: 'PLAINTEXT', authenticationType: 'NONE', cloudWatchLogsEnabled: false, cloudWatchLogGroup: null, firehoseEnabled: false, s3Enabled: false });
    expect(found.find((r) => r.id === 'archive-sink')?.data).toMatchObject({ state: 'PAUSED', cloudWatchLogsEnabled: false, s3Enabled: true });
    for (const r of found) expect(r.errors).toBeUndefined();
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.kafkaconnect.connector', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a connector deleted between listing and describing', async () => {
    const { [arn('archive-sink')]: _gone, ...rest } = CONNECTORS;
    const run = await collectRecorded([kafkaconnectConnectors], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['legacy-source', 'orders-sink']);
  });

  it('records AccessDenied on DescribeConnector on every field it fills, never "no logging"', async () => {
    const denied: Route = { name: 'denied', match: (r) => isDescribe(r) && arnOf(r) === arn('legacy-source'), respond: connectError('AccessDeniedException', 'not authorized to perform: kafkaconnect:DescribeConnector', 403) };
    const run = await collectRecorded([kafkaconnectConnectors], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const legacy = run.snapshot.resources.find((r) => r.id === 'legacy-source');
    expect(legacy?.data).toEqual({ name: 'legacy-source' });
    expect(legacy?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual(['state', 'createdAt', 'encryptionInTransit', 'authenticationType', 'cloudWatchLogsEnabled', 'cloudWatchLogGroup', 'firehoseEnabled', 's3Enabled']
      .map((path) => [path, 'AccessDeniedException', 'kafkaconnect:DescribeConnector']));
  });

  it('marks coverage failed when ListConnectors is denied', async () => {
    const denied: Route = { name: 'list-denied', match: isList, respond: connectError('AccessDeniedException', 'not authorized to perform: kafkaconnect:ListConnectors', 403) };
    const run = await collectRecorded([kafkaconnectConnectors], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.kafkaconnect.connector', status: 'failed', reason: 'AccessDeniedException on kafkaconnect:ListConnectors: not authorized to perform: kafkaconnect:ListConnectors' })]);
  });

  it('fails only what an incomplete answer leaves out: no encryption type is unknown, a destination without its flag too', async () => {
    const partial = { ...CONNECTORS, [arn('orders-sink')]: connector('orders-sink', { kafkaClusterEncryptionInTransit: {}, logDelivery: { workerLogDelivery: { cloudWatchLogs: { logGroup: '/x' }, s3: { enabled: false } } } }) };
    const run = await collectRecorded([kafkaconnectConnectors], routes([], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const sink = run.snapshot.resources.find((r) => r.id === 'orders-sink');
    expect(sink?.errors?.map((e) => [e.path, e.code])).toEqual([['encryptionInTransit', 'IncompleteResponse'], ['cloudWatchLogsEnabled', 'IncompleteResponse'], ['cloudWatchLogGroup', 'IncompleteResponse']]);
    expect(sink?.data).toMatchObject({ authenticationType: 'IAM', firehoseEnabled: false, s3Enabled: false });
  });
});

describe('kafkaconnectConnectors call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(kafkaconnectConnectors)).toEqual([]);
  });
});
