/** The generated script run by bash: options, questions, variables, failures; and the quoting helpers against bash itself. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCalls, runBash, writeStubAws } from './hostile.js';
import type { Plan, PlanStep } from '../../src/remediate/plan.js';
import { renderScript } from '../../src/remediate/render/script.js';
import { comment } from '../../src/remediate/render/shell.js';
import { shellQuote } from '../../src/text/shell.js';
import { terminalLines, terminalText } from '../../src/text/terminal.js';

const hostile = [
  '', "'", "''", "'\\''", 'it\'s', '"', '\\', '\\\'', '$(touch pwned)', '`touch pwned`', '${HOME}', '$HOME', '!', '!!', '*', '?', '[a]', '~',
  ' ', '  two  ', '\t', 'a\nb', '\n', '\r', '\u001b[31m', ';&|<>(){}', '&& rm -rf ~', '-n', '--yes', 'bücket 名前 🚀', '\u202eevil', '# not a comment',
];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-script-'));
  await mkdir(join(dir, 'bin'));
  await mkdir(join(dir, 'work'));
  await writeStubAws(join(dir, 'bin'));
});
afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('shellQuote', () => {
  it('single-quotes, closing and escaping each quote', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe(`''`);
    expect(shellQuote('$(x)')).toBe(`'$(x)'`);
  });

  it('gives bash each hostile string back as exactly one word, unchanged', async () => {
    // A script file, not bash -c: bash -c on a socket stdin would read ~/.bashrc.
    await writeFile(join(dir, 'words.sh'), `printf '%s\\0' ${hostile.map(shellQuote).join(' ')}\n`);
    const result = await runBash([join(dir, 'words.sh')], { cwd: join(dir, 'work'), env: { PATH: process.env.PATH ?? '' } });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\0').slice(0, -1)).toEqual(hostile);
  });
});

describe('terminal text, comment', () => {
  const text = 'title\nrm -rf ~\r\u2028$(x)\u0085next\u001b[2J\u202eend';

  it('terminalText leaves no character that breaks a line or drives a terminal, and shows each', () => {
    expect(terminalText(text)).toBe('title\\nrm -rf ~\\r\\u2028$(x)\\x85next\\x1b[2J\\u202eend');
  });

  it('every line of a comment block is a comment, however hostile the text', () => {
    const lines = comment([text, `  ${'word '.repeat(40)}`, ...hostile]).join('\n').split('\n');
    expect(lines.every((l) => l.startsWith('#'))).toBe(true);
    expect(lines.every((l) => l.length <= 100)).toBe(true);
  });

  it('terminalLines keeps newlines and shows ESC, CR and bidi overrides as escapes', () => {
    expect(terminalLines("--bucket 'a\nb\r\u001b[1m\u202e'")).toBe("--bucket 'a\nb\\r\\x1b[1m\\u202e'");
  });
});

const marker = '$(touch PWNED)';

function step(n: number, over: Partial<PlanStep> = {}): PlanStep {
  const id = `bucket-${n}`;
  return {
    id: `step-${String(n).padStart(3, '0')}`, account: '123456789012', region: 'us-east-1',
    resource: { type: 'aws.s3.bucket', id, arn: `arn:aws:s3:::${id}` }, severity: 'high', risk: 'none',
    policies: [`policy-${n}`], findings: [`fp-${n}`], controls: [`cis:${n}`], after: [],
    title: `Title ${n}\n${marker}\n'; touch PWNED; '`, changes: [`Change ${n}\n${marker}`], disruption: [`None: disrupts nothing.\n${marker}`],
    commands: [`aws s3api put-x --bucket ${shellQuote(id)}`], variables: [], disruptive: false, verify: [], rollback: [], terraform: [],
    ...over,
  };
}

function plan(steps: PlanStep[]): Plan {
  return {
    schemaVersion: 1,
    scan: { snapshotDigest: `sha256:s\n${marker}`, collectedAt: '2026-06-01T00:00:00.000Z', policySetDigest: 'sha256:p', generator: { name: 'assay', version: 'test' } },
    steps, waived: [{ policy: 'w', fingerprint: 'f', resource: `r\n${marker}`, reason: 'accepted', owner: 'o', expires: '2026-12-31' }],
    withoutCommands: [{ policy: 'm', fingerprint: 'g', resource: `r2\n${marker}`, guidance: 'by hand' }],
  };
}

const sample = plan([
  step(1),
  step(2, { disruptive: true, risk: 'high', disruption: ['Closes the bucket.'], commands: ['aws s3api put-y --bucket \'bucket-2\' --mfa "$MFA_SERIAL $MFA_CODE"'], variables: ['MFA_CODE', 'MFA_SERIAL'] }),
  step(3, { commands: ["echo 'shout' | tr a-z A-Z", 'aws s3api put-z --bucket \'bucket-3\''] }),
]);

async function runScript(script: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<{ code: number | null; stdout: string; stderr: string; calls: string[][] }> {
  const file = join(dir, 'remediate.sh');
  const log = join(dir, 'calls.bin');
  await writeFile(file, script);
  await rm(log, { force: true });
  const result = await runBash([file, ...args], {
    cwd: join(dir, 'work'), ...(options.input === undefined ? {} : { input: options.input }),
    env: { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`, AWS_STUB_LOG: log, ...options.env },
  });
  return { ...result, calls: await readCalls(log) };
}

describe('renderScript', () => {
  const script = renderScript(sample);

  it('is a bash script with strict mode, the same bytes every time', () => {
    expect(script.startsWith('#!/usr/bin/env bash\n# Assay remediation script: 3 step(s), 1 of them disruptive')).toBe(true);
    expect(script).toContain('\nset -euo pipefail\n');
    expect(renderScript(sample)).toBe(script);
  });

  it('passes bash -n, also with no steps', async () => {
    for (const text of [script, renderScript(plan([]))]) {
      await writeFile(join(dir, 'syntax.sh'), text);
      const check = await runBash(['-n', join(dir, 'syntax.sh')], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
      expect(check.stderr).toBe('');
      expect(check.code).toBe(0);
    }
  });

  it('emits the commands exactly as the plan has them, one per line, in one function per step', () => {
    expect(script).toContain(`\nstep_001() {\n`);
    expect(script).toContain(`\n  run aws s3api put-x --bucket 'bucket-1'\n`);
    expect(script).toContain(`\n  run aws s3api put-y --bucket 'bucket-2' --mfa "$MFA_SERIAL $MFA_CODE"\n`);
    expect(script).toContain(`\n  echo 'shout' | tr a-z A-Z\n`);
  });

  it('has untrusted text only in comments and single-quoted literals', () => {
    for (const line of script.split('\n').filter((l) => l.includes('PWNED'))) {
      if (line.startsWith('#')) continue;
      // printf and show take the text as one single-quoted word.
      expect(line).toMatch(/^ *(printf '[^']*'|show) '.*'$/);
    }
  });

  it('describes each step in its comment: title, resource, policies, changes, disruption, variables', () => {
    const block = script.slice(script.indexOf('# step-002'), script.indexOf('step_002() {'));
    expect(block).toContain('# step-002 [high] risk high, disruptive: asks before it runs');
    expect(block).toContain('# Resource: aws.s3.bucket bucket-2 in 123456789012/us-east-1');
    expect(block).toContain('# Policies: policy-2');
    expect(block).toContain('#   - Closes the bucket.');
    expect(block).toContain('# Needs: $MFA_CODE $MFA_SERIAL');
  });

  it('--help exits 0; an unknown option or step prints usage and exits 2', async () => {
    expect((await runScript(script, ['--help'])).code).toBe(0);
    const unknown = await runScript(script, ['--force']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^unknown option: --force\nUsage: /);
    const step = await runScript(script, ['--step', 'step-999']);
    expect(step.code).toBe(2);
    expect(step.stderr).toContain('unknown step: step-999');
    expect(step.calls).toEqual([]);
  });

  it('--list lists the steps', async () => {
    const list = await runScript(script, ['--list']);
    expect(list.stdout.split('\n').map((l) => l.split(/ +/).slice(0, 3).join(' '))).toEqual(['step-001 high Title', 'step-002 high disruptive', 'step-003 high Title', '']);
  });

  it('--dry-run prints the commands with variables unexpanded, needs no variable and runs nothing', async () => {
    const dry = await runScript(script, ['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.calls).toEqual([]);
    expect(dry.stdout).toContain(`  aws s3api put-y --bucket 'bucket-2' --mfa "$MFA_SERIAL $MFA_CODE"\n`);
    expect(dry.stdout).toContain(`  echo 'shout' | tr a-z A-Z\n`);
    expect(dry.stdout).not.toContain('SHOUT');
  });

  it('stops before running anything when a selected step lacks a variable', async () => {
    const missing = await runScript(script, ['--yes'], { env: { MFA_SERIAL: 'arn' } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('step-002 needs $MFA_CODE');
    expect(missing.calls).toEqual([]);
    // Not needed when that step is not selected.
    expect((await runScript(script, ['--yes', '--step', 'step-001'])).calls).toEqual([['s3api', 'put-x', '--bucket', 'bucket-1']]);
  });

  it('asks before a disruptive step (stdin without a terminal): no skips it, yes runs it; other steps never ask', async () => {
    const env = { MFA_SERIAL: 'arn x', MFA_CODE: '123' };
    const no = await runScript(script, [], { env, input: 'n\n' });
    expect(no.code).toBe(0);
    expect(no.stderr).toContain('step-002 is disruptive');
    expect(no.calls).toEqual([['s3api', 'put-x', '--bucket', 'bucket-1'], ['s3api', 'put-z', '--bucket', 'bucket-3']]);
    expect(no.stdout).toContain('SHOUT');
    expect(no.stdout).toContain('done: 2 step(s) run, 1 skipped');
    const yes = await runScript(script, [], { env, input: 'yes\n' });
    expect(yes.calls[1]).toEqual(['s3api', 'put-y', '--bucket', 'bucket-2', '--mfa', 'arn x 123']);
    const eof = await runScript(script, [], { env });
    expect(eof.calls).toHaveLength(2);
  });

  it('stops at the first failing command and says where', async () => {
    const failing = renderScript(plan([step(1, { commands: ['aws s3api put-x', 'false', 'aws s3api never'] })]));
    const result = await runScript(failing, ['--yes']);
    expect(result.code).toBe(1);
    expect(result.calls).toEqual([['s3api', 'put-x']]);
    expect(result.stderr).toContain('stopped in step-001');
  });

  it('refuses a step whose command holds a NUL byte or whose variable is no shell name', async () => {
    const bad = renderScript(plan([step(1, { commands: ["aws s3api put-x --bucket 'a\u0000b'"] }), step(2, { variables: ['X; touch y'] })]));
    expect(bad).not.toContain('\u0000');
    expect(bad).not.toContain('need \'step-002\' X; touch y');
    const dry = await runScript(bad, ['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain('cannot run step-001: a command contains a NUL byte');
    const real = await runScript(bad, ['--yes', '--step', 'step-002']);
    expect(real.code).toBe(1);
    expect(real.stderr).toContain('cannot run step-002: variables with names a shell cannot read');
    expect(real.calls).toEqual([]);
  });
});
