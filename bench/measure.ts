/**
 * One size, in its own process (bench/evaluate.ts starts one per size so
 * that peak RSS belongs to that size alone): generate the snapshot, load
 * and compile the policies as the CLI does, count the work once, then time
 * `evaluate(...)` and nothing else.
 */
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import { loadLibrary } from '../src/cli/library.js';
import { planScan } from '../src/cli/scan-plan.js';
import { evaluate, type EvaluateOptions } from '../src/engine/evaluate.js';
import type { CompiledPolicy } from '../src/policy/compile.js';
import type { CompiledCondition } from '../src/policy/evaluation.js';
import { createLocator } from '../src/snapshot/locate.js';
import type { Snapshot } from '../src/snapshot/schema.js';
import { validateSnapshot } from '../src/snapshot/validate.js';
import { RssSampler } from './rss-sampler.js';
import { generateSnapshot } from './synthetic/snapshot.js';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

export interface MeasureOptions {
  readonly size: number;
  readonly seed: number;
  readonly runs: number;
  readonly validate: boolean;
  /** Policy directories besides the bundled ones, as given on the command line. */
  readonly extraPolicies: readonly string[];
}

export interface SizeResult {
  readonly resources: number;
  readonly policies: number;
  readonly policyTypes: number;
  /** Policy × resource pairs: each policy against each resource of its type. */
  readonly pairs: number;
  readonly findings: number;
  readonly byStatus: Readonly<Record<string, number>>;
  /** Top-level where/check evaluations, counted in an untimed run (explanations of FAIL/ERROR re-run the check). */
  readonly conditionEvaluations: number;
  /** Types that at least one policy checks. */
  readonly policyTypeNames: readonly string[];
  /** The untimed counting run: the first, cold evaluation. */
  readonly coldSeconds: number;
  readonly generateSeconds: number;
  readonly compileSeconds: number;
  readonly evaluateSeconds: readonly number[];
  readonly bestSeconds: number;
  /** RSS before anything is generated (node, the TypeScript loader, modules), bytes. */
  readonly startRss: number;
  /** RSS once the snapshot is built, bytes. */
  readonly snapshotRss: number;
  /** Highest RSS sampled during the timed runs, bytes. */
  readonly sampledPeakRss: number;
  /** process.resourceUsage().maxRSS at the end, bytes: the whole process's high-water mark. */
  readonly maxRss: number;
  readonly heapUsedAfterEvaluate: number;
  readonly valid?: boolean;
}

/** Resources evaluated before timing starts (the counting run included). */
const WARMUP_RESOURCES = 100_000;

const gc = (globalThis as { gc?: () => void }).gc;

/** Wraps each policy's top-level conditions to count evaluations; used only in the untimed run. */
function counted(policies: readonly CompiledPolicy[], counter: { n: number }): CompiledPolicy[] {
  const wrap = (condition: CompiledCondition): CompiledCondition => ({
    location: condition.location,
    evaluate(scope) {
      counter.n++;
      return condition.evaluate(scope);
    },
  });
  return policies.map((p) => ({ ...p, where: p.where === undefined ? undefined : wrap(p.where), check: wrap(p.check) }));
}

function pairsOf(snapshot: Snapshot, policies: readonly CompiledPolicy[]): number {
  const perType = new Map<string, number>();
  for (const resource of snapshot.resources) perType.set(resource.type, (perType.get(resource.type) ?? 0) + 1);
  return policies.reduce((sum, p) => sum + (perType.get(p.resourceType.type) ?? 0), 0);
}

function log(message: string): void {
  process.stderr.write(`  [${message}]\n`);
}

interface Timed {
  readonly seconds: number;
  readonly findings: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly peakRss: number;
  readonly heapUsed: number;
}

/** One evaluate(...) call, timed alone; the ScanResult is dropped on return so the next run starts clean. */
function timedEvaluate(snapshot: Snapshot, policies: readonly CompiledPolicy[], options: EvaluateOptions, sampler: RssSampler | undefined): Timed {
  sampler?.start();
  const started = performance.now();
  const result = evaluate(snapshot, policies, options);
  const seconds = (performance.now() - started) / 1000;
  const peakRss = sampler?.stop() ?? 0;
  return { seconds, findings: result.findings.length, byStatus: { ...result.summary.byStatus }, peakRss, heapUsed: process.memoryUsage().heapUsed };
}

