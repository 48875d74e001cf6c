/**
 * Pure mapping from CloudFront answers to aws.cloudfront.distribution, one
 * reader per field (answers.ts). CloudFront answers lists as
 * `{ Quantity, Items }` and leaves Items out when Quantity is 0: such a
 * list is empty; a list whose wrapper or Items AWS left out otherwise is
 * unknown, never empty. Optional strings CloudFront answers empty when not
 * set (DefaultRootObject, WebACLId, Logging.Bucket,
 * S3OriginConfig.OriginAccessIdentity, OriginAccessControlId) are null.
 */
import type { CacheBehavior, DistributionConfig, Origin, OriginGroup, ViewerCertificate } from '@aws-sdk/client-cloudfront';
import { eachOf, emptyToNull, knownValue, required, text, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type DistributionData = CatalogData['aws.cloudfront.distribution'];
type OriginData = DistributionData['origins'][number];

const VIEWER_PROTOCOL_POLICIES = ['allow-all', 'https-only', 'redirect-to-https'] as const;
const ORIGIN_PROTOCOL_POLICIES = ['http-only', 'match-viewer', 'https-only'] as const;
const ORIGIN_SSL_PROTOCOLS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'] as const;
type CertificateSource = DistributionData['viewerCertificate']['certificateSource'];
const SSL_SUPPORT_METHODS = ['sni-only', 'vip', 'static-ip'] as const;
const MINIMUM_PROTOCOL_VERSIONS = ['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016', 'TLSv1.2_2018', 'TLSv1.2_2019', 'TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025'] as const;

/** A `{ Quantity, Items }` list: Items left out with Quantity 0 is empty; anything else missing is unknown. */
export function quantityItems<T>(wrapper: { Quantity?: number | undefined; Items?: T[] | undefined } | undefined, what: string): T[] {
  const list = required(wrapper, what);
  if (list.Items !== undefined) return list.Items;
  if (list.Quantity === 0) return [];
  throw new UnreadableAnswer('IncompleteResponse', `the answer has no ${what}.Items`);
}

/**
 * The bucket an S3 REST endpoint names: BUCKET.s3.amazonaws.com,
 * BUCKET.s3.REGION.amazonaws.com, BUCKET.s3-REGION.amazonaws.com (and the
 * dualstack and China forms). Website endpoints (s3-website) are custom
 * origins and name no bucket here.
 */
export function s3BucketOf(domainName: string): string | null {
  const match = /^(.+)\.s3(?:[.-]([a-z0-9-]+))?(?:\.dualstack\.[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/.exec(domainName.toLowerCase());
  if (match === null) return null;
  if (match[2]?.startsWith('website') === true) return null;
  return match[1] ?? null;
}

export function originOf(origin: Origin): OriginData {
  const domainName = text(origin.DomainName, 'Origins.Items[].DomainName');
  const custom = origin.CustomOriginConfig;
  return {
    id: text(origin.Id, 'Origins.Items[].Id'),
    domainName,
    s3BucketName: origin.S3OriginConfig === undefined ? null : s3BucketOf(domainName),
    originAccessControlId: emptyToNull(origin.OriginAccessControlId),
    s3OriginConfig: origin.S3OriginConfig === undefined ? null : { originAccessIdentity: emptyToNull(origin.S3OriginConfig.OriginAccessIdentity) },
    customOriginConfig: custom === undefined ? null : {
      originProtocolPolicy: knownValue(custom.OriginProtocolPolicy, ORIGIN_PROTOCOL_POLICIES, 'CustomOriginConfig.OriginProtocolPolicy'),
      originSslProtocols: quantityItems(custom.OriginSslProtocols, 'CustomOriginConfig.OriginSslProtocols').map((p) => knownValue(p, ORIGIN_SSL_PROTOCOLS, 'OriginSslProtocols.Items[]')),
    },
  };
}

function cacheBehaviorOf(behavior: CacheBehavior): DistributionData['cacheBehaviors'][number] {
  return {
    pathPattern: text(behavior.PathPattern, 'CacheBehaviors.Items[].PathPattern'),
    targetOriginId: text(behavior.TargetOriginId, 'CacheBehaviors.Items[].TargetOriginId'),
    viewerProtocolPolicy: knownValue(behavior.ViewerProtocolPolicy, VIEWER_PROTOCOL_POLICIES, 'CacheBehaviors.Items[].ViewerProtocolPolicy'),
  };
}

function originGroupOf(group: OriginGroup): DistributionData['originGroups'][number] {
  return {
    id: text(group.Id, 'OriginGroups.Items[].Id'),
    memberOriginIds: quantityItems(group.Members, 'OriginGroups.Items[].Members').map((m) => text(m.OriginId, 'Members.Items[].OriginId')),
  };
}

/** A list of `{ Quantity, Items }` mapped element by element, unknown when the wrapper is missing. */
function eachItem<T, U extends object>(wrapper: { Quantity?: number | undefined; Items?: T[] | undefined } | undefined, what: string, map: (item: T) => U): WithGaps<U[]> {
  return eachOf(quantityItems(wrapper, what), `${what}.Items`, map);
}

/**
 * Where the viewer certificate comes from, read from the certificate fields
 * themselves (the API's CertificateSource is deprecated): an ACM ARN, an
 * IAM certificate id, or the default *.cloudfront.net certificate.
 */
export function certificateSourceOf(certificate: ViewerCertificate): CertificateSource {
  if (emptyToNull(certificate.ACMCertificateArn) !== null) return 'acm';
  if (emptyToNull(certificate.IAMCertificateId) !== null) return 'iam';
  if (certificate.CloudFrontDefaultCertificate === true) return 'cloudfront';
  throw new UnreadableAnswer('IncompleteResponse', 'the answer names no certificate (ACMCertificateArn, IAMCertificateId or CloudFrontDefaultCertificate)');
}

/** Every field GetDistributionConfig fills. */
export function distributionConfigFields(config: DistributionConfig): ReadersOf<DistributionData> {
  const certificate = (): ViewerCertificate => required(config.ViewerCertificate, 'ViewerCertificate');
  const logging = (): NonNullable<DistributionConfig['Logging']> => required(config.Logging, 'Logging');
  return {
    enabled: () => required(config.Enabled, 'Enabled'),
    defaultRootObject: () => emptyToNull(config.DefaultRootObject),
    'defaultCacheBehavior.targetOriginId': () => text(required(config.DefaultCacheBehavior, 'DefaultCacheBehavior').TargetOriginId, 'DefaultCacheBehavior.TargetOriginId'),
    'defaultCacheBehavior.viewerProtocolPolicy': () => knownValue(required(config.DefaultCacheBehavior, 'DefaultCacheBehavior').ViewerProtocolPolicy, VIEWER_PROTOCOL_POLICIES, 'DefaultCacheBehavior.ViewerProtocolPolicy'),
    cacheBehaviors: () => eachItem(config.CacheBehaviors, 'CacheBehaviors', cacheBehaviorOf),
    origins: () => eachItem(config.Origins, 'Origins', originOf),
    originGroups: () => eachItem(config.OriginGroups, 'OriginGroups', originGroupOf),
    'logging.enabled': () => required(logging().Enabled, 'Logging.Enabled'),
    'logging.bucket': () => emptyToNull(logging().Bucket),
    webAclId: () => emptyToNull(config.WebACLId),
    'viewerCertificate.cloudFrontDefaultCertificate': () => required(certificate().CloudFrontDefaultCertificate, 'ViewerCertificate.CloudFrontDefaultCertificate'),
    'viewerCertificate.certificateSource': () => certificateSourceOf(certificate()),
    'viewerCertificate.sslSupportMethod': () => {
      const method = certificate().SSLSupportMethod;
      return method === undefined ? null : knownValue(method, SSL_SUPPORT_METHODS, 'ViewerCertificate.SSLSupportMethod');
    },
    'viewerCertificate.minimumProtocolVersion': () => knownValue(certificate().MinimumProtocolVersion, MINIMUM_PROTOCOL_VERSIONS, 'ViewerCertificate.MinimumProtocolVersion'),
  };
}

/** The fields GetDistributionConfig fills, for failing them together when it fails. */
export const GET_DISTRIBUTION_CONFIG_FIELDS = ['enabled', 'defaultRootObject', 'defaultCacheBehavior', 'cacheBehaviors', 'origins', 'originGroups', 'logging', 'webAclId', 'viewerCertificate'] as const;
