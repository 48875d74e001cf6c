/**
 * `--source config` for Route 53 hosted zones against `--source api` on the
 * same recorded account: the zones served both as Route 53's own answers
 * (ListHostedZones and ListQueryLoggingConfigs, two pages each, REST-XML)
 * and as AWS Config's (two advanced query pages of Configuration Items
 * holding what AWS's Config resource schema lists for
 * AWS::Route53::HostedZone, CloudFormation's PascalCase), collected through
 * the real SDK clients each way. Route 53 is global: both read it once, in
 * us-east-1, as region "global". The resources must be equal, with what the
 * items lack (a public zone's privacy, the record counts, query logging)
 * read from one listing of each per run, however many zones lack them.
 */
import { describe, expect, it } from 'vitest';
import { route53HostedZones } from '../../src/collect/aws/route53/hosted-zones.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { route53HostedZoneFromConfig } from '../../src/collect/config/mappers/route53-hosted-zone.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { configRoutes } from '../support/config-recorded.js';
import { byTarget, queryError, xml, type Route, type WireRequest } from '../support/recorded-aws.js';

const NS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const isZones = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/2013-04-01/hostedzone';
const isLogging = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/2013-04-01/queryloggingconfig';
const logGroup = (name: string): string => `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/route53/${name}`;

interface Model { readonly id: string; readonly name: string; readonly isPrivate: boolean; readonly count: number; readonly logged: boolean }
const models: Model[] = [
  { id: 'ZPUBLICLOGGED', name: 'example.com.', isPrivate: false, count: 5, logged: true },
  { id: 'ZPUBLICQUIET', name: 'example.org.', isPrivate: false, count: 2, logged: false },
  { id: 'ZPRIVATE', name: 'internal.example.', isPrivate: true, count: 3, logged: false },
];

const zone = (m: Model): string =>
  `<HostedZone><Id>/hostedzone/${m.id}</Id><Name>${m.name}</Name><CallerReference>ref-${m.id}</CallerReference><Config><PrivateZone>${String(m.isPrivate)}</PrivateZone></Config><ResourceRecordSetCount>${m.count}</ResourceRecordSetCount></HostedZone>`;
const logging = (m: Model): string => `<QueryLoggingConfig><Id>qlc-${m.id}</Id><HostedZoneId>${m.id}</HostedZoneId><CloudWatchLogsLogGroupArn>${logGroup(m.name)}</CloudWatchLogsLogGroupArn></QueryLoggingConfig>`;

/** Route 53's own answers, every page: the two first zones, then the rest; no logging configuration on the first page, the rest on the second. */
const route53Routes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  {
    name: 'ListHostedZones', match: isZones,
    respond: (r) => (r.query.marker === undefined
      ? xml(`<ListHostedZonesResponse xmlns="${NS}"><HostedZones>${models.slice(0, 2).map(zone).join('')}</HostedZones><IsTruncated>true</IsTruncated><NextMarker>${models[2]?.id ?? ''}</NextMarker><MaxItems>100</MaxItems></ListHostedZonesResponse>`)
      : xml(`<ListHostedZonesResponse xmlns="${NS}"><HostedZones>${models.slice(2).map(zone).join('')}</HostedZones><Marker>${models[2]?.id ?? ''}</Marker><IsTruncated>false</IsTruncated><MaxItems>100</MaxItems></ListHostedZonesResponse>`)),
  },
  {
    name: 'ListQueryLoggingConfigs', match: isLogging,
    respond: (r) => (r.query.nexttoken === undefined
      ? xml(`<ListQueryLoggingConfigsResponse xmlns="${NS}"><QueryLoggingConfigs></QueryLoggingConfigs><NextToken>page-2</NextToken></ListQueryLoggingConfigsResponse>`)
      : xml(`<ListQueryLoggingConfigsResponse xmlns="${NS}"><QueryLoggingConfigs>${models.filter((m) => m.logged).map(logging).join('')}</QueryLoggingConfigs></ListQueryLoggingConfigsResponse>`)),
  },
];

