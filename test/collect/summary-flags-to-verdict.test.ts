/**
 * Verdicts come from the detailed configuration, end to end: DescribeTrails'
 * HasCustomEventSelectors summary saying "no custom selectors" must not pass
 * CIS 4.1 when GetEventSelectors shows the trail records only writes or only
 * data events. The answers are shaped as the CloudTrail API reference
 * documents them, fed through the real CloudTrail client.
 */
import { describe, expect, it } from 'vitest';
import { cloudtrailTrails } from '../../src/collect/aws/cloudtrail/trails.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { findResourceType } from '../../src/resources/catalog.js';
import { idFromFile } from '../../src/policy/load.js';
import { compileBundled } from '../support/bundled-policies.js';
import { collectRecorded, regionsRoute } from '../support/collect.js';
import { byTarget, json, jsonError } from '../support/recorded-aws.js';

const ACCOUNT = '123456789012';
const TRAIL_ARN = `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/management`;

async function verdictFor(selectors: Record<string, unknown>): Promise<string | undefined> {
  const run = await collectRecorded([cloudtrailTrails], [
    regionsRoute(['us-east-1']),
    {
      name: 'DescribeTrails',
      match: byTarget('CloudTrail_20131101.DescribeTrails'),
      respond: json({ trailList: [{ Name: 'management', S3BucketName: 'trail-logs', IncludeGlobalServiceEvents: true, IsMultiRegionTrail: true, HomeRegion: 'us-east-1', TrailARN: TRAIL_ARN, LogFileValidationEnabled: true, HasCustomEventSelectors: false, HasInsightSelectors: false, IsOrganizationTrail: false }] }),
    },
    { name: 'GetTrailStatus', match: byTarget('CloudTrail_20131101.GetTrailStatus'), respond: json({ IsLogging: true, StartLoggingTime: 1705311000 }) },
    { name: 'GetEventSelectors', match: byTarget('CloudTrail_20131101.GetEventSelectors'), respond: json({ TrailARN: TRAIL_ARN, ...selectors }) },
    { name: 'GetInsightSelectors', match: byTarget('CloudTrail_20131101.GetInsightSelectors'), respond: jsonError('InsightNotEnabledException', 'Trail management does not have Insights enabled.') },
  ], { regions: ['us-east-1'] });
  expect(run.problems).toEqual([]);
  // CIS 4.1 is judged on the account; only the trails come from the recorded answers.
  const account = findResourceType('aws.account');
  if (account === undefined) throw new Error('aws.account missing from the catalog');
  const snapshot = {
    ...run.snapshot,
    resources: [...run.snapshot.resources, { type: 'aws.account', id: ACCOUNT, account: ACCOUNT, region: 'global', tags: {}, data: account.example }],
    coverage: [...run.snapshot.coverage, { type: 'aws.account', account: ACCOUNT, region: 'global', status: 'complete' as const }],
  };
  const file = 'policies/aws/cloudtrail/aws-cloudtrail-multi-region-logging.yaml';
  const policy = compileBundled(idFromFile(file));
  const result = evaluate(snapshot, [policy], { snapshotDigest: 'recorded', generator: { name: 'assay', version: 'test' }, selection: { policyIds: undefined, controls: [], overrides: new Map(), packs: [] } });
  return result.findings.find((f) => f.resource.type === 'aws.account')?.status;
}

describe('HasCustomEventSelectors never outvotes GetEventSelectors (CIS 4.1)', () => {
  it('FAILs a trail whose only selector records writes, although DescribeTrails reports no custom selectors', async () => {
    expect(await verdictFor({ EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] })).toBe('FAIL');
  });

  it('FAILs a trail whose only selector records data events', async () => {
    expect(await verdictFor({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: false, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }], ExcludeManagementEventSources: [] }] })).toBe('FAIL');
  });

  it('FAILs a trail whose advanced selector records only reads', async () => {
    expect(await verdictFor({ AdvancedEventSelectors: [{ Name: 'reads', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }, { Field: 'readOnly', Equals: ['true'] }] }] })).toBe('FAIL');
  });

  it('PASSes the default selector AWS answers for a trail created without selectors', async () => {
    expect(await verdictFor({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] })).toBe('PASS');
  });
});
