/** redshiftServerlessNamespaces through the real Redshift Serverless client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { redshiftServerlessNamespaces } from './namespaces.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const LIST = 'RedshiftServerless.ListNamespaces';
const arn = (id: string): string => `arn:aws:redshift-serverless:us-east-1:${ACCOUNT}:namespace/${id}`;
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const namespace = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  namespaceName: name, namespaceId: `${name}-2222-3333`, namespaceArn: arn(`${name}-2222-3333`), adminUsername: `${name}_owner`, dbName: 'dev', kmsKeyId: kmsKey,
  iamRoles: [], logExports: ['userlog', 'connectionlog', 'useractivitylog'], status: 'AVAILABLE', creationDate: '2025-02-01T09:00:00Z',
  adminPasswordSecretArn: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:never-read`, ...extra,
});

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListNamespaces', match: byTarget(LIST),
      respond: (r) => (r.params.nextToken === undefined
        ? json({ namespaces: [namespace('analytics')], nextToken: 'page-2' })
        // The console's default administrator, no exports, the AWS-owned key; one created without an administrator.
        : json({ namespaces: [namespace('sandbox', { adminUsername: 'admin', logExports: [], kmsKeyId: 'AWS_OWNED_KMS_KEY' }), namespace('bare', { adminUsername: undefined, dbName: undefined, kmsKeyId: undefined, creationDate: undefined, adminPasswordSecretArn: undefined })] })),
    },
  ];
}

const byId = (run: Awaited<ReturnType<typeof collectRecorded>>, id: string) => run.snapshot.resources.find((r) => r.type === 'aws.redshift-serverless.namespace' && r.id === id);

describe('redshiftServerlessNamespaces', () => {
  it('follows nextToken and maps each namespace, and never its password secret', async () => {
    const run = await collectRecorded([redshiftServerlessNamespaces], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => r.params.nextToken)).toEqual([undefined, 'page-2']);
    expect(JSON.stringify(run.snapshot)).not.toContain('never-read');
    expect(run.snapshot.resources.every((r) => r.errors === undefined)).toBe(true);
    expect(byId(run, 'analytics')).toMatchObject({ arn: arn('analytics-2222-3333'), tags: {} });
    expect(byId(run, 'analytics')?.data).toEqual({
      namespaceName: 'analytics', namespaceId: 'analytics-2222-3333', status: 'AVAILABLE', creationDate: '2025-02-01T09:00:00.000Z',
      adminUsername: 'analytics_owner', dbName: 'dev', kmsKeyId: kmsKey, logExports: ['userlog', 'connectionlog', 'useractivitylog'],
    });
    expect(byId(run, 'sandbox')?.data).toMatchObject({ adminUsername: 'admin', logExports: [], kmsKeyId: 'AWS_OWNED_KMS_KEY' });
    expect(byId(run, 'bare')?.data).toMatchObject({ adminUsername: null, dbName: null, kmsKeyId: null, creationDate: null });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.redshift-serverless.namespace', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('marks coverage failed when namespaces cannot be listed, and partial when a later page fails', async () => {
    const denied: Route = { name: 'denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'no redshift-serverless:ListNamespaces', 403) };
    const failed = await collectRecorded([redshiftServerlessNamespaces], routes([denied]), { regions: ['us-east-1'] });
    expect(failed.problems).toEqual([]);
    expect(failed.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(failed.snapshot.errors).toEqual([expect.objectContaining({ service: 'redshift-serverless', operation: 'ListNamespaces', code: 'AccessDeniedException' })]);
    const broken: Route = { name: 'page-2', match: (r) => byTarget(LIST)(r) && r.params.nextToken === 'page-2', respond: jsonError('AccessDeniedException', 'no', 403) };
    const partial = await collectRecorded([redshiftServerlessNamespaces], routes([broken]), { regions: ['us-east-1'] });
    expect(partial.snapshot.resources.map((r) => r.id)).toEqual(['analytics']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });

  it('reads log exports left out, or of a type it does not know, as unknown, never "none"', async () => {
    const odd: Route = { name: 'odd', match: byTarget(LIST), respond: json({ namespaces: [namespace('no-exports', { logExports: undefined }), namespace('new-export', { logExports: ['userlog', 'querylog'] })] }) };
    const run = await collectRecorded([redshiftServerlessNamespaces], routes([odd]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const id of ['no-exports', 'new-export']) {
      expect(byId(run, id)?.errors?.map((e) => [e.path, e.code])).toEqual([['logExports', 'IncompleteResponse']]);
      expect(byId(run, id)?.data).not.toHaveProperty('logExports');
    }
  });
});

describe('redshiftServerlessNamespaces call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(redshiftServerlessNamespaces)).toEqual([]);
  });
});
