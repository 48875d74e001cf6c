/** codebuildReportGroups through the real CodeBuild client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { codebuildReportGroups } from './report-groups.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import type { Resource } from '../../../resources/resource.js';

const arn = (name: string): string => `arn:aws:codebuild:us-east-1:${ACCOUNT}:report-group/${name}`;
const LIST = 'CodeBuild_20161006.ListReportGroups';
const BATCH = 'CodeBuild_20161006.BatchGetReportGroups';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

const group = (name: string, exportConfig: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  arn: arn(name), name, type: 'TEST', exportConfig, created: 1748768400, lastModified: 1748768400, status: 'ACTIVE', tags: [{ key: 'team', value: 'qa' }], ...extra,
});
const s3 = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ exportConfigType: 'S3', s3Destination: { bucket: 'acme-test-reports', path: 'unit', packaging: 'NONE', encryptionKey: KEY, encryptionDisabled: false, ...extra } });

/** 120 groups: the collector must split them into batches of a hundred. */
const NAMES = Array.from({ length: 120 }, (_, i) => `group-${String(i).padStart(3, '0')}`);
const GROUPS: Record<string, Record<string, unknown>> = {
  ...Object.fromEntries(NAMES.map((n) => [arn(n), group(n, { exportConfigType: 'NO_EXPORT' })])),
  [arn('unit')]: group('unit', s3()),
  [arn('coverage')]: group('coverage', s3({ encryptionDisabled: true, encryptionKey: undefined }), { type: 'CODE_COVERAGE' }),
};

function routes(overrides: Route[] = [], groups = GROUPS, notFound: string[] = []): Route[] {
  const all = Object.keys(GROUPS).sort();
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListReportGroups', match: byTarget(LIST),
      respond: (r) => (r.params.nextToken === undefined ? json({ reportGroups: all.slice(0, 61), nextToken: 'page-2' }) : json({ reportGroups: all.slice(61) })),
    },
    {
      name: 'BatchGetReportGroups', match: byTarget(BATCH),
      respond: (r) => {
        const arns = r.params.reportGroupArns as string[];
        return json({ reportGroups: arns.flatMap((a) => (groups[a] === undefined || notFound.includes(a) ? [] : [groups[a]])), reportGroupsNotFound: arns.filter((a) => notFound.includes(a)) });
      },
    },
  ];
}

const groupsOf = (resources: readonly Resource[]): Resource[] => resources.filter((r) => r.type === 'aws.codebuild.report-group');

describe('codebuildReportGroups', () => {
  it('pages ListReportGroups, asks BatchGetReportGroups a hundred at a time, and maps each export', async () => {
    const run = await collectRecorded([codebuildReportGroups], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => [r.params.maxResults, r.params.nextToken])).toEqual([[100, undefined], [100, 'page-2']]);
    expect(run.aws.requests.filter(byTarget(BATCH)).map((r) => (r.params.reportGroupArns as string[]).length).sort()).toEqual([100, 22]);
    const groups = groupsOf(run.snapshot.resources);
    expect(groups).toHaveLength(122);
    expect(groups.every((g) => g.errors === undefined)).toBe(true);
    expect(groups.find((g) => g.id === 'unit')).toMatchObject({ arn: arn('unit'), tags: { team: 'qa' } });
    expect(groups.find((g) => g.id === 'unit')?.data).toEqual({
      name: 'unit', arn: arn('unit'), type: 'TEST', createdAt: '2025-06-01T09:00:00.000Z', exportType: 'S3', s3Bucket: 'acme-test-reports', s3EncryptionDisabled: false, s3EncryptionKey: KEY,
    });
    expect(groups.find((g) => g.id === 'coverage')?.data).toMatchObject({ type: 'CODE_COVERAGE', s3EncryptionDisabled: true, s3EncryptionKey: null });
    // Nothing exported: no destination, not an error.
    expect(groups.find((g) => g.id === 'group-000')?.data).toMatchObject({ exportType: 'NO_EXPORT', s3Bucket: null, s3EncryptionDisabled: null, s3EncryptionKey: null });
  });

  it('leaves out a group the answer lists as not found; an S3 export without an encryption setting is unknown, not encrypted', async () => {
    const partial = { ...GROUPS, [arn('unit')]: group('unit', s3({ encryptionDisabled: undefined })) };
    const run = await collectRecorded([codebuildReportGroups], routes([], partial, [arn('coverage')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(groupsOf(run.snapshot.resources).find((g) => g.id === 'coverage')).toBeUndefined();
    const unit = run.snapshot.resources.find((r) => r.id === 'unit');
    expect(unit?.errors?.map((e) => [e.path, e.code])).toEqual([['s3EncryptionDisabled', 'IncompleteResponse']]);
    expect(unit?.data).toMatchObject({ exportType: 'S3', s3Bucket: 'acme-test-reports' });
  });

  it('records AccessDenied on BatchGetReportGroups on every field it fills and the tags, the listed ARN kept', async () => {
    const denied: Route = { name: 'denied', match: byTarget(BATCH), respond: jsonError('AccessDeniedException', 'not authorized to perform: codebuild:BatchGetReportGroups') };
    const run = await collectRecorded([codebuildReportGroups], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const unit = run.snapshot.resources.find((r) => r.id === 'unit');
    expect(unit?.data).toEqual({ arn: arn('unit') });
    expect(unit?.errors?.map((e) => [e.path, e.code])).toEqual([...['name', 'type', 'createdAt', 'exportType', 's3Bucket', 's3EncryptionDisabled', 's3EncryptionKey'], '$tags'].map((p) => [p, 'AccessDeniedException']));
  });

  it('marks coverage failed when ListReportGroups is denied', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: codebuild:ListReportGroups') };
    const run = await collectRecorded([codebuildReportGroups], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.codebuild.report-group', status: 'failed' })]);
  });
});

describe('codebuildReportGroups call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(codebuildReportGroups)).toEqual([]);
  });
});
