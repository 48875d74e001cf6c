/** aws.iam.server-certificate: every SSL/TLS certificate stored in IAM; ListServerCertificates answers all the fields. */
import { IAMClient, paginateListServerCertificates } from '@aws-sdk/client-iam';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { setFields } from '../../answers.js';
import { listResources } from '../../listing.js';
import { serverCertificateFields } from './map.js';

export const serverCertificateCalls = callTable('IAM', 'iam', {
  ListServerCertificates: { iam: 'iam:ListServerCertificates', fills: ['serverCertificateName', 'serverCertificateId', 'path', 'uploadDate', 'expiration'] },
});

export const iamServerCertificates = defineCollector({
  type: 'aws.iam.server-certificate',
  scope: 'global',
  calls: [serverCertificateCalls],
  async collect(ctx) {
    const iam = ctx.clients.get(IAMClient, ctx.region);
    const certificates = await listResources(ctx, serverCertificateCalls.ListServerCertificates, () => paginateListServerCertificates({ client: iam }, {}), (page) => page.ServerCertificateMetadataList);
    for (const cert of certificates) {
      const name = cert.ServerCertificateName;
      if (name === undefined || name === '') {
        ctx.listingFailed({ code: 'IncompleteResponse', message: 'ListServerCertificates answered a certificate without ServerCertificateName', operation: serverCertificateCalls.ListServerCertificates.label }, true);
        continue;
      }
      const draft = ctx.draft({ type: 'aws.iam.server-certificate', id: name, ...(cert.Arn === undefined ? {} : { arn: cert.Arn }) });
      setFields(draft, serverCertificateFields(cert), serverCertificateCalls.ListServerCertificates.label);
      ctx.emit(draft.build());
    }
  },
});
