/** ssmManagedInstances through the real SSM client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ssmManagedInstances } from './managed-instances.js';
import { byTarget, json, jsonError, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const isInfo = byTarget('AmazonSSM.DescribeInstanceInformation');
const isSummaries = byTarget('AmazonSSM.ListResourceComplianceSummaries');
const typeAsked = (r: WireRequest): string => {
  const filters = r.params.Filters as { Key: string; Values: string[]; Type: string }[] | undefined;
  return filters?.find((f) => f.Key === 'ComplianceType' && f.Type === 'EQUAL')?.Values.join(',') ?? '';
};

/** Dates in epoch seconds, as the JSON protocol answers them. */
const node = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  InstanceId: id, PingStatus: 'Online', LastPingDateTime: 1790000000, AgentVersion: '3.3.987.0', IsLatestVersion: true,
  PlatformType: 'Linux', PlatformName: 'Amazon Linux', PlatformVersion: '2023', ResourceType: 'EC2Instance', ...extra,
});
const WEB = node('i-0a1b2c3d4e5f60001');
// The agent stopped answering; never patched, no association.
const LOST = node('i-0a1b2c3d4e5f60002', { PingStatus: 'ConnectionLost', PlatformType: 'Windows', PlatformName: 'Microsoft Windows Server 2019 Datacenter' });
// A hybrid node that has not reported its agent or platform yet.
const HYBRID = { InstanceId: 'mi-0123456789abcdef0', PingStatus: 'Inactive', ResourceType: 'ManagedInstance', RegistrationDate: 1780000000 };

const summary = (id: string, type: string, status: string, compliant: number, nonCompliant: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ComplianceType: type, ResourceType: 'ManagedInstance', ResourceId: id, Status: status, OverallSeverity: nonCompliant === 0 ? 'UNSPECIFIED' : 'CRITICAL',
  ExecutionSummary: { ExecutionTime: 1789990000, ExecutionId: 'exec-1', ExecutionType: 'Command' },
  CompliantSummary: { CompliantCount: compliant, SeveritySummary: { CriticalCount: 0, HighCount: 0, MediumCount: 0, LowCount: 0, InformationalCount: 0, UnspecifiedCount: compliant } },
  NonCompliantSummary: { NonCompliantCount: nonCompliant, SeveritySummary: { CriticalCount: nonCompliant, HighCount: 0, MediumCount: 0, LowCount: 0, InformationalCount: 0, UnspecifiedCount: 0 } },
  ...extra,
});
const PATCH = [summary(WEB.InstanceId as string, 'Patch', 'COMPLIANT', 412, 0), summary(HYBRID.InstanceId, 'Patch', 'NON_COMPLIANT', 380, 3)];
const ASSOCIATION = [summary(WEB.InstanceId as string, 'Association', 'NON_COMPLIANT', 1, 1)];

function routes(overrides: Route[] = [], patch: Record<string, unknown>[] = PATCH): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'DescribeInstanceInformation', match: isInfo, respond: (r) => (r.params.NextToken === undefined ? json({ InstanceInformationList: [WEB, LOST], NextToken: 'page-2' }) : json({ InstanceInformationList: [HYBRID] })) },
    {
      name: 'ListResourceComplianceSummaries', match: isSummaries,
      respond: (r) => {
        // The patch listing answers on two pages, the association listing on one.
        if (typeAsked(r) === 'Patch') return r.params.NextToken === undefined ? json({ ResourceComplianceSummaryItems: patch.slice(0, 1), NextToken: 'patch-2' }) : json({ ResourceComplianceSummaryItems: patch.slice(1) });
        return json({ ResourceComplianceSummaryItems: ASSOCIATION });
      },
    },
  ];
}

type Run = Awaited<ReturnType<typeof collectRecorded>>;
const byId = (run: Run, id: string) => run.snapshot.resources.find((r) => r.type === 'aws.ssm.managed-instance' && r.id === id);

