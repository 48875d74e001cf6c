/**
 * What a findings document reports on, in the words its reports head it
 * with. A scan judges a snapshot; `assay trail verify` judges the log files
 * and digests it read over a time range, and its "snapshot" fields hold the
 * digest of that evidence — so its reports must not call it a scan of a
 * snapshot.
 */
import type { ScanResult } from '../findings/schema.js';

export interface ReportSubject {
  /** Heading of the report: "Assay scan" or "Assay trail verification". */
  readonly heading: string;
  /** What the digest is a digest of: "snapshot" or "evidence". */
  readonly digestOf: string;
  /** When the subject was taken, as a phrase: "collected 2026-…" or "range 2026-… to 2026-…". */
  readonly when: string;
}

export function reportSubject(result: ScanResult): ReportSubject {
  const v = result.verification;
  if (v !== undefined) return { heading: 'Assay trail verification', digestOf: 'evidence', when: `range ${v.start} to ${v.end}` };
  return { heading: 'Assay scan', digestOf: 'snapshot', when: `collected ${result.snapshot.collectedAt}` };
}
