/**
 * Pure mapping from DescribeCertificate's answer to the aws.acm.certificate
 * catalog shape, one reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - NotBefore and NotAfter are null for a certificate ACM never issued
 *   (PENDING_VALIDATION, VALIDATION_TIMED_OUT, FAILED): it has no validity
 *   period. Left out for any other status they are unknown.
 * - InUseBy left out is "used by nothing": ACM answers an empty list as
 *   none; it is a list of associations, not a setting.
 * - KeyAlgorithm: DescribeCertificate has answered the hyphenated spelling
 *   (RSA-2048, EC-prime256v1) that its model's enumeration writes with an
 *   underscore; both name the same key, so the hyphen is read as the
 *   underscore. Anything else outside the enumeration is unknown.
 */
import type { CertificateDetail } from '@aws-sdk/client-acm';
import { isoOrNull, knownValue, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import { ACM_KEY_ALGORITHMS } from '../../../resources/types/acm-certificate.js';
import type { CatalogData } from '../../../resources/catalog.js';

type CertificateData = CatalogData['aws.acm.certificate'];

const TYPES = ['AMAZON_ISSUED', 'IMPORTED', 'PRIVATE'] as const;
const STATUSES = ['PENDING_VALIDATION', 'ISSUED', 'INACTIVE', 'EXPIRED', 'VALIDATION_TIMED_OUT', 'REVOKED', 'FAILED'] as const;
const NEVER_ISSUED: readonly string[] = ['PENDING_VALIDATION', 'VALIDATION_TIMED_OUT', 'FAILED'];
const ELIGIBILITY = ['ELIGIBLE', 'INELIGIBLE'] as const;

export function keyAlgorithm(value: string | undefined): CertificateData['keyAlgorithm'] {
  return knownValue(value?.replace('-', '_'), ACM_KEY_ALGORITHMS, 'KeyAlgorithm');
}

/** A validity date: null only for a certificate that was never issued. */
export function validity(detail: CertificateDetail, value: Date | undefined, what: string): string | null {
  if (value !== undefined) return value.toISOString();
  if (detail.Status !== undefined && NEVER_ISSUED.includes(detail.Status)) return isoOrNull(value);
  throw new UnreadableAnswer('IncompleteResponse', `the answer has no ${what} for a certificate with status ${String(detail.Status)}`);
}

/** Every field DescribeCertificate fills; `arn` comes from the listing. */
export function certificateFields(detail: CertificateDetail): ReadersOf<CertificateData> {
  return {
    domainName: () => text(detail.DomainName, 'DomainName'),
    type: () => knownValue(detail.Type, TYPES, 'Type'),
    status: () => knownValue(detail.Status, STATUSES, 'Status'),
    keyAlgorithm: () => keyAlgorithm(detail.KeyAlgorithm),
    notBefore: () => validity(detail, detail.NotBefore, 'NotBefore'),
    notAfter: () => validity(detail, detail.NotAfter, 'NotAfter'),
    renewalEligibility: () => knownValue(detail.RenewalEligibility, ELIGIBILITY, 'RenewalEligibility'),
    inUseBy: () => (detail.InUseBy ?? []).map((arn) => text(arn, 'InUseBy[]')),
  };
}

/** The fields DescribeCertificate fills, for failing them together when it fails. */
export const DESCRIBE_CERTIFICATE_FIELDS = ['domainName', 'type', 'status', 'keyAlgorithm', 'notBefore', 'notAfter', 'renewalEligibility', 'inUseBy'] as const;
