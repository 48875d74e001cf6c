/**
 * `npm run bench:startup [-- --runs 15] [--cli path/to/dist/cli/main.js]`
 *
 * Cold start, as a user meets it: the built CLI (`node dist/cli/main.js`,
 * a fresh process each run) for `--version`, `policies list` and the demo
 * scan with the CIS v7.0.0 pack, beside `node -e 0`, the floor no command
 * can go below. Runs go round-robin over the commands, so a machine that
 * gets busier during the bench slows every command alike. Prints the
 * median and minimum wall times and their ratio to the floor's median,
 * next to the issue's targets; figures are printed, never asserted (see
 * bench/README.md). `--cli` measures another build (an older commit's),
 * run from its own package root.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

const { values } = parseArgs({ options: { runs: { type: 'string' }, cli: { type: 'string' } }, strict: true });
const runs = values.runs === undefined ? 15 : Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of at least 1; got "${values.runs ?? ''}"`);

if (values.cli === undefined) {
  // The built CLI is what a user starts: build it from the current sources first.
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}
const cli = resolve(values.cli ?? join(repoRoot, 'dist/cli/main.js'));
// dist/cli/main.js → the package root, where examples/ and the bundled policies are.
const packageRoot = dirname(dirname(dirname(cli)));

interface Case {
  readonly label: string;
  readonly args: readonly string[];
  /** Exit codes of a successful run: the demo scan's gate fails (exit 1) on purpose. */
  readonly ok: readonly number[];
  readonly targetMs?: number;
}

const cases: readonly Case[] = [
  { label: 'node -e 0 (floor)', args: ['-e', '0'], ok: [0] },
  { label: 'assay --version', args: [cli, '--version'], ok: [0], targetMs: 200 },
  { label: 'assay policies list', args: [cli, 'policies', 'list'], ok: [0], targetMs: 400 },
  { label: 'assay scan demo, CIS v7', args: [cli, 'scan', '--snapshot', 'examples/demo-account.json', '--pack', 'cis-aws-foundations-7.0.0'], ok: [0, 1], targetMs: 800 },
];

/** Wall time of one process from spawn to exit, in ms; output is read and dropped. */
function timeOnce(c: Case): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, c.args, { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === null || !c.ok.includes(code)) reject(new Error(`${c.label} exited ${code ?? 'by a signal'}:\n${stderr}`));
      else resolvePromise(ms);
    });
  });
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const times = new Map<Case, number[]>(cases.map((c) => [c, []]));
// One untimed round: the file system cache holds the modules, as it would for a user's second command.
for (const c of cases) await timeOnce(c);
const loadBefore = loadavg()[0] ?? 0;
for (let i = 0; i < runs; i++) for (const c of cases) times.get(c)?.push(await timeOnce(c));
const loadAfter = loadavg()[0] ?? 0;

const floor = median(times.get(cases[0] as Case) ?? []);
const pad = (s: string, n: number): string => s.padEnd(n);
const ms = (n: number): string => `${Math.round(n).toLocaleString('en-US')} ms`.padStart(9);
console.log(`${cli}, ${runs} runs each, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after\n`);
console.log(`${pad('command', 26)}${pad('median', 11)}${pad('min', 11)}${pad('÷ floor', 10)}target`);
for (const c of cases) {
  const xs = times.get(c) ?? [];
  const m = median(xs);
  const verdict = c.targetMs === undefined ? '' : `≤ ${c.targetMs} ms: ${m <= c.targetMs ? 'met' : `missed by ${Math.round(m - c.targetMs)} ms`}`;
  console.log(`${pad(c.label, 26)}${pad(ms(m), 11)}${pad(ms(Math.min(...xs)), 11)}${pad(`${(m / floor).toFixed(1)}×`, 10)}${verdict}`);
}
