/**
 * `npm run bench:scale [-- --sizes 10000,100000,1000000] [--seed N] [--keep]`
 *
 * End to end, as a user runs it: the built CLI (`node dist/cli/main.js`, in
 * a process of its own) scans generated snapshot files of 10k, 100k and 1M
 * resources, reading and validating the file, evaluating, and writing the
 * JSON and SARIF reports. Each size is scanned twice: with every bundled
 * policy (no pack), and with the CIS AWS Foundations v7.0.0 pack. Prints
 * wall time, peak RSS and the CLI's own `--timings` per step next to the
 * issue's targets. Figures are printed, never asserted; see bench/README.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSnapshotFile } from '../src/snapshot/file.js';
import { generateSnapshot } from './synthetic/snapshot.js';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const cli = join(repoRoot, 'dist/cli/main.js');
/**
 * Loaded into the measured CLI process (node --import): on exit it appends the process's peak RSS in KB
 * where the bench asked. The CLI may start Node again with a larger heap (src/cli/heap.ts); the child
 * inherits the probe, so each process adds its line and the bench takes the largest.
 */
const rssProbe = `data:text/javascript,${encodeURIComponent(
  "import { appendFileSync } from 'node:fs'; process.on('exit', () => { const file = process.env.ASSAY_BENCH_RSS_FILE; if (file) appendFileSync(file, `${process.resourceUsage().maxRSS}\\n`); });",
)}`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    seed: { type: 'string' },
    keep: { type: 'boolean' },
    // Internal: generate one snapshot file in this (large-heap) process.
    generate: { type: 'string' },
    file: { type: 'string' },
  },
  strict: true,
});

const seed = values.seed === undefined ? 20261101 : Number(values.seed);

if (values.generate !== undefined && values.file !== undefined) {
  await writeSnapshotFile(values.file, generateSnapshot({ size: Number(values.generate), seed }));
  process.exit(0);
}

/** The issue's targets, end to end (read, validate, evaluate, write JSON and SARIF). */
const targets: Record<number, { seconds: number; rssMb: number }> = {
  100_000: { seconds: 10, rssMb: 1536 },
  1_000_000: { seconds: 120, rssMb: 8192 },
};
const EVALUATE_TARGET = { size: 100_000, seconds: 1 };

const sizes = (values.sizes ?? '10000,100000,1000000').split(',').map((s) => Number(s.trim().replace(/_/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1000)) throw new Error(`--sizes takes whole numbers of at least 1000; got "${values.sizes ?? ''}"`);

interface Run {
  readonly label: string;
  readonly wall: number;
  readonly maxRssMb: number;
  readonly code: number | null;
  readonly steps: ReadonlyMap<string, { seconds: number; detail: string }>;
  readonly stderr: string;
}

function child(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stderr: string; wall: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr.setEncoding('utf8').on('data', (text: string) => { stderr += text; });
    proc.on('error', reject);
    proc.on('close', (code) => resolve({ code, stderr, wall: (performance.now() - started) / 1000 }));
  });
}

function parseSteps(stderr: string): Map<string, { seconds: number; detail: string }> {
  const steps = new Map<string, { seconds: number; detail: string }>();
  for (const match of stderr.matchAll(/^timing: (.+?)[ \t]+([\d.]+) s[ \t]+rss[ \t]+[\d,]+ MB(?:[ \t]+(.*))?$/gm)) {
    steps.set((match[1] ?? '').trim(), { seconds: Number(match[2]), detail: match[3] ?? '' });
  }
  return steps;
}

async function scan(label: string, snapshot: string, out: string, extra: readonly string[]): Promise<Run> {
  const rssFile = join(out, `${label}.rss`);
  const { code, stderr, wall } = await child([
    '--import', rssProbe, cli, 'scan', '--snapshot', snapshot, ...extra,
    '--output', `json=${join(out, `${label}.json`)}`, '--output', `sarif=${join(out, `${label}.sarif`)}`,
    '--fail-on', 'none', '--timings',
  ], { ...process.env, ASSAY_BENCH_RSS_FILE: rssFile });
  const maxRssMb = Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)) / 1024;
  return { label, wall, maxRssMb, code, steps: parseSteps(stderr), stderr };
}

