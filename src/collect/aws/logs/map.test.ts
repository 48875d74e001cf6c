import { describe, expect, it } from 'vitest';
import { filtersByLogGroup, logGroupArn, logGroupFields, metricFilters } from './map.js';

describe('logs mapping', () => {
  it('uses logGroupArn, or the ARN without its trailing ":*"', () => {
    expect(logGroupArn({ arn: 'arn:aws:logs:us-east-1:123456789012:log-group:app:*', logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:app' })).toBe('arn:aws:logs:us-east-1:123456789012:log-group:app');
    expect(logGroupArn({ arn: 'arn:aws:logs:us-east-1:123456789012:log-group:app:*' })).toBe('arn:aws:logs:us-east-1:123456789012:log-group:app');
    expect(logGroupArn({})).toBeUndefined();
  });

  it('converts epoch milliseconds and spells "never expires" and "default encryption" as null', () => {
    expect(logGroupFields({ logGroupName: 'app', creationTime: 1705311000000 })).toEqual({
      logGroupName: 'app', creationTime: '2024-01-15T09:30:00.000Z', retentionInDays: null, kmsKeyId: null, storedBytes: 0, logGroupClass: 'STANDARD',
    });
  });

  it('groups one region-wide listing by log group, keeping the order AWS gave', () => {
    const grouped = filtersByLogGroup([{ filterName: 'a', logGroupName: 'one' }, { filterName: 'b', logGroupName: 'two' }, { filterName: 'c', logGroupName: 'one' }]);
    expect([...grouped.keys()]).toEqual(['one', 'two']);
    expect(grouped.get('one')?.map((f) => f.filterName)).toEqual(['a', 'c']);
  });

  it('maps transformations with null for an unset default value and unit', () => {
    expect(metricFilters([{ filterName: 'f', metricTransformations: [{ metricName: 'M', metricNamespace: 'N', metricValue: '1' }] }])).toEqual([
      { filterName: 'f', filterPattern: '', metricTransformations: [{ metricName: 'M', metricNamespace: 'N', metricValue: '1', defaultValue: null, unit: null }] },
    ]);
  });
});
