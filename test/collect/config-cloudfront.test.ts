/**
 * `--source config` for CloudFront distributions against `--source api` on
 * the same recorded account: the distributions served both as CloudFront's
 * own answers (ListDistributions in two pages, GetDistributionConfig per
 * distribution, REST-XML) and as AWS Config's (two advanced query pages of
 * Configuration Items holding what AWS's Config resource schema lists for
 * AWS::CloudFront::Distribution, the API's camelCase), collected through the
 * real SDK clients each way. CloudFront is global: both read it once, in
 * us-east-1, as region "global". The resources must be equal, with the
 * origins (the item has no originAccessControlId) read with one
 * GetDistributionConfig per distribution, and no listing.
 */
import { describe, expect, it } from 'vitest';
import { cloudfrontDistributions } from '../../src/collect/aws/cloudfront/distributions.js';
import { ClientPool } from '../../src/collect/clients.js';
import { collectFromAggregator } from '../../src/collect/config/aggregator.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { cloudfrontDistributionFromConfig } from '../../src/collect/config/mappers/cloudfront-distribution.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { createLocator } from '../../src/snapshot/locate.js';
import { validateSnapshot } from '../../src/snapshot/validate.js';
import { ACCOUNT, collectRecorded, credentials, regionsRoute, unsentCalls } from '../support/collect.js';
import { configRoutes } from '../support/config-recorded.js';
import { byTarget, json, queryError, RecordedAws, xml, type Route, type WireRequest } from '../support/recorded-aws.js';

const NS = 'http://cloudfront.amazonaws.com/doc/2020-05-31/';
const isList = (r: WireRequest): boolean => r.method === 'GET' && /\/distribution$/.test(r.path);
const configId = (r: WireRequest): string | undefined => /\/distribution\/([^/]+)\/config$/.exec(r.path)?.[1];
const isGetConfig = (r: WireRequest): boolean => configId(r) !== undefined;
const CERT = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/abc`;
const arn = (id: string): string => `arn:aws:cloudfront::${ACCOUNT}:distribution/${id}`;

interface Origin { readonly id: string; readonly domain: string; readonly s3?: { readonly oai: string }; readonly oac: string; readonly custom?: { readonly policy: string; readonly protocols: string[] } }
interface Behavior { readonly path: string; readonly target: string; readonly policy: string }
interface Model {
  readonly id: string; readonly root: string; readonly webAcl: string; readonly logBucket: string; readonly acm: boolean;
  readonly origins: Origin[]; readonly behaviors: Behavior[]; readonly groups: { readonly id: string; readonly members: string[] }[];
}
const models: Model[] = [
  {
    id: 'EHARDENED', root: 'index.html', webAcl: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/1`, logBucket: 'logs.s3.amazonaws.com', acm: true,
    origins: [{ id: 'site', domain: 'example-site.s3.us-east-1.amazonaws.com', s3: { oai: '' }, oac: 'E3OAC' }, { id: 'replica', domain: 'example-replica.s3.us-east-1.amazonaws.com', s3: { oai: '' }, oac: 'E3OAC' },
      { id: 'api', domain: 'api.example.com', oac: '', custom: { policy: 'https-only', protocols: ['TLSv1.2'] } }],
    behaviors: [{ path: '/api/*', target: 'api', policy: 'https-only' }], groups: [{ id: 'failover', members: ['site', 'replica'] }],
  },
  {
    id: 'ELEGACY', root: '', webAcl: '', logBucket: '', acm: false,
    origins: [{ id: 'site', domain: 'legacy-site.s3.us-east-1.amazonaws.com', s3: { oai: 'origin-access-identity/cloudfront/E1OAI' }, oac: '' }, { id: 'old', domain: 'old.example.com', oac: '', custom: { policy: 'http-only', protocols: ['SSLv3', 'TLSv1'] } }],
    behaviors: [{ path: '/old/*', target: 'old', policy: 'allow-all' }], groups: [],
  },
  { id: 'EPLAIN', root: '', webAcl: '', logBucket: '', acm: true, origins: [{ id: 'site', domain: 'abc.lambda-url.us-east-1.on.aws', oac: '', custom: { policy: 'https-only', protocols: ['TLSv1.2'] } }], behaviors: [], groups: [] },
];

const list = (tag: string, items: readonly string[]): string => `<${tag}><Quantity>${items.length}</Quantity>${items.length === 0 ? '' : `<Items>${items.join('')}</Items>`}</${tag}>`;

