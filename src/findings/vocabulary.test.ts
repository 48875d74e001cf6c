import { describe, expect, it } from 'vitest';
import { bySeverity, reachesThreshold, severityRank, worstStatus } from './vocabulary.js';

describe('the findings vocabulary', () => {
  it('sorts the most severe first, an unknown severity last', () => {
    expect(['low', 'bogus', 'critical', 'info', 'high'].sort(bySeverity)).toEqual(['critical', 'high', 'low', 'info', 'bogus']);
    expect(severityRank('critical')).toBe(0);
  });

  it('lets a failure reach a threshold at or below its severity, and none never', () => {
    expect(reachesThreshold('high', 'medium')).toBe(true);
    expect(reachesThreshold('high', 'high')).toBe(true);
    expect(reachesThreshold('medium', 'high')).toBe(false);
    expect(reachesThreshold('info', 'low')).toBe(false);
    expect(reachesThreshold('critical', 'none')).toBe(false);
  });
});

describe('rolling statuses up', () => {
  it('takes the status needing attention most: a waived failure is not a pass, an unknown outranks it', () => {
    expect(worstStatus(['PASS', 'WAIVED', 'NOT_APPLICABLE'])).toBe('WAIVED');
    expect(worstStatus(['WAIVED', 'ERROR'])).toBe('ERROR');
    expect(worstStatus(['ERROR', 'FAIL', 'PASS'])).toBe('FAIL');
    expect(worstStatus(['NOT_APPLICABLE', 'PASS'])).toBe('PASS');
    expect(worstStatus([])).toBe('NOT_APPLICABLE');
  });
});
