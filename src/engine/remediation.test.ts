/**
 * A FAIL's remediation is rendered when read: every field a report reads
 * (and a destructuring) is the resource's own rendering, shell-quoted in
 * commands, and JSON.stringify writes the plain object in the findings
 * document's key order, with no key for a list or rollback the policy lacks.
 */
import { describe, expect, it } from 'vitest';
import { compileText, resource } from '../../test/policy/harness.js';
import { RenderedOnRead } from './remediation.js';

const policy = (remediation: string[]): string => [
  'id: test-policy', 'title: The bucket is compliant', 'severity: medium', 'resource: aws.s3.bucket',
  'description: A policy written by a test.', 'rationale: Tests need a policy.',
  'parameters:', '  days: { type: integer, default: 90, description: Days. }',
  'check: { path: name, exists: true }', 'messages:', '  fail: "{{resource.id}} fails."', 'remediation:', ...remediation,
  'tests:', '  - { name: placeholder, resource: {}, expect: PASS }', '',
].join('\n');

const FULL = policy([
  '  text: "Turn on logging for {{resource.id}} within {{param.days}} days."',
  '  cli: ["aws s3api put-bucket-logging --bucket {{resource.id}}"]',
  '  verify: ["aws s3api get-bucket-logging --bucket {{resource.id}}"]',
  '  rollback:', '    text: "Turn it off on {{resource.id}}."', '    cli: ["aws s3api put-bucket-logging --bucket {{resource.id}} --bucket-logging-status {}"]',
]);
const hostile = resource('aws.s3.bucket', { id: "logs'; rm -rf ~; echo '" });

describe('RenderedOnRead', () => {
  it('renders each field for its resource when read, commands shell-quoted', () => {
    const r = new RenderedOnRead(compileText(FULL), hostile);
    expect(r.text).toBe("Turn on logging for logs'; rm -rf ~; echo ' within 90 days.");
    expect(r.cli).toEqual([`aws s3api put-bucket-logging --bucket 'logs'\\''; rm -rf ~; echo '\\'''`]);
    const { verify, rollback } = r;
    expect(verify).toEqual([`aws s3api get-bucket-logging --bucket 'logs'\\''; rm -rf ~; echo '\\'''`]);
    expect(rollback?.text).toBe("Turn it off on logs'; rm -rf ~; echo '.");
    expect(rollback?.cli).toHaveLength(1);
  });

  it('serializes as the plain remediation, in the document\'s key order', () => {
    const r = new RenderedOnRead(compileText(FULL), hostile);
    const text = JSON.stringify({ remediation: r });
    expect(Object.keys((JSON.parse(text) as { remediation: object }).remediation)).toEqual(['text', 'cli', 'verify', 'rollback']);
    expect(JSON.parse(text)).toEqual({ remediation: { text: r.text, cli: r.cli, verify: r.verify, rollback: r.rollback } });
  });

  it('has no verify or rollback, read or written, when the policy gives none', () => {
    const r = new RenderedOnRead(compileText(policy(['  text: Fix it within {{param.days}} days.'])), hostile);
    expect(r.verify).toBeUndefined();
    expect(r.rollback).toBeUndefined();
    expect(JSON.stringify(r)).toBe('{"text":"Fix it within 90 days.","cli":[]}');
    expect(Object.keys(r)).toEqual([]);
  });
});
