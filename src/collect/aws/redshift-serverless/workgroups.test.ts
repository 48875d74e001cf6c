/** redshiftServerlessWorkgroups through the real Redshift Serverless client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { redshiftServerlessWorkgroups } from './workgroups.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const LIST = 'RedshiftServerless.ListWorkgroups';
const arn = (id: string): string => `arn:aws:redshift-serverless:us-east-1:${ACCOUNT}:workgroup/${id}`;
const parameters = (requireSsl: string | undefined): Record<string, string>[] => [
  { parameterKey: 'datestyle', parameterValue: 'ISO, MDY' }, ...(requireSsl === undefined ? [] : [{ parameterKey: 'require_ssl', parameterValue: requireSsl }]), { parameterKey: 'search_path', parameterValue: '$user, public' },
];
const workgroup = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  workgroupName: name, workgroupId: `${name}-0000-1111`, workgroupArn: arn(`${name}-0000-1111`), namespaceName: name, baseCapacity: 8, status: 'AVAILABLE', creationDate: '2025-02-01T09:00:00Z',
  enhancedVpcRouting: true, publiclyAccessible: false, configParameters: parameters('true'), securityGroupIds: ['sg-0123456789abcdef0'], subnetIds: ['subnet-1', 'subnet-2'],
  endpoint: { address: `${name}.${ACCOUNT}.us-east-1.redshift-serverless.amazonaws.com`, port: 5439 }, ...extra,
});

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListWorkgroups', match: byTarget(LIST),
      respond: (r) => (r.params.nextToken === undefined
        ? json({ workgroups: [workgroup('analytics')], nextToken: 'page-2' })
        // Public, routed over the internet, require_ssl off, being created.
        : json({ workgroups: [workgroup('sandbox', { publiclyAccessible: true, enhancedVpcRouting: false, configParameters: parameters('false'), status: 'CREATING', creationDate: undefined, securityGroupIds: [] })] })),
    },
  ];
}

const byId = (run: Awaited<ReturnType<typeof collectRecorded>>, id: string) => run.snapshot.resources.find((r) => r.type === 'aws.redshift-serverless.workgroup' && r.id === id);

describe('redshiftServerlessWorkgroups', () => {
  it('follows nextToken and maps each workgroup with its require_ssl', async () => {
    const run = await collectRecorded([redshiftServerlessWorkgroups], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => r.params.nextToken)).toEqual([undefined, 'page-2']);
    expect(byId(run, 'analytics')).toMatchObject({ arn: arn('analytics-0000-1111'), tags: {} });
    expect(byId(run, 'analytics')?.errors).toBeUndefined();
    expect(byId(run, 'analytics')?.data).toEqual({
      workgroupName: 'analytics', workgroupId: 'analytics-0000-1111', namespaceName: 'analytics', status: 'AVAILABLE', creationDate: '2025-02-01T09:00:00.000Z',
      publiclyAccessible: false, enhancedVpcRouting: true, requireSsl: true, securityGroupIds: ['sg-0123456789abcdef0'],
    });
    expect(byId(run, 'sandbox')?.data).toMatchObject({ status: 'CREATING', creationDate: null, publiclyAccessible: true, enhancedVpcRouting: false, requireSsl: false, securityGroupIds: [] });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.redshift-serverless.workgroup', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('marks coverage failed when workgroups cannot be listed, and partial when a later page fails', async () => {
    const denied: Route = { name: 'denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'no redshift-serverless:ListWorkgroups', 403) };
    const failed = await collectRecorded([redshiftServerlessWorkgroups], routes([denied]), { regions: ['us-east-1'] });
    expect(failed.problems).toEqual([]);
    expect(failed.snapshot.resources).toEqual([]);
    expect(failed.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(failed.snapshot.errors).toEqual([expect.objectContaining({ service: 'redshift-serverless', operation: 'ListWorkgroups', code: 'AccessDeniedException' })]);
    const broken: Route = { name: 'page-2', match: (r) => byTarget(LIST)(r) && r.params.nextToken === 'page-2', respond: jsonError('AccessDeniedException', 'no', 403) };
    const partial = await collectRecorded([redshiftServerlessWorkgroups], routes([broken]), { regions: ['us-east-1'] });
    expect(partial.snapshot.resources.map((r) => r.id)).toEqual(['analytics']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });

  it('reads require_ssl missing or not a boolean, and a flag left out, as unknown, never the default', async () => {
    const odd: Route = {
      name: 'odd', match: byTarget(LIST), respond: json({ workgroups: [
        workgroup('no-ssl', { configParameters: parameters(undefined) }),
        workgroup('no-parameters', { configParameters: undefined }),
        workgroup('odd-ssl', { configParameters: parameters('maybe') }),
        workgroup('no-flags', { publiclyAccessible: undefined, enhancedVpcRouting: undefined }),
      ] }),
    };
    const run = await collectRecorded([redshiftServerlessWorkgroups], routes([odd]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const id of ['no-ssl', 'no-parameters', 'odd-ssl']) expect(byId(run, id)?.errors?.map((e) => [e.path, e.code])).toEqual([['requireSsl', 'IncompleteResponse']]);
    expect(byId(run, 'no-flags')?.errors?.map((e) => e.path)).toEqual(['publiclyAccessible', 'enhancedVpcRouting']);
    expect(byId(run, 'no-flags')?.data).not.toHaveProperty('publiclyAccessible');
  });
});

describe('redshiftServerlessWorkgroups call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(redshiftServerlessWorkgroups)).toEqual([]);
  });
});