export async function measure(options: MeasureOptions): Promise<SizeResult> {
  const label = options.size.toLocaleString('en-US');
  const startRss = process.memoryUsage.rss();
  let t = performance.now();
  const snapshot = generateSnapshot({ size: options.size, seed: options.seed });
  const generateSeconds = (performance.now() - t) / 1000;
  gc?.();
  const snapshotRss = process.memoryUsage.rss();
  log(`${label}: snapshot generated in ${generateSeconds.toFixed(2)} s`);

  let valid: boolean | undefined;
  if (options.validate) {
    const validation = validateSnapshot(snapshot, createLocator(`synthetic-${options.size}.json`, undefined));
    valid = validation.ok;
    if (!validation.ok) {
      for (const error of validation.errors.slice(0, 20)) process.stderr.write(`${error.message}\n`);
      throw new Error(`the synthetic snapshot of ${label} resources is not valid (${validation.errors.length + validation.omitted} problems)`);
    }
    log(`${label}: snapshot checked with validateSnapshot: valid`);
  }

  t = performance.now();
  const userDirs = options.extraPolicies.map((dir) => relative(repoRoot, resolve(dir)));
  const library = await loadLibrary(userDirs, repoRoot);
  const plan = planScan(library, [], undefined);
  const compileSeconds = (performance.now() - t) / 1000;
  const policies = plan.policies;
  const evaluateOptions: EvaluateOptions = {
    snapshotDigest: 'sha256:synthetic',
    generator: { name: 'assay-bench', version: '1' },
    selection: plan.selection,
  };

  // Untimed run: counts the work and warms the JIT for the timed runs.
  const counter = { n: 0 };
  const counting = timedEvaluate(snapshot, counted(policies, counter), evaluateOptions, undefined);
  const { findings, byStatus } = counting;
  log(`${label}: first (cold, counting) run: ${counting.seconds.toFixed(3)} s`);
  // Small sizes: warm up on at least WARMUP_RESOURCES resources in all, so every size is timed at the same JIT steady state.
  const warmups = Math.ceil(WARMUP_RESOURCES / options.size) - 1;
  for (let run = 0; run < warmups; run++) timedEvaluate(snapshot, policies, evaluateOptions, undefined);

  const sampler = new RssSampler();
  const times: number[] = [];
  let sampledPeakRss = 0;
  let heapUsedAfterEvaluate = 0;
  for (let run = 0; run < options.runs; run++) {
    gc?.();
    const timed = timedEvaluate(snapshot, policies, evaluateOptions, sampler);
    times.push(timed.seconds);
    sampledPeakRss = Math.max(sampledPeakRss, timed.peakRss);
    heapUsedAfterEvaluate = Math.max(heapUsedAfterEvaluate, timed.heapUsed);
    if (timed.findings !== findings) throw new Error(`run ${run + 1} gave ${timed.findings} findings, the counting run ${findings}`);
    log(`${label}: evaluate run ${run + 1}/${options.runs}: ${timed.seconds.toFixed(3)} s`);
  }
  await sampler.close();

  return {
    resources: snapshot.resources.length,
    policies: policies.length,
    policyTypes: new Set(policies.map((p) => p.resourceType.type)).size,
    policyTypeNames: [...new Set(policies.map((p) => p.resourceType.type))].sort(),
    coldSeconds: counting.seconds,
    pairs: pairsOf(snapshot, policies),
    findings,
    byStatus,
    conditionEvaluations: counter.n,
    generateSeconds,
    compileSeconds,
    evaluateSeconds: times,
    bestSeconds: Math.min(...times),
    startRss,
    snapshotRss,
    sampledPeakRss,
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapUsedAfterEvaluate,
    ...(valid === undefined ? {} : { valid }),
  };
}
