/**
 * The fake AWS's CloudFront (REST-XML, global): two distributions an
 * account, answered one a page so the listing's Marker paging runs. The
 * hardened one serves the first region's first bucket through origin
 * access control, with HTTPS, an ACM certificate, logs, a web ACL and an
 * origin group; the legacy one is on old defaults (default certificate,
 * allow-all, an http-only origin offered SSLv3, an origin access identity
 * on a bucket that is gone).
 */
import { ACCOUNT, bucketName, type Estate } from './estate.js';
import type { Answer, WireRequest } from './wire.js';

const NS = 'xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"';
export const DISTRIBUTION_IDS = ['EBENCHHARDENED', 'EBENCHLEGACY01'] as const;
const IDS = DISTRIBUTION_IDS;
const xml = (body: string): Answer => ({ status: 200, contentType: 'text/xml', body: `<?xml version="1.0" encoding="UTF-8"?>${body}` });
const list = (tag: string, items: readonly string[]): string => `<${tag}><Quantity>${items.length}</Quantity>${items.length === 0 ? '' : `<Items>${items.join('')}</Items>`}</${tag}>`;

export function cloudfrontOperation(request: WireRequest): string {
  if (request.method === 'GET' && /\/distribution$/.test(request.path)) return 'ListDistributions';
  if (request.method === 'GET' && /\/distribution\/[^/]+\/config$/.test(request.path)) return 'GetDistributionConfig';
  return `${request.method} ${request.path}`;
}

/** The bucket a distribution's S3 origins serve: the hardened one the first region's first bucket, the legacy one a bucket that is gone. */
export const originBucket = (estate: Estate, id: string): string => (id === IDS[0] ? bucketName(estate.size.regions[0] ?? 'us-east-1', 0) : 'bench-gone-bucket');

function config(estate: Estate, id: string): string {
  const hardened = id === IDS[0];
  const bucket = originBucket(estate, id);
  const s3 = (originId: string): string => `<Origin><Id>${originId}</Id><DomainName>${bucket}.s3.amazonaws.com</DomainName><S3OriginConfig><OriginAccessIdentity>${hardened ? '' : 'origin-access-identity/cloudfront/E1BENCHOAI'}</OriginAccessIdentity></S3OriginConfig><OriginAccessControlId>${hardened ? 'E3BENCHOAC' : ''}</OriginAccessControlId></Origin>`;
  const custom = `<Origin><Id>api</Id><DomainName>api.example.com</DomainName><CustomOriginConfig><HTTPPort>80</HTTPPort><HTTPSPort>443</HTTPSPort><OriginProtocolPolicy>${hardened ? 'https-only' : 'http-only'}</OriginProtocolPolicy>${list('OriginSslProtocols', (hardened ? ['TLSv1.2'] : ['SSLv3', 'TLSv1.2']).map((p) => `<SslProtocol>${p}</SslProtocol>`))}</CustomOriginConfig><OriginAccessControlId></OriginAccessControlId></Origin>`;
  const group = '<OriginGroup><Id>failover</Id><FailoverCriteria><StatusCodes><Quantity>1</Quantity><Items><StatusCode>503</StatusCode></Items></StatusCodes></FailoverCriteria><Members><Quantity>2</Quantity><Items><OriginGroupMember><OriginId>site</OriginId></OriginGroupMember><OriginGroupMember><OriginId>replica</OriginId></OriginGroupMember></Items></Members></OriginGroup>';
  return `<DistributionConfig ${NS}><CallerReference>${id}</CallerReference><DefaultRootObject>${hardened ? 'index.html' : ''}</DefaultRootObject>`
    + list('Origins', hardened ? [s3('site'), s3('replica'), custom] : [s3('site'), custom]) + list('OriginGroups', hardened ? [group] : [])
    + `<DefaultCacheBehavior><TargetOriginId>site</TargetOriginId><ViewerProtocolPolicy>${hardened ? 'redirect-to-https' : 'allow-all'}</ViewerProtocolPolicy></DefaultCacheBehavior>`
    + list('CacheBehaviors', [`<CacheBehavior><PathPattern>/api/*</PathPattern><TargetOriginId>api</TargetOriginId><ViewerProtocolPolicy>https-only</ViewerProtocolPolicy></CacheBehavior>`])
    + `<Comment></Comment><Logging><Enabled>${hardened}</Enabled><IncludeCookies>false</IncludeCookies><Bucket>${hardened ? 'bench-logs.s3.amazonaws.com' : ''}</Bucket><Prefix></Prefix></Logging><Enabled>true</Enabled>`
    + (hardened
      ? '<ViewerCertificate><CloudFrontDefaultCertificate>false</CloudFrontDefaultCertificate><ACMCertificateArn>arn:aws:acm:us-east-1:123456789012:certificate/bench</ACMCertificateArn><SSLSupportMethod>sni-only</SSLSupportMethod><MinimumProtocolVersion>TLSv1.2_2021</MinimumProtocolVersion></ViewerCertificate>'
      : '<ViewerCertificate><CloudFrontDefaultCertificate>true</CloudFrontDefaultCertificate><MinimumProtocolVersion>TLSv1</MinimumProtocolVersion></ViewerCertificate>')
    + `<WebACLId>${hardened ? 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/bench/1' : ''}</WebACLId></DistributionConfig>`;
}

export function answerCloudFront(estate: Estate, request: WireRequest, operation: string): Answer {
  if (operation === 'ListDistributions') {
    const start = request.query.get('Marker') === IDS[1] ? 1 : 0;
    const id = IDS[start === 0 ? 0 : 1];
    const next = start === 0 ? `<NextMarker>${IDS[1]}</NextMarker>` : '';
    return xml(`<DistributionList ${NS}><Marker>${start === 0 ? '' : IDS[1]}</Marker>${next}<MaxItems>1</MaxItems><IsTruncated>${start === 0}</IsTruncated><Quantity>1</Quantity><Items><DistributionSummary><Id>${id}</Id><ARN>arn:aws:cloudfront::${ACCOUNT}:distribution/${id}</ARN><DomainName>${id.toLowerCase()}.cloudfront.net</DomainName></DistributionSummary></Items></DistributionList>`);
  }
  const id = request.path.split('/').at(-2) ?? '';
  if (operation === 'GetDistributionConfig' && (IDS as readonly string[]).includes(id)) return { ...xml(config(estate, id)), headers: { etag: 'EBENCH' } };
  return { status: 404, contentType: 'text/xml', body: `<ErrorResponse ${NS}><Error><Type>Sender</Type><Code>NoSuchDistribution</Code><Message>The specified distribution does not exist.</Message></Error><RequestId>fake</RequestId></ErrorResponse>` };
}
