import { describe, expect, it } from 'vitest';
import { resultFixture } from '../../../test/fixtures/results/load.js';
import { buildPlan } from '../build.js';
import type { Plan, PlanStep } from '../plan.js';
import { renderTerraform } from './terraform.js';

const snippet = 'resource "aws_s3_bucket_versioning" "example" {\n  bucket = aws_s3_bucket.example.id\n}\n';
const step = (id: string, over: Partial<PlanStep>): PlanStep => ({
  id, account: '123456789012', region: 'us-east-1', severity: 'high', after: [],
  resource: { type: 'aws.s3.bucket', id: 'logs', arn: 'arn:aws:s3:::logs' },
  policies: ['p-a'], findings: [], controls: [], title: 't', changes: [], commands: ['aws x'], variables: [], disruption: [], risk: 'unstated', disruptive: true, verify: [], rollback: [],
  terraform: [snippet], ...over,
});

const plan: Plan = {
  schemaVersion: 1,
  scan: { snapshotDigest: 'sha256:s', collectedAt: '2026-06-01T00:00:00.000Z', policySetDigest: 'sha256:p', generator: { name: 'assay', version: 'test' } },
  steps: [
    step('step-001', { policies: ['p-a', 'p-b'] }),
    step('step-002', { resource: { type: 'aws.s3.bucket', id: 'evil\nresource "aws_iam_user" "x" {}\r\u2028#', arn: 'arn:aws:s3:::evil\n}' }, terraform: [snippet, snippet] }),
    step('step-003', { severity: 'low', policies: ['p-c'], terraform: [`${snippet}\n\n`, 'resource "other" "example" {}'] }),
    step('step-004', { terraform: [] }),
  ],
  waived: [], withoutCommands: [],
};

/** Lines that are not comments or blank: what Terraform would read as configuration. */
const configuration = (text: string): string[] => text.split(/\r\n|[\n\r\u2028\u2029\u0085]/).filter((l) => l.trim() !== '' && !l.startsWith('#'));

describe('renderTerraform', () => {
  const text = renderTerraform(plan);

  it('opens with a header saying these are templates to adapt', () => {
    expect(text.split('\n').slice(0, 6).join('\n')).toContain('These are templates to adapt, not generated configuration.');
    expect(text).toContain('# 2 resource(s) with guidance; 1 step(s) without a snippet');
  });

  it('groups snippets per resource in plan order, once each, under a comment naming the resource and steps', () => {
    expect(text).toContain([
      '# aws.s3.bucket logs (account 123456789012, region us-east-1)',
      '# ARN: arn:aws:s3:::logs',
      '# step-001 (high): p-a, p-b',
      '# step-003 (low): p-c',
      `# ${'-'.repeat(76)}`,
      '',
      snippet,
      'resource "other" "example" {}',
      '',
    ].join('\n'));
    expect(text.indexOf('# aws.s3.bucket logs')).toBeLessThan(text.indexOf('# aws.s3.bucket evil'));
  });

  it('keeps untrusted text inside its comments', () => {
    expect(text).toContain('# aws.s3.bucket evil\\nresource "aws_iam_user" "x" {}\\r\\u2028# (account');
    expect(configuration(text).filter((l) => l.includes('aws_iam_user') || l.includes('evil'))).toEqual([]);
    // Only the snippets are configuration: one per resource and distinct snippet.
    expect(configuration(text).filter((l) => l.startsWith('resource '))).toEqual([
      'resource "aws_s3_bucket_versioning" "example" {', 'resource "other" "example" {}', 'resource "aws_s3_bucket_versioning" "example" {',
    ]);
  });

  it('says so when no step has guidance, and is deterministic on a real plan', () => {
    expect(renderTerraform({ ...plan, steps: [] })).toContain('# 0 resource(s) with guidance; 0 step(s) without a snippet');
    const real = buildPlan(resultFixture('after'));
    expect(renderTerraform(real)).toBe(renderTerraform(buildPlan(resultFixture('after'))));
    expect(renderTerraform(real)).not.toContain('\u001b');
  });
});