/** A distribution's configuration as GetDistributionConfig answers it. */
function answer(m: Model): string {
  const origins = m.origins.map((o) => `<Origin><Id>${o.id}</Id><DomainName>${o.domain}</DomainName><OriginPath></OriginPath>${o.s3 === undefined ? '' : `<S3OriginConfig><OriginAccessIdentity>${o.s3.oai}</OriginAccessIdentity></S3OriginConfig>`}${o.custom === undefined ? ''
    : `<CustomOriginConfig><HTTPPort>80</HTTPPort><HTTPSPort>443</HTTPSPort><OriginProtocolPolicy>${o.custom.policy}</OriginProtocolPolicy>${list('OriginSslProtocols', o.custom.protocols.map((p) => `<SslProtocol>${p}</SslProtocol>`))}</CustomOriginConfig>`}<OriginAccessControlId>${o.oac}</OriginAccessControlId></Origin>`);
  const groups = m.groups.map((g) => `<OriginGroup><Id>${g.id}</Id><FailoverCriteria><StatusCodes><Quantity>1</Quantity><Items><StatusCode>500</StatusCode></Items></StatusCodes></FailoverCriteria>${list('Members', g.members.map((id) => `<OriginGroupMember><OriginId>${id}</OriginId></OriginGroupMember>`))}</OriginGroup>`);
  const behaviors = m.behaviors.map((b) => `<CacheBehavior><PathPattern>${b.path}</PathPattern><TargetOriginId>${b.target}</TargetOriginId><ViewerProtocolPolicy>${b.policy}</ViewerProtocolPolicy></CacheBehavior>`);
  const certificate = m.acm
    ? `<ViewerCertificate><CloudFrontDefaultCertificate>false</CloudFrontDefaultCertificate><ACMCertificateArn>${CERT}</ACMCertificateArn><SSLSupportMethod>sni-only</SSLSupportMethod><MinimumProtocolVersion>TLSv1.2_2021</MinimumProtocolVersion><CertificateSource>acm</CertificateSource></ViewerCertificate>`
    : '<ViewerCertificate><CloudFrontDefaultCertificate>true</CloudFrontDefaultCertificate><MinimumProtocolVersion>TLSv1</MinimumProtocolVersion><CertificateSource>cloudfront</CertificateSource></ViewerCertificate>';
  return `<?xml version="1.0" encoding="UTF-8"?><DistributionConfig xmlns="${NS}"><CallerReference>ref</CallerReference><DefaultRootObject>${m.root}</DefaultRootObject>${list('Origins', origins)}${list('OriginGroups', groups)}`
    + `<DefaultCacheBehavior><TargetOriginId>site</TargetOriginId><ViewerProtocolPolicy>redirect-to-https</ViewerProtocolPolicy></DefaultCacheBehavior>${list('CacheBehaviors', behaviors)}<Comment></Comment>`
    + `<Logging><Enabled>${String(m.logBucket !== '')}</Enabled><IncludeCookies>false</IncludeCookies><Bucket>${m.logBucket}</Bucket><Prefix></Prefix></Logging><Enabled>true</Enabled>${certificate}<WebACLId>${m.webAcl}</WebACLId></DistributionConfig>`;
}

const summary = (id: string): string => `<DistributionSummary><Id>${id}</Id><ARN>${arn(id)}</ARN><Status>Deployed</Status><DomainName>${id.toLowerCase()}.cloudfront.net</DomainName><Enabled>true</Enabled></DistributionSummary>`;

/** CloudFront's own answers; a deleted distribution is not listed and answers NoSuchDistribution. */
const cloudfrontRoutes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  {
    name: 'ListDistributions', match: isList,
    respond: (r) => (r.query.Marker === undefined
      ? xml(`<DistributionList xmlns="${NS}"><Marker></Marker><NextMarker>page-2</NextMarker><MaxItems>2</MaxItems><IsTruncated>true</IsTruncated><Quantity>2</Quantity><Items>${summary('EHARDENED')}${summary('ELEGACY')}</Items></DistributionList>`)
      : xml(`<DistributionList xmlns="${NS}"><Marker>page-2</Marker><MaxItems>2</MaxItems><IsTruncated>false</IsTruncated><Quantity>1</Quantity><Items>${summary('EPLAIN')}</Items></DistributionList>`)),
  },
  {
    name: 'GetDistributionConfig', match: isGetConfig,
    respond: (r) => {
      const found = models.find((m) => m.id === configId(r));
      return found === undefined ? queryError('NoSuchDistribution', 'The specified distribution does not exist.', 404) : { ...xml(answer(found)), headers: { 'content-type': 'text/xml', etag: 'E2ETAG' } };
    },
  },
];

const items = <T>(values: readonly T[]): { quantity: number; items: T[] | null } => ({ quantity: values.length, items: values.length === 0 ? null : [...values] });

