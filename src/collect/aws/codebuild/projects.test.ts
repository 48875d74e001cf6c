/** codebuildProjects through the real CodeBuild client, fed recorded JSON-protocol answers (CodeBuild_20161006 targets). */
import { describe, expect, it } from 'vitest';
import { codebuildProjects } from './projects.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import type { Resource } from '../../../resources/resource.js';

const arn = (name: string): string => `arn:aws:codebuild:us-east-1:${ACCOUNT}:project/${name}`;
const LIST = 'CodeBuild_20161006.ListProjects';
const BATCH = 'CodeBuild_20161006.BatchGetProjects';
/** Credentials a project may hold: none of them may reach the snapshot. */
const TOKEN = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const logs = (s3: Record<string, unknown> = { status: 'DISABLED', encryptionDisabled: false }, cloudWatch = 'ENABLED'): Record<string, unknown> => ({ cloudWatchLogs: { status: cloudWatch }, s3Logs: s3 });
const project = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name, arn: arn(name), created: 1748768400, lastModified: 1748768400, serviceRole: `arn:aws:iam::${ACCOUNT}:role/codebuild`,
  source: { type: 'GITHUB', location: `https://github.com/acme/${name}.git`, gitCloneDepth: 1, insecureSsl: false },
  environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL', environmentVariables: [], privilegedMode: false, imagePullCredentialsType: 'CODEBUILD' },
  artifacts: { type: 'NO_ARTIFACTS' }, logsConfig: logs(), tags: [{ key: 'team', value: 'payments' }], ...extra,
});

const PROJECTS: Record<string, Record<string, unknown>> = {
  api: project('api', {
    environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL', privilegedMode: false,
      environmentVariables: [{ name: 'STAGE', value: 'prod', type: 'PLAINTEXT' }, { name: 'NPM_TOKEN', value: 'npm/token', type: 'SECRETS_MANAGER' }] },
    logsConfig: logs({ status: 'ENABLED', location: 'acme-build-logs/api', encryptionDisabled: false }),
  }),
  // A Bitbucket app password in the URL, AWS keys in plain text, S3 logs unencrypted.
  legacy: project('legacy', {
    source: { type: 'BITBUCKET', location: `https://builder:${TOKEN}@bitbucket.org/acme/legacy.git` },
    secondarySources: [{ type: 'S3', location: 'acme-artifacts/legacy/assets.zip', sourceIdentifier: 'assets' }],
    environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:5.0', computeType: 'BUILD_GENERAL1_SMALL', privilegedMode: false,
      environmentVariables: [{ name: 'AWS_ACCESS_KEY_ID', value: 'AKIAIOSFODNN7EXAMPLE', type: 'PLAINTEXT' }, { name: 'AWS_SECRET_ACCESS_KEY', value: SECRET_KEY, type: 'PLAINTEXT' }, { name: 'AWS_SECRET_ACCESS_KEY_REF', value: '/ci/key', type: 'PARAMETER_STORE' }] },
    logsConfig: logs({ status: 'ENABLED', location: 'acme-build-logs/legacy', encryptionDisabled: true }, 'DISABLED'),
    tags: undefined,
  }),
  // Driven by CodePipeline: the source has no location; no logs anywhere.
  pipeline: project('pipeline', { source: { type: 'CODEPIPELINE' }, logsConfig: logs({ status: 'DISABLED' }, 'DISABLED') }),
};

function routes(overrides: Route[] = [], projects = PROJECTS, notFound: string[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListProjects', match: byTarget(LIST),
      respond: (r) => (r.params.nextToken === undefined ? json({ projects: ['api', 'legacy'], nextToken: 'page-2' }) : json({ projects: ['pipeline'] })),
    },
    {
      name: 'BatchGetProjects', match: byTarget(BATCH),
      respond: (r) => {
        const names = r.params.names as string[];
        return json({ projects: names.flatMap((n) => (projects[n] === undefined || notFound.includes(n) ? [] : [projects[n]])), projectsNotFound: names.filter((n) => notFound.includes(n)) });
      },
    },
  ];
}

const projectsOf = (resources: readonly Resource[]): Resource[] => resources.filter((r) => r.type === 'aws.codebuild.project');

