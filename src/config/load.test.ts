import { describe, expect, it } from 'vitest';
import { configReferenceProblems, parseConfig } from './load.js';

const brief = (r: ReturnType<typeof parseConfig>) => (Array.isArray(r) ? r.map((e) => `${e.location?.line ?? ''}: ${e.message}`) : []);

describe('parseConfig', () => {
  it('accepts an empty file as an empty configuration', () => {
    expect(parseConfig('', 'assay.config.yaml')).toMatchObject({ config: {} });
  });

  it('refuses a date that does not exist, at its line', () => {
    const text = 'waivers:\n  - policy: p\n    resources: ["*"]\n    reason: r\n    owner: o\n    expires: "2026-02-30"\n';
    expect(brief(parseConfig(text, 'assay.config.yaml'))).toEqual(['6: expires "2026-02-30" is not a calendar date']);
  });

  it('refuses a waiver without an expiry: every accepted risk ends', () => {
    const text = 'waivers:\n  - policy: p\n    resources: ["*"]\n    reason: r\n    owner: o\n';
    expect(brief(parseConfig(text, 'assay.config.yaml')).join('\n')).toMatch(/expires/);
  });

  it('names unknown policies in waivers and parameters with a suggestion', () => {
    const loaded = parseConfig('waivers:\n  - { policy: aws-kms-cmk-rotation-enable, resources: ["*"], reason: r, owner: o, expires: "2026-12-31" }\n', 'c.yaml');
    if (Array.isArray(loaded)) throw new Error('should parse');
    expect(configReferenceProblems(loaded, new Set(['aws-kms-cmk-rotation-enabled']), new Set()).map((e) => e.message)).toEqual(['waiver names unknown policy "aws-kms-cmk-rotation-enable"; did you mean "aws-kms-cmk-rotation-enabled"?']);
  });

  it('names an unknown pack at its line and column, with a suggestion', () => {
    const loaded = parseConfig('failOn: high\npacks:\n  - assay-foundations\n  - cis-aws-foundation-7.0.0\n', 'c.yaml');
    if (Array.isArray(loaded)) throw new Error('should parse');
    const problems = configReferenceProblems(loaded, new Set(), new Set(['assay-foundations', 'cis-aws-foundations-7.0.0']));
    expect(problems.map((e) => [e.code, e.location?.file, e.location?.line, e.location?.column, e.message])).toEqual([
      ['CONFIG_SCHEMA', 'c.yaml', 4, 5, 'unknown pack "cis-aws-foundation-7.0.0"; did you mean "cis-aws-foundations-7.0.0"?'],
    ]);
  });
});
