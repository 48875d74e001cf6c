/** guarddutyDetectors through the real GuardDuty client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { guarddutyDetectors } from './detectors.js';
import type { RecordedResponse, Route, WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`;
const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
/** GuardDuty errors: the code in x-amzn-errortype, message and __type in the body. */
const gdError = (code: string, message: string, status: number): RecordedResponse => ({
  status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ message, __type: code }),
});
const NOT_ADMIN = gdError('BadRequestException', 'The request is rejected because the current account is not the GuardDuty administrator account.', 400);

const regionOf = (r: WireRequest): string => r.hostname.split('.')[1] ?? '';
const isList = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/detector';
const isGet = (r: WireRequest): boolean => r.method === 'GET' && /^\/detector\/[^/]+$/.test(r.path);
const isOrg = (r: WireRequest): boolean => r.method === 'GET' && /^\/detector\/[^/]+\/admin$/.test(r.path);

const feature = (name: string, status: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ name, status, updatedAt: 1717243200, ...extra });
const ENABLED_DETECTOR = {
  createdAt: '2024-01-10T09:00:00.123456Z', updatedAt: '2024-06-01T12:00:00Z', findingPublishingFrequency: 'SIX_HOURS', serviceRole: ROLE, status: 'ENABLED',
  tags: { team: 'security' },
  dataSources: { cloudTrail: { status: 'ENABLED' } },
  features: [
    feature('CLOUD_TRAIL', 'ENABLED'), feature('S3_DATA_EVENTS', 'ENABLED'), feature('EKS_AUDIT_LOGS', 'DISABLED'),
    feature('RUNTIME_MONITORING', 'ENABLED', { additionalConfiguration: [{ name: 'EKS_ADDON_MANAGEMENT', status: 'DISABLED', updatedAt: 1717243200 }] }),
  ],
};

function routes(overrides: Route[] = [], answers: { list?: (r: WireRequest) => RecordedResponse } = {}): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1', 'eu-west-1', 'ap-south-1']),
    {
      name: 'ListDetectors', match: isList,
      // us-east-1 has an enabled detector, eu-west-1 a suspended one, ap-south-1 none.
      respond: answers.list ?? ((r) => restJson({ detectorIds: { 'us-east-1': ['d-east'], 'eu-west-1': ['d-west'] }[regionOf(r)] ?? [] })),
    },
    {
      name: 'GetDetector', match: isGet,
      respond: (r) => restJson(r.path.endsWith('d-east') ? ENABLED_DETECTOR : { ...ENABLED_DETECTOR, status: 'DISABLED', tags: {}, updatedAt: undefined, features: [feature('CLOUD_TRAIL', 'DISABLED')] }),
    },
    { name: 'DescribeOrganizationConfiguration', match: isOrg, respond: NOT_ADMIN },
  ];
}

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-south-1'];

