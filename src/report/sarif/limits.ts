/**
 * GitHub code scanning's upload limits and how the formatter stays inside
 * them. GitHub rejects a file with more than 25,000 results in a run, more
 * than 20 runs, or more than 10 MB gzip-compressed (it displays only the top
 * 5,000 results of a run, by severity). Rather than produce a file GitHub
 * refuses, the formatter keeps the most severe results and says how many it
 * left out, in the run and to its caller.
 */
import { gzipSync } from 'node:zlib';

export interface SarifLimits {
  readonly maxResultsPerRun: number;
  /** Size of the gzip-compressed file; 10 MB read as 10,000,000 bytes, the stricter reading. */
  readonly maxGzipBytes: number;
  readonly maxRuns: number;
}

export const githubLimits: SarifLimits = { maxResultsPerRun: 25_000, maxGzipBytes: 10_000_000, maxRuns: 20 };

/** Compressed as upload-sarif sends it (zlib's default level). Pure: CPU only, same bytes in, same size out. */
export function gzipSize(text: string): number {
  return gzipSync(text).byteLength;
}

/** Renders spent closing in on the best count once one fits; each is a full render and gzip. */
const MAX_REFINE_STEPS = 10;

/**
 * The largest count, at most `count`, whose rendering fits `maxBytes`
 * compressed (0 when not even the rules fit), to within a percent or two. Compressed size
 * grows with the count but not in proportion (similar results compress
 * together), so the count is found between one that fits and one that does
 * not: by interpolation, aiming just under the limit, and by halving when
 * interpolation keeps landing on the same side.
 */
export function fitCount(count: number, maxBytes: number, sizeOf: (count: number) => number): number {
  const whole = sizeOf(count);
  if (whole <= maxBytes) return count;
  let lo = 0;
  let loSize = sizeOf(0);
  if (loSize > maxBytes) return 0;
  let hi = count;
  let hiSize = whole;
  let sameSide = 0;
  let lastFit: boolean | undefined;
  for (let step = 0; step < MAX_REFINE_STEPS && hi - lo > Math.max(1, Math.floor(hi / 100)); step++) {
    const aim = sameSide >= 1
      ? lo + Math.floor((hi - lo) / 2)
      : lo + Math.floor(((maxBytes - loSize) / (hiSize - loSize)) * (hi - lo) * 0.995);
    const guess = Math.min(hi - 1, Math.max(lo + 1, aim));
    const size = sizeOf(guess);
    const fits = size <= maxBytes;
    sameSide = fits === lastFit ? sameSide + 1 : 0;
    lastFit = fits;
    if (fits) {
      lo = guess;
      loSize = size;
    } else {
      hi = guess;
      hiSize = size;
    }
  }
  return lo;
}
