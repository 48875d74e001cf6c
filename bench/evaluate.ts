/**
 * `npm run bench:evaluate [-- --sizes 10000,100000] [--extra-policies DIR] [--seed N] [--cpu-prof]`
 *
 * Times the engine's `evaluate(...)` over synthetic snapshots of 10k, 100k
 * and 1M resources against every bundled policy, and prints the figures next
 * to the targets from the issue (100k resources in under 1 s of evaluation
 * and under 500 MB RSS, linear growth). Figures are printed, never asserted:
 * machines are noisy. Each size runs in a child process of its own so its
 * peak RSS is its own; see bench/README.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resourceTypeNames } from '../src/resources/catalog.js';
import { measure, repoRoot, type SizeResult } from './measure.js';
import { summarizeProfiles } from './profile-summary.js';

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
const DEFAULT_SEED = 20261101;
const RESULT_PREFIX = 'BENCH_RESULT ';
const TARGET_SIZE = 100_000;
const TARGET_SECONDS = 1;
const TARGET_RSS_MB = 500;
const CATALOG_TYPES = resourceTypeNames().length;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    seed: { type: 'string' },
    'extra-policies': { type: 'string', multiple: true },
    'cpu-prof': { type: 'boolean' },
    // Internal: run one size in this process and print its result as JSON.
    child: { type: 'string' },
    runs: { type: 'string' },
    validate: { type: 'boolean' },
  },
  strict: true,
});

const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const extraPolicies = values['extra-policies'] ?? [];

const mb = (bytes: number): string => `${Math.round(bytes / 1_048_576).toLocaleString('en-US')} MB`;
const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const rate = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : `${(n / 1e3).toFixed(1)} k`);

function parseSizes(text: string | undefined): number[] {
  if (text === undefined) return DEFAULT_SIZES;
  const sizes = text.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1000)) throw new Error(`--sizes takes whole numbers of at least 1000, e.g. --sizes 10000,100000; got "${text}"`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** Large sizes need a bigger V8 heap than the ~4 GB default; smaller ones keep the default, as a CLI user has. */
function heapFlags(size: number): string[] {
  if (size <= 300_000) return [];
  const mbAvailable = Math.floor(totalmem() / 1_048_576);
  return [`--max-old-space-size=${Math.min(16_384, Math.floor(mbAvailable * 0.75))}`];
}

interface ChildOutcome {
  readonly size: number;
  readonly result?: SizeResult;
  readonly failure?: string;
  readonly wallSeconds: number;
}

function runChild(size: number, validate: boolean, profileDir: string | undefined): Promise<ChildOutcome> {
  const script = fileURLToPath(import.meta.url);
  const args = [
    ...process.execArgv,
    '--expose-gc',
    ...heapFlags(size),
    ...(profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]),
    script,
    '--child', String(size),
    '--seed', String(seed),
    '--runs', String(size <= 100_000 ? 3 : 1),
    ...(validate ? ['--validate'] : []),
    ...extraPolicies.flatMap((dir) => ['--extra-policies', dir]),
  ];
  const started = performance.now();
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => { stdout += chunk; });
    child.on('close', (code, signal) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code === 0 && line !== undefined) resolvePromise({ size, result: JSON.parse(line.slice(RESULT_PREFIX.length)) as SizeResult, wallSeconds });
      else resolvePromise({ size, failure: signal === null ? `exit code ${String(code)}` : `killed by ${signal}`, wallSeconds });
    });
  });
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
}

