/**
 * Pure mapping from CodeBuild's BatchGet* answers to the aws.codebuild.*
 * catalog shapes, one reader per field (answers.ts), so one value AWS left
 * out fails alone.
 *
 * Nothing secret is kept: a source URL's user-info (a user name, password
 * or personal access token before the "@") is replaced by a marker, and an
 * environment variable keeps its name and type, never its value.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - secondarySources absent is "none" (empty): CodeBuild sends the list
 *   only for a project that has some. The environment's variable list is
 *   answered for every project, so without it the variables are unknown.
 * - A source's location absent or empty is "no location" (null): a
 *   CODEPIPELINE or NO_SOURCE source has none.
 * - S3 logs' location, and their encryptionDisabled while S3 logs are
 *   DISABLED, absent are "not set" (null); with S3 logs ENABLED an absent
 *   encryptionDisabled is unknown, never "encrypted".
 * - A report group's S3 destination is null when it exports nothing
 *   (NO_EXPORT); with S3 export its encryptionDisabled absent is unknown.
 */
import type { EnvironmentVariable, Project, ProjectSource, ReportGroup } from '@aws-sdk/client-codebuild';
import { eachOf, emptyToNull, iso, knownValue, required, text, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type ProjectData = CatalogData['aws.codebuild.project'];
type ReportGroupData = CatalogData['aws.codebuild.report-group'];

/** What replaces a URL's user-info in the snapshot. */
export const USER_INFO_MARKER = 'redacted';

/** Names the Config rule codebuild-project-envvar-awscred-check looks for among PLAINTEXT variables. */
const AWS_CREDENTIAL_NAMES: ReadonlySet<string> = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);

const STATUS = ['ENABLED', 'DISABLED'] as const;
const VARIABLE_TYPES = ['PLAINTEXT', 'PARAMETER_STORE', 'SECRETS_MANAGER'] as const;

/** The fields BatchGetProjects fills; `name` comes from the listing. */
export const PROJECT_FIELDS = ['arn', 'createdAt', 'sources', 'environmentVariables', 'cloudWatchLogsStatus', 's3LogsStatus', 's3LogsLocation', 's3LogsEncryptionDisabled'] as const;
/** The fields BatchGetReportGroups fills; `arn` comes from the listing. */
export const REPORT_GROUP_FIELDS = ['name', 'type', 'createdAt', 'exportType', 's3Bucket', 's3EncryptionDisabled', 's3EncryptionKey'] as const;

/**
 * Scheme, then the authority's user-info up to its last "@" (a raw "@" in a
 * password must not leave the rest of it behind). Linear: one character
 * class, one "@".
 */
const URL_USER_INFO = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#]*@/;

/** A source location with any URL user-info masked, and whether it had one. */
export function maskUserInfo(location: string): { location: string; hasUserInfo: boolean } {
  const match = URL_USER_INFO.exec(location);
  if (match === null) return { location, hasUserInfo: false };
  return { location: `${match[1] ?? ''}${USER_INFO_MARKER}@${location.slice(match[0].length)}`, hasUserInfo: true };
}

function source(answer: ProjectSource): ProjectData['sources'][number] {
  const location = emptyToNull(answer.location);
  const masked = location === null ? { location: null, hasUserInfo: false } : maskUserInfo(location);
  return { sourceIdentifier: emptyToNull(answer.sourceIdentifier), type: text(answer.type, 'source type'), ...masked };
}

function variable(answer: EnvironmentVariable): ProjectData['environmentVariables'][number] {
  const name = text(answer.name, 'environmentVariables[].name');
  const type = knownValue(answer.type, VARIABLE_TYPES, `environment variable ${name}'s type`);
  return { name, type, plaintextAwsCredential: type === 'PLAINTEXT' && AWS_CREDENTIAL_NAMES.has(name) };
}

function sources(project: Project): WithGaps<ProjectData['sources']> {
  const all = [required(project.source, 'source'), ...(project.secondarySources ?? [])];
  return eachOf(all, 'sources', source);
}

export function projectFields(project: Project): ReadersOf<ProjectData> {
  const s3Logs = () => required(project.logsConfig?.s3Logs, 'logsConfig.s3Logs');
  return {
    arn: () => text(project.arn, 'arn'),
    createdAt: () => iso(project.created, 'created'),
    sources: () => sources(project),
    environmentVariables: () => eachOf(required(project.environment, 'environment').environmentVariables, 'environment.environmentVariables', variable),
    cloudWatchLogsStatus: () => knownValue(project.logsConfig?.cloudWatchLogs?.status, STATUS, 'logsConfig.cloudWatchLogs.status'),
    s3LogsStatus: () => knownValue(s3Logs().status, STATUS, 'logsConfig.s3Logs.status'),
    s3LogsLocation: () => emptyToNull(s3Logs().location),
    s3LogsEncryptionDisabled: () => {
      const status = knownValue(s3Logs().status, STATUS, 'logsConfig.s3Logs.status');
      const disabled = s3Logs().encryptionDisabled;
      return status === 'DISABLED' && disabled === undefined ? null : required(disabled, 'logsConfig.s3Logs.encryptionDisabled');
    },
  };
}

export function reportGroupFields(group: ReportGroup): ReadersOf<ReportGroupData> {
  const exportType = () => knownValue(group.exportConfig?.exportConfigType, ['S3', 'NO_EXPORT'] as const, 'exportConfig.exportConfigType');
  const destination = () => (exportType() === 'S3' ? required(group.exportConfig?.s3Destination, 'exportConfig.s3Destination') : undefined);
  return {
    name: () => text(group.name, 'name'),
    type: () => knownValue(group.type, ['TEST', 'CODE_COVERAGE'] as const, 'type'),
    createdAt: () => iso(group.created, 'created'),
    exportType,
    s3Bucket: () => {
      const s3 = destination();
      return s3 === undefined ? null : text(s3.bucket, 'exportConfig.s3Destination.bucket');
    },
    s3EncryptionDisabled: () => {
      const s3 = destination();
      return s3 === undefined ? null : required(s3.encryptionDisabled, 'exportConfig.s3Destination.encryptionDisabled');
    },
    s3EncryptionKey: () => emptyToNull(destination()?.encryptionKey),
  };
}

/** The name in a report group ARN (`…:report-group/unit-tests` → unit-tests); the ARN itself when it has no such part. */
export function reportGroupName(arn: string): string {
  const marker = ':report-group/';
  const at = arn.indexOf(marker);
  return at < 0 ? arn : arn.slice(at + marker.length);
}
