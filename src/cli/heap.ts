/**
 * Room for an organization. Commands that hold a whole snapshot and its
 * findings — a million resources make two million findings — need more than
 * V8's default old space (about 4 GB, less on small machines), and a process
 * that reaches it does not fail: it collects garbage without end. Node
 * cannot raise the limit once started, so these commands start Node again
 * with a limit of three quarters of the machine's memory (at most 16 GiB).
 * A limit the user set (--max-old-space-size in NODE_OPTIONS or on the node
 * command line) is left as it is. A scan of a snapshot file small enough for
 * the default heap many times over runs where it is: a second Node costs
 * more than the scan itself there.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { DEFAULT_CONFIG_FILE } from './config-file.js';

/** Commands that may read or build a snapshot, or a findings document, of any size. */
const largeCommands: ReadonlySet<string> = new Set(['scan', 'collect', 'snapshot', 'diff', 'plan']);

const RELAUNCHED = 'ASSAY_HEAP_RELAUNCHED';
const MiB = 1_048_576;

export interface HeapFacts {
  readonly argv: readonly string[];
  readonly execArgv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly heapLimitMb: number;
  readonly totalMemoryMb: number;
  /** A regular file's size in bytes (relative paths from the working directory), or undefined when there is none. */
  readonly fileBytes: (path: string) => number | undefined;
}

/**
 * Snapshot and baseline files up to this size (a gzip'd one counted at
 * GZIP_RATIO times its size) are scanned with the default heap: about 20,000
 * resources, a few hundred MB of heap at most, where the default is 2-4 GB.
 */
export const SMALL_SCAN_INPUT_BYTES = 32 * MiB;
/** JSON snapshots compress about ten to twenty times; counted generously. */
const GZIP_RATIO = 32;

/** The last value given to a long option, as `--name value` or `--name=value` (commander keeps the last). */
function optionValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === name) value = argv[i + 1];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}

/** A scan of a snapshot file whose inputs are all known and small; a live scan or a configuration (which may name a baseline) is not. */
function smallScan(facts: HeapFacts): boolean {
  const snapshot = optionValue(facts.argv, '--snapshot');
  if (snapshot === undefined || optionValue(facts.argv, '--config') !== undefined || facts.fileBytes(DEFAULT_CONFIG_FILE) !== undefined) return false;
  let bytes = 0;
  for (const file of [snapshot, optionValue(facts.argv, '--baseline')]) {
    if (file === undefined) continue;
    const size = facts.fileBytes(file);
    if (size === undefined) return false;
    bytes += file.endsWith('.gz') ? size * GZIP_RATIO : size;
  }
  return bytes <= SMALL_SCAN_INPUT_BYTES;
}

export function heapTargetMb(totalMemoryMb: number): number {
  return Math.min(16_384, Math.floor(totalMemoryMb * 0.75));
}

/** The old-space size (MB) to start Node again with, or undefined to run in this process. */
export function largerHeap(facts: HeapFacts): number | undefined {
  const command = facts.argv.find((arg) => !arg.startsWith('-'));
  if (command === undefined || !largeCommands.has(command) || facts.argv.includes('--help') || facts.argv.includes('-h')) return undefined;
  if (facts.env[RELAUNCHED] !== undefined) return undefined;
  const flags = [...facts.execArgv, ...(facts.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (flags.some((flag) => flag.startsWith('--max-old-space-size'))) return undefined;
  if (command === 'scan' && smallScan(facts)) return undefined;
  const target = heapTargetMb(facts.totalMemoryMb);
  // Not worth a second start for a few hundred MB.
  return target > facts.heapLimitMb * 1.25 ? target : undefined;
}

export function currentHeapFacts(): HeapFacts {
  return {
    argv: process.argv.slice(2),
    execArgv: process.execArgv,
    env: process.env,
    heapLimitMb: getHeapStatistics().heap_size_limit / MiB,
    totalMemoryMb: totalmem() / MiB,
    fileBytes: (path) => {
      try {
        const info = statSync(path);
        return info.isFile() ? info.size : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

const NO_SYNTAX_DETECTION = '--no-experimental-detect-module';

/**
 * The second Node's flags: this one's, the larger heap and, where Node knows
 * the flag and the user chose nothing, no module syntax detection. The AWS
 * SDK's CommonJS packages name no module type, so Node otherwise parses each
 * of their files once to guess its syntax before compiling it: a fifth of a
 * live scan's start-up (about 0.2 s of 1.3 s before the first AWS call).
 * Assay's own files are declared ESM, so nothing it loads needs the guess.
 */
export function relaunchFlags(heapMb: number, execArgv: readonly string[], nodeOptions: string, known: ReadonlySet<string>): string[] {
  const chosen = [...execArgv, ...nodeOptions.split(/\s+/)].some((flag) => flag.includes('detect-module'));
  return [...execArgv, `--max-old-space-size=${heapMb}`, ...(chosen || !known.has(NO_SYNTAX_DETECTION) ? [] : [NO_SYNTAX_DETECTION])];
}

/**
 * Runs this same command in a child Node with `heapMb` of old space, the
 * streams shared, and resolves to its exit code. Ctrl-C on a terminal
 * reaches both processes; the child decides what it means (collection stops
 * cleanly), so this one only waits. SIGTERM and SIGHUP, which may be sent to
 * this process alone, are passed on.
 */
export function relaunch(heapMb: number): Promise<number> {
  const child = spawn(process.execPath, [...relaunchFlags(heapMb, process.execArgv, process.env.NODE_OPTIONS ?? '', process.allowedNodeEnvironmentFlags), ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [RELAUNCHED]: '1' },
  });
  const forward = (signal: NodeJS.Signals) => () => { child.kill(signal); };
  const handlers = new Map<NodeJS.Signals, () => void>([['SIGINT', () => undefined], ['SIGTERM', forward('SIGTERM')], ['SIGHUP', forward('SIGHUP')]]);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return new Promise((resolve) => {
    child.on('error', () => {
      // Could not start a second Node (no memory, no process slots): run here with the default heap.
      for (const [signal, handler] of handlers) process.off(signal, handler);
      resolve(-1);
    });
    child.on('exit', (code, signal) => {
      for (const [name, handler] of handlers) process.off(name, handler);
      // Die of the same signal, so a shell or CI runner sees what happened to the command.
      if (signal !== null) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}
