import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

export const codebuildProject = defineResourceType({
  type: 'aws.codebuild.project',
  service: 'codebuild',
  scope: 'regional',
  awsTypes: ['AWS::CodeBuild::Project'],
  description: 'A CodeBuild project with its source locations (credentials in a URL are masked, never stored), the names and types (never the values) of its environment variables, and where its build logs go.',
  idDescription: 'the project name (the ARN is on the resource)',
  data: obj({
    name: str('Project name (ListProjects projects[]).'),
    arn: str('Project ARN (BatchGetProjects projects[].arn).'),
    createdAt: timestamp('When the project was created (created).'),
    sources: list(obj({
      sourceIdentifier: nullable(str('Identifier of a secondary source (secondarySources[].sourceIdentifier); null for the primary source.')),
      type: str('Source provider as CodeBuild names it, e.g. GITHUB, BITBUCKET, CODECOMMIT, S3, NO_SOURCE (source.type).'),
      location: nullable(str('Source location (source.location) with any user-info part of a URL (user name, password or token before the "@") replaced by "<redacted>"; null when the source has no location (CODEPIPELINE, NO_SOURCE).')),
      hasUserInfo: bool('Whether the location is a URL that carried user-info (a user name, password or personal access token) before it was masked.'),
    }, 'One source.'), 'The primary source (source) followed by the secondary sources (secondarySources), in CodeBuild\'s order.'),
    environmentVariables: list(obj({
      name: str('Variable name (environment.environmentVariables[].name). The value is never collected: it may be a credential, and a snapshot is shared.'),
      type: oneOf(['PLAINTEXT', 'PARAMETER_STORE', 'SECRETS_MANAGER'], 'Where the value comes from (environmentVariables[].type): PLAINTEXT is stored in the project itself.'),
      plaintextAwsCredential: bool('Whether this is a PLAINTEXT variable named AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY, i.e. an AWS credential stored in the project in clear text.'),
    }, 'One environment variable, without its value.'), 'Environment variables of the build environment (environment.environmentVariables); empty when none.'),
    cloudWatchLogsStatus: oneOf(['ENABLED', 'DISABLED'], 'Whether build logs go to CloudWatch Logs (logsConfig.cloudWatchLogs.status).'),
    s3LogsStatus: oneOf(['ENABLED', 'DISABLED'], 'Whether build logs go to S3 (logsConfig.s3Logs.status).'),
    s3LogsLocation: nullable(str('Bucket and prefix that receive the S3 build logs (logsConfig.s3Logs.location); null when none is set.')),
    s3LogsEncryptionDisabled: nullable(bool('Whether encryption of the S3 build logs is turned off (logsConfig.s3Logs.encryptionDisabled); null when S3 logs are disabled and CodeBuild answers no value.')),
  }, 'CodeBuild project settings.'),
  example: {
    name: 'payments-api-build',
    arn: 'arn:aws:codebuild:us-east-1:123456789012:project/payments-api-build',
    createdAt: '2025-06-01T09:00:00.000Z',
    sources: [{ sourceIdentifier: null, type: 'GITHUB', location: 'https://github.com/acme/payments-api.git', hasUserInfo: false }],
    environmentVariables: [{ name: 'STAGE', type: 'PLAINTEXT', plaintextAwsCredential: false }, { name: 'NPM_TOKEN', type: 'SECRETS_MANAGER', plaintextAwsCredential: false }],
    cloudWatchLogsStatus: 'ENABLED',
    s3LogsStatus: 'ENABLED',
    s3LogsLocation: 'acme-build-logs/payments-api',
    s3LogsEncryptionDisabled: false,
  },
});
