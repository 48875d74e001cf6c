/**
 * Reads the .cpuprofile files `--cpu-prof` wrote and prints where time goes
 * inside `evaluate(...)` (samples outside it — generating the snapshot,
 * loading policies — are left out): top functions by self time and by
 * inclusive time, each with its file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function where(url: string, root: string): string {
  if (url === '') return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const rel = relative(root, path);
  return rel.startsWith('..') ? url : rel;
}

function label(node: ProfileNode, root: string): string {
  return `${node.callFrame.functionName === '' ? '(anonymous)' : node.callFrame.functionName}  ${where(node.callFrame.url, root)}`;
}

function summarize(profile: Profile, root: string, top: number): string | undefined {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const isEvaluate = (node: ProfileNode): boolean => node.callFrame.functionName === 'evaluate' && node.callFrame.url.endsWith('src/engine/evaluate.ts');
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const stacks = profile.samples.map((sample) => {
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (node !== undefined) stack.push(node);
    }
    return stack;
  });
  const inside = stacks.map((stack) => stack.some(isEvaluate));
  const isGc = (i: number): boolean => stacks[i]?.[0]?.callFrame.functionName === '(garbage collector)';
  let total = 0;
  let gcTime = 0;
  stacks.forEach((stack, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    if (!(inside[i] ?? false)) {
      // A collection between two samples inside evaluate happened during it.
      if (!isGc(i)) return;
      let before = i - 1;
      while (before >= 0 && isGc(before)) before--;
      let after = i + 1;
      while (after < stacks.length && isGc(after)) after++;
      if ((inside[before] ?? false) && (inside[after] ?? false)) gcTime += delta;
      return;
    }
    total += delta;
    const leaf = stack[0];
    if (leaf !== undefined) self.set(label(leaf, root), (self.get(label(leaf, root)) ?? 0) + delta);
    // Frames from the leaf up to evaluate itself: its callers (the benchmark) are always 100%.
    const within = stack.slice(0, stack.findIndex(isEvaluate) + 1);
    for (const name of new Set(within.map((n) => label(n, root)))) inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
  });
  if (total === 0) return undefined;
  const lines = (map: Map<string, number>): string[] => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([name, us]) => `    ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
  return [`  inside evaluate: ${(total / 1000).toFixed(0)} ms sampled, plus ${(gcTime / 1000).toFixed(0)} ms of garbage collection during it ("evaluate  bench/measure.ts" is the counting run's wrapper)`, '  by self time:', ...lines(self), '  by inclusive time:', ...lines(inclusive)].join('\n');
}

export function summarizeProfiles(dir: string, root: string, top = 15): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
  const parts: string[] = [];
  for (const file of files) {
    const summary = summarize(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile, root, top);
    // Worker threads (the RSS sampler) have their own profile, with nothing of evaluate in it.
    if (summary !== undefined) parts.push(`CPU profile ${join(dir, file)} (all evaluate runs of one size, warm-up included):\n${summary}`);
  }
  return parts.length === 0 ? 'No samples inside evaluate in the CPU profiles.' : parts.join('\n\n');
}