describe('guarddutyDetectors', () => {
  it('emits one resource per region: an enabled detector with its features, a suspended one, and a region without any', async () => {
    const run = await collectRecorded([guarddutyDetectors], routes(), { regions: REGIONS });
    expect(run.problems).toEqual([]);
    const byRegion = new Map(run.snapshot.resources.filter((r) => r.type === 'aws.guardduty.detector').map((r) => [r.region, r]));
    expect([...byRegion.keys()].sort()).toEqual(['ap-south-1', 'eu-west-1', 'us-east-1']);
    const east = byRegion.get('us-east-1');
    expect(east).toMatchObject({ id: 'us-east-1', arn: `arn:aws:guardduty:us-east-1:${ACCOUNT}:detector/d-east`, tags: { team: 'security' } });
    expect(east?.errors).toBeUndefined();
    expect(east?.data).toEqual({
      detectorId: 'd-east', status: 'ENABLED', findingPublishingFrequency: 'SIX_HOURS', serviceRole: ROLE,
      createdAt: '2024-01-10T09:00:00.123Z', updatedAt: '2024-06-01T12:00:00.000Z',
      features: [
        { name: 'CLOUD_TRAIL', status: 'ENABLED', additionalConfiguration: [] },
        { name: 'S3_DATA_EVENTS', status: 'ENABLED', additionalConfiguration: [] },
        { name: 'EKS_AUDIT_LOGS', status: 'DISABLED', additionalConfiguration: [] },
        { name: 'RUNTIME_MONITORING', status: 'ENABLED', additionalConfiguration: [{ name: 'EKS_ADDON_MANAGEMENT', status: 'DISABLED' }] },
      ],
      // "Not the administrator" is not applicable: null, not a failure.
      organization: null,
    });
    expect(byRegion.get('eu-west-1')?.data).toMatchObject({ detectorId: 'd-west', status: 'DISABLED', updatedAt: null, features: [{ name: 'CLOUD_TRAIL', status: 'DISABLED', additionalConfiguration: [] }] });
    // No detector is a fact: every field known, no ARN, nothing asked beyond the listing.
    const south = byRegion.get('ap-south-1');
    expect(south).toMatchObject({ id: 'ap-south-1', tags: {} });
    expect(south?.arn).toBeUndefined();
    expect(south?.errors).toBeUndefined();
    expect(south?.data).toEqual({ detectorId: null, status: null, findingPublishingFrequency: null, serviceRole: null, createdAt: null, updatedAt: null, features: [], organization: null });
    expect(run.aws.count('GetDetector')).toBe(2);
    expect(run.snapshot.coverage.filter((c) => c.type === 'aws.guardduty.detector').map((c) => c.status)).toEqual(['complete', 'complete', 'complete']);
  });

  it('follows nextToken through ListDetectors and reads the detector the second page names', async () => {
    const list = (r: WireRequest): RecordedResponse => {
      if (regionOf(r) !== 'us-east-1') return restJson({ detectorIds: [] });
      return r.query.nextToken === undefined ? restJson({ detectorIds: [], nextToken: 'page-2' }) : restJson({ detectorIds: ['d-east'] });
    };
    const run = await collectRecorded([guarddutyDetectors], routes([], { list }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(isList).map((r) => [r.query.maxResults, r.query.nextToken])).toEqual([['50', undefined], ['50', 'page-2']]);
    expect(run.snapshot.resources.find((r) => r.type === 'aws.guardduty.detector')?.data).toMatchObject({ detectorId: 'd-east', status: 'ENABLED' });
  });

  it('records AccessDenied on GetDetector on every field it fills and the tags, never a disabled or empty detector', async () => {
    const denied: Route = { name: 'get-denied', match: isGet, respond: gdError('AccessDeniedException', 'User is not authorized to perform: guardduty:GetDetector', 403) };
    const run = await collectRecorded([guarddutyDetectors], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const detector = run.snapshot.resources.find((r) => r.type === 'aws.guardduty.detector');
    expect(detector?.data).toEqual({ detectorId: 'd-east', organization: null });
    const failure = { code: 'AccessDeniedException', message: 'User is not authorized to perform: guardduty:GetDetector', operation: 'guardduty:GetDetector' };
    expect(detector?.errors).toEqual(['status', 'findingPublishingFrequency', 'serviceRole', 'createdAt', 'updatedAt', 'features', '$tags'].map((path) => ({ path, ...failure })));
  });

  it('fails the type\'s coverage when ListDetectors is denied: no resource that could read as "no detector"', async () => {
    const denied: Route = { name: 'list-denied', match: isList, respond: gdError('AccessDeniedException', 'User is not authorized to perform: guardduty:ListDetectors', 403) };
    const run = await collectRecorded([guarddutyDetectors], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.type === 'aws.guardduty.detector')).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.guardduty.detector', region: 'us-east-1', status: 'failed' })]);
  });

  it('reads the organization configuration of the delegated administrator, every page of its features', async () => {
    const org: Route = {
      name: 'org-admin', match: isOrg,
      respond: (r) => (r.query.nextToken === undefined
        ? restJson({ autoEnable: true, autoEnableOrganizationMembers: 'ALL', memberAccountLimitReached: false, features: [{ name: 'S3_DATA_EVENTS', autoEnable: 'ALL' }], nextToken: 'f2' })
        : restJson({ autoEnable: true, autoEnableOrganizationMembers: 'ALL', memberAccountLimitReached: false, features: [{ name: 'RUNTIME_MONITORING', autoEnable: 'NEW', additionalConfiguration: [{ name: 'EKS_ADDON_MANAGEMENT', autoEnable: 'NONE' }] }] })),
    };
    const run = await collectRecorded([guarddutyDetectors], routes([org]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.type === 'aws.guardduty.detector')?.data.organization).toEqual({
      autoEnableOrganizationMembers: 'ALL', autoEnable: true, memberAccountLimitReached: false,
      features: [
        { name: 'S3_DATA_EVENTS', autoEnable: 'ALL', additionalConfiguration: [] },
        { name: 'RUNTIME_MONITORING', autoEnable: 'NEW', additionalConfiguration: [{ name: 'EKS_ADDON_MANAGEMENT', autoEnable: 'NONE' }] },
      ],
    });
  });

  it('records AccessDenied on DescribeOrganizationConfiguration as unknown, and a bad request that is not about the administrator too', async () => {
    for (const answer of [gdError('AccessDeniedException', 'User is not authorized to perform: guardduty:DescribeOrganizationConfiguration', 403), gdError('BadRequestException', 'The request is rejected because an invalid or out-of-range value is specified as an input parameter.', 400)]) {
      const run = await collectRecorded([guarddutyDetectors], routes([{ name: 'org-failed', match: isOrg, respond: answer }]), { regions: ['us-east-1'] });
      expect(run.problems).toEqual([]);
      const detector = run.snapshot.resources.find((r) => r.type === 'aws.guardduty.detector');
      expect('organization' in (detector?.data ?? {})).toBe(false);
      expect(detector?.errors).toEqual([expect.objectContaining({ path: 'organization', operation: 'guardduty:DescribeOrganizationConfiguration' })]);
      expect(detector?.data).toMatchObject({ status: 'ENABLED' });
    }
  });

  it('fails a feature AWS answered without its status at its own index, the others still read', async () => {
    const partial: Route = { name: 'get-partial', match: isGet, respond: restJson({ ...ENABLED_DETECTOR, features: [feature('S3_DATA_EVENTS', 'ENABLED'), { name: 'EKS_AUDIT_LOGS' }] }) };
    const run = await collectRecorded([guarddutyDetectors], routes([partial]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const detector = run.snapshot.resources.find((r) => r.type === 'aws.guardduty.detector');
    expect(detector?.errors).toEqual([expect.objectContaining({ path: 'features[1]', code: 'IncompleteResponse', operation: 'guardduty:GetDetector' })]);
  });
});

describe('guarddutyDetectors call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(guarddutyDetectors)).toEqual([]);
  });
});
