/**
 * aws.acm.certificate: the certificates of the region. ListCertificates
 * names them; without a key type filter it answers only RSA_2048
 * certificates, so it is asked for every key type ACM knows (Includes
 * keyTypes), or an imported RSA_1024 certificate — the one ACM.2 fails —
 * would never be seen. DescribeCertificate answers each one's settings,
 * recorded on every field it fills when it fails; a certificate deleted
 * between listing and describing (ResourceNotFoundException) is not
 * emitted. No tags are read (no acm:ListTagsForCertificate).
 */
import { ACMClient, DescribeCertificateCommand, paginateListCertificates } from '@aws-sdk/client-acm';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { ACM_KEY_ALGORITHMS } from '../../../resources/types/acm-certificate.js';
import { certificateFields, DESCRIBE_CERTIFICATE_FIELDS } from './map.js';

export const certificateCalls = callTable('ACM', 'acm', {
  ListCertificates: { iam: 'acm:ListCertificates', fills: ['arn'] },
  DescribeCertificate: { iam: 'acm:DescribeCertificate', absentOn: ['ResourceNotFoundException'], fills: [...DESCRIBE_CERTIFICATE_FIELDS] },
});

export const acmCertificates = defineCollector({
  type: 'aws.acm.certificate',
  scope: 'regional',
  calls: [certificateCalls],
  async collect(ctx) {
    const acm = ctx.clients.get(ACMClient, ctx.region);
    const listed = await listResources(ctx, certificateCalls.ListCertificates,
      () => paginateListCertificates({ client: acm, pageSize: 1000 }, { Includes: { keyTypes: [...ACM_KEY_ALGORITHMS] } }), (page) => page.CertificateSummaryList);
    await inWindow(listed, async (summary) => {
      const arn = listedId(ctx, summary.CertificateArn, certificateCalls.ListCertificates, 'a certificate', 'CertificateArn');
      if (arn === undefined) return;
      const described = await ctx.call(certificateCalls.DescribeCertificate, () => acm.send(new DescribeCertificateCommand({ CertificateArn: arn })));
      if (described.kind === 'absent') return;
      const draft = ctx.draft({ type: 'aws.acm.certificate', id: arn, arn }).set('arn', arn);
      const detail = described.kind === 'ok' ? described.value.Certificate : undefined;
      if (detail !== undefined) {
        setFields(draft, certificateFields(detail), certificateCalls.DescribeCertificate.label);
      } else {
        const failure = described.kind === 'failed' ? described.failure : { code: 'IncompleteResponse', message: 'DescribeCertificate answered no certificate', operation: certificateCalls.DescribeCertificate.label };
        for (const path of DESCRIBE_CERTIFICATE_FIELDS) draft.fail(path, failure);
      }
      ctx.emit(draft.build());
    });
  },
});
