/**
 * `npm run bench:collect -- --cli`: the issue's end-to-end figures at each
 * scale — wall, calls, and wall ÷ (calls × latency ÷ concurrency) against
 * the targets (≤ 1.5× at 3× and 10×, ≤ 3 s at 1×) — and, with --save or
 * --compare, each scale's collected content written to or checked against a
 * file, so a change can show its snapshots are the same resource by
 * resource. Printed, never asserted (the exit code says only whether the
 * snapshots matched).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describeEstate } from './report.js';
import { estateAt, runCli, type CliRun } from './cli-run.js';

export interface CliBenchOptions {
  readonly cliPath: string;
  readonly scales: readonly number[];
  readonly latencyMs: number;
  readonly concurrency: number;
  readonly save: string | undefined;
  readonly compare: string | undefined;
  /** A directory for the CLI's CPU profiles (node --cpu-prof), one per scale. */
  readonly cpuProf: string | undefined;
}

const TARGET_RATIO = 1.5;
const TARGET_SMALL_SECONDS = 3;

function verdict(run: CliRun, ratio: number): string {
  if (run.scale === 1) return run.wallSeconds <= TARGET_SMALL_SECONDS ? `meets ≤ ${TARGET_SMALL_SECONDS} s` : `misses ≤ ${TARGET_SMALL_SECONDS} s`;
  return ratio <= TARGET_RATIO ? `meets ≤ ${TARGET_RATIO}×` : `misses ≤ ${TARGET_RATIO}×`;
}

/** Runs every scale; answers false when a snapshot differs from the compared file's. */
export async function cliBench(options: CliBenchOptions): Promise<boolean> {
  const { latencyMs, concurrency } = options;
  console.log(`${options.cliPath} scan --pack cis-aws-foundations-7.0.0, --concurrency ${concurrency}, fake AWS answering after ${latencyMs} ms`);
  const contents: Record<string, string> = {};
  const rows: string[] = [];
  for (const scale of options.scales) {
    console.log(`  ${scale}×: ${describeEstate(estateAt(scale))}`);
    const run = await runCli(options.cliPath, scale, latencyMs, concurrency, options.cpuProf === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', options.cpuProf]);
    if (run.exitCode !== 0 || run.content === '') throw new Error(`the scan at ${scale}× exited ${String(run.exitCode)}:\n${run.stderr}`);
    const bound = (run.calls * latencyMs) / 1000 / concurrency;
    const ratio = run.wallSeconds / bound;
    contents[String(scale)] = run.content;
    rows.push(`  ${`${scale}×`.padStart(4)}  wall ${run.wallSeconds.toFixed(2).padStart(6)} s  calls ${String(run.calls).padStart(6)}  bound ${bound.toFixed(2).padStart(6)} s  ratio ${ratio.toFixed(2).padStart(5)}×  (${verdict(run, ratio)})`);
    console.log(rows[rows.length - 1]);
  }
  console.log(['', 'scale  wall, calls (requests the fake answered, retries included), bound = calls × latency ÷ concurrency, ratio = wall ÷ bound', ...rows].join('\n'));
  if (options.cpuProf !== undefined) console.log(`CPU profiles of the CLI in ${options.cpuProf}`);
  if (options.save !== undefined) {
    await writeFile(options.save, JSON.stringify(contents));
    console.log(`snapshots' content saved to ${options.save}`);
  }
  if (options.compare === undefined) return true;
  const before = JSON.parse(await readFile(options.compare, 'utf8')) as Record<string, string>;
  let same = true;
  for (const [scale, content] of Object.entries(contents)) {
    const old = before[scale];
    if (old === undefined) { console.log(`  ${scale}×: not in ${options.compare}`); continue; }
    if (old === content) { console.log(`  ${scale}×: snapshot identical to ${options.compare}'s, resource by resource`); continue; }
    same = false;
    const a = old.split('\n');
    const b = new Set(content.split('\n'));
    const gone = a.filter((line) => !b.has(line));
    const added = content.split('\n').filter((line) => !a.includes(line));
    console.log(`  ${scale}×: snapshot DIFFERS from ${options.compare}'s: ${gone.length} lines only before, ${added.length} only now`);
    for (const line of gone.slice(0, 5)) console.log(`    - ${line.slice(0, 300)}`);
    for (const line of added.slice(0, 5)) console.log(`    + ${line.slice(0, 300)}`);
  }
  return same;
}
