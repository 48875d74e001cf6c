/** cloudfrontDistributions through the real CloudFront client, fed recorded REST-XML answers. */
import { describe, expect, it } from 'vitest';
import { cloudfrontDistributions } from './distributions.js';
import { queryError, xml, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const NS = 'http://cloudfront.amazonaws.com/doc/2020-05-31/';
const ACCOUNT = '123456789012';
const isList = (r: WireRequest): boolean => r.method === 'GET' && /\/distribution$/.test(r.path);
const configId = (r: WireRequest): string | undefined => /\/distribution\/([^/]+)\/config$/.exec(r.path)?.[1];

const summary = (id: string): string => `<DistributionSummary><Id>${id}</Id><ARN>arn:aws:cloudfront::${ACCOUNT}:distribution/${id}</ARN><Status>Deployed</Status><DomainName>${id.toLowerCase()}.cloudfront.net</DomainName><Enabled>true</Enabled></DistributionSummary>`;
const items = (tag: string, list: readonly string[]): string => `<${tag}><Quantity>${list.length}</Quantity>${list.length === 0 ? '' : `<Items>${list.join('')}</Items>`}</${tag}>`;

const s3Origin = (id: string, bucket: string, oac = '', oai = ''): string =>
  `<Origin><Id>${id}</Id><DomainName>${bucket}.s3.us-east-1.amazonaws.com</DomainName><OriginPath></OriginPath><S3OriginConfig><OriginAccessIdentity>${oai}</OriginAccessIdentity></S3OriginConfig><OriginAccessControlId>${oac}</OriginAccessControlId></Origin>`;
const customOrigin = (id: string, domain: string, policy: string, protocols: readonly string[]): string =>
  `<Origin><Id>${id}</Id><DomainName>${domain}</DomainName><CustomOriginConfig><HTTPPort>80</HTTPPort><HTTPSPort>443</HTTPSPort><OriginProtocolPolicy>${policy}</OriginProtocolPolicy>${items('OriginSslProtocols', protocols.map((p) => `<SslProtocol>${p}</SslProtocol>`))}</CustomOriginConfig><OriginAccessControlId></OriginAccessControlId></Origin>`;

interface Config {
  origins: string[]; groups?: string[]; behaviors?: string[]; root?: string; webAcl?: string; logging?: string; certificate?: string; omit?: string;
}
const SNI_CERT = '<ViewerCertificate><CloudFrontDefaultCertificate>false</CloudFrontDefaultCertificate><ACMCertificateArn>arn:aws:acm:us-east-1:123456789012:certificate/abc</ACMCertificateArn><SSLSupportMethod>sni-only</SSLSupportMethod><MinimumProtocolVersion>TLSv1.2_2021</MinimumProtocolVersion><CertificateSource>acm</CertificateSource></ViewerCertificate>';
const DEFAULT_CERT = '<ViewerCertificate><CloudFrontDefaultCertificate>true</CloudFrontDefaultCertificate><MinimumProtocolVersion>TLSv1</MinimumProtocolVersion><CertificateSource>cloudfront</CertificateSource></ViewerCertificate>';

function distributionConfig(c: Config): string {
  const parts: Record<string, string> = {
    CallerReference: '<CallerReference>ref</CallerReference>',
    DefaultRootObject: `<DefaultRootObject>${c.root ?? ''}</DefaultRootObject>`,
    Origins: items('Origins', c.origins),
    OriginGroups: items('OriginGroups', c.groups ?? []),
    DefaultCacheBehavior: '<DefaultCacheBehavior><TargetOriginId>site</TargetOriginId><ViewerProtocolPolicy>redirect-to-https</ViewerProtocolPolicy></DefaultCacheBehavior>',
    CacheBehaviors: items('CacheBehaviors', c.behaviors ?? []),
    Comment: '<Comment></Comment>',
    Logging: c.logging ?? '<Logging><Enabled>false</Enabled><IncludeCookies>false</IncludeCookies><Bucket></Bucket><Prefix></Prefix></Logging>',
    Enabled: '<Enabled>true</Enabled>',
    ViewerCertificate: c.certificate ?? SNI_CERT,
    WebACLId: `<WebACLId>${c.webAcl ?? ''}</WebACLId>`,
  };
  const body = Object.entries(parts).filter(([k]) => k !== c.omit).map(([, v]) => v).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><DistributionConfig xmlns="${NS}">${body}</DistributionConfig>`;
}

const CONFIGS: Record<string, Config> = {
  EHARDENED: {
    root: 'index.html', webAcl: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/1`,
    logging: '<Logging><Enabled>true</Enabled><IncludeCookies>false</IncludeCookies><Bucket>logs.s3.amazonaws.com</Bucket><Prefix>cf/</Prefix></Logging>',
    origins: [s3Origin('site', 'example-site', 'E3OAC'), s3Origin('replica', 'example-replica', 'E3OAC'), customOrigin('api', 'api.example.com', 'https-only', ['TLSv1.2'])],
    groups: ['<OriginGroup><Id>failover</Id><FailoverCriteria><StatusCodes><Quantity>1</Quantity><Items><StatusCode>500</StatusCode></Items></StatusCodes></FailoverCriteria><Members><Quantity>2</Quantity><Items><OriginGroupMember><OriginId>site</OriginId></OriginGroupMember><OriginGroupMember><OriginId>replica</OriginId></OriginGroupMember></Items></Members></OriginGroup>'],
    behaviors: ['<CacheBehavior><PathPattern>/api/*</PathPattern><TargetOriginId>api</TargetOriginId><ViewerProtocolPolicy>https-only</ViewerProtocolPolicy></CacheBehavior>'],
  },
  ELEGACY: {
    origins: [s3Origin('site', 'legacy-site', '', 'origin-access-identity/cloudfront/E1OAI'), customOrigin('old', 'old.example.com', 'http-only', ['SSLv3', 'TLSv1'])],
    behaviors: ['<CacheBehavior><PathPattern>/old/*</PathPattern><TargetOriginId>old</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></CacheBehavior>'],
    certificate: DEFAULT_CERT,
  },
  EPLAIN: { origins: [customOrigin('site', 'abc.lambda-url.us-east-1.on.aws', 'https-only', ['TLSv1.2'])] },
};

