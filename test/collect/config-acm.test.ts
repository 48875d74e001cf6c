/**
 * `--source config` for ACM certificates against `--source api` on the same
 * recorded account: the certificates served both as ACM's own answers
 * (ListCertificates in two pages, DescribeCertificate per certificate) and
 * as AWS Config's (two advanced query pages of Configuration Items holding
 * what AWS's Config resource schema lists for AWS::ACM::Certificate,
 * DescribeCertificate's camelCase), collected through the real SDK clients
 * each way. The items hold every field, so the resources must be equal
 * with no ACM call at all; a field an item lacks is read with one
 * DescribeCertificate for that certificate.
 */
import { describe, expect, it } from 'vitest';
import { acmCertificates } from '../../src/collect/aws/acm/certificates.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { acmCertificateFromConfig } from '../../src/collect/config/mappers/acm-certificate.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { byTarget, json, jsonError, type Route, type WireRequest } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

const ACCOUNT = '123456789012';
const arn = (id: string): string => `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/${id}`;
const LB = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web/0123456789abcdef`;
const isList = byTarget('CertificateManager.ListCertificates');
const isDescribe = byTarget('CertificateManager.DescribeCertificate');
const arnOf = (r: WireRequest): string => String(r.params.CertificateArn);
const idOf = (r: WireRequest): string => arnOf(r).split('/').pop() ?? '';

interface Model { readonly id: string; readonly domain: string; readonly type: string; readonly status: string; readonly key: string; readonly notBefore?: number; readonly notAfter?: number; readonly renewal: string; readonly inUseBy: string[] }
const models: Model[] = [
  { id: 'web', domain: 'www.example.com', type: 'AMAZON_ISSUED', status: 'ISSUED', key: 'RSA-2048', notBefore: 1780272000, notAfter: 1814399999, renewal: 'ELIGIBLE', inUseBy: [LB] },
  { id: 'legacy', domain: 'legacy.example.com', type: 'IMPORTED', status: 'ISSUED', key: 'RSA-1024', notBefore: 1735689600, notAfter: 1794312000, renewal: 'INELIGIBLE', inUseBy: [] },
  { id: 'pending', domain: 'new.example.com', type: 'AMAZON_ISSUED', status: 'PENDING_VALIDATION', key: 'EC-prime256v1', renewal: 'INELIGIBLE', inUseBy: [] },
];

/** A certificate as DescribeCertificate answers it: dates in epoch seconds, no validity period and no InUseBy for one never issued and used by nothing. */
const answer = (m: Model): Record<string, unknown> => ({
  CertificateArn: arn(m.id), DomainName: m.domain, Type: m.type, Status: m.status, KeyAlgorithm: m.key, RenewalEligibility: m.renewal, SignatureAlgorithm: 'SHA256WITHRSA',
  ...(m.notBefore === undefined ? {} : { NotBefore: m.notBefore }), ...(m.notAfter === undefined ? {} : { NotAfter: m.notAfter }), ...(m.inUseBy.length === 0 ? {} : { InUseBy: m.inUseBy }),
});

/** ACM's own answers; a deleted certificate is not listed and answers ResourceNotFoundException. */
const acmRoutes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  {
    name: 'ListCertificates', match: isList,
    respond: (r) => (r.params.NextToken === undefined
      ? json({ CertificateSummaryList: models.slice(0, 2).map((m) => ({ CertificateArn: arn(m.id), DomainName: m.domain })), NextToken: 'page-2' })
      : json({ CertificateSummaryList: models.slice(2).map((m) => ({ CertificateArn: arn(m.id), DomainName: m.domain })) })),
  },
  {
    name: 'DescribeCertificate', match: isDescribe,
    respond: (r) => {
      const found = models.find((m) => arn(m.id) === arnOf(r));
      return found === undefined ? jsonError('ResourceNotFoundException', `Could not find certificate ${arnOf(r)}.`) : json({ Certificate: answer(found) });
    },
  },
];

const isoOf = (seconds: number | undefined): string | null => (seconds === undefined ? null : new Date(seconds * 1000).toISOString());

/** A certificate as Config records it: DescribeCertificate's members camelCase, dates ISO 8601, "none" as null. */
const item = (m: Model, change: Record<string, unknown> = {}): string => JSON.stringify({
  resourceId: arn(m.id), resourceType: 'AWS::ACM::Certificate', resourceName: m.domain, arn: arn(m.id), accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
  configuration: Object.fromEntries(Object.entries<unknown>({
    certificateArn: arn(m.id), domainName: m.domain, subjectAlternativeNames: [m.domain], type: m.type, status: m.status, keyAlgorithm: m.key, signatureAlgorithm: 'SHA256WITHRSA',
    notBefore: isoOf(m.notBefore), notAfter: isoOf(m.notAfter), renewalEligibility: m.renewal, inUseBy: m.inUseBy.length === 0 ? null : m.inUseBy, ...change,
  }).filter(([, v]) => v !== undefined)),
  supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'web' }], relationships: [],
});

const config = (items: string[], overrides: Route[] = []): Route[] => [...configRoutes(items), ...acmRoutes(overrides)];

const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([acmCertificateFromConfig]);

describe('--source config for ACM certificates', () => {
  it('gives the same certificates as --source api from the items alone, with no ACM call', async () => {
    const api = await collectRecorded([acmCertificates], acmRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m))), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.aws.requests.some((r) => isList(r) || isDescribe(r))).toBe(false);
  });

  it('reads what an item lacks from one DescribeCertificate for that certificate only, never as "none"', async () => {
    const lacking = models.map((m) => item(m, m.id === 'web' ? { inUseBy: undefined, notAfter: undefined, keyAlgorithm: 'RSA2048' } : {}));
    const api = await collectRecorded([acmCertificates], acmRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.aws.requests.filter(isDescribe).map(idOf)).toEqual(['web']);
    expect(run.aws.requests.some(isList)).toBe(false);
  });

  it('names a certificate deleted since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const retired: Model = { id: 'retired', domain: 'old.example.com', type: 'AMAZON_ISSUED', status: 'ISSUED', key: 'RSA-2048', notBefore: 1735689600, notAfter: 1794312000, renewal: 'ELIGIBLE', inUseBy: [] };
    const run = await collectRecorded(fromConfig, config([...models.map((m) => item(m)), item(retired, { inUseBy: undefined })]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === arn('retired'));
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual([['inUseBy', 'ResourceNotFoundException']]);
    expect(gone?.data).not.toHaveProperty('inUseBy');
    expect(gone?.data).toMatchObject({ keyAlgorithm: 'RSA_2048', status: 'ISSUED' });
  });

  it('records a denied DescribeCertificate on that certificate\'s missing fields only', async () => {
    const denied: Route = { name: 'denied', match: (r) => isDescribe(r) && idOf(r) === 'legacy', respond: jsonError('AccessDeniedException', 'no acm:DescribeCertificate') };
    const lacking = models.map((m) => item(m, m.id === 'pending' ? {} : { inUseBy: undefined, renewalEligibility: undefined }));
    const run = await collectRecorded(fromConfig, config(lacking, [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])]))
      .toEqual([[arn('legacy'), [['renewalEligibility', 'AccessDeniedException'], ['inUseBy', 'AccessDeniedException']]]]);
    expect(run.snapshot.resources.find((r) => r.id === arn('legacy'))?.data).toMatchObject({ keyAlgorithm: 'RSA_1024', notAfter: isoOf(1794312000) });
    expect(run.snapshot.resources.find((r) => r.id === arn('web'))?.data).toMatchObject({ inUseBy: [LB], renewalEligibility: 'ELIGIBLE' });
  });
});

describe('the Config collector for ACM certificates', () => {
  it('has no row the recorded runs above leave unsent', async () => {
    // An item without its configuration, which BatchGetResourceConfig cannot complete either: the listing is partial.
    const bare = JSON.stringify({ resourceId: arn('web'), resourceType: 'AWS::ACM::Certificate', accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
    const run = await collectRecorded(fromConfig, config([bare]), { regions: ['us-east-1'] });
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
