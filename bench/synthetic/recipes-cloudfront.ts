/**
 * Synthetic recipe for CloudFront distributions (global): viewer and origin
 * protocols, certificates and security policies, S3 origins with origin
 * access control, an identity or neither, pointing at a bucket of the
 * account or at one that is gone, Lambda function URL origins, origin
 * groups, logging, web ACLs and default root objects, each at its own rate.
 */
import { cloudfrontDistribution } from '../../src/resources/types/cloudfront-distribution.js';
import { defineRecipe, denied, field, refsOr, type Recipe, type Variation } from './recipe.js';

type Data = typeof cloudfrontDistribution.data;
type Origin = { id: string; domainName: string; s3BucketName: string | null; originAccessControlId: string | null; s3OriginConfig: { originAccessIdentity: string | null } | null; customOriginConfig: { originProtocolPolicy: 'http-only' | 'match-viewer' | 'https-only'; originSslProtocols: ('SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2')[] } | null };

export const cloudfrontDistributionRecipe: Recipe = defineRecipe({
  definition: cloudfrontDistribution,
  weight: 3,
  vary(rng): Variation<Data> {
    const origins: Origin[] = [{
      id: 'site', domainName: 'BUCKET.s3.amazonaws.com', s3BucketName: 'BUCKET',
      originAccessControlId: rng.chance(0.7) ? 'E3OACSYNTH01' : null,
      s3OriginConfig: { originAccessIdentity: rng.chance(0.2) ? 'origin-access-identity/cloudfront/E1OAISYNTH' : null }, customOriginConfig: null,
    }];
    if (rng.chance(0.5)) {
      origins.push({
        id: 'api', domainName: rng.chance(0.3) ? 'fn123.lambda-url.us-east-1.on.aws' : 'api.example.com', s3BucketName: null,
        originAccessControlId: rng.chance(0.5) ? 'E3OACSYNTH02' : null, s3OriginConfig: null,
        customOriginConfig: { originProtocolPolicy: rng.pick(['https-only', 'https-only', 'match-viewer', 'http-only'] as const), originSslProtocols: rng.chance(0.1) ? ['SSLv3', 'TLSv1.2'] : ['TLSv1.2'] },
      });
    }
    const defaultCertificate = rng.chance(0.3);
    return {
      data: {
        enabled: rng.chance(0.9),
        defaultRootObject: rng.chance(0.7) ? 'index.html' : null,
        defaultCacheBehavior: { targetOriginId: 'site', viewerProtocolPolicy: rng.pick(['redirect-to-https', 'https-only', 'allow-all'] as const) },
        cacheBehaviors: origins.length > 1 ? [{ pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: rng.pick(['https-only', 'allow-all'] as const) }] : [],
        origins,
        originGroups: rng.chance(0.3) ? [{ id: 'failover', memberOriginIds: ['site', origins[1]?.id ?? 'site'] }] : [],
        logging: rng.chance(0.6) ? { enabled: true, bucket: 'logs.s3.amazonaws.com' } : { enabled: false, bucket: null },
        webAclId: rng.chance(0.5) ? 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/synthetic' : null,
        viewerCertificate: defaultCertificate
          ? { cloudFrontDefaultCertificate: true, certificateSource: 'cloudfront', sslSupportMethod: null, minimumProtocolVersion: 'TLSv1' }
          : { cloudFrontDefaultCertificate: false, certificateSource: 'acm', sslSupportMethod: rng.chance(0.9) ? 'sni-only' : 'vip', minimumProtocolVersion: rng.pick(['TLSv1.2_2021', 'TLSv1.2_2021', 'TLSv1.2_2019', 'TLSv1.1_2016'] as const) },
      },
      ...(rng.chance(0.03) ? { errors: [denied('origins', 'cloudfront:GetDistributionConfig')] } : {}),
    };
  },
  identify(seq, place, template, refs, rng) {
    const id = `E${String(seq).padStart(12, '0')}`;
    // S3 origins point at a bucket of the account, or (one in ten) at one that is gone.
    const bucket = rng.chance(0.1) ? `gone-bucket-${seq}` : refsOr(refs.ids('aws.s3.bucket', place.account), rng, 1, [`gone-bucket-${seq}`])[0] ?? `gone-bucket-${seq}`;
    const origins = field(template, 'origins');
    const data: Record<string, unknown> = { distributionId: id, domainName: `d${id.toLowerCase()}.cloudfront.net` };
    if (Array.isArray(origins)) {
      data.origins = (origins as Origin[]).map((o) => (o.s3BucketName === null ? o : { ...o, domainName: `${bucket}.s3.amazonaws.com`, s3BucketName: bucket }));
    }
    return { id, arn: `arn:aws:cloudfront::${place.account}:distribution/${id}`, data };
  },
});