function printTable(outcomes: readonly ChildOutcome[]): void {
  const header = ['resources', 'policies', 'policy×resource', 'findings', 'evaluate s', 'resources/s', 'pairs/s', 'conditions/s', 'RSS peak (eval)', 'maxRSS', 'wall s'];
  const rows = outcomes.map(({ size, result: r, failure, wallSeconds }) => (r === undefined
    ? [int(size), `failed: ${failure ?? 'unknown'}`, '', '', '', '', '', '', '', '', wallSeconds.toFixed(1)]
    : [
      int(r.resources), String(r.policies), int(r.pairs), int(r.findings),
      `${r.bestSeconds.toFixed(3)}${r.evaluateSeconds.length > 1 ? ` (best of ${r.evaluateSeconds.length})` : ''}`,
      rate(r.resources / r.bestSeconds), rate(r.pairs / r.bestSeconds), rate(r.conditionEvaluations / r.bestSeconds),
      mb(r.sampledPeakRss), mb(r.maxRss), wallSeconds.toFixed(1),
    ]));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  console.log(pad(header, widths));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(pad(row, widths));
  console.log('');
  for (const { result: r } of outcomes) {
    if (r === undefined) continue;
    const statuses = Object.entries(r.byStatus).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${int(n)}`).join(', ');
    console.log(`  ${int(r.resources).padStart(9)}: ${statuses}; timed runs ${r.evaluateSeconds.map((s) => s.toFixed(3)).join(' / ')} s, cold first run ${r.coldSeconds.toFixed(3)} s`);
    console.log(`  ${''.padStart(9)}  snapshot built in ${r.generateSeconds.toFixed(1)} s, policies loaded and compiled in ${r.compileSeconds.toFixed(2)} s; RSS ${mb(r.startRss)} at start (node, tsx, modules), ${mb(r.snapshotRss)} with the snapshot`);
  }
}

function verdict(ok: boolean): string {
  return ok ? 'within target' : 'OVER TARGET';
}

function printTargets(outcomes: readonly ChildOutcome[]): void {
  const bySize = new Map(outcomes.filter((o) => o.result !== undefined).map((o) => [o.size, o.result as SizeResult]));
  console.log('');
  console.log('Targets from the issue (printed for reading, not asserted):');
  const at = bySize.get(TARGET_SIZE);
  if (at === undefined) {
    console.log(`  (no ${int(TARGET_SIZE)} run: add ${int(TARGET_SIZE)} to --sizes to compare with the targets)`);
  } else {
    console.log(`  ${int(TARGET_SIZE)} resources, evaluation time:  ${at.bestSeconds.toFixed(3)} s   target < ${TARGET_SECONDS} s      ${verdict(at.bestSeconds < TARGET_SECONDS)}`);
    const rss = at.maxRss / 1_048_576;
    console.log(`  ${int(TARGET_SIZE)} resources, peak RSS:         ${mb(at.maxRss)} (maxRSS of the whole run; ${mb(at.sampledPeakRss)} sampled during evaluate)   target < ${TARGET_RSS_MB} MB   ${verdict(rss < TARGET_RSS_MB)}`);
  }
  const sizes = [...bySize.keys()].sort((a, b) => a - b);
  for (let i = 1; i < sizes.length; i++) {
    const small = sizes[i - 1] ?? 0;
    const large = sizes[i] ?? 0;
    const a = bySize.get(small);
    const b = bySize.get(large);
    if (a === undefined || b === undefined) continue;
    const ratio = b.bestSeconds / a.bestSeconds;
    const expected = b.resources / a.resources;
    const perResource = ratio / expected;
    const shape = perResource <= 1.3 ? 'linear' : perResource <= 2 ? 'somewhat super-linear' : 'SUPER-LINEAR';
    console.log(`  time(${int(large)}) / time(${int(small)}) = ${ratio.toFixed(2)}×   linear would be ${expected.toFixed(1)}×; cost per resource ×${perResource.toFixed(2)} → ${shape}`);
  }
}

async function parent(): Promise<void> {
  const sizes = parseSizes(values.sizes);
  const profileDir = values['cpu-prof'] === true ? mkdtempSync(join(tmpdir(), 'assay-bench-prof-')) : undefined;
  const cpu = cpus();
  console.log(`Assay evaluate benchmark: node ${process.version}, ${cpu[0]?.model.trim() ?? 'unknown CPU'} ×${cpu.length}, ${mb(totalmem())} RAM, seed ${seed}`);
  console.log(`Sizes ${sizes.map(int).join(', ')}; each in its own process; evaluate() timed after a warm-up, best of 3 up to ${int(100_000)}, 1 run above.`);
  if (profileDir !== undefined) console.log(`CPU profiles: ${profileDir} (profiling slows every figure down)`);
  console.log('');
  const outcomes: ChildOutcome[] = [];
  for (const [i, size] of sizes.entries()) {
    const outcome = await runChild(size, i === 0, profileDir);
    if (i === 0 && outcome.result?.valid === true) console.log(`Synthetic snapshot of ${int(size)} resources checked with validateSnapshot: valid`);
    outcomes.push(outcome);
  }
  const first = outcomes.find((o) => o.result !== undefined)?.result;
  if (first !== undefined) {
    console.log(`Policies: ${first.policies} compiled (bundled${extraPolicies.length > 0 ? ` + ${extraPolicies.join(', ')}` : ''}), covering ${first.policyTypes} of ${CATALOG_TYPES} resource types`);
    const unchecked = resourceTypeNames().filter((t) => !first.policyTypeNames.includes(t));
    if (unchecked.length > 0) console.log(`  no policy yet for ${unchecked.length} types (${unchecked.join(', ')}): their resources are indexed but checked by nothing, so the figures will change as the library grows`);
  }
  console.log('');
  printTable(outcomes);
  printTargets(outcomes);
  console.log('');
  console.log('pairs/s: policy × resource evaluations per second (each policy against each resource of its type).');
  console.log('conditions/s: top-level where/check evaluations per second, counted in an untimed run (a FAIL or ERROR re-runs its check to explain itself); nested conditions are not counted.');
  const big = outcomes.find((o) => o.size >= 1_000_000);
  if (big !== undefined && big.wallSeconds > 120) console.log(`note: the ${int(big.size)} run took ${big.wallSeconds.toFixed(0)} s of wall time in all, more than the 2-minute budget.`);
  if (profileDir !== undefined) {
    console.log('');
    console.log(summarizeProfiles(profileDir, repoRoot));
  }
}

async function child(size: number): Promise<void> {
  const result = await measure({ size, seed, runs: Number(values.runs ?? 1), validate: values.validate === true, extraPolicies });
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

try {
  if (values.child !== undefined) await child(Number(values.child));
  else await parent();
} catch (error) {
  process.stderr.write(`bench:evaluate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