/** A zone as Config records it: CloudFormation's properties, PascalCase; only a private zone has VPCs. */
const item = (m: Model): string => JSON.stringify({
  resourceId: m.id, resourceType: 'AWS::Route53::HostedZone', resourceName: m.name, arn: `arn:aws:route53:::hostedzone/${m.id}`, accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
  configuration: {
    Id: m.id, Name: m.name, NameServers: m.isPrivate ? [] : ['ns-1.awsdns-01.org', 'ns-2.awsdns-02.com'],
    ...(m.isPrivate ? { VPCs: [{ VPCId: 'vpc-0a1b2c3d4e5f67890', VPCRegion: 'us-east-1' }] } : {}),
    ...(m.logged ? { QueryLoggingConfig: { CloudWatchLogsLogGroupArn: logGroup(m.name) } } : {}),
  },
  supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'dns' }], relationships: [],
});

const config = (recorded: string[], overrides: Route[] = []): Route[] => [...overrides, ...configRoutes(recorded), ...route53Routes()];
const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([route53HostedZoneFromConfig]);

describe('--source config for Route 53 hosted zones', () => {
  it('gives the same zones as --source api, in region "global" from us-east-1, with one listing of zones and of query logging for what the items lack', async () => {
    const api = await collectRecorded([route53HostedZones], route53Routes(), { regions: ['us-east-1', 'eu-west-1'] });
    const run = await collectRecorded(fromConfig, config(models.map(item)), { regions: ['us-east-1', 'eu-west-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ region: 'global', status: 'complete' })]);
    expect(run.aws.requests.filter(byTarget('StarlingDoveService.SelectResourceConfig')).map((r) => r.hostname)).toEqual(['config.us-east-1.amazonaws.com', 'config.us-east-1.amazonaws.com']);
    // One listing each (two pages), however many zones lack fields.
    expect(run.aws.requests.filter(isZones).map((r) => r.query.marker)).toEqual([undefined, 'ZPRIVATE']);
    expect(run.aws.requests.filter(isLogging).map((r) => r.query.nexttoken)).toEqual([undefined, 'page-2']);
  });

  it('names a zone deleted since Config recorded it as gone on the fields it must read, never "not logged"', async () => {
    const retired: Model = { id: 'ZRETIRED', name: 'retired.example.', isPrivate: false, count: 2, logged: false };
    const run = await collectRecorded(fromConfig, config([...models.map(item), item(retired)]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'ZRETIRED');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual([['privateZone', 'NoSuchHostedZone'], ['resourceRecordSetCount', 'NoSuchHostedZone'], ['queryLoggingConfigs', 'NoSuchHostedZone']]);
    expect(gone?.data).toEqual({ hostedZoneId: 'ZRETIRED', zoneName: 'retired.example.' });
  });

  it('records a denied ListQueryLoggingConfigs on every zone\'s query logging only', async () => {
    const denied: Route = { name: 'denied', match: isLogging, respond: queryError('AccessDenied', 'User is not authorized to perform: route53:ListQueryLoggingConfigs', 403) };
    const run = await collectRecorded(fromConfig, config(models.map(item), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])]).sort()).toEqual(models.map((m) => [m.id, [['queryLoggingConfigs', 'AccessDenied']]]).sort());
    expect(run.snapshot.resources.find((r) => r.id === 'ZPRIVATE')?.data).toEqual({ hostedZoneId: 'ZPRIVATE', zoneName: 'internal.example.', privateZone: true, resourceRecordSetCount: 3 });
  });

  it('records a denied ListHostedZones on the fields it fills, and the query logging it vouches for, never "none"', async () => {
    const denied: Route = { name: 'denied', match: isZones, respond: queryError('AccessDenied', 'User is not authorized to perform: route53:ListHostedZones', 403) };
    const run = await collectRecorded(fromConfig, config(models.map(item), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const priv = run.snapshot.resources.find((r) => r.id === 'ZPRIVATE');
    expect(priv?.data).toEqual({ hostedZoneId: 'ZPRIVATE', zoneName: 'internal.example.', privateZone: true });
    expect(priv?.errors?.map((e) => [e.path, e.code])).toEqual([['resourceRecordSetCount', 'AccessDenied'], ['queryLoggingConfigs', 'AccessDenied']]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });
});

describe('the Config collector for Route 53 hosted zones', () => {
  it('has no row the recorded runs above leave unsent', async () => {
    // An item without its configuration, which BatchGetResourceConfig cannot complete either: the listing is partial.
    const bare = JSON.stringify({ resourceId: 'ZPRIVATE', resourceType: 'AWS::Route53::HostedZone', accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
    const run = await collectRecorded(fromConfig, config([bare]), { regions: ['us-east-1'] });
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
