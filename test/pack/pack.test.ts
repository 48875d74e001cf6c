/**
 * Pack loading and selection: every control automated or manual, references
 * resolved with suggestions, profile levels, and parameter overrides that
 * reach the compiled policy (or are refused when they do not fit).
 */
import { describe, expect, it } from 'vitest';
import { AssayError } from '../../src/diagnostics/error.js';
import { loadPacks, parsePack, type LoadedPack } from '../../src/pack/load.js';
import { selectPacks, type Selection } from '../../src/pack/select.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { parsePolicy, type LoadedPolicy } from '../../src/policy/load.js';

const policyIds = new Set(['aws-iam-password-policy-min-length', 'aws-iam-root-mfa-enabled']);

const header = 'title: T\nversion: "1"\nsource: s\ndescription: d\n';

function pack(id: string, body: string): LoadedPack {
  const result = parsePack({ file: `packs/${id}.yaml`, text: `id: ${id}\n${header}${body}` }, policyIds);
  if (Array.isArray(result)) throw new Error(result.map((e) => e.message).join('; '));
  return result;
}

function problems(id: string, body: string): string[] {
  const result = parsePack({ file: `packs/${id}.yaml`, text: `id: ${id}\n${header}${body}` }, policyIds);
  return Array.isArray(result) ? result.map((e) => `${e.location?.line ?? '?'}: ${e.message}`) : [];
}

function selection(packs: LoadedPack[], level?: number): Selection {
  const result = selectPacks(packs, level);
  if (Array.isArray(result)) throw new Error(result.map((e) => e.message).join('; '));
  return result;
}

const passwordPolicy = ((): LoadedPolicy => {
  const text = [
    'id: aws-iam-password-policy-min-length', 'title: t', 'severity: medium', 'resource: aws.account', 'description: d', 'rationale: r',
    'parameters:', '  minimumLength: { type: integer, default: 14, description: Minimum. }',
    'check: { path: passwordPolicy.minimumPasswordLength, gte: { param: minimumLength } }',
    'messages: { fail: "needs {{param.minimumLength}}" }', 'remediation: { text: r }', 'tests: [{ name: n, resource: {}, expect: PASS }]',
  ].join('\n');
  const loaded = parsePolicy({ file: 'p/aws-iam-password-policy-min-length.yaml', text, origin: 'user' });
  if (Array.isArray(loaded)) throw new Error('fixture policy invalid');
  return loaded;
})();

describe('packs', () => {
  it('refuse a control that is neither automated nor manual, or both', () => {
    expect(problems('p', 'controls:\n  - { id: "1", title: a }\n  - { id: "2", title: b, policies: [aws-iam-root-mfa-enabled], manual: look }\n')).toEqual([
      '7: control 1 is neither automated nor manual: give it policies or manual audit guidance',
      '8: control 2 has both policies and manual guidance; choose one',
    ]);
  });

  it('refuse unknown policies with a suggestion, and duplicate control ids', () => {
    expect(problems('p', 'controls:\n  - { id: "1", title: a, policies: [aws-iam-root-mfa-enable] }\n  - { id: "1", title: b, manual: look }\n')).toEqual([
      '7: control 1 names unknown policy "aws-iam-root-mfa-enable"; did you mean "aws-iam-root-mfa-enabled"?',
      '8: control id "1" appears twice',
    ]);
  });

  it('refuse an id that is not the file name, and duplicate pack ids', () => {
    const result = parsePack({ file: 'packs/other.yaml', text: `id: p\n${header}controls: [{ id: "1", title: a, manual: m }]\n` }, policyIds);
    expect(Array.isArray(result) && result[0] instanceof AssayError ? result[0].message : '').toBe('pack id "p" does not match its file name "other"');
    const text = `id: p\n${header}controls: [{ id: "1", title: a, manual: m }]\n`;
    expect(loadPacks([{ file: 'a/p.yaml', text }, { file: 'b/p.yaml', text }], policyIds).errors.map((e) => e.message)).toEqual(['pack id "p" is already used by a/p.yaml']);
  });

  it('select controls up to a profile level', () => {
    const p = pack('p', 'controls:\n  - { id: "1", title: a, level: 1, policies: [aws-iam-root-mfa-enabled] }\n  - { id: "2", title: b, level: 2, policies: [aws-iam-password-policy-min-length] }\n  - { id: "3", title: c, level: 1, manual: m }\n');
    const level1 = selection([p], 1);
    expect(level1.controls.map((c) => c.id)).toEqual(['1', '3']);
    expect([...(level1.policyIds ?? [])]).toEqual(['aws-iam-root-mfa-enabled']);
    expect(selection([p]).controls.map((c) => c.id)).toEqual(['1', '2', '3']);
  });

  it('pass parameter overrides to the policy, which renders them in its message', () => {
    const p = pack('p', 'controls: [{ id: "1", title: a, policies: [aws-iam-password-policy-min-length] }]\nparameters:\n  aws-iam-password-policy-min-length: { minimumLength: 16 }\n');
    const compiled = compilePolicy(passwordPolicy, selection([p]).overrides.get('aws-iam-password-policy-min-length'));
    expect(Array.isArray(compiled) ? compiled.map((e) => e.message) : compiled.params.get('minimumLength')).toBe(16);
  });

  it('refuse an override of the wrong type or of an unknown parameter, at the pack line', () => {
    const p = pack('p', 'controls: [{ id: "1", title: a, policies: [aws-iam-password-policy-min-length] }]\nparameters:\n  aws-iam-password-policy-min-length: { minimumLength: "16", maxAge: 90 }\n');
    const compiled = compilePolicy(passwordPolicy, selection([p]).overrides.get('aws-iam-password-policy-min-length'));
    expect(Array.isArray(compiled) ? compiled.map((e) => `${e.location?.file ?? ''}:${e.location?.line ?? ''}: ${e.message}`) : []).toEqual([
      'packs/p.yaml:8: parameter "minimumLength" of aws-iam-password-policy-min-length must be of type integer; found "16"',
      'packs/p.yaml:8: policy aws-iam-password-policy-min-length has no parameter "maxAge"',
    ]);
  });

  it('report two packs that set one parameter differently', () => {
    const body = (n: number): string => `controls: [{ id: "1", title: a, policies: [aws-iam-password-policy-min-length] }]\nparameters:\n  aws-iam-password-policy-min-length: { minimumLength: ${n} }\n`;
    const result = selectPacks([pack('a', body(14)), pack('b', body(16))], undefined);
    expect(Array.isArray(result) ? result.map((e) => e.message) : []).toEqual(['packs disagree on aws-iam-password-policy-min-length.minimumLength: 14 and 16; scan them separately']);
  });
});
