/**
 * `scan --baseline previous.json`: gate only on what is new. Marks each FAIL
 * finding new or unchanged and records the counts (new, fixed, unchanged) in
 * the result, so every report can show them; the gate then looks at the new
 * ones only.
 */
import type { ScanResult } from './schema.js';
import { compareResults, newErrorFingerprints, newFailFingerprints } from './compare.js';

export function withBaseline(result: ScanResult, baseline: ScanResult): { result: ScanResult; gateFindings: ScanResult['findings'] } {
  const comparison = compareResults(baseline, result);
  const fresh = newFailFingerprints(comparison);
  const freshErrors = newErrorFingerprints(comparison);
  const findings = result.findings.map((f) => (f.status === 'FAIL' ? { ...f, baseline: fresh.has(f.fingerprint) ? 'new' as const : 'unchanged' as const } : f));
  return {
    result: {
      ...result,
      findings,
      baseline: {
        snapshotDigest: baseline.snapshot.digest,
        collectedAt: baseline.snapshot.collectedAt,
        new: comparison.summary.new,
        fixed: comparison.summary.fixed,
        unchanged: comparison.summary.unchanged,
      },
    },
    // What the gate may count: new FAILs, and ERRORs that were not ERROR in the baseline.
    gateFindings: findings.filter((f) => (f.status === 'FAIL' && fresh.has(f.fingerprint)) || (f.status === 'ERROR' && freshErrors.has(f.fingerprint))),
  };
}
