/** ssmDocuments through the real SSM client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ssmDocuments } from './documents.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const isList = byTarget('AmazonSSM.ListDocuments');
const isPermission = byTarget('AmazonSSM.DescribeDocumentPermission');

const doc = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  Name: name, CreatedDate: 1780000000, Owner: ACCOUNT, PlatformTypes: ['Linux'], DocumentVersion: '3', DocumentType: 'Command',
  SchemaVersion: '2.2', DocumentFormat: 'YAML', TargetType: '/AWS::EC2::Instance', Tags: [], ...extra,
});
const DEPLOY = doc('Deploy-App', { Tags: [{ Key: 'team', Value: 'platform' }] });
const PUBLIC = doc('Rotate-Logs', { DocumentType: 'Automation', DocumentFormat: 'JSON', DocumentVersion: '1' });
const PRIVATE = doc('Collect-Diagnostics', { DocumentFormat: undefined, DocumentVersion: undefined });
const SHARES: Record<string, unknown[]> = { 'Deploy-App': ['210987654321', '109876543210'], 'Rotate-Logs': ['all'], 'Collect-Diagnostics': [] };

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'ListDocuments', match: isList, respond: (r) => (r.params.NextToken === undefined ? json({ DocumentIdentifiers: [DEPLOY, PUBLIC], NextToken: 'page-2' }) : json({ DocumentIdentifiers: [PRIVATE] })) },
    {
      name: 'DescribeDocumentPermission', match: isPermission,
      respond: (r) => {
        const ids = SHARES[String(r.params.Name)] ?? [];
        // Deploy-App's two accounts come on two pages.
        if (r.params.Name === 'Deploy-App') return r.params.NextToken === undefined ? json({ AccountIds: ids.slice(0, 1), AccountSharingInfoList: [], NextToken: 'share-2' }) : json({ AccountIds: ids.slice(1), AccountSharingInfoList: [] });
        return json({ AccountIds: ids, AccountSharingInfoList: ids.map((id) => ({ AccountId: id, SharedDocumentVersion: '$DEFAULT' })) });
      },
    },
  ];
}

type Run = Awaited<ReturnType<typeof collectRecorded>>;
const byId = (run: Run, id: string) => run.snapshot.resources.find((r) => r.type === 'aws.ssm.document' && r.id === id);

describe('ssmDocuments', () => {
  it('lists only the documents the account owns, pages through them and their share permissions, never reading content', async () => {
    const run = await collectRecorded([ssmDocuments], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(isList).map((r) => [r.params.Filters, r.params.NextToken])).toEqual([[[{ Key: 'Owner', Values: ['Self'] }], undefined], [[{ Key: 'Owner', Values: ['Self'] }], 'page-2']]);
    expect(run.aws.requests.filter(isPermission).filter((r) => r.params.Name === 'Deploy-App').map((r) => [r.params.PermissionType, r.params.NextToken])).toEqual([['Share', undefined], ['Share', 'share-2']]);
    expect([...run.pool.calls.keys()].filter((k) => k.startsWith('SSM:')).sort()).toEqual(['SSM:DescribeDocumentPermission', 'SSM:ListDocuments']);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['Collect-Diagnostics', 'Deploy-App', 'Rotate-Logs']);
    expect(run.snapshot.resources.every((r) => r.errors === undefined)).toBe(true);
    expect(byId(run, 'Deploy-App')).toMatchObject({ arn: `arn:aws:ssm:us-east-1:${ACCOUNT}:document/Deploy-App`, tags: { team: 'platform' } });
    expect(byId(run, 'Deploy-App')?.data).toEqual({ name: 'Deploy-App', documentType: 'Command', documentFormat: 'YAML', documentVersion: '3', sharedWithAccountIds: ['109876543210', '210987654321'] });
    expect(byId(run, 'Rotate-Logs')?.data).toMatchObject({ documentType: 'Automation', sharedWithAccountIds: ['all'] });
    // Not shared is an empty list; a format and version AWS did not answer are null.
    expect(byId(run, 'Collect-Diagnostics')?.data).toEqual({ name: 'Collect-Diagnostics', documentType: 'Command', documentFormat: null, documentVersion: null, sharedWithAccountIds: [] });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.ssm.document', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('marks coverage failed when documents cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: isList, respond: jsonError('AccessDeniedException', 'no ssm:ListDocuments') };
    const run = await collectRecorded([ssmDocuments], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'ssm', operation: 'ListDocuments', code: 'AccessDeniedException' })]);
  });

  it('fails only the shares of a document whose permissions are denied, even on a later page, never "not shared"', async () => {
    const denied: Route = { name: 'share-denied', match: (r) => isPermission(r) && r.params.NextToken === 'share-2', respond: jsonError('AccessDeniedException', 'no ssm:DescribeDocumentPermission') };
    const run = await collectRecorded([ssmDocuments], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(byId(run, 'Deploy-App')?.errors).toEqual([{ path: 'sharedWithAccountIds', code: 'AccessDeniedException', message: 'no ssm:DescribeDocumentPermission', operation: 'ssm:DescribeDocumentPermission' }]);
    expect(byId(run, 'Deploy-App')?.data).not.toHaveProperty('sharedWithAccountIds');
    expect(byId(run, 'Rotate-Logs')?.errors).toBeUndefined();
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('reads a permission answer without AccountIds as unknown, and a document without a type as unknown on that field only', async () => {
    const silent: Route = { name: 'no-ids', match: (r) => isPermission(r) && r.params.Name === 'Rotate-Logs', respond: json({ AccountSharingInfoList: [] }) };
    const untyped: Route = { name: 'untyped', match: isList, respond: json({ DocumentIdentifiers: [{ ...PUBLIC, DocumentType: undefined }] }) };
    const run = await collectRecorded([ssmDocuments], routes([silent, untyped]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(byId(run, 'Rotate-Logs')?.errors?.map((e) => [e.path, e.code])).toEqual([['documentType', 'IncompleteResponse'], ['sharedWithAccountIds', 'IncompleteResponse']]);
  });

  it('marks coverage partial when a listed document has no name', async () => {
    const nameless: Route = { name: 'nameless', match: isList, respond: json({ DocumentIdentifiers: [DEPLOY, { ...PRIVATE, Name: undefined }] }) };
    const run = await collectRecorded([ssmDocuments], routes([nameless]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['Deploy-App']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });
});

describe('ssmDocuments call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ssmDocuments)).toEqual([]);
  });
});
