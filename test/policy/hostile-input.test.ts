/**
 * Policies are untrusted input: a pattern cannot make evaluation run for
 * hours, nesting cannot exhaust the call stack, and what RE2 cannot run is
 * refused at load, at the pattern. All through the real parse → compile →
 * evaluate path.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CONDITION_DEPTH } from '../../src/policy/compile.js';
import { MAX_YAML_DEPTH } from '../../src/policy/yaml-depth.js';
import { brief, compileSpec, diagnose, diagnoseSpec, findingFor, policyYaml, positionOf, resource } from './harness.js';

const BUCKET = 'aws.s3.bucket';

describe('matches runs in linear time', () => {
  it('a catastrophic pattern against a 35-character value gives its verdict', () => {
    // With RegExp, ^(a+)+$ against 35 a's and a "!" tries 2^35 splits: the scan never ended.
    const policy = compileSpec({ resource: BUCKET, check: { path: 'name', matches: '^(a+)+$' } });
    expect(findingFor(policy, resource(BUCKET, { data: { name: `${'a'.repeat(35)}!` } })).status).toBe('FAIL');
    expect(findingFor(policy, resource(BUCKET, { data: { name: 'a'.repeat(35) } })).status).toBe('PASS');
  });

  it('so does one reached through a parameter', () => {
    const policy = compileSpec({
      resource: BUCKET,
      check: { path: 'name', matches: { param: 'pattern' } },
      parameters: { pattern: { type: 'string', default: '^(a|aa)+$' } },
    });
    expect(findingFor(policy, resource(BUCKET, { data: { name: `${'a'.repeat(64)}!` } })).status).toBe('FAIL');
    expect(findingFor(policy, resource(BUCKET, { data: { name: 'a'.repeat(64) } })).status).toBe('PASS');
  });
});

describe('patterns RE2 cannot run are refused at load, at the pattern', () => {
  it.each([
    ['a backreference', '^(a)\\\\1$', 'RE2 does not support backreferences (\\1)'],
    ['a lookahead', '^prod(?!-test)', 'RE2 does not support lookahead ((?!…)'],
    ['a lookbehind', '(?<=prod-)logs', 'RE2 does not support lookbehind ((?<=…)'],
  ])('%s', (_label, yamlPattern, reason) => {
    const text = policyYaml({ resource: BUCKET, check: { path: 'name', matches: 'PLACEHOLDER' } }).replace('"PLACEHOLDER"', `"${yamlPattern}"`);
    const { line, column } = positionOf(text, `"${yamlPattern}"`);
    const pattern = JSON.parse(`"${yamlPattern}"`) as string;
    expect(brief(diagnose(text))).toEqual([
      `POLICY_CONDITION ${line}:${column} matches on "name": invalid regular expression ${JSON.stringify(pattern)}: ${reason}; patterns use RE2 syntax, which matches in linear time (https://github.com/google/re2/wiki/Syntax)`,
    ]);
  });
});

/** `{ not: { not: … { path: name, exists: true } } }`, `levels` deep, as one flow line. */
function nestedNots(levels: number): string {
  return `${'{ not: '.repeat(levels)}{ path: name, exists: true }${' }'.repeat(levels)}`;
}

