import { describe, expect, it } from 'vitest';
import { truncate } from './text.js';

describe('SARIF length helpers', () => {
  it('truncates within the limit, at a sentence when it can, never splitting a surrogate pair', () => {
    const long = `${'First sentence here. '.repeat(60)}end`;
    const cut = truncate(long, 1024);
    expect(cut.length).toBeLessThanOrEqual(1024);
    expect(cut.endsWith('. …')).toBe(true);
    const emoji = '😀'.repeat(600);
    const hard = truncate(emoji, 1024);
    expect(hard.length).toBeLessThanOrEqual(1024);
    expect(hard.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF]…$/.test(hard)).toBe(false);
    expect(truncate('short', 1024)).toBe('short');
  });
});
