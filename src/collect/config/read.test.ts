import { describe, expect, it } from 'vitest';
import { timeOf } from './read.js';

describe('timeOf', () => {
  it('reads Config times in both spellings exactly, and refuses the rest', () => {
    expect(timeOf('2019-02-22T20:50:14.000Z')?.toISOString()).toBe('2019-02-22T20:50:14.000Z');
    // AWS's example snapshot: createTime "…53.0885+0000" is resourceCreationTime "…53.885Z".
    expect(timeOf('2014-02-27T21:43:53.0885+0000')?.toISOString()).toBe('2014-02-27T21:43:53.885Z');
    expect(timeOf('2024-03-10T10:15:00+02:00')?.toISOString()).toBe('2024-03-10T08:15:00.000Z');
    expect(timeOf('2024-03-10T08:15:00.123456Z')?.toISOString()).toBe('2024-03-10T08:15:00.123Z');
    expect(timeOf('2024-03-10T08:15:00Z')?.toISOString()).toBe('2024-03-10T08:15:00.000Z');
    const refused = ['2024-03-10T08:15:00', '2024-03-10T10:15:00.5+0200', '2024-13-10T08:15:00Z', '2024-02-30T08:15:00Z', '0024-03-10T08:15:00Z', '2024-03-10T08:15:00z', 'yesterday', 1710058500000, null, undefined];
    for (const bad of refused) expect(timeOf(bad)).toBeUndefined();
  });
});
