/**
 * The report formats, described apart from the formatters that write them:
 * a command line offers, checks and explains the formats without loading
 * any formatter, and a run loads only the ones it writes (index.ts). Each
 * formatter takes its id, description and extension from here.
 */
import { AssayError } from '../diagnostics/error.js';

export interface ReportFormat {
  /** Name used in --format and --output <format>=<file>. */
  readonly id: string;
  readonly description: string;
  /** Conventional file extension, for messages and defaults. */
  readonly extension: string;
}

export const reportFormats = [
  { id: 'table', description: 'the terminal summary: counts, each failing policy with resources and evidence, errors, manual controls', extension: '.txt' },
  { id: 'json', description: 'the findings document (schemas/findings.schema.json): every finding with evidence, controls and policy metadata', extension: '.json' },
  { id: 'sarif', description: 'SARIF 2.1.0 for GitHub code scanning: FAIL and ERROR findings as alerts, one run per account', extension: '.sarif' },
  { id: 'junit', description: 'JUnit XML for CI test views: one test suite per policy, one test case per resource (FAIL as failure, ERROR as error, others skipped)', extension: '.xml' },
  { id: 'csv', description: 'CSV, one row per finding (RFC 4180, formula-safe): status, severity, policy, resource, message, controls, evidence, remediation', extension: '.csv' },
  { id: 'markdown', description: 'a GitHub job summary or PR comment: counts, failing findings most severe first with evidence and fix commands, errors, pack controls; kept under 1 MB', extension: '.md' },
  { id: 'html', description: 'a self-contained HTML report for auditors: per pack and control, statuses, evidence, remediation and a pass-rate chart; printable, no scripts', extension: '.html' },
] as const satisfies readonly ReportFormat[];

export type ReportFormatId = (typeof reportFormats)[number]['id'];

export const reportFormatsById: ReadonlyMap<string, ReportFormat> = new Map(reportFormats.map((f) => [f.id, f]));

export function reportFormat(id: ReportFormatId): ReportFormat {
  const format = reportFormatsById.get(id);
  if (format === undefined) throw new AssayError('INTERNAL', `no report format ${id}`);
  return format;
}
