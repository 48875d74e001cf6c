/** mqBrokers through the real Amazon MQ client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { mqBrokers } from './brokers.js';
import type { RecordedResponse, Route, WireRequest } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';

const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
const mqError = (code: string, message: string, status: number): RecordedResponse => ({ status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ message, errorAttribute: '' }) });

const isList = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/v1/brokers';
const isDescribe = (r: WireRequest): boolean => r.method === 'GET' && /^\/v1\/brokers\/[^/]+$/.test(r.path);
const idOf = (r: WireRequest): string => decodeURIComponent(r.path.slice('/v1/brokers/'.length));
const arn = (id: string, name: string): string => `arn:aws:mq:us-east-1:${ACCOUNT}:broker:${name}:${id}`;

/** A broker as DescribeBroker answers it (wire names); its users are listed by name only, as Amazon MQ answers them. */
const broker = (id: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  brokerId: id, brokerName: name, brokerArn: arn(id, name), brokerState: 'RUNNING', created: '2025-06-01T09:00:00.000Z', deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ',
  engineType: 'ACTIVEMQ', engineVersion: '5.18', hostInstanceType: 'mq.m5.large', autoMinorVersionUpgrade: true, publiclyAccessible: false,
  logs: { audit: true, auditLogGroup: `/aws/amazonmq/broker/${id}/audit`, general: true, generalLogGroup: `/aws/amazonmq/broker/${id}/general` },
  users: [{ username: 'app' }], tags: { team: 'orders' },
  ...extra,
});

const BROKERS: Record<string, Record<string, unknown>> = {
  'b-orders': broker('b-orders', 'orders'),
  // Created with the defaults: no minor upgrades, no logs, public.
  'b-legacy': broker('b-legacy', 'legacy', { autoMinorVersionUpgrade: false, publiclyAccessible: true, deploymentMode: 'SINGLE_INSTANCE', logs: { audit: false, general: false }, tags: {} }),
  // RabbitMQ has no audit log: Amazon MQ answers no audit flag.
  'b-rabbit': broker('b-rabbit', 'events', { engineType: 'RABBITMQ', engineVersion: '3.13', deploymentMode: 'CLUSTER_MULTI_AZ', logs: { general: true, generalLogGroup: '/aws/amazonmq/broker/b-rabbit/general' } }),
};
const summary = (id: string): Record<string, unknown> => {
  const b = BROKERS[id] ?? {};
  return { brokerId: b.brokerId, brokerName: b.brokerName, brokerArn: b.brokerArn, brokerState: b.brokerState, created: b.created, deploymentMode: b.deploymentMode, engineType: b.engineType, hostInstanceType: b.hostInstanceType };
};

function routes(overrides: Route[] = [], brokers = BROKERS): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListBrokers', match: isList,
      respond: (r) => (r.query.nextToken === undefined ? restJson({ brokerSummaries: [summary('b-orders'), summary('b-legacy')], nextToken: 'page-2' }) : restJson({ brokerSummaries: [summary('b-rabbit')] })),
    },
    {
      name: 'DescribeBroker', match: isDescribe,
      respond: (r) => {
        const found = brokers[idOf(r)];
        return found === undefined ? mqError('NotFoundException', `Can't find requested broker [${idOf(r)}].`, 404) : restJson(found);
      },
    },
  ];
}

describe('mqBrokers', () => {
  it('follows nextToken through ListBrokers and maps each broker, RabbitMQ\'s missing audit log as none', async () => {
    const run = await collectRecorded([mqBrokers], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(isList).map((r) => [r.query.maxResults, r.query.nextToken])).toEqual([['100', undefined], ['100', 'page-2']]);
    expect(run.aws.requests.some((r) => r.path.includes('/users'))).toBe(false);
    const found = run.snapshot.resources;
    expect(found.map((r) => r.id).sort()).toEqual(['b-legacy', 'b-orders', 'b-rabbit']);
    const orders = found.find((r) => r.id === 'b-orders');
    expect(orders).toMatchObject({ type: 'aws.mq.broker', arn: arn('b-orders', 'orders'), tags: { team: 'orders' } });
    expect(orders?.data).toEqual({
      brokerId: 'b-orders', name: 'orders', engineType: 'ACTIVEMQ', engineVersion: '5.18', state: 'RUNNING', deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ',
      autoMinorVersionUpgrade: true, publiclyAccessible: false, generalLogEnabled: true, auditLogEnabled: true,
    });
    expect(found.find((r) => r.id === 'b-legacy')?.data).toMatchObject({ autoMinorVersionUpgrade: false, publiclyAccessible: true, generalLogEnabled: false, auditLogEnabled: false });
    expect(found.find((r) => r.id === 'b-rabbit')?.data).toMatchObject({ engineType: 'RABBITMQ', auditLogEnabled: null, generalLogEnabled: true });
    for (const r of found) expect(r.errors).toBeUndefined();
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.mq.broker', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a broker deleted between listing and describing', async () => {
    const { 'b-legacy': _gone, ...rest } = BROKERS;
    const run = await collectRecorded([mqBrokers], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['b-orders', 'b-rabbit']);
  });

  it('records AccessDenied on DescribeBroker on every field it fills and the tags', async () => {
    const denied: Route = { name: 'denied', match: (r) => isDescribe(r) && idOf(r) === 'b-legacy', respond: mqError('ForbiddenException', 'not authorized to perform: mq:DescribeBroker', 403) };
    const run = await collectRecorded([mqBrokers], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const legacy = run.snapshot.resources.find((r) => r.id === 'b-legacy');
    expect(legacy).toMatchObject({ arn: arn('b-legacy', 'legacy') });
    expect(legacy?.data).toEqual({ brokerId: 'b-legacy' });
    expect(legacy?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([...['name', 'engineType', 'engineVersion', 'state', 'deploymentMode', 'autoMinorVersionUpgrade', 'publiclyAccessible', 'generalLogEnabled', 'auditLogEnabled'], TAGS_ERROR_PATH]
      .map((path) => [path, 'ForbiddenException', 'mq:DescribeBroker']));
  });

  it('marks coverage failed when ListBrokers is denied', async () => {
    const denied: Route = { name: 'list-denied', match: isList, respond: mqError('ForbiddenException', 'not authorized to perform: mq:ListBrokers', 403) };
    const run = await collectRecorded([mqBrokers], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.mq.broker', status: 'failed', reason: 'ForbiddenException on mq:ListBrokers: not authorized to perform: mq:ListBrokers' })]);
  });

  it('fails only what an incomplete answer leaves out: an ActiveMQ broker without its audit flag is unknown, never "off"', async () => {
    const partial = { ...BROKERS, 'b-orders': broker('b-orders', 'orders', { logs: { general: true }, autoMinorVersionUpgrade: undefined }) };
    const run = await collectRecorded([mqBrokers], routes([], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const orders = run.snapshot.resources.find((r) => r.id === 'b-orders');
    expect(orders?.errors?.map((e) => [e.path, e.code])).toEqual([['autoMinorVersionUpgrade', 'IncompleteResponse'], ['auditLogEnabled', 'IncompleteResponse']]);
    expect(orders?.data).toMatchObject({ generalLogEnabled: true });
  });
});

describe('mqBrokers call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(mqBrokers)).toEqual([]);
  });
});
