/**
 * The demo account scanned in-process, once per set of arguments: tests of
 * one file that all inspect the same scan share it instead of scanning again
 * each. Call it from a hook or a test, never at import time or in a describe
 * body, so listing the tests runs no scan.
 */
import type { ScanResult } from '../../src/findings/schema.js';
import { runCli, type CliRun } from './cli.js';

export const DEMO_SNAPSHOT = 'examples/demo-account.json';

const scans = new Map<string, Promise<CliRun>>();

/** `assay scan --snapshot examples/demo-account.json <args>`, run on first use and kept. */
export function demoScan(args: readonly string[]): Promise<CliRun> {
  const argv = ['scan', '--snapshot', DEMO_SNAPSHOT, ...args];
  const key = JSON.stringify(argv);
  let scan = scans.get(key);
  if (scan === undefined) {
    scan = runCli(argv);
    scans.set(key, scan);
  }
  return scan;
}

/** The findings document of a demo scan with these packs and `--fail-on none`; a fresh copy on each call. */
export async function demoFindings(packs: readonly string[]): Promise<ScanResult> {
  const scan = await demoScan([...packs.flatMap((p) => ['--pack', p]), '--format', 'json', '--fail-on', 'none']);
  if (scan.code !== 0) throw new Error(`the demo scan exited ${scan.code}: ${scan.stderr}`);
  return JSON.parse(scan.stdout) as ScanResult;
}
