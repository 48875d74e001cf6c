import type { MetricTransformation } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { filtersByLogGroup, logGroupArn, logGroupFields, metricFilters } from './map.js';

describe('logs mapping', () => {
  it('uses logGroupArn, or the ARN without its trailing ":*"', () => {
    expect(logGroupArn({ arn: 'arn:aws:logs:us-east-1:123456789012:log-group:app:*', logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:app' })).toBe('arn:aws:logs:us-east-1:123456789012:log-group:app');
    expect(logGroupArn({ arn: 'arn:aws:logs:us-east-1:123456789012:log-group:app:*' })).toBe('arn:aws:logs:us-east-1:123456789012:log-group:app');
    expect(logGroupArn({})).toBeUndefined();
  });

  it('converts epoch milliseconds and spells "never expires" and "default encryption" as null', () => {
    expect(readFields(logGroupFields({ logGroupName: 'app', creationTime: 1705311000000, storedBytes: 0 }))).toEqual({
      fields: { logGroupName: 'app', creationTime: '2024-01-15T09:30:00.000Z', retentionInDays: null, kmsKeyId: null, storedBytes: 0, logGroupClass: 'STANDARD' },
      unreadable: [],
    });
  });

  it('reads a log class the catalog does not list as unknown, never as an invalid value in the snapshot', () => {
    const read = readFields(logGroupFields({ logGroupName: 'app', creationTime: 1705311000000, storedBytes: 0, logGroupClass: 'ESSENTIALS' }));
    expect(read.unreadable.map((u) => u.path)).toEqual(['logGroupClass']);
    expect(read.fields).not.toHaveProperty('logGroupClass');
  });

  it('reads a creation time or stored size the answer lacks as unknown, not the epoch or 0', () => {
    expect(readFields(logGroupFields({ logGroupName: 'app' })).unreadable.map((u) => u.path)).toEqual(['creationTime', 'storedBytes']);
  });

  it('groups one region-wide listing by log group, keeping the order AWS gave, and counts filters it cannot place', () => {
    const { byGroup, unplaced } = filtersByLogGroup([{ filterName: 'a', logGroupName: 'one' }, { filterName: 'b', logGroupName: 'two' }, { filterName: 'c', logGroupName: 'one' }, { filterName: 'd' }]);
    expect([...byGroup.keys()]).toEqual(['one', 'two']);
    expect(byGroup.get('one')?.map((f) => f.filterName)).toEqual(['a', 'c']);
    expect(unplaced).toBe(1);
  });

  it('maps transformations with null for an unset default value and unit, and keeps an empty pattern as AWS gave it', () => {
    expect(metricFilters([{ filterName: 'f', filterPattern: '', metricTransformations: [{ metricName: 'M', metricNamespace: 'N', metricValue: '1' }] }])).toEqual({
      value: [{ filterName: 'f', filterPattern: '', metricTransformations: [{ metricName: 'M', metricNamespace: 'N', metricValue: '1', defaultValue: null, unit: null }] }],
      gaps: [],
    });
  });

  it('reads a filter without its pattern as unknown, never as "" (which matches every event)', () => {
    const mapped = metricFilters([
      { filterName: 'f', metricTransformations: [{ metricName: 'M', metricNamespace: 'N', metricValue: '1' }] },
      { filterName: 'g', filterPattern: '{ $.eventName = "ConsoleLogin" }', metricTransformations: [{ metricName: 'M', metricValue: '1' } as MetricTransformation] },
    ]);
    expect(mapped.value).toEqual([{}, {}]);
    expect(mapped.gaps.map((g) => [g.at, g.message])).toEqual([['[0]', 'metricFilters[0]: the answer has no filterPattern'], ['[1]', 'metricFilters[1]: the answer has no metricNamespace']]);
  });
});
