/** The schedule's two caps, with calls that answer only when the test says so. */
import { describe, expect, it } from 'vitest';
import { createSchedule, serviceCap } from './pace.js';

/** Calls that stay in flight until released, recording the most in flight at once, overall and per lane. */
function harness() {
  const open: { lane: string; release: () => void }[] = [];
  const started: string[] = [];
  const peak = new Map<string, number>();
  const note = (): void => {
    const counts = new Map<string, number>([['all', open.length]]);
    for (const call of open) counts.set(call.lane, (counts.get(call.lane) ?? 0) + 1);
    for (const [lane, n] of counts) peak.set(lane, Math.max(peak.get(lane) ?? 0, n));
  };
  const call = (lane: string, name: string) => () => new Promise<string>((resolve) => {
    started.push(name);
    const entry = { lane, release: () => { open.splice(open.indexOf(entry), 1); resolve(name); } };
    open.push(entry);
    note();
  });
  /** Answers the calls in flight, oldest first, until none is left. */
  const drain = async (): Promise<void> => {
    for (let guard = 0; open.length > 0 && guard < 1000; guard++) {
      open[0]?.release();
      await new Promise((resolve) => { setImmediate(resolve); });
    }
  };
  return { call, started, peak, drain };
}

describe('createSchedule', () => {
  it('holds every lane to its cap and the run to its own, and starts calls in the order they came', async () => {
    const schedule = createSchedule(3, 2);
    const { call, started, peak, drain } = harness();
    const answers = Promise.all([
      ...['a1', 'a2', 'a3', 'a4'].map((name) => schedule('EC2', 'us-east-1', call('EC2', name))),
      ...['b1', 'b2'].map((name) => schedule('S3', 'us-east-1', call('S3', name))),
      schedule('S3', 'eu-west-1', call('S3 eu', 'c1')),
    ]);
    expect(started).toEqual(['a1', 'a2', 'b1']);
    await drain();
    expect(await answers).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'c1']);
    // EC2 had two of the run's three slots at most, though its calls were the oldest waiting.
    expect(started).toEqual(['a1', 'a2', 'b1', 'a3', 'a4', 'b2', 'c1']);
    expect(Object.fromEntries(peak)).toEqual({ all: 3, EC2: 2, S3: 1, 'S3 eu': 1 });
  });

  it('passes a failed call\'s error to its caller and frees its slot', async () => {
    const schedule = createSchedule(1);
    const failed = schedule('IAM', 'us-east-1', () => Promise.reject(new Error('AccessDenied')));
    const thrown = schedule('IAM', 'us-east-1', () => { throw new Error('a bug'); });
    const next = schedule('IAM', 'us-east-1', () => Promise.resolve('next'));
    await expect(failed).rejects.toThrow('AccessDenied');
    await expect(thrown).rejects.toThrow('a bug');
    await expect(next).resolves.toBe('next');
  });
});

describe('serviceCap', () => {
  it('derives caps from documented rates, never above the run\'s cap, and lets one override apply to all', () => {
    expect(serviceCap('S3', 16)).toBe(16);
    expect(serviceCap('EC2', 16)).toBe(2);
    expect(serviceCap('KMS', 16)).toBe(10);
    expect(serviceCap('KMS', 4)).toBe(4);
    // No documented rate (IAM): half the run's cap.
    expect(serviceCap('IAM', 16)).toBe(8);
    expect(serviceCap('IAM', 16, 3)).toBe(3);
  });
});
