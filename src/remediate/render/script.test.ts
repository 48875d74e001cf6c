/** Pure checks of the script text; test/remediate/ runs generated scripts through bash. */
import { describe, expect, it } from 'vitest';
import type { Plan, PlanStep } from '../plan.js';
import { shellQuote } from '../../text/shell.js';
import { terminalLines } from '../../text/terminal.js';
import { renderScript } from './script.js';
import { comment } from './shell.js';

describe('shell helpers', () => {
  it('every line of a comment block is a comment, however hostile the text, with the breaks shown', () => {
    const lines = comment(['a\nb\r\nc\u2028d\u2029e\u0085f', `  ${'word '.repeat(40)}`]).join('\n').split('\n');
    expect(lines.every((l) => l.startsWith('#'))).toBe(true);
    expect(lines[0]).toBe('# a\\nb\\r\\nc\\u2028d\\u2029e\\x85f');
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
    const outside = script.replace(`run ${command}`, 'run COMMAND').replace(`show ${shellQuote(terminalLines(command))}`, 'show COMMAND');
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