describe('codebuildProjects', () => {
  it('pages ListProjects, asks for every project in one batch, and keeps no credential', async () => {
    const run = await collectRecorded([codebuildProjects], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => r.params.nextToken)).toEqual([undefined, 'page-2']);
    expect(run.aws.requests.filter(byTarget(BATCH)).map((r) => r.params.names)).toEqual([['api', 'legacy', 'pipeline']]);
    const projects = projectsOf(run.snapshot.resources);
    expect(projects.map((p) => p.id).sort()).toEqual(['api', 'legacy', 'pipeline']);
    expect(projects.every((p) => p.errors === undefined)).toBe(true);
    expect(projects.find((p) => p.id === 'api')).toMatchObject({ arn: arn('api'), tags: { team: 'payments' } });
    expect(projects.find((p) => p.id === 'api')?.data).toEqual({
      name: 'api', arn: arn('api'), createdAt: '2025-06-01T09:00:00.000Z',
      sources: [{ sourceIdentifier: null, type: 'GITHUB', location: 'https://github.com/acme/api.git', hasUserInfo: false }],
      environmentVariables: [{ name: 'STAGE', type: 'PLAINTEXT', plaintextAwsCredential: false }, { name: 'NPM_TOKEN', type: 'SECRETS_MANAGER', plaintextAwsCredential: false }],
      cloudWatchLogsStatus: 'ENABLED', s3LogsStatus: 'ENABLED', s3LogsLocation: 'acme-build-logs/api', s3LogsEncryptionDisabled: false,
    });
    const legacy = projects.find((p) => p.id === 'legacy');
    expect(legacy?.tags).toEqual({});
    expect(legacy?.data).toMatchObject({
      sources: [
        { sourceIdentifier: null, type: 'BITBUCKET', location: 'https://redacted@bitbucket.org/acme/legacy.git', hasUserInfo: true },
        { sourceIdentifier: 'assets', type: 'S3', location: 'acme-artifacts/legacy/assets.zip', hasUserInfo: false },
      ],
      environmentVariables: [
        { name: 'AWS_ACCESS_KEY_ID', type: 'PLAINTEXT', plaintextAwsCredential: true },
        { name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT', plaintextAwsCredential: true },
        { name: 'AWS_SECRET_ACCESS_KEY_REF', type: 'PARAMETER_STORE', plaintextAwsCredential: false },
      ],
      cloudWatchLogsStatus: 'DISABLED', s3LogsEncryptionDisabled: true,
    });
    // S3 logs off and no encryption setting answered: not set, not an error.
    expect(projects.find((p) => p.id === 'pipeline')?.data).toMatchObject({ sources: [{ sourceIdentifier: null, type: 'CODEPIPELINE', location: null, hasUserInfo: false }], s3LogsStatus: 'DISABLED', s3LogsLocation: null, s3LogsEncryptionDisabled: null });
    const written = JSON.stringify(run.snapshot);
    for (const secret of [TOKEN, SECRET_KEY, 'AKIAIOSFODNN7EXAMPLE', 'builder:', 'npm/token', '/ci/key']) expect(written).not.toContain(secret);
  });

  it('leaves out a project the answer lists as not found, and fails one it leaves out silently', async () => {
    const { pipeline: _silent, ...rest } = PROJECTS;
    const run = await collectRecorded([codebuildProjects], routes([], rest, ['legacy']), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(projectsOf(run.snapshot.resources).map((p) => p.id).sort()).toEqual(['api', 'pipeline']);
    const pipeline = run.snapshot.resources.find((r) => r.id === 'pipeline');
    expect(pipeline?.data).toEqual({ name: 'pipeline' });
    expect(pipeline?.errors?.map((e) => [e.path, e.code])).toEqual(['arn', 'createdAt', 'sources', 'environmentVariables', 'cloudWatchLogsStatus', 's3LogsStatus', 's3LogsLocation', 's3LogsEncryptionDisabled'].map((p) => [p, 'IncompleteResponse']).concat([['$tags', 'IncompleteResponse']]));
  });

  it('records AccessDenied on BatchGetProjects on every field and the tags of every project in the batch', async () => {
    const denied: Route = { name: 'denied', match: byTarget(BATCH), respond: jsonError('AccessDeniedException', 'not authorized to perform: codebuild:BatchGetProjects') };
    const run = await collectRecorded([codebuildProjects], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const p of projectsOf(run.snapshot.resources)) {
      expect(p.data).toEqual({ name: p.id });
      expect(p.errors?.map((e) => [e.path, e.operation])).toEqual([...['arn', 'createdAt', 'sources', 'environmentVariables', 'cloudWatchLogsStatus', 's3LogsStatus', 's3LogsLocation', 's3LogsEncryptionDisabled'], '$tags'].map((path) => [path, 'codebuild:BatchGetProjects']));
    }
  });

  it('fails only what an incomplete project leaves out: S3 logs on without an encryption setting are unknown, not encrypted', async () => {
    const partial = { ...PROJECTS, api: project('api', { logsConfig: logs({ status: 'ENABLED', location: 'acme-build-logs/api' }), environment: { type: 'LINUX_CONTAINER', environmentVariables: [{ name: 'X', value: 'y' }] } }) };
    const run = await collectRecorded([codebuildProjects], routes([], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const api = run.snapshot.resources.find((r) => r.id === 'api');
    expect(api?.errors?.map((e) => [e.path, e.code])).toEqual([['environmentVariables[0]', 'IncompleteResponse'], ['s3LogsEncryptionDisabled', 'IncompleteResponse']]);
    expect(api?.data).toMatchObject({ s3LogsStatus: 'ENABLED', cloudWatchLogsStatus: 'ENABLED' });
  });

  it('marks coverage failed when ListProjects is denied', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: codebuild:ListProjects') };
    const run = await collectRecorded([codebuildProjects], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.codebuild.project', status: 'failed', reason: 'AccessDeniedException on codebuild:ListProjects: not authorized to perform: codebuild:ListProjects' })]);
  });
});

describe('codebuildProjects call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(codebuildProjects)).toEqual([]);
  });
});
