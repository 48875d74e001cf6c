/**
 * CodeBuild projects (sources with and without credentials in their URL,
 * AWS keys in plain text or read from Secrets Manager, logs to CloudWatch,
 * S3, both or nowhere), report groups exporting encrypted, unencrypted or
 * not at all, and Step Functions state machines logging at every level.
 * The demo holds no credential: URLs carry the collector's mask.
 */
import { codebuildProject } from '../../src/resources/types/codebuild-project.js';
import { codebuildReportGroup } from '../../src/resources/types/codebuild-report-group.js';
import { sfnStateMachine } from '../../src/resources/types/sfn-state-machine.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, keys, make, type DemoRegion, type Overrides } from './demo.js';

function project(region: DemoRegion, name: string, data: Overrides<typeof codebuildProject>): Resource {
  const projectArn = arn.in('codebuild', region, `project/${name}`);
  return make(codebuildProject, { id: name, region, arn: projectArn, tags: { team: 'platform' }, data: { name, arn: projectArn, ...data } });
}

export function codebuildProjects(): Resource[] {
  return [
    // Compliant: GitHub through a connection, a token from Secrets Manager, encrypted logs in CloudWatch and S3 (CodeBuild.1-4 pass).
    project('us-east-1', 'payments-api-build', { s3LogsLocation: 'acme-build-logs-123456789012/payments-api', createdAt: '2024-05-20T10:00:00.000Z' }),
    // Non-compliant: a Bitbucket app password in the URL (CodeBuild.1), access keys in plain text (CodeBuild.2),
    // S3 logs with encryption turned off (CodeBuild.3); S3 logging itself is on (CodeBuild.4 passes).
    project('eu-west-1', 'legacy-deploy', {
      sources: [{ sourceIdentifier: null, type: 'BITBUCKET', location: 'https://redacted@bitbucket.org/acme/legacy-deploy.git', hasUserInfo: true }],
      environmentVariables: [
        { name: 'AWS_ACCESS_KEY_ID', type: 'PLAINTEXT', plaintextAwsCredential: true },
        { name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT', plaintextAwsCredential: true },
        { name: 'DEPLOY_ENV', type: 'PLAINTEXT', plaintextAwsCredential: false },
      ],
      cloudWatchLogsStatus: 'DISABLED', s3LogsLocation: 'acme-eu-build-logs/legacy-deploy', s3LogsEncryptionDisabled: true, createdAt: '2019-10-02T13:00:00.000Z',
    }),
    // Edge case: run by CodePipeline (no source location), the secret key's name read from Secrets Manager (CodeBuild.2 passes),
    // and no logs anywhere (CodeBuild.4 fails; CodeBuild.3 does not apply).
    project('us-east-1', 'nightly-integration', {
      sources: [{ sourceIdentifier: null, type: 'CODEPIPELINE', location: null, hasUserInfo: false }],
      environmentVariables: [{ name: 'AWS_SECRET_ACCESS_KEY', type: 'SECRETS_MANAGER', plaintextAwsCredential: false }],
      cloudWatchLogsStatus: 'DISABLED', s3LogsStatus: 'DISABLED', s3LogsLocation: null, s3LogsEncryptionDisabled: null, createdAt: '2026-02-02T02:00:00.000Z',
    }),
  ];
}

function reportGroup(region: DemoRegion, name: string, data: Overrides<typeof codebuildReportGroup>): Resource {
  const groupArn = arn.in('codebuild', region, `report-group/${name}`);
  return make(codebuildReportGroup, { id: name, region, arn: groupArn, data: { name, arn: groupArn, ...data } });
}

export function codebuildReportGroups(): Resource[] {
  return [
    // Compliant: exported encrypted with the application key (CodeBuild.7 passes).
    reportGroup('us-east-1', 'payments-api-tests', { s3Bucket: 'acme-test-reports-123456789012', s3EncryptionKey: keys.appData, createdAt: '2024-05-20T10:05:00.000Z' }),
    // Non-compliant: coverage exported with encryption turned off (CodeBuild.7 fails).
    reportGroup('eu-west-1', 'legacy-coverage', { type: 'CODE_COVERAGE', s3Bucket: 'acme-eu-test-reports', s3EncryptionDisabled: true, s3EncryptionKey: null, createdAt: '2021-01-12T09:00:00.000Z' }),
    // Edge case: exports nothing (CodeBuild.7 does not apply).
    reportGroup('us-east-1', 'integration-reports', { exportType: 'NO_EXPORT', s3Bucket: null, s3EncryptionDisabled: null, s3EncryptionKey: null, createdAt: '2026-02-02T02:05:00.000Z' }),
  ];
}

function stateMachine(region: DemoRegion, name: string, data: Overrides<typeof sfnStateMachine>): Resource {
  const machineArn = arn.in('states', region, `stateMachine:${name}`);
  return make(sfnStateMachine, {
    id: name, region, arn: machineArn,
    data: { name, arn: machineArn, roleArn: arn.iam(`role/${name}-sfn`), logGroupArns: [`${arn.logGroup(region, `/aws/vendedlogs/states/${name}`)}:*`], ...data },
  });
}

export function sfnStateMachines(): Resource[] {
  return [
    // Compliant: errors logged to its own log group (StepFunctions.1 passes).
    stateMachine('us-east-1', 'order-fulfilment', { createdAt: '2024-05-21T10:00:00.000Z' }),
    // Non-compliant: an Express workflow that keeps no history and never logged (StepFunctions.1 fails).
    stateMachine('eu-west-1', 'nightly-export', { type: 'EXPRESS', loggingLevel: 'OFF', logGroupArns: [], tracingEnabled: false, createdAt: '2022-03-03T03:00:00.000Z' }),
    // Edge case: FATAL only is still logging under the default accepted levels (passes).
    stateMachine('us-east-1', 'refund-approvals', { loggingLevel: 'FATAL', createdAt: '2025-11-05T16:00:00.000Z' }),
  ];
}
