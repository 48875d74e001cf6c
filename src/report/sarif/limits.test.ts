import { describe, expect, it } from 'vitest';
import { fitCount, githubLimits, gzipSize } from './limits.js';

describe('SARIF limits', () => {
  it("are GitHub's documented hard limits", () => {
    expect(githubLimits).toEqual({ maxResultsPerRun: 25_000, maxGzipBytes: 10_000_000, maxRuns: 20 });
  });

  it('measures the gzip-compressed size', () => {
    expect(gzipSize('a'.repeat(100_000))).toBeLessThan(1_000);
  });

  it.each([
    ['linear', (n: number) => 1_000 + 10 * n],
    ['sub-linear', (n: number) => 1_000 + Math.round(400 * Math.sqrt(n))],
    ['super-linear', (n: number) => 1_000 + Math.round(n * n / 100)],
  ])('finds nearly the largest count that fits (within 2%%) for %s growth', (_name, sizeOf) => {
    const max = 20_000;
    const keep = fitCount(10_000, max, sizeOf);
    expect(sizeOf(keep)).toBeLessThanOrEqual(max);
    let best = 0;
    while (best < 10_000 && sizeOf(best + 1) <= max) best++;
    expect(keep).toBeGreaterThanOrEqual(Math.floor(best * 0.98));
  });

  it('keeps everything when it fits and nothing when not even the fixed part fits', () => {
    expect(fitCount(50, 1_000, (n) => n)).toBe(50);
    expect(fitCount(50, 1_000, (n) => 2_000 + n)).toBe(0);
  });
});
