/** mskClusters through the real Kafka client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { mskClusters } from './clusters.js';
import type { RecordedResponse, Route, WireRequest } from '../../../../test/support/recorded-aws.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
/** MSK errors: the code in x-amzn-errortype, the message in the body. */
const mskError = (code: string, message: string, status: number): RecordedResponse => ({ status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ message }) });

const isList = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/api/v2/clusters';
const isDescribe = (r: WireRequest): boolean => r.method === 'GET' && r.path.startsWith('/api/v2/clusters/');
const arnOf = (r: WireRequest): string => decodeURIComponent(r.path.slice('/api/v2/clusters/'.length));
const arn = (name: string): string => `arn:aws:kafka:us-east-1:${ACCOUNT}:cluster/${name}/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d-2`;

/** A provisioned cluster as DescribeClusterV2 answers it (wire names, ISO timestamps); `settings` replaces parts of `provisioned`. */
const provisioned = (name: string, settings: Record<string, unknown> = {}): Record<string, unknown> => ({
  clusterArn: arn(name), clusterName: name, clusterType: 'PROVISIONED', creationTime: '2025-06-01T09:00:00.000Z', currentVersion: 'K3AEGXETSR30VB', state: 'ACTIVE', tags: { team: 'data' },
  provisioned: {
    brokerNodeGroupInfo: { clientSubnets: ['subnet-0a1b2c3d4e5f67890', 'subnet-0f1e2d3c4b5a69870'], instanceType: 'kafka.m5.large', securityGroups: ['sg-0123456789abcdef0'], connectivityInfo: { publicAccess: { type: 'DISABLED' } } },
    currentBrokerSoftwareInfo: { kafkaVersion: '3.6.0' },
    clientAuthentication: { sasl: { iam: { enabled: true }, scram: { enabled: false } }, tls: { enabled: false }, unauthenticated: { enabled: false } },
    encryptionInfo: { encryptionAtRest: { dataVolumeKMSKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab` }, encryptionInTransit: { clientBroker: 'TLS', inCluster: true } },
    numberOfBrokerNodes: 2,
    ...settings,
  },
});

const EVENTS = provisioned('events');
// Public brokers, plaintext between brokers and to clients, created without client authentication (no clientAuthentication at all).
const LEGACY = provisioned('legacy', {
  brokerNodeGroupInfo: { clientSubnets: ['subnet-0a1b2c3d4e5f67890'], instanceType: 'kafka.t3.small', connectivityInfo: { publicAccess: { type: 'SERVICE_PROVIDED_EIPS' } } },
  clientAuthentication: undefined,
  encryptionInfo: { encryptionInTransit: { clientBroker: 'TLS_PLAINTEXT', inCluster: false } },
});
const SERVERLESS: Record<string, unknown> = {
  clusterArn: arn('metrics'), clusterName: 'metrics', clusterType: 'SERVERLESS', creationTime: '2025-07-01T09:00:00.000Z', state: 'ACTIVE', tags: {},
  serverless: { vpcConfigs: [{ subnetIds: ['subnet-0a1b2c3d4e5f67890'] }], clientAuthentication: { sasl: { iam: { enabled: true } } } },
};
const CLUSTERS: Record<string, Record<string, unknown>> = { [arn('events')]: EVENTS, [arn('legacy')]: LEGACY, [arn('metrics')]: SERVERLESS };

function routes(overrides: Route[] = [], clusters = CLUSTERS): Route[] {
  const summary = (c: Record<string, unknown> | undefined): Record<string, unknown> => ({ ...c });
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListClustersV2', match: isList,
      respond: (r) => (r.query.nextToken === undefined
        ? restJson({ clusterInfoList: [summary(CLUSTERS[arn('events')]), summary(CLUSTERS[arn('legacy')])], nextToken: 'page-2' })
        : restJson({ clusterInfoList: [summary(CLUSTERS[arn('metrics')])] })),
    },
    {
      name: 'DescribeClusterV2', match: isDescribe,
      respond: (r) => {
        const found = clusters[arnOf(r)];
        return found === undefined ? mskError('NotFoundException', `The cluster ${arnOf(r)} does not exist.`, 404) : restJson({ clusterInfo: found });
      },
    },
  ];
}

describe('mskClusters', () => {
  it('follows nextToken through ListClustersV2 and maps provisioned and serverless clusters', async () => {
    const run = await collectRecorded([mskClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(isList).map((r) => [r.query.maxResults, r.query.nextToken])).toEqual([['100', undefined], ['100', 'page-2']]);
    const found = run.snapshot.resources;
    expect(found.map((r) => r.id).sort()).toEqual(['events', 'legacy', 'metrics']);
    const events = found.find((r) => r.id === 'events');
    expect(events).toMatchObject({ type: 'aws.msk.cluster', arn: arn('events'), tags: { team: 'data' } });
    expect(events?.data).toEqual({
      name: 'events', clusterType: 'PROVISIONED', state: 'ACTIVE', createdAt: '2025-06-01T09:00:00.000Z', kafkaVersion: '3.6.0',
      inClusterEncryption: true, clientBrokerEncryption: 'TLS', publicAccessType: 'DISABLED', unauthenticatedAccessEnabled: false,
    });
    // No client authentication answered: every client may connect.
    expect(found.find((r) => r.id === 'legacy')?.data).toMatchObject({ inClusterEncryption: false, clientBrokerEncryption: 'TLS_PLAINTEXT', publicAccessType: 'SERVICE_PROVIDED_EIPS', unauthenticatedAccessEnabled: true });
    expect(found.find((r) => r.id === 'metrics')?.data).toEqual({
      name: 'metrics', clusterType: 'SERVERLESS', state: 'ACTIVE', createdAt: '2025-07-01T09:00:00.000Z', kafkaVersion: null,
      inClusterEncryption: null, clientBrokerEncryption: null, publicAccessType: null, unauthenticatedAccessEnabled: null,
    });
    for (const r of found) expect(r.errors).toBeUndefined();
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.msk.cluster', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a cluster deleted between listing and describing', async () => {
    const { [arn('legacy')]: _gone, ...rest } = CLUSTERS;
    const run = await collectRecorded([mskClusters], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['events', 'metrics']);
  });

  it('records AccessDenied on DescribeClusterV2 on every field it fills and the tags, never an open cluster', async () => {
    const denied: Route = { name: 'denied', match: (r) => isDescribe(r) && arnOf(r) === arn('legacy'), respond: mskError('AccessDeniedException', 'not authorized to perform: kafka:DescribeClusterV2', 403) };
    const run = await collectRecorded([mskClusters], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const legacy = run.snapshot.resources.find((r) => r.id === 'legacy');
    expect(legacy?.data).toEqual({ name: 'legacy' });
    expect(legacy?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([...['clusterType', 'state', 'createdAt', 'kafkaVersion', 'inClusterEncryption', 'clientBrokerEncryption', 'publicAccessType', 'unauthenticatedAccessEnabled'], TAGS_ERROR_PATH]
      .map((path) => [path, 'AccessDeniedException', 'kafka:DescribeClusterV2']));
    expect(run.snapshot.resources.find((r) => r.id === 'events')?.errors).toBeUndefined();
  });

  it('marks coverage failed when ListClustersV2 is denied', async () => {
    const denied: Route = { name: 'list-denied', match: isList, respond: mskError('AccessDeniedException', 'not authorized to perform: kafka:ListClustersV2', 403) };
    const run = await collectRecorded([mskClusters], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.msk.cluster', status: 'failed', reason: 'AccessDeniedException on kafka:ListClustersV2: not authorized to perform: kafka:ListClustersV2' })]);
  });

  it('fails only what an incomplete answer leaves out: no in-cluster flag, public access or unauthenticated flag is unknown', async () => {
    const partial = {
      ...CLUSTERS,
      [arn('events')]: provisioned('events', {
        brokerNodeGroupInfo: { clientSubnets: ['subnet-0a1b2c3d4e5f67890'], instanceType: 'kafka.m5.large' },
        encryptionInfo: { encryptionInTransit: { clientBroker: 'TLS' } },
        clientAuthentication: { sasl: { iam: { enabled: true } } },
      }),
    };
    const run = await collectRecorded([mskClusters], routes([], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const events = run.snapshot.resources.find((r) => r.id === 'events');
    expect(events?.errors?.map((e) => [e.path, e.code])).toEqual([['inClusterEncryption', 'IncompleteResponse'], ['publicAccessType', 'IncompleteResponse'], ['unauthenticatedAccessEnabled', 'IncompleteResponse']]);
    expect(events?.data).toMatchObject({ clientBrokerEncryption: 'TLS', kafkaVersion: '3.6.0' });
  });
});

describe('mskClusters call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(mskClusters)).toEqual([]);
  });
});
