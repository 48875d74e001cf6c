/**
 * Message and remediation templates: placeholders are filled from the
 * resource and the parameters; in remediation commands every filled value is
 * shell-quoted, so a hostile resource name stays one literal argument. The
 * shell test spawns a real bash on the rendered command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileTemplate, type CompiledTemplate } from '../../src/policy/template.js';
import { compileSpec, findingFor, resource } from './harness.js';

const BUCKET = 'aws.s3.bucket';

function template(source: string, params: readonly string[] = []): CompiledTemplate {
  const compiled = compileTemplate(source, new Set(params));
  if ('problems' in compiled) throw new Error(compiled.problems.join('; '));
  return compiled;
}

describe('placeholders (text mode)', () => {
  const named = resource(BUCKET, { id: 'logs', arn: 'arn:aws:s3:::logs', name: 'Logs bucket', region: 'eu-west-1' });
  const bare = resource(BUCKET, { id: 'logs', region: 'eu-west-1' });
  const params = new Map<string, unknown>([['days', 90], ['ports', [22, 3389]], ['owner', 'team-a'], ['strict', true]]);

  it.each([
    ['{{resource.id}}', named, 'logs'],
    ['{{resource.arn}}', named, 'arn:aws:s3:::logs'],
    ['{{resource.arn}}', bare, 'logs'], // no ARN: the id
    ['{{resource.name}}', named, 'Logs bucket'],
    ['{{resource.name}}', bare, 'logs'], // no name: the id
    ['{{resource.account}}', named, '123456789012'],
    ['{{resource.region}}', named, 'eu-west-1'],
    ['{{resource.type}}', named, 'aws.s3.bucket'],
    ['{{ resource.id }}', named, 'logs'],
    ['{{param.owner}}', named, 'team-a'],
    ['{{param.days}}', named, '90'],
    ['{{param.ports}}', named, '[22,3389]'],
    ['{{param.strict}}', named, 'true'],
    ['Bucket {{resource.id}} in {{resource.region}} keeps {{param.days}} days; {{resource.id}} again.', named, 'Bucket logs in eu-west-1 keeps 90 days; logs again.'],
    ['no placeholders at all', named, 'no placeholders at all'],
    ['{single braces} stay', named, '{single braces} stay'],
  ])('%s', (source, subject, expected) => {
    expect(template(source, ['days', 'ports', 'owner', 'strict']).render(subject, params)).toBe(expected);
  });

  it('text mode does not quote', () => {
    const hostile = resource(BUCKET, { id: "it's $(x)", region: 'eu-west-1' });
    expect(template('Bucket {{resource.id}}').render(hostile, new Map())).toBe("Bucket it's $(x)");
  });

  it.each([
    ['{{resource.regoin}}', 'unknown placeholder {{resource.regoin}}; did you mean {{resource.region}}? use {{resource.id|arn|name|account|region|type}} or {{param.limt}}'],
    ['{{resource.id.x}}', 'unknown placeholder {{resource.id.x}}; did you mean {{resource.id}}? use {{resource.id|arn|name|account|region|type}} or {{param.limt}}'],
    ['{{param.limit}}', 'unknown placeholder {{param.limit}}; did you mean {{param.limt}}? use {{resource.id|arn|name|account|region|type}} or {{param.limt}}'],
    ['{{id}}', 'unknown placeholder {{id}}; use {{resource.id|arn|name|account|region|type}} or {{param.limt}}'],
    ['{{}}', 'unknown placeholder {{}}; use {{resource.id|arn|name|account|region|type}} or {{param.limt}}'],
  ])('refuses %s', (source, problem) => {
    expect(compileTemplate(source, new Set(['limt']))).toEqual({ problems: [problem] });
  });

  it('reports every unknown placeholder of a template', () => {
    const compiled = compileTemplate('{{resource.nam}} and {{resource.acount}}', new Set());
    expect('problems' in compiled ? compiled.problems.length : 0).toBe(2);
  });
});

describe('shell mode: every filled value is exactly one literal argument', () => {
  // A directory the payloads try to delete: it must survive every command.
  const canary = mkdtempSync(join(tmpdir(), 'assay-canary-'));
  afterAll(() => rmSync(canary, { recursive: true, force: true }));

  /** Runs `command` with bash -c; the arguments printf received, NUL-separated, so newlines inside one stay visible. */
  function argumentsOf(command: string): string[] {
    const run = spawnSync('bash', ['-c', command], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', CANARY: canary, HOME: '/nonexistent-home', LC_ALL: 'C.UTF-8' } });
    if (run.status !== 0) throw new Error(`bash failed (${String(run.status)}): ${run.stderr}`);
    expect(run.stderr).toBe('');
    return run.stdout.split('\0').slice(0, -1);
  }

  const hostile: readonly string[] = [
    "it's",
    "''",
    "'",
    '$(rm -rf "$CANARY")',
    '`rm -rf "$CANARY"`',
    'x; rm -rf "$CANARY"',
    'x && rm -rf "$CANARY" || true',
    'x | rm -rf "$CANARY"',
    'x\nrm -rf "$CANARY"',
    "'; rm -rf \"$CANARY\"; echo '",
    '$HOME ${IFS} $0 $$ $CANARY',
    "$'\\x41'",
    '"double" \\back\\slash',
    '* ? [a-z] ~ ~root',
    'several   spaces\tand a tab',
    '-n',
    '--help',
    '#not-a-comment',
    '!! !$ history',
    'ünïcödé ☃ 🚀 مرحبا 日本語 \u200b zero-width',
    '> /dev/null 2>&1 < /etc/passwd',
    '',
  ];

  it.each(hostile.map((value) => [JSON.stringify(value), value]))('%s', (_label, value) => {
    const policy = compileSpec({
      resource: BUCKET,
      check: { path: '$id', equals: 'no such bucket' },
      parameters: { note: { type: 'string', default: value } },
      cli: ['printf \'%s\\0\' {{resource.id}} {{resource.name}} {{param.note}} {{resource.region}}'],
    });
    // An empty id is not a valid resource id; the parameter still carries the empty value.
    const id = value === '' ? 'plain' : value;
    const finding = findingFor(policy, resource(BUCKET, { id, name: id }));
    expect(finding.status).toBe('FAIL');
    const command = finding.remediation?.cli[0];
    if (command === undefined) throw new Error('no remediation command');
    expect(argumentsOf(command)).toEqual([id, id, value, 'us-east-1']);
    expect(existsSync(canary)).toBe(true);
  });

  it('the printf check itself can tell one argument from two', () => {
    // Guards the test above: unquoted, the same value does split.
    expect(argumentsOf("printf '%s\\0' a b")).toEqual(['a', 'b']);
    expect(argumentsOf("printf '%s\\0' 'a b'")).toEqual(['a b']);
  });

  it('a list parameter is one argument holding its JSON', () => {
    const policy = compileSpec({
      resource: BUCKET,
      check: { path: '$id', equals: 'no such bucket' },
      parameters: { ports: { type: 'array', default: [22, 3389] } },
      cli: ['printf \'%s\\0\' {{param.ports}}'],
    });
    const command = findingFor(policy, resource(BUCKET, { id: 'b' })).remediation?.cli[0] ?? '';
    expect(command).toBe("printf '%s\\0' '[22,3389]'");
    expect(argumentsOf(command)).toEqual(['[22,3389]']);
  });

  it('the message of the same finding is plain text', () => {
    const policy = compileSpec({ resource: BUCKET, check: { path: '$id', equals: 'no such bucket' }, fail: 'Bucket {{resource.id}} is not compliant.' });
    expect(findingFor(policy, resource(BUCKET, { id: "it's" })).message).toBe("Bucket it's is not compliant.");
  });
});
