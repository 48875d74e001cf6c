/**
 * AWS::ACM::Certificate items mapped to aws.acm.certificate on their own (no
 * API to fill from): what the item holds as the API collector reads
 * DescribeCertificate, a null inUseBy as none and null validity dates as a
 * never-issued certificate's, and what the item lacks named unreadable.
 */
import type { CertificateDetail } from '@aws-sdk/client-acm';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { certificateFields } from '../../aws/acm/map.js';
import { parseItem } from '../item.js';
import { acmCertificateFromConfig } from './acm-certificate.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e';
const LB = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef';

function mapItem(change: Record<string, unknown>): ReturnType<typeof acmCertificateFromConfig.map> {
  const all: Record<string, unknown> = {
    certificateArn: ARN, domainName: 'www.example.com', subjectAlternativeNames: ['www.example.com'], type: 'AMAZON_ISSUED', status: 'ISSUED', keyAlgorithm: 'RSA-2048',
    notBefore: '2026-06-01T00:00:00.000Z', notAfter: '2027-06-30T23:59:59.000Z', renewalEligibility: 'ELIGIBLE', inUseBy: [LB], ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: ARN, resourceType: 'AWS::ACM::Certificate', resourceName: 'www.example.com', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'web' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return acmCertificateFromConfig.map(parsed.item, place);
}

const paths = (m: ReturnType<typeof acmCertificateFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('acmCertificateFromConfig', () => {
  it('gives what the API collector gives from DescribeCertificate, with no tags as the API collector reads none', () => {
    const sdk: CertificateDetail = {
      CertificateArn: ARN, DomainName: 'www.example.com', Type: 'AMAZON_ISSUED', Status: 'ISSUED', KeyAlgorithm: 'RSA-2048' as CertificateDetail['KeyAlgorithm'],
      NotBefore: new Date('2026-06-01T00:00:00.000Z'), NotAfter: new Date('2027-06-30T23:59:59.000Z'), RenewalEligibility: 'ELIGIBLE', InUseBy: [LB],
    };
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.acm.certificate', id: ARN, arn: ARN, tags: {} });
    expect(mapping.fields).toEqual({ arn: ARN, ...readFields(certificateFields(sdk)).fields });
    expect(mapping.fields).toMatchObject({ keyAlgorithm: 'RSA_2048', notAfter: '2027-06-30T23:59:59.000Z' });
    expect(mapping.unreadable).toBeUndefined();
  });

  it('reads a null inUseBy as used by nothing and null dates as a certificate never issued', () => {
    expect(mapItem({ inUseBy: null }).fields).toMatchObject({ inUseBy: [] });
    const pending = mapItem({ status: 'PENDING_VALIDATION', notBefore: null, notAfter: null });
    expect(pending.fields).toMatchObject({ status: 'PENDING_VALIDATION', notBefore: null, notAfter: null });
    expect(pending.unreadable).toBeUndefined();
  });

  it.each([
    ['no inUseBy (never "used by nothing")', 'inUseBy', { inUseBy: undefined }],
    ['an inUseBy that is not a list of ARNs', 'inUseBy', { inUseBy: [42] }],
    ['no notAfter (never "no expiry")', 'notAfter', { notAfter: undefined }],
    ['a null notAfter on an issued certificate', 'notAfter', { notAfter: null }],
    ['a notAfter without a zone', 'notAfter', { notAfter: '2027-06-30T23:59:59' }],
    ['no keyAlgorithm', 'keyAlgorithm', { keyAlgorithm: undefined }],
    ['a key algorithm ACM does not spell', 'keyAlgorithm', { keyAlgorithm: 'RSA2048' }],
    ['a status ACM does not spell', 'status', { status: 'Issued' }],
    ['no renewalEligibility', 'renewalEligibility', { renewalEligibility: undefined }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });
});
