/**
 * `--timings`: how long each step of a command took and the memory it left
 * the process holding, on stderr. For people sizing a scan of a large
 * organization, and for bench/scale.ts, which reads these lines to explain
 * its end-to-end figures.
 */
import { getHeapStatistics } from 'node:v8';
import type { CliIo } from './io.js';

export interface Timings {
  /** Ends the step running since the last mark (or the start) and reports it as `step`. */
  mark(step: string, detail?: string): void;
}

const quiet: Timings = { mark: () => undefined };

export function timings(io: CliIo, enabled: boolean): Timings {
  if (!enabled) return quiet;
  io.stderr.write(`timing: node heap limit ${Math.round(getHeapStatistics().heap_size_limit / 1_048_576).toLocaleString('en-US')} MB\n`);
  let last = performance.now();
  return {
    mark(step, detail) {
      const now = performance.now();
      const rss = process.memoryUsage.rss() / 1_048_576;
      io.stderr.write(`timing: ${step.padEnd(16)} ${((now - last) / 1000).toFixed(2).padStart(8)} s   rss ${Math.round(rss).toLocaleString('en-US').padStart(7)} MB${detail === undefined ? '' : `   ${detail}`}\n`);
      last = now;
    },
  };
}
