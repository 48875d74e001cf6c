/** The credential report's CSV, parsed and normalized on its own. */
import { describe, expect, it } from 'vitest';
import { CredentialReportFormatError, parseCredentialReport, ROOT_ROW } from './credential-report-csv.js';
import { REPORT_HEADER, ROOT_ROW_CSV } from '../../../../test/support/credential-report.js';

const csv = (...rows: string[]): string => [REPORT_HEADER, ...rows].join('\n') + '\n';
const row = (name: string, overrides: Partial<Record<string, string>> = {}): string => {
  const values: Record<string, string> = {
    user: name, arn: `arn:aws:iam::123456789012:user/${name}`, user_creation_time: '2024-01-10T09:00:00+00:00', password_enabled: 'false',
    password_last_used: 'N/A', password_last_changed: 'N/A', password_next_rotation: 'N/A', mfa_active: 'false',
    access_key_1_active: 'false', access_key_1_last_rotated: 'N/A', access_key_1_last_used_date: 'N/A', access_key_1_last_used_region: 'N/A', access_key_1_last_used_service: 'N/A',
    access_key_2_active: 'false', access_key_2_last_rotated: 'N/A', access_key_2_last_used_date: 'N/A', access_key_2_last_used_region: 'N/A', access_key_2_last_used_service: 'N/A',
    cert_1_active: 'false', cert_1_last_rotated: 'N/A', cert_2_active: 'false', cert_2_last_rotated: 'N/A',
  };
  return REPORT_HEADER.split(',').map((c) => overrides[c] ?? values[c] ?? '').join(',');
};

describe('parseCredentialReport', () => {
  it('reads the root row: not_supported becomes null, dates become ISO 8601 UTC', () => {
    const parsed = parseCredentialReport(csv(ROOT_ROW_CSV)).get(ROOT_ROW);
    expect(parsed?.ok && parsed.row).toMatchObject({
      user: '<root_account>', userCreationTime: '2020-01-01T00:00:00.000Z', passwordEnabled: null, passwordLastUsed: '2026-10-01T10:00:00.000Z',
      passwordLastChanged: null, passwordNextRotation: null, mfaActive: true, accessKey1Active: false, accessKey1LastUsedRegion: null,
    });
  });

  it('turns N/A, no_information and not_supported into null in dates and labels, as moto and AWS write them', () => {
    const parsed = parseCredentialReport(csv(row('bob', {
      password_enabled: 'true', password_last_used: 'no_information', password_last_changed: '2014-04-15T09:00:00+00:00', password_next_rotation: 'not_supported',
      access_key_1_active: 'true', access_key_1_last_rotated: '2026-05-01T10:00:00+00:00', access_key_1_last_used_date: 'N/A',
      access_key_1_last_used_region: 'not_supported', access_key_1_last_used_service: 'not_supported',
    }))).get('bob');
    expect(parsed?.ok && parsed.row).toMatchObject({
      passwordEnabled: true, passwordLastUsed: null, passwordLastChanged: '2014-04-15T09:00:00.000Z', passwordNextRotation: null,
      accessKey1Active: true, accessKey1LastRotated: '2026-05-01T10:00:00.000Z', accessKey1LastUsedDate: null, accessKey1LastUsedRegion: null, accessKey1LastUsedService: null,
    });
  });

  it('parses CSV properly: quoted fields, CRLF, a byte-order mark, and columns added later', () => {
    const text = '\ufeff' + [`${REPORT_HEADER},future_column`, `${row('alice', { access_key_1_last_used_service: '"s3"' })},"x, y"`].join('\r\n');
    const parsed = parseCredentialReport(text).get('alice');
    expect(parsed?.ok && parsed.row).toMatchObject({ user: 'alice', accessKey1LastUsedService: 's3' });
  });

  it('makes a row with a value its column cannot hold unreadable, and only that row', () => {
    const report = parseCredentialReport(csv(row('alice', { mfa_active: 'yes' }), row('bob', { password_last_used: 'yesterday' }), row('carol')));
    expect(report.get('alice')).toEqual({ ok: false, problem: 'credential report row 1 (alice): mfa_active is not true, false or not_supported: "yes"' });
    expect(report.get('bob')).toEqual({ ok: false, problem: 'credential report row 2 (bob): password_last_used is not a date: "yesterday"' });
    expect(report.get('carol')?.ok).toBe(true);
  });

  it('rejects a report that lacks documented columns, or is not CSV', () => {
    expect(() => parseCredentialReport('user,arn\nalice,arn:aws:iam::123456789012:user/alice\n')).toThrow(CredentialReportFormatError);
    expect(() => parseCredentialReport('user,arn\n')).toThrow(/lacks the columns user_creation_time, password_enabled/);
    expect(() => parseCredentialReport(csv(`${row('alice')},extra`))).toThrow(/not valid CSV/);
  });

  it('reads a report with no rows as empty', () => {
    expect(parseCredentialReport(csv()).size).toBe(0);
  });
});
