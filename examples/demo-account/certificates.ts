/**
 * ACM certificates. The public web certificate ACM issued and renews, in
 * use by the load balancer; a partner API certificate imported years ago
 * with a 1,024-bit key that expires in nine days (fails both controls); an
 * EC certificate still pending DNS validation, with no validity period yet
 * (neither control applies); and in eu-west-1 an imported RSA 4096
 * certificate that expired last month.
 */
import { acmCertificate } from '../../src/resources/types/acm-certificate.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, daysAgo, make, type DemoRegion, type Overrides } from './demo.js';

function certificate(region: DemoRegion, id: string, data: Overrides<typeof acmCertificate>): Resource {
  const certificateArn = arn.in('acm', region, `certificate/${id}`);
  return make(acmCertificate, { id: certificateArn, region, arn: certificateArn, data: { arn: certificateArn, ...data } });
}

export function acmCertificates(): Resource[] {
  return [
    certificate('us-east-1', '3f1c2a7e-5b9d-4e61-8a2f-0c4d6e8b1a35', {
      domainName: 'www.acme-corp.example', type: 'AMAZON_ISSUED', status: 'ISSUED', keyAlgorithm: 'RSA_2048',
      notBefore: daysAgo(120), notAfter: daysAgo(-275), renewalEligibility: 'ELIGIBLE',
      inUseBy: [arn.in('elasticloadbalancing', 'us-east-1', 'loadbalancer/app/web-public/6d0f4a3e2b1c5a79')],
    }),
    certificate('us-east-1', '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', {
      domainName: 'partners.acme-corp.example', type: 'IMPORTED', status: 'ISSUED', keyAlgorithm: 'RSA_1024',
      notBefore: daysAgo(1086), notAfter: daysAgo(-9), renewalEligibility: 'INELIGIBLE', inUseBy: [],
    }),
    // Edge case: never issued, so no validity period and no expiry to judge.
    certificate('us-east-1', 'c0ffee00-1234-4abc-8def-0123456789ab', {
      domainName: 'beta.acme-corp.example', type: 'AMAZON_ISSUED', status: 'PENDING_VALIDATION', keyAlgorithm: 'EC_prime256v1',
      notBefore: null, notAfter: null, renewalEligibility: 'INELIGIBLE', inUseBy: [],
    }),
    certificate('eu-west-1', '4d5e6f70-8192-4a3b-bc4d-5e6f70819a2b', {
      domainName: 'eu.acme-corp.example', type: 'IMPORTED', status: 'EXPIRED', keyAlgorithm: 'RSA_4096',
      notBefore: daysAgo(400), notAfter: daysAgo(35), renewalEligibility: 'INELIGIBLE', inUseBy: [],
    }),
  ];
}
