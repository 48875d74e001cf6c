/**
 * ACM (AWS JSON 1.1) for the fake account: in each region a certificate ACM
 * issued for each topic's service and an imported legacy one with a
 * 1,024-bit key close to expiry, so an estate without topics still has
 * one. Every other issued certificate uses an elliptic curve key, every
 * third is in use by nothing. ListCertificates pages by NextToken (as
 * MaxItems allows) and ignores the key type filter the collector sends;
 * DescribeCertificate answers one ARN.
 */
import { ACCOUNT, type Estate } from './estate.js';
import { json, jsonError, offsetOf, page, pageSize, tokenOf, type Answer, type WireRequest } from './wire.js';

export interface CertificateModel {
  readonly id: string;
  readonly domain: string;
  readonly index: number;
  readonly imported: boolean;
}

export function certificateModels(estate: Estate): CertificateModel[] {
  const model = (index: number, domain: string, imported: boolean): CertificateModel => ({ id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`, domain, index, imported });
  return [...Array.from({ length: estate.size.topics }, (_, t) => model(t + 1, `app-${String(t)}.bench.example`, false)), model(0, 'legacy.bench.example', true)];
}

const arnOf = (region: string, m: CertificateModel): string => `arn:aws:acm:${region}:${ACCOUNT}:certificate/${m.id}`;
/** Seconds since the epoch, as the JSON protocol sends dates; fixed, so answers never depend on the clock. */
const BASE = 1_790_000_000;
const DAY = 86_400;

/** A certificate as DescribeCertificate answers it (config.ts renders the same as a Configuration Item). */
export function certificateDetail(region: string, m: CertificateModel): Record<string, unknown> {
  return {
    CertificateArn: arnOf(region, m), DomainName: m.domain, Type: m.imported ? 'IMPORTED' : 'AMAZON_ISSUED', Status: 'ISSUED',
    KeyAlgorithm: m.imported ? 'RSA-1024' : m.index % 2 === 0 ? 'EC-prime256v1' : 'RSA-2048',
    NotBefore: BASE - 300 * DAY, NotAfter: BASE + (m.imported ? 5 : 65) * DAY, RenewalEligibility: m.imported ? 'INELIGIBLE' : 'ELIGIBLE',
    InUseBy: m.index % 3 === 0 ? [] : [`arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/app/bench-${String(m.index)}/0123456789abcdef`],
  };
}

export function answerAcm(estate: Estate, request: WireRequest): Answer {
  const { operation, params, region } = request;
  const models = estate.regionIndex(region) < 0 ? [] : certificateModels(estate);
  if (operation === 'ListCertificates') {
    const { items, next } = page(models, offsetOf('c', params.NextToken), pageSize(params.MaxItems, 1000, 1000));
    return json({ CertificateSummaryList: items.map((m) => ({ CertificateArn: arnOf(region, m), DomainName: m.domain })), ...(next === undefined ? {} : { NextToken: tokenOf('c', next) }) });
  }
  if (operation === 'DescribeCertificate') {
    const model = models.find((m) => arnOf(region, m) === params.CertificateArn);
    if (model === undefined) return jsonError('ResourceNotFoundException', `Could not find certificate ${String(params.CertificateArn)}.`);
    return json({ Certificate: certificateDetail(region, model) });
  }
  return json({});
}
