/** Pure checks of the script text; test/remediate/ runs generated scripts through bash. */
import { describe, expect, it } from 'vitest';
import type { Plan, PlanStep } from '../plan.js';
import { renderScript } from './script.js';
import { comment, oneLine, shellQuote, visible } from './shell.js';

describe('shell helpers', () => {
  it('shellQuote single-quotes, closing and escaping each quote', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote("''")).toBe(`''\\'''\\'''`);
    expect(shellQuote('')).toBe(`''`);
    expect(shellQuote('$(touch x) `y` "z" \\ ; && \n')).toBe(`'$(touch x) \`y\` "z" \\ ; && \n'`);
  });

  it('oneLine leaves no character that breaks a line or drives a terminal', () => {
    expect(oneLine('title\nrm -rf ~\r\u2028$(x)\u0085next\u001b[2J\u202eend')).toBe('title rm -rf ~ $(x) next [2J end');
  });

  it('every line of a comment block is a comment, however hostile the text', () => {
    const lines = comment(['a\nb\r\nc\u2028d\u2029e\u0085f', `  ${'word '.repeat(40)}`]).join('\n').split('\n');
    expect(lines.every((l) => l.startsWith('#'))).toBe(true);
    expect(lines[0]).toBe('# a b c d e f');
  });

  it('visible keeps newlines and shows ESC, CR and bidi overrides as escapes', () => {
    expect(visible("--bucket 'a\nb\r\u001b[1m\u202e'")).toBe("--bucket 'a\nb\\x0d\\x1b[1m\\u202e'");
  });
});

const hostile = "x\n$(touch PWNED)\n'; touch PWNED; '";

const step: PlanStep = {
  id: 'step-001', account: '123456789012', region: 'us-east-1', resource: { type: 'aws.s3.bucket', id: hostile }, severity: 'high', risk: 'high',
  policies: ['p'], findings: ['f'], controls: [], after: [], title: hostile, changes: [hostile], disruption: [hostile],
  commands: [`aws s3api put-x --bucket ${shellQuote(hostile)} --mfa "$MFA"`], variables: ['MFA'], disruptive: true, verify: [], rollback: [], terraform: [],
};
const plan: Plan = {
  schemaVersion: 1, scan: { snapshotDigest: hostile, collectedAt: '2026-06-01T00:00:00.000Z', policySetDigest: 'sha256:p', generator: { name: 'assay', version: 'test' } },
  steps: [step], waived: [], withoutCommands: [],
};

describe('renderScript (text)', () => {
  const script = renderScript(plan);

  it('starts with the shebang and strict mode, and is the same bytes every time', () => {
    expect(script.startsWith('#!/usr/bin/env bash\n#')).toBe(true);
    expect(script).toContain('\nset -euo pipefail\n');
    expect(renderScript(plan)).toBe(script);
  });

  it('emits the command exactly, checks its variable, and asks before the disruptive step', () => {
    expect(script).toContain(`\n  run ${step.commands[0] ?? ''}\n`);
    expect(script).toContain(`\n  need 'step-001' MFA\n`);
    expect(script).toContain(`\n  if ! confirm 'step-001'; then\n`);
  });

  it('puts untrusted text outside the command only into comments and single-quoted literals', () => {
    const command = step.commands[0] ?? '';
    const outside = script.replace(`run ${command}`, 'run COMMAND').replace(`show ${shellQuote(visible(command))}`, 'show COMMAND');
    for (const line of outside.split('\n').filter((l) => l.includes('PWNED'))) {
      if (line.startsWith('#')) continue;
      expect(line).toMatch(/^ *(printf '[^']*'|show) '.*'$/);
    }
  });
});

describe('verify and rollback', () => {
  it('are printed after the step as quoted text, never run', () => {
    const verify = `aws s3api get-x --bucket ${shellQuote(hostile)}`;
    const undo = `aws s3api delete-x --bucket ${shellQuote(hostile)}`;
    const script = renderScript({ ...plan, steps: [{ ...step, verify: [verify], rollback: [{ text: hostile, commands: [undo] }] }] });
    expect(script).toContain(`show ${shellQuote(verify)}`);
    expect(script).toContain(`show ${shellQuote(undo)}`);
    // Only the step's own command is a command line; verify and rollback appear only inside quotes.
    expect(script.split('\n').filter((line) => /^\s*(run )?aws /.test(line))).toHaveLength(1);
  });
});

