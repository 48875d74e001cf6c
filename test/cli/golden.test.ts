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