function routes(overrides: Route[] = [], configs = CONFIGS): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListDistributions', match: isList,
      respond: (r) => (r.query.Marker === undefined
        ? xml(`<DistributionList xmlns="${NS}"><Marker></Marker><NextMarker>page-2</NextMarker><MaxItems>2</MaxItems><IsTruncated>true</IsTruncated><Quantity>2</Quantity><Items>${summary('EHARDENED')}${summary('ELEGACY')}</Items></DistributionList>`)
        : xml(`<DistributionList xmlns="${NS}"><Marker>page-2</Marker><MaxItems>2</MaxItems><IsTruncated>false</IsTruncated><Quantity>1</Quantity><Items>${summary('EPLAIN')}</Items></DistributionList>`)),
    },
    {
      name: 'GetDistributionConfig', match: (r) => configId(r) !== undefined,
      respond: (r) => {
        const config = configs[configId(r) ?? ''];
        return config === undefined ? queryError('NoSuchDistribution', 'The specified distribution does not exist.', 404) : { ...xml(distributionConfig(config)), headers: { 'content-type': 'text/xml', etag: 'E2ETAG' } };
      },
    },
  ];
}

describe('cloudfrontDistributions', () => {
  it('lists distributions over two pages (Marker), reads each configuration and maps it to a valid global resource', async () => {
    const run = await collectRecorded([cloudfrontDistributions], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(isList).map((r) => r.query.Marker ?? null)).toEqual([null, 'page-2']);
    const byId = new Map(run.snapshot.resources.map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).toEqual(['EHARDENED', 'ELEGACY', 'EPLAIN']);
    expect(byId.get('EHARDENED')).toMatchObject({
      region: 'global', arn: `arn:aws:cloudfront::${ACCOUNT}:distribution/EHARDENED`,
      data: {
        distributionId: 'EHARDENED', domainName: 'ehardened.cloudfront.net', enabled: true, defaultRootObject: 'index.html',
        defaultCacheBehavior: { targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https' },
        cacheBehaviors: [{ pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: 'https-only' }],
        origins: [
          { id: 'site', domainName: 'example-site.s3.us-east-1.amazonaws.com', s3BucketName: 'example-site', originAccessControlId: 'E3OAC', s3OriginConfig: { originAccessIdentity: null }, customOriginConfig: null },
          { id: 'replica', s3BucketName: 'example-replica' },
          { id: 'api', s3BucketName: null, originAccessControlId: null, s3OriginConfig: null, customOriginConfig: { originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } },
        ],
        originGroups: [{ id: 'failover', memberOriginIds: ['site', 'replica'] }],
        logging: { enabled: true, bucket: 'logs.s3.amazonaws.com' },
        webAclId: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/1`,
        viewerCertificate: { cloudFrontDefaultCertificate: false, certificateSource: 'acm', sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' },
      },
    });
    // Not configured: empty answers are null, empty lists are empty.
    expect(byId.get('ELEGACY')?.data).toMatchObject({
      defaultRootObject: null, webAclId: null, originGroups: [], logging: { enabled: false, bucket: null },
      viewerCertificate: { cloudFrontDefaultCertificate: true, certificateSource: 'cloudfront', sslSupportMethod: null, minimumProtocolVersion: 'TLSv1' },
    });
    expect(byId.get('ELEGACY')?.data.origins).toMatchObject([{ originAccessControlId: null, s3OriginConfig: { originAccessIdentity: 'origin-access-identity/cloudfront/E1OAI' } }, { customOriginConfig: { originProtocolPolicy: 'http-only', originSslProtocols: ['SSLv3', 'TLSv1'] } }]);
    expect(byId.get('EPLAIN')?.data.cacheBehaviors).toEqual([]);
    expect(run.snapshot.resources.every((r) => r.errors === undefined)).toBe(true);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.cloudfront.distribution', region: 'global', status: 'complete' })]);
  });

  it('leaves out a distribution deleted after the listing, and fails only the part of a configuration AWS left out', async () => {
    const { EPLAIN: _gone, ...rest } = CONFIGS;
    const run = await collectRecorded([cloudfrontDistributions], routes([], { ...rest, ELEGACY: { ...CONFIGS.ELEGACY!, omit: 'ViewerCertificate' } }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['EHARDENED', 'ELEGACY']);
    expect(run.snapshot.resources.find((r) => r.id === 'ELEGACY')?.errors?.map((e) => [e.path, e.code])).toEqual([
      ['viewerCertificate.cloudFrontDefaultCertificate', 'IncompleteResponse'], ['viewerCertificate.certificateSource', 'IncompleteResponse'],
      ['viewerCertificate.sslSupportMethod', 'IncompleteResponse'], ['viewerCertificate.minimumProtocolVersion', 'IncompleteResponse'],
    ]);
  });

  it('records AccessDenied on GetDistributionConfig on every field it fills, and marks coverage failed when ListDistributions is denied', async () => {
    const configDenied: Route = { name: 'config-denied', match: (r) => configId(r) === 'ELEGACY', respond: queryError('AccessDenied', 'User is not authorized to perform: cloudfront:GetDistributionConfig', 403) };
    const run = await collectRecorded([cloudfrontDistributions], routes([configDenied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const legacy = run.snapshot.resources.find((r) => r.id === 'ELEGACY');
    expect(legacy?.errors?.map((e) => [e.path, e.code])).toEqual(['enabled', 'defaultRootObject', 'defaultCacheBehavior', 'cacheBehaviors', 'origins', 'originGroups', 'logging', 'webAclId', 'viewerCertificate'].map((p) => [p, 'AccessDenied']));
    expect(legacy?.data).toEqual({ distributionId: 'ELEGACY', domainName: 'elegacy.cloudfront.net' });
    const listDenied: Route = { name: 'list-denied', match: isList, respond: queryError('AccessDenied', 'User is not authorized to perform: cloudfront:ListDistributions', 403) };
    const none = await collectRecorded([cloudfrontDistributions], routes([listDenied]), { regions: ['us-east-1'] });
    expect(none.problems).toEqual([]);
    expect(none.snapshot.resources).toEqual([]);
    expect(none.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.cloudfront.distribution', status: 'failed' })]);
  });
});

describe('cloudfrontDistributions call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(cloudfrontDistributions)).toEqual([]);
  });
});
