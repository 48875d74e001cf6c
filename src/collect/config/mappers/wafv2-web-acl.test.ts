/**
 * AWS::WAFv2::WebACL items mapped to aws.wafv2.web-acl on their own (no API
 * to fill from): the id, scope and metrics as the API collector reads them,
 * and the default action, rules and logging named unreadable, never defaulted.
 */
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { webAclFields } from '../../aws/wafv2/map.js';
import { parseItem } from '../item.js';
import { wafv2WebAclFromConfig } from './wafv2-web-acl.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ID = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';
const arnOf = (kind: string): string => `arn:aws:wafv2:us-east-1:123456789012:${kind}/webacl/api/${ID}`;

function mapItem(change: Record<string, unknown>, arn: string | null = arnOf('regional')): ReturnType<typeof wafv2WebAclFromConfig.map> {
  const all: Record<string, unknown> = {
    name: 'api', id: ID, capacity: 700, defaultAction: 'ALLOW', visibilityConfig: { cloudWatchMetricsEnabled: false, sampledRequestsEnabled: true, metricName: 'api' }, ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: ID, resourceType: 'AWS::WAFv2::WebACL', resourceName: 'api', ...(arn === null ? {} : { arn }), accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'edge' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return wafv2WebAclFromConfig.map(parsed.item, place);
}

const paths = (m: ReturnType<typeof wafv2WebAclFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('wafv2WebAclFromConfig', () => {
  it('gives the API collector\'s envelope (no tags), id, scope and metrics, and leaves the default action, rules and logging to the fill', () => {
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.wafv2.web-acl', id: ID, arn: arnOf('regional'), name: 'api', tags: {} });
    const api = readFields(webAclFields({ WebACL: { Name: 'api', Id: ID, ARN: arnOf('regional'), DefaultAction: { Allow: {} }, VisibilityConfig: { CloudWatchMetricsEnabled: false, SampledRequestsEnabled: true, MetricName: 'api' } } })).fields;
    expect(mapping.fields).toEqual({ webAclId: ID, scope: 'REGIONAL', visibilityConfig: api.visibilityConfig });
    expect(paths(mapping)).toEqual(['defaultAction', 'rules', 'logging']);
  });

  it('reads a global ARN as the CLOUDFRONT scope', () => {
    expect(mapItem({}, arnOf('global')).fields).toMatchObject({ scope: 'CLOUDFRONT' });
  });

  it.each([
    ['no visibilityConfig', { visibilityConfig: undefined }],
    ['a null visibilityConfig', { visibilityConfig: null }],
    ['a metrics flag missing', { visibilityConfig: { sampledRequestsEnabled: true, metricName: 'api' } }],
    ['CloudFormation\'s PascalCase, which the schema does not list', { visibilityConfig: { CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true, MetricName: 'api' } }],
  ])('names metrics with %s unreadable, never off', (_what, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain('visibilityConfig');
    expect(mapping.fields).not.toHaveProperty('visibilityConfig');
  });

  it('names the scope unreadable for an item without a web ACL ARN', () => {
    for (const arn of [null, `arn:aws:wafv2:us-east-1:123456789012:regional/rulegroup/api/${ID}`]) {
      const mapping = mapItem({}, arn);
      expect(paths(mapping)).toContain('scope');
      expect(mapping.fields).not.toHaveProperty('scope');
      expect(mapping.fields).toMatchObject({ webAclId: ID });
    }
  });
});
