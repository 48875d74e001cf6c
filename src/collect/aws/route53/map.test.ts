import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { configsByZone, hostedZoneFields, zoneId, zoneQueryLogging } from './map.js';

describe('route53 mapping', () => {
  it('strips the /hostedzone/ prefix, and reads an empty id as none', () => {
    expect(zoneId('/hostedzone/Z1')).toBe('Z1');
    expect(zoneId('Z1')).toBe('Z1');
    expect(zoneId('/hostedzone/')).toBeUndefined();
  });

  it('reads privacy and record count; a zone AWS answered without Config is unknown, not public', () => {
    const zone = { Id: '/hostedzone/Z1', Name: 'example.com.', CallerReference: 'r', ResourceRecordSetCount: 2 };
    expect(readFields(hostedZoneFields({ ...zone, Config: { PrivateZone: true } })).fields).toEqual({ hostedZoneId: 'Z1', zoneName: 'example.com.', privateZone: true, resourceRecordSetCount: 2 });
    expect(readFields(hostedZoneFields(zone)).unreadable.map((u) => u.path)).toEqual(['privateZone']);
  });

  it('places configurations by zone; one naming no zone fails every zone\'s list', () => {
    const placed = configsByZone([{ Id: 'q1', HostedZoneId: 'Z1', CloudWatchLogsLogGroupArn: 'arn:lg' }, { Id: 'q2', HostedZoneId: undefined, CloudWatchLogsLogGroupArn: 'arn:lg' }]);
    expect(placed.unplaced).toBe(1);
    const logged = zoneQueryLogging(placed.byZone.get('Z1') ?? [], 0);
    expect(logged.value).toEqual([{ id: 'q1', cloudWatchLogsLogGroupArn: 'arn:lg' }]);
    expect(zoneQueryLogging([], placed.unplaced).gaps).toEqual([expect.objectContaining({ at: '[0]', code: 'IncompleteResponse' })]);
  });
});
