/**
 * AWS::CloudFront::Distribution items mapped to aws.cloudfront.distribution
 * on their own (no API to fill from): what the item holds as the API
 * collector reads GetDistributionConfig, null or "" optional strings as
 * none, the origins (no originAccessControlId in the item) and every key
 * the item lacks named unreadable.
 */
import type { DistributionConfig } from '@aws-sdk/client-cloudfront';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { distributionConfigFields } from '../../aws/cloudfront/map.js';
import { parseItem } from '../item.js';
import { cloudfrontDistributionFromConfig } from './cloudfront-distribution.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:cloudfront::123456789012:distribution/E1DIST';
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/abc';
const WEB_ACL = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/1';

/** A key set to undefined in a test's change is a key the item lacks. */
const withoutUndefined = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function mapItem(change: Record<string, unknown>, certificate: Record<string, unknown> = {}): ReturnType<typeof cloudfrontDistributionFromConfig.map> {
  const distributionConfig: Record<string, unknown> = {
    callerReference: 'ref', comment: '', enabled: true, defaultRootObject: 'index.html', webACLId: WEB_ACL,
    defaultCacheBehavior: { targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https', compress: true },
    cacheBehaviors: { quantity: 1, items: [{ pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: 'https-only' }] },
    origins: { quantity: 1, items: [{ id: 'site', domainName: 'site.s3.amazonaws.com', originPath: '', s3OriginConfig: { originAccessIdentity: '' } }] },
    originGroups: { quantity: 1, items: [{ id: 'failover', members: { quantity: 2, items: [{ originId: 'site' }, { originId: 'api' }] } }] },
    logging: { enabled: true, includeCookies: false, bucket: 'logs.s3.amazonaws.com', prefix: 'cf/' },
    viewerCertificate: withoutUndefined({ cloudFrontDefaultCertificate: false, acmCertificateArn: CERT, iamCertificateId: null, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021', certificateSource: 'acm', ...certificate }),
    ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: 'E1DIST', resourceType: 'AWS::CloudFront::Distribution', resourceName: 'e1dist.cloudfront.net', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: { id: 'E1DIST', arn: ARN, domainName: 'e1dist.cloudfront.net', distributionConfig: withoutUndefined(distributionConfig) },
    supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'edge' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return cloudfrontDistributionFromConfig.map(parsed.item, place);
}

const paths = (m: ReturnType<typeof cloudfrontDistributionFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('cloudfrontDistributionFromConfig', () => {
  it('gives what the API collector gives from GetDistributionConfig for what the item holds, with no tags (the API collector reads none)', () => {
    const sdk: DistributionConfig = {
      CallerReference: 'ref', Comment: '', Enabled: true, DefaultRootObject: 'index.html', WebACLId: WEB_ACL, Origins: undefined,
      DefaultCacheBehavior: { TargetOriginId: 'site', ViewerProtocolPolicy: 'redirect-to-https' },
      CacheBehaviors: { Quantity: 1, Items: [{ PathPattern: '/api/*', TargetOriginId: 'api', ViewerProtocolPolicy: 'https-only' }] },
      OriginGroups: { Quantity: 1, Items: [{ Id: 'failover', Members: { Quantity: 2, Items: [{ OriginId: 'site' }, { OriginId: 'api' }] } }] },
      Logging: { Enabled: true, IncludeCookies: false, Bucket: 'logs.s3.amazonaws.com', Prefix: 'cf/' },
      ViewerCertificate: { CloudFrontDefaultCertificate: false, ACMCertificateArn: CERT, SSLSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' },
    } as DistributionConfig;
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.cloudfront.distribution', id: 'E1DIST', arn: ARN, tags: {} });
    const { origins: _origins, ...api } = readFields(distributionConfigFields(sdk)).fields;
    expect(mapping.fields).toEqual({ distributionId: 'E1DIST', domainName: 'e1dist.cloudfront.net', ...api });
    expect(mapping.fields).toMatchObject({ logging: { enabled: true, bucket: 'logs.s3.amazonaws.com' }, viewerCertificate: { certificateSource: 'acm', sslSupportMethod: 'sni-only' }, originGroups: [{ id: 'failover', memberOriginIds: ['site', 'api'] }] });
    expect(paths(mapping)).toEqual(['origins']);
  });

  it('reads null or "" optional strings as none, and a list of quantity 0 without items as empty', () => {
    const mapping = mapItem({ defaultRootObject: null, webACLId: '', logging: { enabled: false, bucket: '' }, cacheBehaviors: { quantity: 0, items: null }, originGroups: { quantity: 0 } },
      { cloudFrontDefaultCertificate: true, acmCertificateArn: null, sslSupportMethod: null, minimumProtocolVersion: 'TLSv1' });
    expect(mapping.fields).toMatchObject({
      defaultRootObject: null, webAclId: null, logging: { enabled: false, bucket: null }, cacheBehaviors: [], originGroups: [],
      viewerCertificate: { cloudFrontDefaultCertificate: true, certificateSource: 'cloudfront', sslSupportMethod: null, minimumProtocolVersion: 'TLSv1' },
    });
    expect(paths(mapping)).toEqual(['origins']);
  });

  it.each([
    ['no defaultRootObject key (never "no root object")', 'defaultRootObject', { defaultRootObject: undefined }, {}],
    ['no webACLId key (never "no web ACL")', 'webAclId', { webACLId: undefined }, {}],
    ['no logging bucket key (the whole logging, which a fill sets whole)', 'logging', { logging: { enabled: true } }, {}],
    ['no logging at all', 'logging', { logging: undefined }, {}],
    ['no sslSupportMethod key', 'viewerCertificate', {}, { sslSupportMethod: undefined }],
    ['no acmCertificateArn key (never "the default certificate")', 'viewerCertificate', {}, { acmCertificateArn: undefined, cloudFrontDefaultCertificate: true }],
    ['a list of quantity 2 without its items', 'cacheBehaviors', { cacheBehaviors: { quantity: 2, items: null } }, {}],
    ['a cache behavior without its viewer protocol policy (the whole list, which a fill sets whole)', 'cacheBehaviors', { cacheBehaviors: { quantity: 1, items: [{ pathPattern: '/x', targetOriginId: 'site' }] } }, {}],
    ['a viewer protocol policy CloudFront does not spell', 'defaultCacheBehavior', { defaultCacheBehavior: { targetOriginId: 'site', viewerProtocolPolicy: 'HTTPS' } }, {}],
    ['no enabled flag', 'enabled', { enabled: undefined }, {}],
  ])('names %s unreadable, never a default', (_what, path, change, certificate) => {
    const mapping = mapItem(change, certificate);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });

  it('names the domain name unreadable when the item lacks it, and keeps the id from Config\'s resource id', () => {
    const parsed = parseItem(JSON.stringify({ resourceId: 'E2DIST', resourceType: 'AWS::CloudFront::Distribution', accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK', configuration: { distributionConfig: {} } }));
    if (parsed.kind !== 'item') throw new Error('the test item did not parse');
    const mapping = cloudfrontDistributionFromConfig.map(parsed.item, place);
    expect(mapping.envelope).toEqual({ type: 'aws.cloudfront.distribution', id: 'E2DIST', arn: 'arn:aws:cloudfront::123456789012:distribution/E2DIST', tags: {} });
    expect(mapping.fields).toEqual({ distributionId: 'E2DIST' });
    expect(paths(mapping)).toEqual(['domainName', 'origins', 'defaultRootObject', 'webAclId', 'logging', 'viewerCertificate', 'enabled', 'defaultCacheBehavior', 'cacheBehaviors', 'originGroups']);
  });
});
