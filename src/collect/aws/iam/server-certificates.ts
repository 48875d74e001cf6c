/** aws.iam.server-certificate: every SSL/TLS certificate stored in IAM; ListServerCertificates answers all the fields. */
import { IAMClient, paginateListServerCertificates } from '@aws-sdk/client-iam';
import { defineCollector } from '../../define.js';
import { setFields } from '../../answers.js';
import { listResources } from '../../listing.js';
import { serverCertificateFields } from './map.js';

export const iamServerCertificates = defineCollector({
  type: 'aws.iam.server-certificate',
  scope: 'global',
  permissions: ['iam:ListServerCertificates'],
  async collect(ctx) {
    const iam = ctx.clients.get(IAMClient, ctx.region);
    const certificates = await listResources(ctx, 'iam:ListServerCertificates', () => paginateListServerCertificates({ client: iam }, {}), (page) => page.ServerCertificateMetadataList);
    for (const cert of certificates) {
      const name = cert.ServerCertificateName;
      if (name === undefined || name === '') {
        ctx.listingFailed({ code: 'IncompleteResponse', message: 'ListServerCertificates answered a certificate without ServerCertificateName', operation: 'iam:ListServerCertificates' }, true);
        continue;
      }
      const draft = ctx.draft({ type: 'aws.iam.server-certificate', id: name, ...(cert.Arn === undefined ? {} : { arn: cert.Arn }) });
      setFields(draft, serverCertificateFields(cert), 'iam:ListServerCertificates');
      ctx.emit(draft.build());
    }
  },
});
