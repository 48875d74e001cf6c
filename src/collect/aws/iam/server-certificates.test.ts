/** iamServerCertificates through the real IAM client, fed recorded query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { iamServerCertificates } from './server-certificates.js';
import { byAction } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import { elements, iamError, pagedIam } from '../../../../test/support/iam-xml.js';

const cert = (name: string, path: string, expiration: string): string => elements({
  ServerCertificateName: name, ServerCertificateId: `ASCA${name.toUpperCase().replace(/-/g, '')}`, Path: path,
  Arn: `arn:aws:iam::123456789012:server-certificate${path}${name}`, UploadDate: '2024-03-01T12:00:00Z', Expiration: expiration,
});

describe('iamServerCertificates', () => {
  it('follows pagination and maps every certificate', async () => {
    const run = await collectRecorded([iamServerCertificates], [
      regionsRoute(['us-east-1']),
      pagedIam('ListServerCertificates', 'ServerCertificateMetadataList', [[cert('www-example-com', '/', '2025-03-01T12:00:00Z')], [cert('cdn-example-com', '/cloudfront/', '2027-03-01T12:00:00Z')]]),
    ], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const [www, cdn] = run.snapshot.resources;
    expect(run.snapshot.resources).toHaveLength(2);
    expect(www).toEqual(
      {
        type: 'aws.iam.server-certificate', id: 'www-example-com', arn: 'arn:aws:iam::123456789012:server-certificate/www-example-com', account: '123456789012', region: 'global', tags: {},
        data: { serverCertificateName: 'www-example-com', serverCertificateId: 'ASCAWWWEXAMPLECOM', path: '/', uploadDate: '2024-03-01T12:00:00.000Z', expiration: '2025-03-01T12:00:00.000Z' },
      },
    );
    expect(cdn).toMatchObject({ id: 'cdn-example-com', data: { path: '/cloudfront/', expiration: '2027-03-01T12:00:00.000Z' } });
  });

  it('records a certificate whose answer lacks its expiry as not collected, never as a date', async () => {
    const run = await collectRecorded([iamServerCertificates], [
      regionsRoute(['us-east-1']),
      pagedIam('ListServerCertificates', 'ServerCertificateMetadataList', [[elements({ ServerCertificateName: 'odd', ServerCertificateId: 'ASCAODD', Path: '/', Arn: 'arn:aws:iam::123456789012:server-certificate/odd', UploadDate: '2024-03-01T12:00:00Z' })]]),
    ], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources[0]?.errors).toEqual([{ path: 'expiration', code: 'IncompleteResponse', message: 'the answer has no Expiration', operation: 'iam:ListServerCertificates' }]);
    expect(run.snapshot.resources[0]?.data).toEqual({ serverCertificateName: 'odd', serverCertificateId: 'ASCAODD', path: '/', uploadDate: '2024-03-01T12:00:00.000Z' });
  });

  it('marks coverage failed when certificates cannot be listed', async () => {
    const run = await collectRecorded([iamServerCertificates], [
      regionsRoute(['us-east-1']),
      { name: 'denied', match: byAction('ListServerCertificates'), respond: iamError('AccessDenied', 'no iam:ListServerCertificates', 403) },
    ], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.iam.server-certificate', status: 'failed' })]);
  });
});

describe('iamServerCertificates call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(iamServerCertificates)).toEqual([]);
  });
});
