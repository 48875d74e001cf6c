/**
 * CSV for spreadsheets and scripts: one row per finding, every status, in
 * the engine's order. RFC 4180: CRLF after every record (the last too), a
 * header row, fields quoted when they hold a comma, quote, CR or LF, quotes
 * doubled. UTF-8 without a byte-order mark, so scripts read the header as
 * written (Excel users import it as UTF-8 via Data > From Text).
 *
 * CSV injection (OWASP): resource names, tags and messages are untrusted,
 * so every cell goes through src/text/csv.ts, which gives any cell a
 * spreadsheet would run as a formula a leading `'`. This also applies to
 * values that are harmless, such as a message starting with `-`.
 *
 * Multi-valued columns: controls are joined with `;`, evidence and reasons
 * with ` | `; remediation commands go one per line in their own cell, since
 * a policy's steps belong together (the first alone can mislead).
 */
import type { Finding, ScanResult } from '../findings/schema.js';
import { csvCell } from '../text/csv.js';
import { defineFormatter } from './formatter.js';
import { reportFormat } from './formats.js';

const columns: readonly (readonly [string, (f: Finding) => string])[] = [
  ['status', (f) => f.status],
  ['severity', (f) => f.severity],
  ['policy', (f) => f.policy],
  ['title', (f) => f.title],
  ['account', (f) => f.resource.account],
  ['region', (f) => f.resource.region],
  ['resource_type', (f) => f.resource.type],
  ['resource_id', (f) => f.resource.id],
  ['resource_name', (f) => f.resource.name ?? ''],
  ['resource_arn', (f) => f.resource.arn ?? ''],
  ['message', (f) => f.message],
  ['controls', (f) => f.controls.join(';')],
  ['evidence', evidenceCell],
  ['reasons', (f) => (f.reasons ?? []).map((r) => `${r.code} at ${r.resource === undefined ? '' : `${r.resource} `}${r.path}: ${r.message}`).join(' | ')],
  ['remediation', (f) => f.remediation?.text ?? ''],
  ['remediation_cli', (f) => (f.remediation?.cli ?? []).join('\n')],
  ['waiver', (f) => (f.waiver === undefined ? '' : `${f.waiver.reason} (owner ${f.waiver.owner}, until ${f.waiver.expires})`)],
  ['fingerprint', (f) => f.fingerprint],
];

/** JSON text of a value read; `undefined` (a read of nothing, in-process) shows as null. */
function json(value: unknown): string {
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** The reads that decided the finding (failed or unknown ones; all when every read passed), compact. */
function evidenceCell(finding: Finding): string {
  const deciding = finding.evidence.filter((e) => e.result !== 'pass');
  return (deciding.length > 0 ? deciding : finding.evidence)
    .map((e) => `${e.resource === undefined ? '' : `${e.resource} `}${e.path}: ${json(e.actual)} → ${e.op} ${json(e.expected)}`)
    .join(' | ');
}

export function renderCsv(result: ScanResult): string {
  const rows = [
    columns.map(([name]) => name),
    ...result.findings.map((finding) => columns.map(([, cell]) => cell(finding))),
  ];
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

export const csvFormatter = defineFormatter({
  ...reportFormat('csv'),
  render: (result) => renderCsv(result),
});
