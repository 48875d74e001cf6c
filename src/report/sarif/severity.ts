/**
 * How an Assay severity shows in GitHub code scanning. GitHub files a rule
 * that has `security-severity` under security alerts and buckets the score:
 * over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low, and 0.0 (or
 * anything out of range) as no security severity. Each score sits inside its
 * bucket, away from the edges, so the alert shows the policy's own severity.
 *
 * `info` policies score 0.0 on purpose: they record a fact worth knowing,
 * not a weakness, so GitHub shows them as plain notes rather than inventing
 * a "low" security alert for them.
 *
 * SARIF levels: critical and high are `error` (block a merge when the
 * repository gates on errors), medium is `warning`, low and info are `note`.
 */
import type { PolicyInfo } from '../../findings/schema.js';
import type { SarifLevel } from './types.js';

export type Severity = PolicyInfo['severity'];

interface SeverityMapping {
  readonly level: SarifLevel;
  readonly securitySeverity: string;
  /** Lower is more severe: the order results are kept in when truncating. */
  readonly rank: number;
}

const mappings: Readonly<Record<Severity, SeverityMapping>> = {
  critical: { level: 'error', securitySeverity: '9.5', rank: 0 },
  high: { level: 'error', securitySeverity: '8.0', rank: 1 },
  medium: { level: 'warning', securitySeverity: '5.5', rank: 2 },
  low: { level: 'note', securitySeverity: '2.0', rank: 3 },
  info: { level: 'note', securitySeverity: '0.0', rank: 4 },
};

export function severityMapping(severity: Severity): SeverityMapping {
  return mappings[severity];
}
