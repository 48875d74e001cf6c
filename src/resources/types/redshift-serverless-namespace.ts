import { defineResourceType } from '../define.js';
import { list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

export const redshiftServerlessNamespace = defineResourceType({
  type: 'aws.redshift-serverless.namespace',
  service: 'redshift-serverless',
  scope: 'regional',
  awsTypes: ['AWS::RedshiftServerless::Namespace'],
  description: 'An Amazon Redshift Serverless namespace with its administrator user name, encryption key and the logs it exports to CloudWatch Logs. The administrator password and its secret are not read; tags are not read.',
  idDescription: 'the namespace name (the ARN is on the resource)',
  data: obj({
    namespaceName: str('Namespace name (namespaceName).'),
    namespaceId: str('Namespace id (namespaceId).'),
    status: str('Namespace status (status), e.g. AVAILABLE, MODIFYING.'),
    creationDate: nullable(timestamp('When the namespace was created (creationDate); null while it is being created.')),
    adminUsername: nullable(str('Administrator user of the namespace\'s first database (adminUsername); null when the namespace was created without one.')),
    dbName: nullable(str('Name of the namespace\'s first database (dbName); null when none was named.')),
    kmsKeyId: nullable(str('KMS key that encrypts the namespace (kmsKeyId), AWS_OWNED_KMS_KEY for the AWS-owned key; null when none is named.')),
    logExports: list(oneOf(['connectionlog', 'useractivitylog', 'userlog'], 'A log type.'), 'Log types exported to CloudWatch Logs (logExports); empty when none.'),
  }, 'Redshift Serverless namespace settings.'),
  example: {
    namespaceName: 'analytics',
    namespaceId: '1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
    status: 'AVAILABLE',
    creationDate: '2025-02-01T09:00:00.000Z',
    adminUsername: 'analytics_owner',
    dbName: 'dev',
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    logExports: ['connectionlog', 'userlog', 'useractivitylog'],
  },
});
