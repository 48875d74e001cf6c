import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, oneOf, str } from '../fields.js';

const viewerProtocolPolicy = oneOf(['allow-all', 'https-only', 'redirect-to-https'], 'How viewers may reach the behavior (ViewerProtocolPolicy): allow-all lets them use plain HTTP.');

export const cloudfrontDistribution = defineResourceType({
  type: 'aws.cloudfront.distribution',
  service: 'cloudfront',
  scope: 'global',
  awsTypes: ['AWS::CloudFront::Distribution'],
  description: 'A CloudFront distribution with its origins, origin groups, cache behaviors\' viewer protocol, logging, web ACL and viewer certificate, read from GetDistributionConfig.',
  idDescription: 'the distribution id (E…)',
  data: obj({
    distributionId: str('Distribution id (ListDistributions Items[].Id).'),
    domainName: str('The distribution\'s own domain name, d….cloudfront.net (ListDistributions Items[].DomainName).'),
    enabled: bool('Whether the distribution accepts viewer requests (DistributionConfig.Enabled).'),
    defaultRootObject: nullable(str('Object returned for a request to the root URL (DistributionConfig.DefaultRootObject); null when none is set (AWS answers an empty string).')),
    defaultCacheBehavior: obj({
      targetOriginId: str('Origin or origin group the default behavior routes to (TargetOriginId).'),
      viewerProtocolPolicy,
    }, 'The default cache behavior (DistributionConfig.DefaultCacheBehavior).'),
    cacheBehaviors: list(obj({
      pathPattern: str('Path pattern the behavior applies to (PathPattern).'),
      targetOriginId: str('Origin or origin group the behavior routes to (TargetOriginId).'),
      viewerProtocolPolicy,
    }, 'One cache behavior.'), 'Cache behaviors besides the default (DistributionConfig.CacheBehaviors.Items); empty when there are none.'),
    origins: list(obj({
      id: str('Origin id (Origins.Items[].Id).'),
      domainName: str('Origin domain name (DomainName): a bucket endpoint, a load balancer, a Lambda function URL or any host.'),
      s3BucketName: nullable(str('Bucket the domain names when it is an S3 REST endpoint (BUCKET.s3.amazonaws.com, BUCKET.s3.REGION.amazonaws.com, BUCKET.s3-REGION.amazonaws.com), derived from domainName; null for any other domain, S3 website endpoints included.')),
      originAccessControlId: nullable(str('Origin access control the origin signs its requests with (OriginAccessControlId); null when none (absent or empty).')),
      s3OriginConfig: nullable(obj({
        originAccessIdentity: nullable(str('Legacy origin access identity (S3OriginConfig.OriginAccessIdentity, origin-access-identity/cloudfront/ID); null when none (empty).')),
      }, 'S3 origin settings (S3OriginConfig).')),
      customOriginConfig: nullable(obj({
        originProtocolPolicy: oneOf(['http-only', 'match-viewer', 'https-only'], 'Protocol CloudFront uses to reach the origin (CustomOriginConfig.OriginProtocolPolicy).'),
        originSslProtocols: list(oneOf(['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'], 'One protocol.'), 'SSL/TLS protocols CloudFront may use with the origin over HTTPS (CustomOriginConfig.OriginSslProtocols.Items).'),
      }, 'Custom origin settings (CustomOriginConfig).')),
    }, 'One origin.'), 'Origins of the distribution (DistributionConfig.Origins.Items). An origin has s3OriginConfig, customOriginConfig, or neither (a VPC origin).'),
    originGroups: list(obj({
      id: str('Origin group id (OriginGroups.Items[].Id).'),
      memberOriginIds: list(str('An origin id.'), 'Origins of the group, primary first (Members.Items[].OriginId).'),
    }, 'One origin group (failover).'), 'Origin groups (DistributionConfig.OriginGroups.Items); empty when there are none.'),
    logging: obj({
      enabled: bool('Whether standard (legacy) access logs are written (Logging.Enabled).'),
      bucket: nullable(str('Bucket the logs go to, BUCKET.s3.amazonaws.com (Logging.Bucket); null when empty.')),
    }, 'Standard logging (DistributionConfig.Logging).'),
    webAclId: nullable(str('AWS WAF web ACL associated with the distribution (DistributionConfig.WebACLId: a WAFv2 ARN or a WAF Classic id); null when none (empty).')),
    viewerCertificate: obj({
      cloudFrontDefaultCertificate: bool('Whether viewers get the *.cloudfront.net certificate (CloudFrontDefaultCertificate).'),
      certificateSource: oneOf(['cloudfront', 'iam', 'acm'], 'Where the certificate comes from: acm when ACMCertificateArn is set, iam when IAMCertificateId is set, cloudfront for the default certificate (the API\'s own CertificateSource is deprecated).'),
      sslSupportMethod: nullable(oneOf(['sni-only', 'vip', 'static-ip'], 'How HTTPS is served for a custom certificate (SSLSupportMethod); null when absent (the default certificate).')),
      minimumProtocolVersion: oneOf(['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016', 'TLSv1.2_2018', 'TLSv1.2_2019', 'TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025'], 'Security policy for viewer HTTPS (MinimumProtocolVersion).'),
    }, 'Viewer certificate settings (DistributionConfig.ViewerCertificate).'),
  }, 'CloudFront distribution configuration.'),
  example: {
    distributionId: 'E2EXAMPLE0001',
    domainName: 'd111111abcdef8.cloudfront.net',
    enabled: true,
    defaultRootObject: 'index.html',
    defaultCacheBehavior: { targetOriginId: 'site-failover', viewerProtocolPolicy: 'redirect-to-https' },
    cacheBehaviors: [{ pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: 'https-only' }],
    origins: [
      { id: 'site', domainName: 'example-site.s3.us-east-1.amazonaws.com', s3BucketName: 'example-site', originAccessControlId: 'E3OACEXAMPLE01', s3OriginConfig: { originAccessIdentity: null }, customOriginConfig: null },
      { id: 'site-replica', domainName: 'example-site-replica.s3.us-west-2.amazonaws.com', s3BucketName: 'example-site-replica', originAccessControlId: 'E3OACEXAMPLE01', s3OriginConfig: { originAccessIdentity: null }, customOriginConfig: null },
      { id: 'api', domainName: 'api.example.com', s3BucketName: null, originAccessControlId: null, s3OriginConfig: null, customOriginConfig: { originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } },
    ],
    originGroups: [{ id: 'site-failover', memberOriginIds: ['site', 'site-replica'] }],
    logging: { enabled: true, bucket: 'example-cf-logs.s3.amazonaws.com' },
    webAclId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
    viewerCertificate: { cloudFrontDefaultCertificate: false, certificateSource: 'acm', sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' },
  },
});
