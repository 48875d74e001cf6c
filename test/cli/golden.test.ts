/**
 * Golden tests: exit codes and output are an API (STYLE.md habit 11). Each
 * case's transcript lives in test/cli/golden/<name>.txt; under CI a missing
 * or different transcript fails. After an intended change, review the diff
 * of `npx vitest run test/cli -u`.
 */
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from '../support/cli.js';

const cases: readonly { name: string; args: string[]; exit: number }[] = [
  { name: 'help', args: ['--help'], exit: 0 },
  { name: 'version', args: ['--version'], exit: 0 },
  { name: 'unknown-command', args: ['frobnicate'], exit: 2 },
  { name: 'snapshot-validate-help', args: ['snapshot', 'validate', '--help'], exit: 0 },
  { name: 'snapshot-validate-missing-argument', args: ['snapshot', 'validate'], exit: 2 },
  { name: 'snapshot-validate-demo', args: ['snapshot', 'validate', 'examples/demo-account.json'], exit: 0 },
  { name: 'snapshot-validate-valid', args: ['snapshot', 'validate', 'test/fixtures/snapshots/valid.json'], exit: 0 },
  { name: 'snapshot-validate-wrong-types', args: ['snapshot', 'validate', 'test/fixtures/snapshots/wrong-types.json'], exit: 2 },
  { name: 'snapshot-validate-invalid-json', args: ['snapshot', 'validate', 'test/fixtures/snapshots/invalid-json.json'], exit: 2 },
  { name: 'snapshot-validate-truncated-gzip', args: ['snapshot', 'validate', 'test/fixtures/snapshots/truncated.json.gz'], exit: 2 },
  { name: 'snapshot-validate-missing-file', args: ['snapshot', 'validate', 'test/fixtures/snapshots/absent.json'], exit: 2 },
  { name: 'snapshot-validate-several', args: ['snapshot', 'validate', 'test/fixtures/snapshots/valid.json', 'test/fixtures/snapshots/invalid-json.json'], exit: 2 },
  { name: 'snapshot-validate-json', args: ['snapshot', 'validate', '--json', 'test/fixtures/snapshots/valid.json', 'test/fixtures/snapshots/wrong-types.json'], exit: 2 },
  { name: 'scan-help', args: ['scan', '--help'], exit: 0 },
  // The demo account has high-severity failures: the default gate (--fail-on high) exits 1.
  { name: 'scan-demo-pack', args: ['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundations'], exit: 1 },
  { name: 'scan-demo-level-1-with-user-policies', args: ['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundations', '--level', '1', '--policies', 'test/fixtures/policies/good'], exit: 1 },
  // No critical FAIL in the demo: a critical-only gate passes; none never gates; --fail-on-error gates on its two ERRORs.
  { name: 'scan-gate-critical', args: ['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundations', '--format', 'json', '--fail-on', 'critical', '--output', '/dev/null'], exit: 0 },
  { name: 'scan-gate-none-but-errors', args: ['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundations', '--fail-on', 'none', '--fail-on-error', '--output', '/dev/null'], exit: 1 },
  // Waivers: two active (one by glob) hide the security-group failures; the expired one no longer hides bob's.
  { name: 'scan-waivers-active-and-expired', args: ['scan', '--snapshot', 'examples/demo-account.json', '--config', 'test/fixtures/config/waivers.yaml'], exit: 1 },
  { name: 'scan-waivers-all-active', args: ['scan', '--snapshot', 'examples/demo-account.json', '--config', 'test/fixtures/config/waivers-all-active.yaml', '--format', 'json', '--output', '/dev/null'], exit: 0 },
  { name: 'scan-config-invalid', args: ['scan', '--snapshot', 'examples/demo-account.json', '--config', 'test/fixtures/config/invalid.yaml'], exit: 2 },
  { name: 'scan-config-unknown-policy', args: ['scan', '--snapshot', 'examples/demo-account.json', '--config', 'test/fixtures/config/unknown-policy.yaml'], exit: 2 },
  { name: 'scan-config-missing', args: ['scan', '--snapshot', 'examples/demo-account.json', '--config', 'test/fixtures/config/absent.yaml'], exit: 2 },
  // Baselines: only FAILs new since the baseline gate. Against itself nothing is new; against an older scan two high FAILs are.
  { name: 'scan-baseline-unchanged', args: ['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundations', '--baseline', 'test/fixtures/results/baseline-same.json', '--format', 'json', '--output', '/dev/null'], exit: 0 },
  { name: 'scan-baseline-new-failures', args: ['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundations', '--baseline', 'test/fixtures/results/baseline-older.json'], exit: 1 },
  { name: 'scan-baseline-not-findings', args: ['scan', '--snapshot', 'examples/demo-account.json', '--baseline', 'examples/demo-account.json'], exit: 2 },
  { name: 'scan-gate-bad-threshold', args: ['scan', '--snapshot', 'examples/demo-account.json', '--fail-on', 'severe'], exit: 2 },
  { name: 'scan-output-unknown-format', args: ['scan', '--snapshot', 'examples/demo-account.json', '--output', 'sarfi=out.sarif'], exit: 2 },
  { name: 'scan-output-same-file-twice', args: ['scan', '--snapshot', 'examples/demo-account.json', '--output', 'json=out.json', '--output', 'table=out.json'], exit: 2 },
  { name: 'scan-unknown-pack', args: ['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundation'], exit: 2 },
  { name: 'scan-bad-level', args: ['scan', '--snapshot', 'examples/demo-account.json', '--level', 'two'], exit: 2 },
  { name: 'scan-missing-snapshot', args: ['scan', '--snapshot', 'test/fixtures/snapshots/absent.json'], exit: 2 },
  { name: 'scan-corrupt-snapshot', args: ['scan', '--snapshot', 'test/fixtures/snapshots/truncated.json.gz'], exit: 2 },
  { name: 'scan-bad-user-policy', args: ['scan', '--snapshot', 'examples/demo-account.json', '--policies', 'test/fixtures/policies/bad/misspelled-path.yaml'], exit: 2 },
  { name: 'policies-list', args: ['policies', 'list'], exit: 0 },
  { name: 'policies-show', args: ['policies', 'show', 'aws-kms-cmk-rotation-enabled'], exit: 0 },
  { name: 'policies-show-named-conditions', args: ['policies', 'show', 'aws-cloudtrail-multi-region-logging'], exit: 0 },
  { name: 'policies-show-unknown', args: ['policies', 'show', 'aws-kms-rotation'], exit: 2 },
  { name: 'policies-validate-bundled', args: ['policies', 'validate'], exit: 0 },
  { name: 'policies-validate-yaml-syntax', args: ['policies', 'validate', 'test/fixtures/policies/bad/yaml-syntax.yaml'], exit: 2 },
  { name: 'policies-validate-unknown-field', args: ['policies', 'validate', 'test/fixtures/policies/bad/unknown-field.yaml'], exit: 2 },
  { name: 'policies-validate-misspelled-path', args: ['policies', 'validate', 'test/fixtures/policies/bad/misspelled-path.yaml'], exit: 2 },
  { name: 'policies-validate-invalid-regex', args: ['policies', 'validate', 'test/fixtures/policies/bad/invalid-regex.yaml'], exit: 2 },
  { name: 'policies-validate-several-problems', args: ['policies', 'validate', 'test/fixtures/policies/bad/several-problems.yaml'], exit: 2 },
  { name: 'policies-validate-whole-folder', args: ['policies', 'validate', 'test/fixtures/policies/bad'], exit: 2 },
  { name: 'policies-test-user', args: ['policies', 'test', 'test/fixtures/policies/good'], exit: 0 },
  { name: 'packs-list', args: ['packs', 'list'], exit: 0 },
  { name: 'packs-show', args: ['packs', 'show', 'assay-foundations'], exit: 0 },
  { name: 'packs-show-level-1', args: ['packs', 'show', 'assay-foundations', '--level', '1'], exit: 0 },
  // Paragraph-long PCI titles are clipped and a control with many policies is summarized, so each row stays one line.
  { name: 'packs-show-pci', args: ['packs', 'show', 'pci-dss-4.0'], exit: 0 },
  { name: 'packs-show-cis-level-1', args: ['packs', 'show', 'cis-aws-foundations-7.0.0', '--level', '1'], exit: 0 },
  { name: 'packs-show-unknown', args: ['packs', 'show', 'cis'], exit: 2 },
  { name: 'collect-help', args: ['collect', '--help'], exit: 0 },
  { name: 'collect-without-output', args: ['collect'], exit: 2 },
  { name: 'collect-bad-concurrency', args: ['collect', '-o', 'x.json', '--concurrency', '0'], exit: 2 },
  { name: 'permissions', args: ['permissions'], exit: 0 },
  { name: 'permissions-trail-verify', args: ['permissions', '--trail-verify'], exit: 0 },
  { name: 'trail-verify-help', args: ['trail', 'verify', '--help'], exit: 0 },
  { name: 'types', args: ['types'], exit: 0 },
  { name: 'types-s3-bucket', args: ['types', 'aws.s3.bucket'], exit: 0 },
  { name: 'types-unknown', args: ['types', 'aws.s3.buckt'], exit: 2 },
];

describe('assay CLI (golden)', () => {
  it.each(cases)('$name', async ({ name, args, exit }) => {
    const result = await runCli(args);
    expect(result.code).toBe(exit);
    expect(result.stderr).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);
    await expect(transcript(args, result)).toMatchFileSnapshot(`golden/${name}.txt`);
  });
});
