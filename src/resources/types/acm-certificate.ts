import { defineResourceType } from '../define.js';
import { list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

export const ACM_KEY_ALGORITHMS = ['EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1', 'RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096'] as const;

export const acmCertificate = defineResourceType({
  type: 'aws.acm.certificate',
  service: 'acm',
  awsTypes: ['AWS::ACM::Certificate'],
  scope: 'regional',
  description: 'An ACM certificate (issued by ACM, by a private CA, or imported) with its status, key algorithm, validity, renewal eligibility and the resources that use it.',
  idDescription: 'the certificate ARN',
  data: obj({
    arn: str('Certificate ARN (ListCertificates CertificateSummaryList[].CertificateArn).'),
    domainName: str('Fully qualified domain name of the certificate\'s subject, e.g. www.example.com (DescribeCertificate DomainName).'),
    type: oneOf(['AMAZON_ISSUED', 'IMPORTED', 'PRIVATE'], 'Where the certificate came from: issued by ACM, imported, or issued by AWS Private CA (Type).'),
    status: oneOf(['PENDING_VALIDATION', 'ISSUED', 'INACTIVE', 'EXPIRED', 'VALIDATION_TIMED_OUT', 'REVOKED', 'FAILED'], 'Certificate status (Status).'),
    keyAlgorithm: oneOf([...ACM_KEY_ALGORITHMS], 'Algorithm and size of the key pair (KeyAlgorithm), as ListCertificates\' key type filter names it; DescribeCertificate\'s hyphenated spelling (RSA-2048) is read as the same value.'),
    notBefore: nullable(timestamp('Start of the validity period (NotBefore); null for a certificate ACM never issued (pending or failed validation).')),
    notAfter: nullable(timestamp('End of the validity period (NotAfter); null for a certificate ACM never issued (pending or failed validation).')),
    renewalEligibility: oneOf(['ELIGIBLE', 'INELIGIBLE'], 'Whether ACM can renew the certificate itself (RenewalEligibility); imported certificates are never eligible.'),
    inUseBy: list(str('ARN of a resource that uses the certificate.'), 'Resources that use the certificate, such as load balancers and CloudFront distributions (InUseBy); empty when none.'),
  }, 'ACM certificate settings from DescribeCertificate.'),
  example: {
    arn: 'arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e',
    domainName: 'www.example.com',
    type: 'AMAZON_ISSUED',
    status: 'ISSUED',
    keyAlgorithm: 'RSA_2048',
    notBefore: '2026-06-01T00:00:00.000Z',
    notAfter: '2027-06-30T23:59:59.000Z',
    renewalEligibility: 'ELIGIBLE',
    inUseBy: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef'],
  },
});
