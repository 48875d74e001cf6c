/**
 * The IAM credential report (GetCredentialReport Content, a CSV) parsed into
 * rows of the shared catalog shape. Placeholders become `null` as the row
 * schema describes: dates for N/A, no_information and not_supported; flags
 * for not_supported; region and service labels for any of the three (AWS
 * writes N/A, moto writes not_supported, and none of them names a region or
 * a service). Any other value that is not what its column holds makes that
 * row unreadable — recorded as a failure on the field it feeds, never
 * guessed. Columns AWS may add later are ignored; missing ones fail the
 * whole report.
 */
import { parse } from 'csv-parse/sync';
import type { CredentialReportRow } from '../../../resources/types/shared-credential-report.js';

type Kind = 'text' | 'created' | 'date' | 'flag' | 'label';

const columns: readonly (readonly [string, keyof CredentialReportRow, Kind])[] = [
  ['user', 'user', 'text'],
  ['arn', 'arn', 'text'],
  ['user_creation_time', 'userCreationTime', 'created'],
  ['password_enabled', 'passwordEnabled', 'flag'],
  ['password_last_used', 'passwordLastUsed', 'date'],
  ['password_last_changed', 'passwordLastChanged', 'date'],
  ['password_next_rotation', 'passwordNextRotation', 'date'],
  ['mfa_active', 'mfaActive', 'flag'],
  ['access_key_1_active', 'accessKey1Active', 'flag'],
  ['access_key_1_last_rotated', 'accessKey1LastRotated', 'date'],
  ['access_key_1_last_used_date', 'accessKey1LastUsedDate', 'date'],
  ['access_key_1_last_used_region', 'accessKey1LastUsedRegion', 'label'],
  ['access_key_1_last_used_service', 'accessKey1LastUsedService', 'label'],
  ['access_key_2_active', 'accessKey2Active', 'flag'],
  ['access_key_2_last_rotated', 'accessKey2LastRotated', 'date'],
  ['access_key_2_last_used_date', 'accessKey2LastUsedDate', 'date'],
  ['access_key_2_last_used_region', 'accessKey2LastUsedRegion', 'label'],
  ['access_key_2_last_used_service', 'accessKey2LastUsedService', 'label'],
  ['cert_1_active', 'cert1Active', 'flag'],
  ['cert_1_last_rotated', 'cert1LastRotated', 'date'],
  ['cert_2_active', 'cert2Active', 'flag'],
  ['cert_2_last_rotated', 'cert2LastRotated', 'date'],
];

/** The name of the root user's row. */
export const ROOT_ROW = '<root_account>';

const placeholders = new Set(['N/A', 'no_information', 'not_supported']);
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

export type ParsedRow = { readonly ok: true; readonly row: CredentialReportRow } | { readonly ok: false; readonly problem: string };

/** Rows by user name (`<root_account>` for root); an unreadable row carries the reason. */
export type CredentialReport = ReadonlyMap<string, ParsedRow>;

export class CredentialReportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialReportFormatError';
  }
}

function date(raw: string, column: string): string | null {
  if (placeholders.has(raw)) return null;
  return timestamp(raw, column);
}

function timestamp(raw: string, column: string): string {
  const parsed = isoDateTime.test(raw) ? new Date(raw) : undefined;
  if (parsed === undefined || Number.isNaN(parsed.getTime())) throw new CredentialReportFormatError(`${column} is not a date: "${raw}"`);
  return parsed.toISOString();
}

function value(raw: string, column: string, kind: Kind): string | boolean | null {
  switch (kind) {
    case 'text':
      if (raw === '') throw new CredentialReportFormatError(`${column} is empty`);
      return raw;
    case 'created':
      return timestamp(raw, column);
    case 'date':
      return date(raw, column);
    case 'label':
      return placeholders.has(raw) ? null : raw;
    case 'flag':
      if (raw === 'true') return true;
      if (raw === 'false') return false;
      if (raw === 'not_supported') return null;
      throw new CredentialReportFormatError(`${column} is not true, false or not_supported: "${raw}"`);
  }
}

function readRow(record: Record<string, string>): CredentialReportRow {
  const row: Record<string, string | boolean | null> = {};
  for (const [column, key, kind] of columns) row[key] = value(record[column] ?? '', column, kind);
  return row as CredentialReportRow;
}

/** Parses the report's CSV text; throws CredentialReportFormatError when it is not the documented table at all. */
export function parseCredentialReport(csv: string): CredentialReport {
  let records: Record<string, string>[];
  try {
    records = parse<Record<string, string>>(csv, { columns: true, bom: true, skip_empty_lines: true });
  } catch (error) {
    throw new CredentialReportFormatError(`the report is not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = records[0] === undefined ? headerOf(csv) : Object.keys(records[0]);
  const missing = columns.map(([column]) => column).filter((column) => !header.includes(column));
  if (missing.length > 0) throw new CredentialReportFormatError(`the report lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`);
  const rows = new Map<string, ParsedRow>();
  records.forEach((record, index) => {
    const user = record.user ?? '';
    try {
      rows.set(user, { ok: true, row: readRow(record) });
    } catch (error) {
      if (!(error instanceof CredentialReportFormatError)) throw error;
      rows.set(user, { ok: false, problem: `credential report row ${index + 1} (${user === '' ? 'no user' : user}): ${error.message}` });
    }
  });
  return rows;
}

/** The column names of a report that has a header and no rows. */
function headerOf(csv: string): string[] {
  const [first] = parse(csv, { bom: true, skip_empty_lines: true, to_line: 1 });
  return first ?? [];
}