/** A key a test's change sets to undefined is a key the item lacks. */
const withoutUndefined = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** A distribution as Config records it: the API's shape, camelCase, unset strings null, no originAccessControlId on an origin. */
const item = (m: Model, change: Record<string, unknown> = {}): string => JSON.stringify({
  resourceId: m.id, resourceType: 'AWS::CloudFront::Distribution', resourceName: `${m.id.toLowerCase()}.cloudfront.net`, arn: arn(m.id), accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
  configuration: {
    id: m.id, arn: arn(m.id), domainName: `${m.id.toLowerCase()}.cloudfront.net`, lastModifiedTime: '2026-10-01T10:00:00.000Z',
    distributionConfig: withoutUndefined({
      callerReference: 'ref', comment: '', enabled: true, defaultRootObject: m.root === '' ? null : m.root, webACLId: m.webAcl === '' ? null : m.webAcl, priceClass: 'PriceClass_All',
      origins: items(m.origins.map((o) => ({
        id: o.id, domainName: o.domain, originPath: '', s3OriginConfig: o.s3 === undefined ? null : { originAccessIdentity: o.s3.oai },
        customOriginConfig: o.custom === undefined ? null : { httpPort: 80, httpsPort: 443, originProtocolPolicy: o.custom.policy, originSslProtocols: items(o.custom.protocols) },
      }))),
      originGroups: items(m.groups.map((g) => ({ id: g.id, failoverCriteria: { statusCodes: items([500]) }, members: items(g.members.map((originId) => ({ originId }))) }))),
      defaultCacheBehavior: { targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https', compress: false },
      cacheBehaviors: items(m.behaviors.map((b) => ({ pathPattern: b.path, targetOriginId: b.target, viewerProtocolPolicy: b.policy }))),
      logging: { enabled: m.logBucket !== '', includeCookies: false, bucket: m.logBucket === '' ? null : m.logBucket, prefix: '' },
      viewerCertificate: m.acm
        ? { cloudFrontDefaultCertificate: false, acmCertificateArn: CERT, iamCertificateId: null, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021', certificateSource: 'acm' }
        : { cloudFrontDefaultCertificate: true, acmCertificateArn: null, iamCertificateId: null, sslSupportMethod: null, minimumProtocolVersion: 'TLSv1', certificateSource: 'cloudfront' },
      ...change,
    }),
  },
  supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'edge' }], relationships: [],
});

const config = (recorded: string[], overrides: Route[] = []): Route[] => [...overrides, ...configRoutes(recorded), ...cloudfrontRoutes()];
const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([cloudfrontDistributionFromConfig]);

describe('--source config for CloudFront distributions', () => {
  it('gives the same distributions as --source api, in region "global" from us-east-1, with one GetDistributionConfig per distribution for the origins and no listing', async () => {
    const api = await collectRecorded([cloudfrontDistributions], cloudfrontRoutes(), { regions: ['us-east-1', 'eu-west-1'] });
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m))), { regions: ['us-east-1', 'eu-west-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ region: 'global', status: 'complete' })]);
    // Config is asked once, in the home region, where it records CloudFront.
    expect(run.aws.requests.filter(byTarget('StarlingDoveService.SelectResourceConfig')).map((r) => r.hostname)).toEqual(['config.us-east-1.amazonaws.com', 'config.us-east-1.amazonaws.com']);
    expect(run.aws.requests.filter(isGetConfig).map(configId).sort()).toEqual(['EHARDENED', 'ELEGACY', 'EPLAIN']);
    expect(run.aws.requests.some(isList)).toBe(false);
  });

  it('reads what the item lacks from the same GetDistributionConfig, never as "none"', async () => {
    const lacking = models.map((m) => item(m, { webACLId: undefined, defaultRootObject: undefined, logging: { enabled: m.logBucket !== '' }, viewerCertificate: undefined }));
    const api = await collectRecorded([cloudfrontDistributions], cloudfrontRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.aws.requests.filter(isGetConfig)).toHaveLength(3);
  });

  it('names a distribution deleted since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const retired: Model = { ...models[2]!, id: 'ERETIRED' };
    const run = await collectRecorded(fromConfig, config([...models.map((m) => item(m)), item(retired)]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'ERETIRED');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual([['origins', 'NoSuchDistribution']]);
    expect(gone?.data).toMatchObject({ distributionId: 'ERETIRED', enabled: true, webAclId: null });
    expect(gone?.data).not.toHaveProperty('origins');
  });

  it('records a denied GetDistributionConfig on that distribution\'s filled fields only', async () => {
    const denied: Route = { name: 'denied', match: (r) => configId(r) === 'ELEGACY', respond: queryError('AccessDenied', 'User is not authorized to perform: cloudfront:GetDistributionConfig', 403) };
    const lacking = models.map((m) => item(m, m.id === 'ELEGACY' ? { webACLId: undefined } : {}));
    const run = await collectRecorded(fromConfig, config(lacking, [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])])).toEqual([['ELEGACY', [['origins', 'AccessDenied'], ['webAclId', 'AccessDenied']]]]);
    expect(run.snapshot.resources.find((r) => r.id === 'ELEGACY')?.data).toMatchObject({ defaultRootObject: null, logging: { enabled: false, bucket: null }, viewerCertificate: { certificateSource: 'cloudfront' } });
  });

  it('fails the coverage, never "no distributions", when the recorder in us-east-1 does not record the type', async () => {
    const notRecorded: Route = {
      name: 'recorder', match: byTarget('StarlingDoveService.DescribeConfigurationRecorders'),
      respond: json({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: false, resourceTypes: ['AWS::EC2::Instance'] } }] }),
    };
    // Fresh collectors: a run's collectors share their look at the recorder.
    const run = await collectRecorded(configCollectors([cloudfrontDistributionFromConfig]), config(models.map((m) => item(m)), [notRecorded]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ region: 'global', status: 'failed', reason: expect.stringContaining('does not record AWS::CloudFront::Distribution') as unknown })]);
  });
});

