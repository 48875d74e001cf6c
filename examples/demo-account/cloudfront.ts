/**
 * CloudFront (global): the website distribution is hardened — HTTPS only,
 * an ACM certificate with SNI and TLSv1.2_2021, origin access control on
 * its two S3 origins (buckets of this account) in an origin group, logs,
 * a web ACL and a default root object. The legacy distribution fails every
 * CloudFront control: the default certificate, a plain-HTTP path, an
 * http-only origin offered SSLv3, an S3 origin with only an origin access
 * identity whose bucket is gone, and a Lambda function URL origin without
 * origin access control.
 */
import { cloudfrontDistribution } from '../../src/resources/types/cloudfront-distribution.js';
import type { Resource } from '../../src/resources/resource.js';
import { buckets, demo, make } from './demo.js';

const distributionArn = (id: string): string => `arn:aws:cloudfront::${demo.account}:distribution/${id}`;

export function cloudfrontDistributions(): Resource[] {
  return [
    make(cloudfrontDistribution, {
      id: 'E1ACMEWEBSITE01', arn: distributionArn('E1ACMEWEBSITE01'),
      data: {
        distributionId: 'E1ACMEWEBSITE01', domainName: 'd1acmewebsite01.cloudfront.net',
        origins: [
          { id: 'site', domainName: `${buckets.appData}.s3.us-east-1.amazonaws.com`, s3BucketName: buckets.appData, originAccessControlId: 'E3ACMEOAC0001', s3OriginConfig: { originAccessIdentity: null }, customOriginConfig: null },
          { id: 'site-replica', domainName: `${buckets.euDataLake}.s3.eu-west-1.amazonaws.com`, s3BucketName: buckets.euDataLake, originAccessControlId: 'E3ACMEOAC0001', s3OriginConfig: { originAccessIdentity: null }, customOriginConfig: null },
          { id: 'api', domainName: 'api.acme.example', s3BucketName: null, originAccessControlId: null, s3OriginConfig: null, customOriginConfig: { originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } },
        ],
        originGroups: [{ id: 'site-failover', memberOriginIds: ['site', 'site-replica'] }],
        defaultCacheBehavior: { targetOriginId: 'site-failover', viewerProtocolPolicy: 'redirect-to-https' },
        logging: { enabled: true, bucket: `${buckets.accessLogs}.s3.amazonaws.com` },
        webAclId: `arn:aws:wafv2:us-east-1:${demo.account}:global/webacl/acme-edge/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`,
      },
    }),
    make(cloudfrontDistribution, {
      id: 'E2ACMELEGACY002', arn: distributionArn('E2ACMELEGACY002'),
      data: {
        distributionId: 'E2ACMELEGACY002', domainName: 'd2acmelegacy002.cloudfront.net',
        defaultRootObject: null,
        origins: [
          { id: 'old-site', domainName: 'acme-old-site-123456789012.s3.amazonaws.com', s3BucketName: 'acme-old-site-123456789012', originAccessControlId: null, s3OriginConfig: { originAccessIdentity: 'origin-access-identity/cloudfront/E1ACMEOAI0001' }, customOriginConfig: null },
          { id: 'app', domainName: 'app.acme.example', s3BucketName: null, originAccessControlId: null, s3OriginConfig: null, customOriginConfig: { originProtocolPolicy: 'http-only', originSslProtocols: ['SSLv3', 'TLSv1'] } },
          { id: 'render', domainName: 'k3x7q2acme.lambda-url.us-east-1.on.aws', s3BucketName: null, originAccessControlId: null, s3OriginConfig: null, customOriginConfig: { originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } },
        ],
        originGroups: [],
        defaultCacheBehavior: { targetOriginId: 'old-site', viewerProtocolPolicy: 'redirect-to-https' },
        cacheBehaviors: [
          { pathPattern: '/app/*', targetOriginId: 'app', viewerProtocolPolicy: 'allow-all' },
          { pathPattern: '/render/*', targetOriginId: 'render', viewerProtocolPolicy: 'https-only' },
        ],
        logging: { enabled: false, bucket: null },
        webAclId: null,
        viewerCertificate: { cloudFrontDefaultCertificate: true, certificateSource: 'cloudfront', sslSupportMethod: null, minimumProtocolVersion: 'TLSv1' },
      },
    }),
  ];
}