describe('deep nesting is a located error, never a stack overflow', () => {
  it(`conditions nest at most ${MAX_CONDITION_DEPTH} levels`, () => {
    // 63 nots around a leaf: 64 condition levels, the most allowed.
    expect(diagnose(policyYaml({ resource: BUCKET, check: 'X' }).replace('check: "X"', `check: ${nestedNots(MAX_CONDITION_DEPTH - 1)}`))).toEqual([]);
    const text = policyYaml({ resource: BUCKET, check: 'X' }).replace('check: "X"', `check: ${nestedNots(100)}`);
    const { line, column } = positionOf(text, '{ not: ', `check: ${'{ not: '.repeat(MAX_CONDITION_DEPTH)}`);
    expect(brief(diagnose(text))).toEqual([
      `POLICY_CONDITION ${line}:${column + '{ not: '.repeat(MAX_CONDITION_DEPTH).length} conditions nest deeper than ${MAX_CONDITION_DEPTH} levels (each all, any, not, quantifier, related and use adds one)`,
    ]);
  });

  it('counts all and any as levels too, and reports a too-deep tree once', () => {
    const leaf = { path: 'name', exists: true };
    let condition: unknown = leaf;
    for (let i = 0; i < 80; i++) condition = i % 3 === 0 ? { all: [condition, leaf] } : i % 3 === 1 ? { any: [leaf, condition] } : { not: condition };
    const problems = diagnoseSpec({ resource: BUCKET, check: condition });
    expect(problems.map((e) => [e.code, e.message])).toEqual([['POLICY_CONDITION', `conditions nest deeper than ${MAX_CONDITION_DEPTH} levels (each all, any, not, quantifier, related and use adds one)`]]);
    expect(problems[0]?.location?.line).toBe(7);
  });

  it('a policy nesting 10,000 nots fails in the YAML parse, located where the limit is crossed', () => {
    const text = policyYaml({ resource: BUCKET, check: 'X' }).replace('check: "X"', `check: ${nestedNots(10_000)}`);
    const line = positionOf(text, 'check:').line;
    // The root map is level 1 and each `{` one more: the limit is crossed at the (MAX_YAML_DEPTH)th brace.
    const column = 'check: '.length + '{ not: '.repeat(MAX_YAML_DEPTH - 1).length + 1;
    expect(brief(diagnose(text))).toEqual([`YAML_SYNTAX ${line}:${column} invalid YAML: maps and lists nest deeper than ${MAX_YAML_DEPTH} levels`]);
  });

  it('so does one of 10,000 nested flow lists anywhere in the file', () => {
    const text = `${policyYaml({ resource: BUCKET, check: { path: 'name', exists: true } })}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const { line } = positionOf(text, 'x: [');
    expect(brief(diagnose(text))).toEqual([`YAML_SYNTAX ${line}:${3 + MAX_YAML_DEPTH} invalid YAML: maps and lists nest deeper than ${MAX_YAML_DEPTH} levels`]);
  });
});

describe('envelope fields written without $', () => {
  it.each([
    ['tags.owner', '$tags.owner'],
    ['tags', '$tags'],
    ['account', '$account'],
    ['region', '$region'],
    ['id', '$id'],
    ['arn', '$arn'],
  ])('%s points to %s', (path, meant) => {
    const text = policyYaml({ resource: BUCKET, check: { path, exists: true } });
    const { line, column } = positionOf(text, `"${path}"`, 'check:');
    expect(brief(diagnose(text))).toEqual([
      `POLICY_CONDITION ${line}:${column} unknown field "${path.split('.')[0] ?? ''}"; did you mean "${meant}"? (the resource's own fields are read with $: $id, $arn, $name, $account, $region, $type, $tags.<key>; paths without $ read its data)`,
    ]);
  });

  it('a data field of the same name is read as data, without a hint', () => {
    // aws.s3.bucket data has `name`: it is the bucket's name, not an envelope field.
    expect(diagnoseSpec({ resource: BUCKET, check: { path: 'name', exists: true } })).toEqual([]);
  });

  it('the suggested paths compile and read the envelope', () => {
    const policy = compileSpec({ resource: BUCKET, check: { all: [{ path: '$tags.owner', equals: 'secops' }, { path: '$account', equals: '123456789012' }, { path: '$region', equals: 'us-east-1' }] } });
    expect(findingFor(policy, resource(BUCKET, { tags: { owner: 'secops' } })).status).toBe('PASS');
    expect(findingFor(policy, resource(BUCKET, { tags: { owner: 'someone' } })).status).toBe('FAIL');
  });
});