describe('ssmManagedInstances', () => {
  it('pages through the nodes and each compliance listing, joining summaries by ResourceId', async () => {
    const run = await collectRecorded([ssmManagedInstances], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(isInfo).map((r) => [r.params.MaxResults, r.params.NextToken])).toEqual([[50, undefined], [50, 'page-2']]);
    // One listing per compliance type per region, never one call per node.
    expect(run.aws.requests.filter(isSummaries).map((r) => [typeAsked(r), r.params.NextToken]).sort()).toEqual([['Association', undefined], ['Patch', undefined], ['Patch', 'patch-2']]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002', 'mi-0123456789abcdef0']);
    expect(run.snapshot.resources.every((r) => r.errors === undefined)).toBe(true);
    expect(byId(run, 'i-0a1b2c3d4e5f60001')).toMatchObject({ arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0a1b2c3d4e5f60001`, tags: {} });
    expect(byId(run, 'i-0a1b2c3d4e5f60001')?.data).toEqual({
      instanceId: 'i-0a1b2c3d4e5f60001', resourceType: 'EC2Instance', pingStatus: 'Online', lastPingDateTime: '2026-09-21T14:13:20.000Z',
      agentVersion: '3.3.987.0', platformType: 'Linux', platformName: 'Amazon Linux',
      patchCompliance: { status: 'COMPLIANT', overallSeverity: 'UNSPECIFIED', compliantCount: 412, nonCompliantCount: 0, executionTime: '2026-09-21T11:26:40.000Z' },
      associationCompliance: { status: 'NON_COMPLIANT', overallSeverity: 'CRITICAL', compliantCount: 1, nonCompliantCount: 1, executionTime: '2026-09-21T11:26:40.000Z' },
    });
    // No summary of a type is null (not applicable), no error.
    expect(byId(run, 'i-0a1b2c3d4e5f60002')?.data).toMatchObject({ pingStatus: 'ConnectionLost', platformType: 'Windows', patchCompliance: null, associationCompliance: null });
    expect(byId(run, 'mi-0123456789abcdef0')).toMatchObject({ arn: `arn:aws:ssm:us-east-1:${ACCOUNT}:managed-instance/mi-0123456789abcdef0` });
    expect(byId(run, 'mi-0123456789abcdef0')?.data).toMatchObject({
      resourceType: 'ManagedInstance', pingStatus: 'Inactive', lastPingDateTime: null, agentVersion: null, platformType: null, platformName: null,
      patchCompliance: { status: 'NON_COMPLIANT', nonCompliantCount: 3 }, associationCompliance: null,
    });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.ssm.managed-instance', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('marks coverage failed when the nodes cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: isInfo, respond: jsonError('AccessDeniedException', 'no ssm:DescribeInstanceInformation') };
    const run = await collectRecorded([ssmManagedInstances], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'ssm', operation: 'DescribeInstanceInformation', code: 'AccessDeniedException' })]);
  });

  it('keeps the first page and marks coverage partial when the second page fails', async () => {
    const second: Route = { name: 'page-2-denied', match: (r) => isInfo(r) && r.params.NextToken === 'page-2', respond: jsonError('AccessDeniedException', 'denied on page 2') };
    const run = await collectRecorded([ssmManagedInstances], routes([second]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });

  it('fails one compliance field on every node when its listing is denied, even part-way, never "no summary"', async () => {
    const denied: Route = { name: 'patch-denied', match: (r) => isSummaries(r) && typeAsked(r) === 'Patch' && r.params.NextToken === 'patch-2', respond: jsonError('AccessDeniedException', 'no ssm:ListResourceComplianceSummaries') };
    const run = await collectRecorded([ssmManagedInstances], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const resource of run.snapshot.resources) {
      expect(resource.errors).toEqual([{ path: 'patchCompliance', code: 'AccessDeniedException', message: 'no ssm:ListResourceComplianceSummaries', operation: 'ssm:ListResourceComplianceSummaries' }]);
      expect(resource.data).not.toHaveProperty('patchCompliance');
      expect(resource.data).toHaveProperty('associationCompliance');
    }
    expect(byId(run, 'i-0a1b2c3d4e5f60001')?.data.associationCompliance).toMatchObject({ status: 'NON_COMPLIANT' });

    const association: Route = { name: 'association-denied', match: (r) => isSummaries(r) && typeAsked(r) === 'Association', respond: jsonError('AccessDeniedException', 'no association summaries') };
    const both = await collectRecorded([ssmManagedInstances], routes([association]), { regions: ['us-east-1'] });
    expect(both.problems).toEqual([]);
    expect(byId(both, 'i-0a1b2c3d4e5f60002')?.errors?.map((e) => [e.path, e.code])).toEqual([['associationCompliance', 'AccessDeniedException']]);
    expect(byId(both, 'i-0a1b2c3d4e5f60002')?.data.patchCompliance).toBeNull();
  });

  it('reads a listing with a summary for no node as unreadable on every node, and a summary without its status as unknown on its node', async () => {
    const orphan = await collectRecorded([ssmManagedInstances], routes([], [...PATCH, summary('', 'Patch', 'COMPLIANT', 1, 0)]), { regions: ['us-east-1'] });
    expect(orphan.problems).toEqual([]);
    expect(byId(orphan, 'i-0a1b2c3d4e5f60002')?.errors?.map((e) => [e.path, e.code])).toEqual([['patchCompliance', 'IncompleteResponse']]);

    const statusless = summary(WEB.InstanceId as string, 'Patch', 'COMPLIANT', 412, 0, { Status: undefined });
    const run = await collectRecorded([ssmManagedInstances], routes([], [statusless, PATCH[1] ?? {}]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(byId(run, 'i-0a1b2c3d4e5f60001')?.errors?.map((e) => [e.path, e.code])).toEqual([['patchCompliance', 'IncompleteResponse']]);
    expect(byId(run, 'mi-0123456789abcdef0')?.errors).toBeUndefined();
  });

  it('fails only a field DescribeInstanceInformation left out, never reads the agent as online', async () => {
    const silent: Route = { name: 'no-ping', match: isInfo, respond: json({ InstanceInformationList: [{ ...WEB, PingStatus: undefined }] }) };
    const run = await collectRecorded([ssmManagedInstances], routes([silent]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(byId(run, 'i-0a1b2c3d4e5f60001')?.errors?.map((e) => [e.path, e.code])).toEqual([['pingStatus', 'IncompleteResponse']]);
    expect(byId(run, 'i-0a1b2c3d4e5f60001')?.data).not.toHaveProperty('pingStatus');
  });
});

describe('ssmManagedInstances call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ssmManagedInstances)).toEqual([]);
  });
});
