import { defineResourceType } from '../define.js';
import { obj, str, timestamp } from '../fields.js';

export const iamServerCertificate = defineResourceType({
  type: 'aws.iam.server-certificate',
  service: 'iam',
  scope: 'global',
  awsTypes: ['AWS::IAM::ServerCertificate'],
  description: 'An SSL/TLS server certificate stored in IAM, with its upload and expiry dates.',
  idDescription: 'the certificate name',
  data: obj({
    serverCertificateName: str('Certificate name.'),
    serverCertificateId: str('Stable unique certificate id (ASCA…).'),
    path: str('IAM path, "/" when none; CloudFront certificates use /cloudfront/.'),
    uploadDate: timestamp('When the certificate was uploaded (ListServerCertificates UploadDate).'),
    expiration: timestamp('When the certificate expires (ListServerCertificates Expiration).'),
  }, 'IAM server certificate metadata.'),
  example: {
    serverCertificateName: 'www-example-com',
    serverCertificateId: 'ASCAEXAMPLECERTID0001',
    path: '/',
    uploadDate: '2024-03-01T12:00:00.000Z',
    expiration: '2025-03-01T12:00:00.000Z',
  },
});
