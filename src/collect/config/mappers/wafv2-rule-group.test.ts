/**
 * AWS::WAFv2::RuleGroup items mapped to aws.wafv2.rule-group on their own (no
 * API to fill from): the id, scope, capacity and metrics as the API
 * collector reads them, and the rules named unreadable, never "none".
 */
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { ruleGroupFields } from '../../aws/wafv2/map.js';
import { parseItem } from '../item.js';
import { wafv2RuleGroupFromConfig } from './wafv2-rule-group.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ID = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE22222';
const ARN = `arn:aws:wafv2:us-east-1:123456789012:global/rulegroup/bots/${ID}`;

function mapItem(change: Record<string, unknown>): ReturnType<typeof wafv2RuleGroupFromConfig.map> {
  const all: Record<string, unknown> = { name: 'bots', id: ID, capacity: 25, visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: false, metricName: 'bots' }, ...change };
  const parsed = parseItem(JSON.stringify({
    resourceId: ID, resourceType: 'AWS::WAFv2::RuleGroup', resourceName: 'bots', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'edge' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return wafv2RuleGroupFromConfig.map(parsed.item, place);
}

const paths = (m: ReturnType<typeof wafv2RuleGroupFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('wafv2RuleGroupFromConfig', () => {
  it('gives the API collector\'s envelope (no tags), id, scope, capacity and metrics, and leaves the rules to the fill', () => {
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.wafv2.rule-group', id: ID, arn: ARN, name: 'bots', tags: {} });
    const api = readFields(ruleGroupFields({ RuleGroup: { Name: 'bots', Id: ID, ARN, Capacity: 25, VisibilityConfig: { CloudWatchMetricsEnabled: true, SampledRequestsEnabled: false, MetricName: 'bots' } } })).fields;
    expect(mapping.fields).toEqual({ ruleGroupId: ID, scope: 'CLOUDFRONT', capacity: api.capacity, visibilityConfig: api.visibilityConfig });
    expect(paths(mapping)).toEqual(['rules']);
  });

  it.each([
    ['no capacity', 'capacity', { capacity: undefined }],
    ['a null capacity', 'capacity', { capacity: null }],
    ['a capacity that is not a number', 'capacity', { capacity: '25' }],
    ['no visibilityConfig', 'visibilityConfig', { visibilityConfig: undefined }],
    ['a metric name missing', 'visibilityConfig', { visibilityConfig: { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: false } }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });
});
