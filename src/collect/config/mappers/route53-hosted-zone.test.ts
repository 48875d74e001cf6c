/**
 * AWS::Route53::HostedZone items mapped to aws.route53.hosted-zone on their
 * own (no API to fill from): the id and fully qualified name as the API
 * collector reads ListHostedZones, a zone with VPCs as private, and what the
 * item does not say (a public zone, the record count, query logging) named
 * unreadable.
 */
import { describe, expect, it } from 'vitest';
import { parseItem } from '../item.js';
import { route53HostedZoneFromConfig } from './route53-hosted-zone.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };

function mapItem(configuration: Record<string, unknown>, resourceId = 'Z1PUBLIC'): ReturnType<typeof route53HostedZoneFromConfig.map> {
  const parsed = parseItem(JSON.stringify({
    resourceId, resourceType: 'AWS::Route53::HostedZone', resourceName: 'example.com.', accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration, supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'dns' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return route53HostedZoneFromConfig.map(parsed.item, place);
}

const paths = (m: ReturnType<typeof route53HostedZoneFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('route53HostedZoneFromConfig', () => {
  it('gives the API collector\'s envelope (no tags: it reads none) and id and name, and names what the item does not say', () => {
    const mapping = mapItem({ Id: 'Z1PUBLIC', Name: 'example.com.', NameServers: ['ns-1.awsdns-01.org'] });
    expect(mapping.envelope).toEqual({ type: 'aws.route53.hosted-zone', id: 'Z1PUBLIC', arn: 'arn:aws:route53:::hostedzone/Z1PUBLIC', name: 'example.com.', tags: {} });
    expect(mapping.fields).toEqual({ hostedZoneId: 'Z1PUBLIC', zoneName: 'example.com.' });
    // No VPCs does not say public: the key may not be recorded.
    expect(paths(mapping)).toEqual(['privateZone', 'resourceRecordSetCount', 'queryLoggingConfigs']);
  });

  it('reads a zone associated with a VPC as private, and strips the /hostedzone/ prefix', () => {
    const mapping = mapItem({ Id: '/hostedzone/Z2PRIVATE', Name: 'internal.example.', VPCs: [{ VPCId: 'vpc-0a1b', VPCRegion: 'us-east-1' }] }, 'Z2PRIVATE');
    expect(mapping.envelope).toMatchObject({ id: 'Z2PRIVATE', arn: 'arn:aws:route53:::hostedzone/Z2PRIVATE' });
    expect(mapping.fields).toEqual({ hostedZoneId: 'Z2PRIVATE', zoneName: 'internal.example.', privateZone: true });
    expect(paths(mapping)).toEqual(['resourceRecordSetCount', 'queryLoggingConfigs']);
  });

  it.each([
    ['an empty VPCs list (never "public")', { Id: 'Z1PUBLIC', Name: 'example.com.', VPCs: [] }, 'privateZone'],
    ['a name without its final dot (not Route 53\'s answer)', { Id: 'Z1PUBLIC', Name: 'example.com' }, 'zoneName'],
    ['no name', { Id: 'Z1PUBLIC' }, 'zoneName'],
  ])('names %s unreadable, never a default', (_what, configuration, path) => {
    const mapping = mapItem(configuration);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });

  it('names the query logging unreadable even when the item carries a QueryLoggingConfig (its shape is not the API\'s)', () => {
    const mapping = mapItem({ Id: 'Z1PUBLIC', Name: 'example.com.', QueryLoggingConfig: { CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/example.com' } });
    expect(paths(mapping)).toContain('queryLoggingConfigs');
    expect(mapping.fields).not.toHaveProperty('queryLoggingConfigs');
  });
});
