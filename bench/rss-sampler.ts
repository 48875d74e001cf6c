/**
 * Samples the process's resident set size from a worker thread while the
 * main thread is busy in a synchronous `evaluate(...)` call, which a timer
 * on the main thread could never interrupt. RSS is process-wide, so the
 * worker sees the main thread's memory (plus its own few MB).
 */
import { Worker } from 'node:worker_threads';

// Plain JavaScript: the worker runs without the TypeScript loader.
const workerSource = `
const { workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData.buffer);
const flags = new Int32Array(workerData.flags);
const tick = () => {
  if (Atomics.load(flags, 0) === 1) {
    const rss = process.memoryUsage.rss();
    if (rss > peak[0]) peak[0] = rss;
  }
  if (Atomics.load(flags, 1) === 0) setTimeout(tick, workerData.intervalMs);
};
tick();
`;

export class RssSampler {
  private readonly peak = new Float64Array(new SharedArrayBuffer(8));
  private readonly flags = new Int32Array(new SharedArrayBuffer(8));
  private readonly worker: Worker;

  constructor(intervalMs = 2) {
    this.worker = new Worker(workerSource, { eval: true, workerData: { buffer: this.peak.buffer, flags: this.flags.buffer, intervalMs } });
    this.worker.unref();
  }

  /** Starts a sampling window; the peak restarts from the current RSS. */
  start(): void {
    this.peak[0] = process.memoryUsage.rss();
    Atomics.store(this.flags, 0, 1);
  }

  /** Ends the window and returns its peak RSS in bytes (including a sample taken now). */
  stop(): number {
    Atomics.store(this.flags, 0, 0);
    return Math.max(this.peak[0] ?? 0, process.memoryUsage.rss());
  }

  async close(): Promise<void> {
    Atomics.store(this.flags, 1, 1);
    await this.worker.terminate();
  }
}