const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

console.log(`Assay end-to-end scale benchmark: node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ${fmt(totalmem() / 1_073_741_824)} GiB RAM, seed ${seed}`);
console.log('Building the CLI (npm run build) so dist/ is what is measured…');
const build = await child([join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);

const work = mkdtempSync(join(tmpdir(), 'assay-scale-'));
const results: { size: number; bytes: number; runs: Run[] }[] = [];
try {
  for (const size of sizes) {
    const file = join(work, `snapshot-${size}.json`);
    // Generation is not measured; it runs with a large heap so 1M resources fit however the CLI fares.
    const generated = await child(['--max-old-space-size=12288', '--import', 'tsx', fileURLToPath(import.meta.url), '--generate', String(size), '--file', file, '--seed', String(seed)]);
    if (generated.code !== 0) throw new Error(`generating ${size} resources failed:\n${generated.stderr}`);
    const bytes = statSync(file).size;
    console.log(`\n${fmt(size, 0)} resources: snapshot file of ${fmt(bytes / 1_048_576)} MB generated in ${fmt(generated.wall)} s`);
    const runs: Run[] = [];
    for (const [label, extra] of [['all-policies', []], ['cis-v7-pack', ['--pack', 'cis-aws-foundations-7.0.0']]] as const) {
      const run = await scan(`${size}-${label}`, file, work, extra);
      runs.push(run);
      const steps = [...run.steps].map(([step, t]) => `${step} ${fmt(t.seconds, 2)} s${t.detail === '' ? '' : ` (${t.detail})`}`).join(' · ');
      console.log(`  ${label.padEnd(13)} exit ${String(run.code)}  wall ${fmt(run.wall, 2).padStart(7)} s  peak RSS ${fmt(run.maxRssMb, 0).padStart(6)} MB   ${steps}`);
      if (run.code !== 0) console.log(run.stderr.split('\n').slice(-8).map((l) => `      ${l}`).join('\n'));
    }
    results.push({ size, bytes, runs });
  }
} finally {
  if (values.keep === true) console.log(`\nFiles kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log('\nTargets from the issue (printed for reading, not asserted):');
for (const { size, runs } of results) {
  const target = targets[size];
  for (const run of runs) {
    const evaluate = run.steps.get('evaluate')?.seconds;
    const parts = [`${fmt(size, 0)} ${run.label}: ${fmt(run.wall, 2)} s, ${fmt(run.maxRssMb, 0)} MB`];
    if (target !== undefined) parts.push(`target ≤ ${target.seconds} s and ≤ ${fmt(target.rssMb, 0)} MB: ${run.wall <= target.seconds && run.maxRssMb <= target.rssMb ? 'within' : 'OVER'}`);
    if (size === EVALUATE_TARGET.size && evaluate !== undefined) parts.push(`evaluation alone ${fmt(evaluate, 2)} s (target ≤ ${EVALUATE_TARGET.seconds} s: ${evaluate <= EVALUATE_TARGET.seconds ? 'within' : 'OVER'})`);
    console.log(`  ${parts.join('; ')}`);
  }
}
for (let i = 1; i < results.length; i++) {
  const a = results[i - 1];
  const b = results[i];
  if (a === undefined || b === undefined) continue;
  const ratio = (b.runs[0]?.wall ?? 0) / (a.runs[0]?.wall ?? 1);
  console.log(`  growth ${fmt(a.size, 0)} → ${fmt(b.size, 0)} (all policies): ${fmt(ratio, 2)}× the time for ${fmt(b.size / a.size, 0)}× the resources`);
}