describe('--source config --aggregator for CloudFront distributions', () => {
  it('reads each account\'s distributions from its home region\'s items as region "global", covered as the aggregator says of that region', async () => {
    const B = '222222222222';
    const aggregated = [...models.map((m) => item(m)), item(models[0]!).replaceAll(ACCOUNT, B)];
    const routes: Route[] = [
      { name: 'aggregators', match: byTarget('StarlingDoveService.DescribeConfigurationAggregators'), respond: json({ ConfigurationAggregators: [{ ConfigurationAggregatorName: 'org', AccountAggregationSources: [{ AccountIds: [ACCOUNT, B], AllAwsRegions: true }] }] }) },
      {
        name: 'status', match: byTarget('StarlingDoveService.DescribeConfigurationAggregatorSourcesStatus'),
        respond: json({ AggregatedSourceStatusList: [
          { SourceId: ACCOUNT, SourceType: 'ACCOUNT', AwsRegion: 'us-east-1', LastUpdateStatus: 'SUCCEEDED' }, { SourceId: ACCOUNT, SourceType: 'ACCOUNT', AwsRegion: 'eu-west-1', LastUpdateStatus: 'SUCCEEDED' },
          { SourceId: B, SourceType: 'ACCOUNT', AwsRegion: 'us-east-1', LastUpdateStatus: 'OUTDATED' }, { SourceId: B, SourceType: 'ACCOUNT', AwsRegion: 'eu-west-1', LastUpdateStatus: 'SUCCEEDED' },
        ] }),
      },
      { name: 'query', match: byTarget('StarlingDoveService.SelectAggregateResourceConfig'), respond: (r) => (r.params.NextToken === undefined ? json({ Results: aggregated.slice(0, 2), NextToken: 'p2' }) : json({ Results: aggregated.slice(2) })) },
    ];
    const clients = new ClientPool({ requestHandler: new RecordedAws(routes), credentials, maxAttempts: 2 });
    try {
      const { snapshot } = await collectFromAggregator({
        clients, region: 'us-east-1', partition: 'aws', aggregator: 'org', account: ACCOUNT, mappers: [cloudfrontDistributionFromConfig], uncovered: [],
        generator: { name: 'assay', version: 'test' }, now: () => new Date('2026-11-01T12:00:00Z'),
      });
      expect(validateSnapshot(snapshot, createLocator('aggregated', undefined))).toMatchObject({ ok: true });
      expect(snapshot.resources.map((r) => `${r.account} ${r.region} ${r.id}`).sort()).toEqual([`${ACCOUNT} global EHARDENED`, `${ACCOUNT} global ELEGACY`, `${ACCOUNT} global EPLAIN`, `${B} global EHARDENED`]);
      // The origins need CloudFront itself, which an aggregator cannot call.
      expect(snapshot.resources.every((r) => r.errors?.map((e) => [e.path, e.code]).join() === 'origins,NotInConfigurationItem')).toBe(true);
      expect(snapshot.scope.regions).toEqual(['eu-west-1', 'us-east-1']);
      expect(snapshot.coverage.map((c) => [c.account, c.region, c.status])).toEqual([[ACCOUNT, 'global', 'complete'], [B, 'global', 'partial']]);
    } finally {
      clients.destroy();
    }
  });
});

describe('the Config collector for CloudFront distributions', () => {
  it('has no row the recorded runs above leave unsent', async () => {
    // An item without its configuration, which BatchGetResourceConfig cannot complete either: the listing is partial.
    const bare = JSON.stringify({ resourceId: 'EHARDENED', resourceType: 'AWS::CloudFront::Distribution', accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
    const run = await collectRecorded(fromConfig, config([bare]), { regions: ['us-east-1'] });
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
