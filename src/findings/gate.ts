/**
 * The CI gate: does a scan fail the build? A FAIL at or above the threshold
 * severity fails it; with `failOnError`, so does any ERROR (strict mode for
 * audits, where "could not check" must not pass quietly).
 */
import type { ScanResult } from './schema.js';
import { reachesThreshold, type GateThreshold } from './vocabulary.js';

export interface GateDecision {
  readonly failed: boolean;
  /** FAIL findings at or above the threshold. */
  readonly blocking: number;
  /** ERROR findings that block (only with failOnError). */
  readonly blockingErrors: number;
  /** One line for the log, e.g. "gate failed: 4 FAIL findings at or above high (--fail-on high)". */
  readonly summary: string;
}

export function decideGate(result: ScanResult, threshold: GateThreshold, failOnError: boolean): GateDecision {
  const blocking = result.findings.filter((f) => f.status === 'FAIL' && reachesThreshold(f.severity, threshold)).length;
  const blockingErrors = failOnError ? result.findings.filter((f) => f.status === 'ERROR').length : 0;
  const failed = blocking > 0 || blockingErrors > 0;
  const reasons = [
    ...(blocking > 0 ? [`${blocking} FAIL finding${blocking === 1 ? '' : 's'} at or above ${threshold}`] : []),
    ...(blockingErrors > 0 ? [`${blockingErrors} ERROR finding${blockingErrors === 1 ? '' : 's'} (--fail-on-error)`] : []),
  ];
  const rule = `--fail-on ${threshold}${failOnError ? ' --fail-on-error' : ''}`;
  const summary = failed ? `gate failed: ${reasons.join(' and ')} (${rule})` : `gate passed (${rule})`;
  return { failed, blocking, blockingErrors, summary };
}
