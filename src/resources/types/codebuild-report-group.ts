import { defineResourceType } from '../define.js';
import { bool, nullable, obj, oneOf, str, timestamp } from '../fields.js';

export const codebuildReportGroup = defineResourceType({
  type: 'aws.codebuild.report-group',
  service: 'codebuild',
  scope: 'regional',
  awsTypes: ['AWS::CodeBuild::ReportGroup'],
  description: 'A CodeBuild report group (test or code coverage reports) with where its raw results are exported and whether that export is encrypted.',
  idDescription: 'the report group name (the ARN is on the resource)',
  data: obj({
    name: str('Report group name (BatchGetReportGroups reportGroups[].name).'),
    arn: str('Report group ARN (ListReportGroups reportGroups[]).'),
    type: oneOf(['TEST', 'CODE_COVERAGE'], 'Kind of report the group holds (type).'),
    createdAt: timestamp('When the report group was created (created).'),
    exportType: oneOf(['S3', 'NO_EXPORT'], 'Whether raw results are exported to S3 (exportConfig.exportConfigType).'),
    s3Bucket: nullable(str('Bucket the results are exported to (exportConfig.s3Destination.bucket); null when they are not exported.')),
    s3EncryptionDisabled: nullable(bool('Whether encryption of the exported results is turned off (exportConfig.s3Destination.encryptionDisabled); null when the results are not exported.')),
    s3EncryptionKey: nullable(str('KMS key that encrypts the exported results (exportConfig.s3Destination.encryptionKey); null when none is named (or nothing is exported).')),
  }, 'CodeBuild report group settings.'),
  example: {
    name: 'payments-api-tests',
    arn: 'arn:aws:codebuild:us-east-1:123456789012:report-group/payments-api-tests',
    type: 'TEST',
    createdAt: '2025-06-01T09:00:00.000Z',
    exportType: 'S3',
    s3Bucket: 'acme-test-reports',
    s3EncryptionDisabled: false,
    s3EncryptionKey: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  },
});
