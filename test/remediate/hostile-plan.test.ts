/**
 * The requirement: resource ids full of shell syntax go through the
 * real scan, the plan and the generated script, and each reaches the AWS CLI
 * as exactly one argument, unchanged, with no side effect on the way.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/findings/schema.js';
import { buildPlan } from '../../src/remediate/build.js';
import type { Plan, PlanStep } from '../../src/remediate/plan.js';
import { renderScript } from '../../src/remediate/render/script.js';
import { terminalLines } from '../../src/text/terminal.js';
import { runCli } from '../support/cli.js';
import { hostileIds, readCalls, runBash, writeHostileSnapshot, writeStubAws } from './hostile.js';

const policies = ['aws-iam-user-console-mfa', 'aws-s3-bucket-default-encryption', 'aws-s3-bucket-mfa-delete'];

let dir = '';
let pwned = '';
let ids: string[] = [];
let plan: Plan;
let script = '';

/** Operator variables: hostile too, since they expand inside double quotes. */
const variables = {
  MFA_CODE_1: `$(touch PWNED)`,
  MFA_CODE_2: '`touch PWNED`; 2',
  ROOT_MFA_SERIAL: `arn:aws:iam::123456789012:mfa/root'"$(touch PWNED)`,
  MFA_CODE: '123 456',
};

/** What each policy's commands must hand the AWS CLI, written out by hand from the policies. */
function expectedCalls(step: PlanStep): string[][] {
  const id = step.resource.id;
  switch (step.policies.join()) {
    case 'aws-iam-user-console-mfa': return [
      ['iam', 'create-virtual-mfa-device', '--virtual-mfa-device-name', id, '--outfile', `${id}-mfa.png`, '--bootstrap-method', 'QRCodePNG'],
      ['iam', 'enable-mfa-device', '--user-name', id, '--serial-number', `arn:aws:iam::123456789012:mfa/${id}`,
        '--authentication-code1', variables.MFA_CODE_1, '--authentication-code2', variables.MFA_CODE_2],
      ['iam', 'delete-login-profile', '--user-name', id],
    ];
    case 'aws-s3-bucket-default-encryption': return [
      ['s3api', 'put-bucket-encryption', '--bucket', id, '--server-side-encryption-configuration', '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]}'],
    ];
    case 'aws-s3-bucket-mfa-delete': return [
      ['s3api', 'put-bucket-versioning', '--bucket', id, '--versioning-configuration', 'Status=Enabled,MFADelete=Enabled', '--mfa', `${variables.ROOT_MFA_SERIAL} ${variables.MFA_CODE}`],
    ];
    default: throw new Error(`no expected calls for ${step.policies.join()}`);
  }
}

async function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; calls: string[][]; files: string[]; work: string[] }> {
  const log = join(dir, 'calls.bin');
  await rm(log, { force: true });
  const env = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, v.replace('PWNED', pwned)]));
  const result = await runBash([join(dir, 'remediate.sh'), ...args], {
    cwd: join(dir, 'work'),
    env: { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: join(dir, 'work'), LANG: 'C.UTF-8', AWS_STUB_LOG: log, ...env },
  });
  return { ...result, calls: await readCalls(log), files: (await readdir(dir)).sort(), work: await readdir(join(dir, 'work')) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-hostile-'));
  pwned = join(dir, 'pwned');
  ids = hostileIds(pwned);
  for (const [k, v] of Object.entries(variables)) variables[k as keyof typeof variables] = v.replace('PWNED', pwned);
  await mkdir(join(dir, 'bin'));
  await mkdir(join(dir, 'work'));
  await writeStubAws(join(dir, 'bin'));
  await writeHostileSnapshot(join(dir, 'snapshot.json'), ids);
  const scan = await runCli(['scan', '--snapshot', join(dir, 'snapshot.json'), '--format', 'json', '--fail-on', 'none']);
  expect(scan.code).toBe(0);
  const result = JSON.parse(scan.stdout) as ScanResult;
  // Only the policies whose commands the test spells out; others may fail these resources too.
  plan = buildPlan({ ...result, findings: result.findings.filter((f) => policies.includes(f.policy)) });
  script = renderScript(plan);
  await writeFile(join(dir, 'remediate.sh'), script);
});

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('remediation script with hostile resource ids', () => {
  it('has one step per hostile resource and policy, with the ids unchanged', () => {
    expect(plan.steps).toHaveLength(ids.length * policies.length);
    for (const id of ids) {
      expect(plan.steps.filter((s) => s.resource.id === id).map((s) => s.policies.join()).sort()).toEqual(policies);
    }
  });

  it('passes bash -n', async () => {
    const check = await runBash(['-n', join(dir, 'remediate.sh')], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  it('--dry-run prints every command and runs none', async () => {
    const result = await run(['--dry-run']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.calls).toEqual([]);
    for (const step of plan.steps) for (const command of step.commands) expect(result.stdout).toContain(`  ${terminalLines(command)}\n`);
    expect(['\u001b', '\r', '\u202e'].filter((c) => result.stdout.includes(c))).toEqual([]);
    expect(result.files).toEqual(['bin', 'remediate.sh', 'snapshot.json', 'work']);
    expect(result.work).toEqual([]);
  });

  it('--yes hands each hostile value to aws as exactly one argument, unchanged, and nothing else happens', async () => {
    const result = await run(['--yes']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.calls).toEqual(plan.steps.flatMap(expectedCalls));
    expect(result.stdout).toContain(`done: ${plan.steps.length} step(s) run, 0 skipped`);
    // What the script prints while it runs (titles, the echo of each command) cannot drive the terminal.
    expect(result.stdout.match(/[^\n\P{Cc}]|[\u202a-\u202e\u2066-\u2069]/gu)).toBeNull();
    expect(result.files).toEqual(['bin', 'calls.bin', 'remediate.sh', 'snapshot.json', 'work']);
    expect(result.work).toEqual([]);
  });

  it('--step runs only the named step', async () => {
    const step = plan.steps[2];
    if (step === undefined) throw new Error('no third step');
    const result = await run(['--yes', '--step', step.id]);
    expect(result.code).toBe(0);
    expect(result.calls).toEqual(expectedCalls(step));
  });

  it('--list names every step on one line each, free of control characters', async () => {
    const result = await run(['--list']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(plan.steps.map((s) => s.id));
    expect(result.stdout.match(/[^\n\P{Cc}]|\u202e/gu)).toBeNull();
    expect(result.calls).toEqual([]);
  });
});
