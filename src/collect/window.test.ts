/** inWindow: results in the items' order, never more than `open` in progress. */
import { describe, expect, it } from 'vitest';
import { inWindow } from './window.js';

describe('inWindow', () => {
  it('keeps at most `open` items in progress and answers in the items\' order', async () => {
    let open = 0;
    let most = 0;
    const results = await inWindow([5, 1, 4, 2, 3, 0], async (n) => {
      open++;
      most = Math.max(most, open);
      // Later items finish first, so order comes from the positions, not from finishing.
      for (let tick = 0; tick < n; tick++) await Promise.resolve();
      open--;
      return n * 10;
    }, 2);
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
  });

  it('answers nothing for nothing', async () => {
    expect(await inWindow([], () => Promise.resolve(1))).toEqual([]);
  });
});
