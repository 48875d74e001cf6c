/**
 * The demo scan end to end, as `assay scan --format json` produces it: the
 * findings document validates against its published schema, carries every
 * status with the evidence each needs, fails closed where data is missing,
 * and is byte-identical across runs.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../src/findings/schema.js';
import { createAjv } from '../src/resources/validate-data.js';
import { runCli, type CliRun } from './support/cli.js';
import { demoScan } from './support/demo-scan.js';

const options = ['--pack', 'assay-foundations', '--format', 'json', '--fail-on', 'none'];
const args = ['scan', '--snapshot', 'examples/demo-account.json', ...options];
let first: CliRun;
let result: ScanResult;
beforeAll(async () => {
  first = await demoScan(options);
  result = JSON.parse(first.stdout) as ScanResult;
});

describe('demo scan (JSON)', () => {
  it('exits 0 with --fail-on none, and stderr says only how the gate was decided', () => {
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('gate passed (--fail-on none)\n');
  });

  it('validates against schemas/findings.schema.json', () => {
    const validate = createAjv().compile(JSON.parse(readFileSync('schemas/findings.schema.json', 'utf8')) as object);
    expect(validate(result), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('is byte-identical across runs', async () => {
    const second = await runCli(args);
    expect(second.stdout === first.stdout).toBe(true);
  });

  it('has PASS, FAIL, ERROR, NOT_APPLICABLE and MANUAL results', () => {
    const statuses = new Set(result.findings.map((f) => f.status));
    expect([...statuses].sort()).toEqual(['ERROR', 'FAIL', 'MANUAL', 'NOT_APPLICABLE', 'PASS']);
  });

  it('gives every FAIL evidence that names a failing read, and a filled remediation', () => {
    for (const finding of result.findings.filter((f) => f.status === 'FAIL')) {
      expect(finding.evidence.some((e) => e.result === 'fail'), `${finding.policy} ${finding.resource.id}`).toBe(true);
      expect(finding.remediation?.text.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('reports the unreadable bucket policy as ERROR with the AccessDenied reason, not as PASS or FAIL', () => {
    const finding = result.findings.find((f) => f.policy === 'aws-s3-bucket-denies-http' && f.resource.id === 'acme-finance-reports');
    expect(finding?.status).toBe('ERROR');
    expect(finding?.reasons?.[0]).toMatchObject({ path: 'policy', code: 'AccessDenied' });
  });

  it('fails closed where EFS could not be listed', () => {
    const finding = result.findings.find((f) => f.policy === 'aws-efs-file-system-encrypted' && f.resource.region === 'eu-west-1');
    expect(finding).toMatchObject({ status: 'ERROR', resource: { id: '*' } });
  });

  it('catches the edge cases of the demo account', () => {
    const failed = (policy: string, id: string): boolean => result.findings.some((f) => f.policy === policy && f.resource.id === id && f.status === 'FAIL');
    expect(failed('aws-ec2-security-group-no-admin-ports-from-ipv6-internet', 'sg-0e5f6a7b8c9d0e1f2')).toBe(true); // 0-65535 from ::/0
    expect(failed('aws-ec2-security-group-no-admin-ports-from-ipv4-internet', 'sg-0e5f6a7b8c9d0e1f2')).toBe(false);
    expect(failed('aws-ec2-security-group-no-admin-ports-from-ipv4-internet', 'sg-0d3c2b1a09f8e7d6c')).toBe(true); // -1 from 0.0.0.0/0
    expect(failed('aws-iam-user-console-mfa', 'bob')).toBe(true);
    // A Principal "*" bucket covered by account-level Block Public Access is not a failure of that control.
    expect(result.findings.find((f) => f.policy === 'aws-s3-bucket-block-public-access' && f.resource.id === 'acme-partner-downloads')?.status).toBe('PASS');
  });

  it('rolls findings up into pack controls, with manual controls carrying their guidance', () => {
    const byId = new Map(result.controls.map((c) => [c.id, c]));
    expect(byId.get('NET.2')?.status).toBe('FAIL');
    expect(byId.get('IAM.1')).toMatchObject({ status: 'MANUAL' });
    expect(byId.get('IAM.1')?.guidance?.length ?? 0).toBeGreaterThan(20);
    expect(result.snapshot.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.policySet.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('scan --output', () => {
  it('writes the same document to a file atomically and says so on stderr', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'assay-scan-'));
    try {
      const out = join(dir, 'findings.json');
      const run = await runCli([...args, '--output', out]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`wrote ${out} (json, ${result.findings.length} findings)\ngate passed (--fail-on none)\n`);
      expect(await readFile(out, 'utf8')).toBe(first.stdout);
      expect(await readdir(dir)).toEqual(['findings.json']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
