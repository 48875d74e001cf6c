/** route53HostedZones through the real Route 53 client, fed recorded REST-XML answers routed on path. */
import { describe, expect, it } from 'vitest';
import { route53HostedZones } from './hosted-zones.js';
import { queryError, xml, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const NS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const isZones = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/2013-04-01/hostedzone';
const isLogging = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/2013-04-01/queryloggingconfig';
const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/route53/example.com`;

const zone = (id: string, name: string, isPrivate: boolean, count: number): string =>
  `<HostedZone><Id>/hostedzone/${id}</Id><Name>${name}</Name><CallerReference>ref-${id}</CallerReference><Config><PrivateZone>${String(isPrivate)}</PrivateZone></Config><ResourceRecordSetCount>${count}</ResourceRecordSetCount></HostedZone>`;
const config = (id: string, zoneId: string): string => `<QueryLoggingConfig><Id>${id}</Id><HostedZoneId>${zoneId}</HostedZoneId><CloudWatchLogsLogGroupArn>${LOG_GROUP}</CloudWatchLogsLogGroupArn></QueryLoggingConfig>`;

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListHostedZones', match: isZones,
      respond: (r) => (r.query.marker === undefined
        ? xml(`<ListHostedZonesResponse xmlns="${NS}"><HostedZones>${zone('ZPUBLICLOGGED', 'example.com.', false, 5)}${zone('ZPUBLICQUIET', 'example.org.', false, 2)}</HostedZones><IsTruncated>true</IsTruncated><NextMarker>ZPRIVATE</NextMarker><MaxItems>100</MaxItems></ListHostedZonesResponse>`)
        : xml(`<ListHostedZonesResponse xmlns="${NS}"><HostedZones>${zone('ZPRIVATE', 'internal.example.', true, 3)}</HostedZones><Marker>ZPRIVATE</Marker><IsTruncated>false</IsTruncated><MaxItems>100</MaxItems></ListHostedZonesResponse>`)),
    },
    {
      name: 'ListQueryLoggingConfigs', match: isLogging,
      respond: (r) => (r.query.nexttoken === undefined
        ? xml(`<ListQueryLoggingConfigsResponse xmlns="${NS}"><QueryLoggingConfigs></QueryLoggingConfigs><NextToken>page-2</NextToken></ListQueryLoggingConfigsResponse>`)
        : xml(`<ListQueryLoggingConfigsResponse xmlns="${NS}"><QueryLoggingConfigs>${config('qlc-1', 'ZPUBLICLOGGED')}</QueryLoggingConfigs></ListQueryLoggingConfigsResponse>`)),
    },
  ];
}

describe('route53HostedZones', () => {
  it('follows both listings\' pages and gives each zone the query logging configurations that name it', async () => {
    const run = await collectRecorded([route53HostedZones], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(isZones).map((r) => [r.query.marker, r.query.maxitems])).toEqual([[undefined, '100'], ['ZPRIVATE', '100']]);
    expect(run.aws.requests.filter(isLogging).map((r) => r.query.nexttoken)).toEqual([undefined, 'page-2']);
    const zones = run.snapshot.resources.filter((r) => r.type === 'aws.route53.hosted-zone');
    expect(zones.map((z) => `${z.region} ${z.id}`).sort()).toEqual(['global ZPRIVATE', 'global ZPUBLICLOGGED', 'global ZPUBLICQUIET']);
    const logged = zones.find((z) => z.id === 'ZPUBLICLOGGED');
    expect(logged).toMatchObject({ arn: 'arn:aws:route53:::hostedzone/ZPUBLICLOGGED', name: 'example.com.' });
    expect(logged?.data).toEqual({ hostedZoneId: 'ZPUBLICLOGGED', zoneName: 'example.com.', privateZone: false, resourceRecordSetCount: 5, queryLoggingConfigs: [{ id: 'qlc-1', cloudWatchLogsLogGroupArn: LOG_GROUP }] });
    // No configuration names it: a fact, since the whole listing was read.
    expect(zones.find((z) => z.id === 'ZPUBLICQUIET')?.data).toMatchObject({ privateZone: false, queryLoggingConfigs: [] });
    expect(zones.find((z) => z.id === 'ZPRIVATE')?.data).toMatchObject({ privateZone: true, queryLoggingConfigs: [] });
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.route53.hosted-zone', account: ACCOUNT, region: 'global', status: 'complete' }]);
  });

  it('fails every zone\'s query logging when ListQueryLoggingConfigs is denied, never "not logged"', async () => {
    const denied: Route = { name: 'logging-denied', match: isLogging, respond: queryError('AccessDenied', 'User is not authorized to perform: route53:ListQueryLoggingConfigs', 403) };
    const run = await collectRecorded([route53HostedZones], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const zones = run.snapshot.resources;
    expect(zones).toHaveLength(3);
    for (const z of zones) {
      expect('queryLoggingConfigs' in z.data).toBe(false);
      expect(z.errors).toEqual([{ path: 'queryLoggingConfigs', code: 'AccessDenied', message: 'User is not authorized to perform: route53:ListQueryLoggingConfigs', operation: 'route53:ListQueryLoggingConfigs' }]);
    }
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('fails every zone\'s query logging when a configuration names no zone', async () => {
    const odd: Route = { name: 'unplaced', match: isLogging, respond: xml(`<ListQueryLoggingConfigsResponse xmlns="${NS}"><QueryLoggingConfigs><QueryLoggingConfig><Id>qlc-x</Id><CloudWatchLogsLogGroupArn>${LOG_GROUP}</CloudWatchLogsLogGroupArn></QueryLoggingConfig></QueryLoggingConfigs></ListQueryLoggingConfigsResponse>`) };
    const run = await collectRecorded([route53HostedZones], routes([odd]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((z) => z.id === 'ZPUBLICQUIET')?.errors).toEqual([expect.objectContaining({ path: 'queryLoggingConfigs[0]', code: 'IncompleteResponse' })]);
  });

  it('fails the coverage when hosted zones cannot be listed', async () => {
    const denied: Route = { name: 'zones-denied', match: isZones, respond: queryError('AccessDenied', 'User is not authorized to perform: route53:ListHostedZones', 403) };
    const run = await collectRecorded([route53HostedZones], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDenied on route53:ListHostedZones: User is not authorized to perform: route53:ListHostedZones' })]);
  });
});

describe('route53HostedZones call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(route53HostedZones)).toEqual([]);
  });
});
