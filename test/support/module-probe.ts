/**
 * What a run of the built CLI loads, seen from inside its process: a probe
 * preloaded with `node --import` records every module the ESM loader loads
 * and, at exit, every CommonJS module in require's cache. Tests check the
 * modules, never the time.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs in the loader's own thread: appends each module's URL once it is loaded. */
const hooks = `data:text/javascript,${encodeURIComponent(
  "import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { const result = await next(url, context); appendFileSync(process.env.ASSAY_TEST_MODULE_LOG, `${url}\\n`); return result; }",
)}`;
/** Preloaded into the CLI: registers the hooks, and lists require's cache at exit (modules CommonJS loads itself). */
const probe = `data:text/javascript,${encodeURIComponent(
  // Module._cache read directly: createRequire cannot be given this module's own data: URL.
  `import Module, { register } from 'node:module'; import { appendFileSync } from 'node:fs'; register(${JSON.stringify(hooks)}); `
  + "process.on('exit', () => { appendFileSync(process.env.ASSAY_TEST_MODULE_LOG, Object.keys(Module._cache).map((f) => `file://${f}\\n`).join('')); });",
)}`;

export interface ProbedRun { readonly status: number | null; readonly stderr: string; readonly modules: string[] }

/** Runs `node dist/cli/main.js …args` with the probe; asynchronous, so a server in this process (an emulator's client) keeps answering. */
export async function modulesLoadedBy(args: readonly string[], env: Record<string, string> = {}): Promise<ProbedRun> {
  const log = join(mkdtempSync(join(tmpdir(), 'assay-modules-')), 'modules.txt');
  const child = spawn(process.execPath, ['--import', probe, 'dist/cli/main.js', ...args], {
    env: { ...process.env, ...env, NODE_OPTIONS: '', ASSAY_TEST_MODULE_LOG: log }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { status, stderr, modules: readFileSync(log, 'utf8').split('\n').filter((l) => l !== '') };
}

export const matching = (modules: readonly string[], part: string): string[] => modules.filter((m) => m.includes(part));
