/** acmCertificates through the real ACM client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { acmCertificates } from './certificates.js';
import { byTarget, json, jsonError, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const arn = (id: string): string => `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/${id}`;
const LB = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web/0123456789abcdef`;
const isList = byTarget('CertificateManager.ListCertificates');
const isDescribe = byTarget('CertificateManager.DescribeCertificate');
const arnOf = (r: WireRequest): string => String(r.params.CertificateArn);

/** Dates in epoch seconds, as the JSON protocol answers them. */
const WEB = {
  CertificateArn: arn('web'), DomainName: 'www.example.com', Type: 'AMAZON_ISSUED', Status: 'ISSUED', KeyAlgorithm: 'RSA-2048',
  NotBefore: 1780272000, NotAfter: 1814399999, RenewalEligibility: 'ELIGIBLE', InUseBy: [LB], SignatureAlgorithm: 'SHA256WITHRSA',
};
const LEGACY = {
  CertificateArn: arn('legacy'), DomainName: 'legacy.example.com', Type: 'IMPORTED', Status: 'ISSUED', KeyAlgorithm: 'RSA_1024',
  NotBefore: 1735689600, NotAfter: 1794312000, RenewalEligibility: 'INELIGIBLE', InUseBy: [],
};
// Validation never finished: no validity period, used by nothing (InUseBy left out).
const PENDING = { CertificateArn: arn('pending'), DomainName: 'new.example.com', Type: 'AMAZON_ISSUED', Status: 'PENDING_VALIDATION', KeyAlgorithm: 'EC_prime256v1', RenewalEligibility: 'INELIGIBLE' };

function routes(overrides: Route[] = [], certificates: Record<string, Record<string, unknown>> = { [arn('web')]: WEB, [arn('legacy')]: LEGACY, [arn('pending')]: PENDING }): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListCertificates', match: isList,
      respond: (r) => (r.params.NextToken === undefined
        ? json({ CertificateSummaryList: [{ CertificateArn: arn('web'), DomainName: 'www.example.com' }, { CertificateArn: arn('legacy'), DomainName: 'legacy.example.com' }], NextToken: 'page-2' })
        : json({ CertificateSummaryList: [{ CertificateArn: arn('pending'), DomainName: 'new.example.com' }] })),
    },
    {
      name: 'DescribeCertificate', match: isDescribe,
      respond: (r) => {
        const found = certificates[arnOf(r)];
        return found === undefined ? jsonError('ResourceNotFoundException', `Could not find certificate ${arnOf(r)}.`) : json({ Certificate: found });
      },
    },
  ];
}

describe('acmCertificates', () => {
  it('asks ListCertificates for every key type, follows NextToken and maps each described certificate to a valid resource', async () => {
    const run = await collectRecorded([acmCertificates], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const lists = run.aws.requests.filter(isList);
    expect(lists.map((r) => r.params.NextToken)).toEqual([undefined, 'page-2']);
    // Without the filter ACM answers RSA_2048 certificates only.
    expect(lists.every((r) => JSON.stringify((r.params.Includes as { keyTypes: string[] }).keyTypes.sort()) === JSON.stringify(['EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1', 'RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096']))).toBe(true);
    const certificates = run.snapshot.resources.filter((r) => r.type === 'aws.acm.certificate');
    expect(certificates.map((c) => c.id).sort()).toEqual([arn('legacy'), arn('pending'), arn('web')]);
    expect(certificates.every((c) => c.errors === undefined)).toBe(true);
    const byId = (id: string) => certificates.find((c) => c.id === arn(id));
    expect(byId('web')?.arn).toBe(arn('web'));
    // DescribeCertificate's hyphenated RSA-2048 is the filter's RSA_2048.
    expect(byId('web')?.data).toEqual({
      arn: arn('web'), domainName: 'www.example.com', type: 'AMAZON_ISSUED', status: 'ISSUED', keyAlgorithm: 'RSA_2048',
      notBefore: '2026-06-01T00:00:00.000Z', notAfter: '2027-06-30T23:59:59.000Z', renewalEligibility: 'ELIGIBLE', inUseBy: [LB],
    });
    expect(byId('legacy')?.data).toMatchObject({ type: 'IMPORTED', keyAlgorithm: 'RSA_1024', notAfter: '2026-11-10T12:00:00.000Z', renewalEligibility: 'INELIGIBLE', inUseBy: [] });
    // A certificate never issued has no validity period: null, no error.
    expect(byId('pending')?.data).toMatchObject({ status: 'PENDING_VALIDATION', keyAlgorithm: 'EC_prime256v1', notBefore: null, notAfter: null, inUseBy: [] });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.acm.certificate', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a certificate deleted between listing and describing', async () => {
    const run = await collectRecorded([acmCertificates], routes([], { [arn('web')]: WEB, [arn('legacy')]: LEGACY }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual([arn('legacy'), arn('web')]);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('records AccessDenied on DescribeCertificate on every field it fills, never a valid certificate', async () => {
    const denied: Route = { name: 'describe-denied', match: (r) => isDescribe(r) && arnOf(r) === arn('legacy'), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: acm:DescribeCertificate') };
    const run = await collectRecorded([acmCertificates], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const legacy = run.snapshot.resources.find((r) => r.id === arn('legacy'));
    expect(legacy?.data).toEqual({ arn: arn('legacy') });
    const failure = { code: 'AccessDeniedException', message: 'User is not authorized to perform: acm:DescribeCertificate', operation: 'acm:DescribeCertificate' };
    expect(legacy?.errors).toEqual(['domainName', 'type', 'status', 'keyAlgorithm', 'notBefore', 'notAfter', 'renewalEligibility', 'inUseBy'].map((path) => ({ path, ...failure })));
    expect(run.snapshot.resources.find((r) => r.id === arn('web'))?.errors).toBeUndefined();
  });

  it('marks coverage failed when ListCertificates is denied: no resource that could read as "no certificates"', async () => {
    const denied: Route = { name: 'list-denied', match: isList, respond: jsonError('AccessDeniedException', 'User is not authorized to perform: acm:ListCertificates') };
    const run = await collectRecorded([acmCertificates], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.acm.certificate', status: 'failed', reason: 'AccessDeniedException on acm:ListCertificates: User is not authorized to perform: acm:ListCertificates' })]);
  });

  it('fails only the fields an incomplete answer leaves out: an issued certificate without NotAfter, a key algorithm ACM does not list', async () => {
    const partial = { ...WEB, NotAfter: undefined, KeyAlgorithm: 'ML_DSA_65' };
    const run = await collectRecorded([acmCertificates], routes([], { [arn('web')]: partial, [arn('legacy')]: LEGACY, [arn('pending')]: PENDING }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const web = run.snapshot.resources.find((r) => r.id === arn('web'));
    expect(web?.errors?.map((e) => [e.path, e.code])).toEqual([['keyAlgorithm', 'IncompleteResponse'], ['notAfter', 'IncompleteResponse']]);
    expect(web?.data).toMatchObject({ status: 'ISSUED', notBefore: '2026-06-01T00:00:00.000Z' });
    expect(web?.data).not.toHaveProperty('notAfter');
  });
});

describe('acmCertificates call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(acmCertificates)).toEqual([]);
  });
});
