/**
 * Named conditions (`use:`), the `account:` / `region:` shorthands: a
 * library's condition behaves as if written in place, compiles once per
 * distinct set of arguments, and every misuse is an error at its place.
 */
import { describe, expect, it } from 'vitest';
import type { AssayError } from '../../src/diagnostics/error.js';
import { compilePolicy, type CompiledPolicy } from '../../src/policy/compile.js';
import { loadPolicies, type LoadedPolicy } from '../../src/policy/load.js';
import { brief, findingFor, policyYaml, positionOf, resource, type PolicySpec } from './harness.js';

const LIBRARY = `conditions:
  key-rotates:
    resource: aws.kms.key
    description: The key rotates, at most every maxDays days.
    arguments:
      maxDays: { type: integer, default: 365, description: Longest rotation period. }
    condition:
      all:
        - { path: rotationEnabled, equals: true }
        - { path: rotationPeriodInDays, lte: { arg: maxDays } }
  customer-key-rotates:
    resource: aws.kms.key
    description: A customer key that rotates.
    condition:
      all:
        - { path: keyManager, equals: CUSTOMER }
        - { use: key-rotates, with: { maxDays: 90 } }
`;

function load(policies: readonly PolicySpec[], library = LIBRARY): { loaded: LoadedPolicy[]; errors: readonly AssayError[] } {
  const sources = [
    { file: 'policies/lib/keys.yaml', text: library, origin: 'user' as const },
    ...policies.map((spec, i) => ({ file: `policies/p${i}.yaml`, text: policyYaml({ ...spec, id: `p${i}` }), origin: 'user' as const })),
  ];
  const { policies: loaded, errors } = loadPolicies(sources);
  return { loaded: [...loaded], errors };
}

function compileAll(policies: readonly PolicySpec[], library = LIBRARY): { compiled: CompiledPolicy[]; problems: AssayError[] } {
  const { loaded, errors } = load(policies, library);
  const compiled: CompiledPolicy[] = [];
  const problems: AssayError[] = [...errors];
  for (const policy of loaded) {
    const result = compilePolicy(policy);
    if (Array.isArray(result)) problems.push(...result);
    else compiled.push(result);
  }
  return { compiled, problems };
}

const KEY = 'aws.kms.key';

describe('use: a named condition', () => {
  it('decides as the condition written in place, with evidence naming the paths it read', () => {
    const { compiled, problems } = compileAll([{ resource: KEY, check: { use: 'key-rotates', with: { maxDays: 90 } } }]);
    expect(brief(problems)).toEqual([]);
    const [policy] = compiled;
    if (policy === undefined) throw new Error('not compiled');
    expect(findingFor(policy, resource(KEY, { data: { rotationEnabled: true, rotationPeriodInDays: 90 } })).status).toBe('PASS');
    const failed = findingFor(policy, resource(KEY, { data: { rotationEnabled: true, rotationPeriodInDays: 365 } }));
    expect(failed.status).toBe('FAIL');
    expect(failed.evidence).toContainEqual(expect.objectContaining({ path: 'rotationPeriodInDays', actual: 365, expected: 90 }));
    expect(findingFor(policy, resource(KEY, { data: { rotationEnabled: true }, errors: [{ path: 'rotationPeriodInDays', code: 'AccessDenied' }] })).status).toBe('ERROR');
  });

  it('takes an argument from a policy parameter, and its default when not passed', () => {
    const { compiled, problems } = compileAll([
      { resource: KEY, check: { use: 'key-rotates', with: { maxDays: { param: 'limit' } } }, parameters: { limit: { type: 'integer', default: 30 } } },
      { resource: KEY, check: { use: 'key-rotates' } },
    ]);
    expect(brief(problems)).toEqual([]);
    const subject = resource(KEY, { data: { rotationEnabled: true, rotationPeriodInDays: 200 } });
    expect(compiled.map((p) => findingFor(p, subject).status)).toEqual(['FAIL', 'PASS']);
  });

  it('compiles once per distinct set of arguments, however many policies use it', () => {
    const { compiled } = compileAll([
      { resource: KEY, check: { use: 'key-rotates', with: { maxDays: 90 } } },
      { resource: KEY, check: { use: 'key-rotates', with: { maxDays: 90 } } },
      { resource: KEY, check: { use: 'key-rotates', with: { maxDays: 30 } } },
    ]);
    const [a, b, c] = compiled;
    expect(a?.check).toBe(b?.check);
    expect(a?.check).not.toBe(c?.check);
  });

  it('may use another named condition, and works inside related lookups', () => {
    const { compiled, problems } = compileAll([
      { resource: KEY, check: { use: 'customer-key-rotates' } },
      { resource: 'aws.cloudtrail.trail', check: { related: { type: KEY, on: { $arn: 'kmsKeyId' } }, some: { use: 'customer-key-rotates' } } },
    ]);
    expect(brief(problems)).toEqual([]);
    expect(findingFor(compiled[0] as CompiledPolicy, resource(KEY, { data: { keyManager: 'CUSTOMER', rotationEnabled: true, rotationPeriodInDays: 120 } })).status).toBe('FAIL');
  });

  it('reports an unknown name at the use, with a suggestion', () => {
    const spec = { resource: KEY, check: { use: 'key-rotate' } };
    const text = policyYaml({ ...spec, id: 'p0' });
    const at = positionOf(text, '"key-rotate"');
    expect(brief(compileAll([spec]).problems)).toEqual([`POLICY_NAMED_CONDITION ${at.line}:${at.column} unknown named condition "key-rotate"; did you mean "key-rotates"?`]);
  });

  it('refuses a condition written for another resource type, or a use on a list element', () => {
    expect(brief(compileAll([{ resource: 'aws.s3.bucket', check: { use: 'key-rotates' } }]).problems).map((m) => m.replace(/^\S+ \S+ /, '')))
      .toEqual(['named condition "key-rotates" reads aws.kms.key, but here the condition is on aws.s3.bucket']);
    expect(brief(compileAll([{ resource: 'aws.cloudtrail.trail', check: { path: 'eventSelectors', some: { use: 'key-rotates' } } }]).problems).map((m) => m.replace(/^\S+ \S+ /, '')))
      .toEqual(['named condition "key-rotates" reads aws.kms.key, but here the condition is on a field or list element, not a whole resource']);
  });

  it('is used on the other types alsoOn names, compiled against each, and refused on any other', () => {
    const library = `${LIBRARY}  snapshot-private:
    resource: aws.rds.db-cluster-snapshot
    alsoOn: [aws.neptune.db-cluster-snapshot, aws.docdb.db-cluster-snapshot]
    description: No one outside may restore the snapshot.
    condition: { path: restoreAttributeValues, none: { path: $value, equals: all } }
`;
    const types = ['aws.rds.db-cluster-snapshot', 'aws.neptune.db-cluster-snapshot', 'aws.docdb.db-cluster-snapshot'];
    const { compiled, problems } = compileAll(types.map((type) => ({ resource: type, check: { use: 'snapshot-private' } })), library);
    expect(brief(problems)).toEqual([]);
    expect(new Set(compiled.map((p) => p.check)).size).toBe(3);
    for (const [i, type] of types.entries()) {
      const policy = compiled[i] as CompiledPolicy;
      expect(findingFor(policy, resource(type, { data: { restoreAttributeValues: ['210987654321'] } })).status).toBe('PASS');
      expect(findingFor(policy, resource(type, { data: { restoreAttributeValues: ['all'] } })).status).toBe('FAIL');
      expect(findingFor(policy, resource(type, { errors: [{ path: 'restoreAttributeValues', code: 'AccessDenied' }] })).status).toBe('ERROR');
    }
    expect(brief(compileAll([{ resource: 'aws.rds.db-snapshot', check: { use: 'snapshot-private' } }], library).problems).map((m) => m.replace(/^\S+ \S+ /, '')))
      .toEqual(['named condition "snapshot-private" reads aws.rds.db-cluster-snapshot or aws.neptune.db-cluster-snapshot or aws.docdb.db-cluster-snapshot, but here the condition is on aws.rds.db-snapshot']);
    const unknown = library.replace('aws.docdb.db-cluster-snapshot]', 'aws.docdb.db-snapshots]');
    expect(compileAll([{ resource: types[0] as string, check: { use: 'snapshot-private' } }], unknown).problems.map((e) => `${e.code} ${e.message}`))
      .toEqual(['UNKNOWN_RESOURCE_TYPE unknown resource type "aws.docdb.db-snapshots"']);
  });

  it('refuses unknown, missing and mistyped arguments', () => {
    const library = `${LIBRARY}  needs-days:
    resource: aws.kms.key
    description: Needs an argument.
    arguments:
      days: { type: integer, description: Days. }
    condition: { path: rotationPeriodInDays, lte: { arg: days } }
`;
    const messages = (spec: PolicySpec) => compileAll([spec], library).problems.map((e) => `${e.code} ${e.message}`);
    expect(messages({ resource: KEY, check: { use: 'key-rotates', with: { maxDay: 9 } } })).toEqual(['POLICY_NAMED_CONDITION named condition "key-rotates" has no argument "maxDay"; did you mean "maxDays"?']);
    expect(messages({ resource: KEY, check: { use: 'needs-days' } })).toEqual(['POLICY_NAMED_CONDITION named condition "needs-days" needs argument "days" (Days.)']);
    expect(messages({ resource: KEY, check: { use: 'key-rotates', with: { maxDays: 'ninety' } } })).toEqual(['POLICY_NAMED_CONDITION argument "maxDays" of "key-rotates" must be of type integer; found "ninety"']);
  });

  it('reports a cycle at the use that closes it, in the library file', () => {
    const library = `conditions:
  a:
    resource: aws.kms.key
    description: A.
    condition: { use: b }
  b:
    resource: aws.kms.key
    description: B.
    condition: { all: [ { path: rotationEnabled, equals: true }, { use: a } ] }
`;
    const problems = compileAll([{ resource: KEY, check: { use: 'a' } }], library).problems;
    expect(problems.map((e) => `${e.code} ${e.location?.file ?? ''}:${String(e.location?.line)} ${e.message}`))
      .toEqual(['POLICY_NAMED_CONDITION policies/lib/keys.yaml:9 named conditions use each other in a cycle: a → b → a']);
  });

  it('keeps policy parameters and condition arguments apart', () => {
    const library = `conditions:
  reads-param:
    resource: aws.kms.key
    description: Reads a policy parameter, which it cannot.
    condition: { path: rotationPeriodInDays, lte: { param: maxDays } }
`;
    expect(compileAll([{ resource: KEY, check: { use: 'reads-param' } }], library).problems.map((e) => e.code)).toEqual(['POLICY_NAMED_CONDITION']);
    expect(compileAll([{ resource: KEY, check: { path: 'rotationPeriodInDays', lte: { arg: 'maxDays' } } }]).problems.map((e) => e.message))
      .toEqual(['{ arg: maxDays } reads an argument of a named condition; a policy\'s own conditions read parameters with { param: name }']);
  });

  it('refuses a name defined twice and a malformed library', () => {
    const { errors } = loadPolicies([
      { file: 'policies/lib/a.yaml', text: LIBRARY, origin: 'user' },
      { file: 'policies/lib/b.yaml', text: LIBRARY, origin: 'user' },
      { file: 'policies/lib/c.yaml', text: 'conditions:\n  x:\n    resource: aws.kms.key\n    condition: { path: rotationEnabled, equals: true }\n', origin: 'user' },
    ]);
    expect(errors.map((e) => `${e.code} ${e.location?.file ?? ''} ${e.message}`)).toEqual([
      'POLICY_DUPLICATE_ID policies/lib/b.yaml named condition "key-rotates" is already defined in policies/lib/a.yaml',
      'POLICY_DUPLICATE_ID policies/lib/b.yaml named condition "customer-key-rotates" is already defined in policies/lib/a.yaml',
      'POLICY_SCHEMA policies/lib/c.yaml "conditions.x.description" is missing (required)',
    ]);
  });
});

describe('account: and region: shorthands', () => {
  it('read the account\'s and the region\'s settings, and are ERROR when those are missing', () => {
    const { compiled, problems } = compileAll([
      { resource: KEY, check: { account: { path: 'passwordPolicy.minimumPasswordLength', gte: 14 } } },
      { resource: KEY, check: { region: { path: 'ebsEncryptionByDefault', equals: true } } },
    ]);
    expect(brief(problems)).toEqual([]);
    const [accountPolicy, regionPolicy] = compiled as [CompiledPolicy, CompiledPolicy];
    const key = resource(KEY);
    expect(findingFor(accountPolicy, key, [resource('aws.account', { id: '123456789012', data: { passwordPolicy: { minimumPasswordLength: 14 } } })]).status).toBe('PASS');
    expect(findingFor(accountPolicy, key, [resource('aws.account', { id: '123456789012', data: { passwordPolicy: { minimumPasswordLength: 8 } } })]).status).toBe('FAIL');
    expect(findingFor(accountPolicy, key, []).status).toBe('ERROR');
    expect(findingFor(regionPolicy, key, [resource('aws.region', { id: 'us-east-1', data: { ebsEncryptionByDefault: false } })]).status).toBe('FAIL');
    expect(findingFor(regionPolicy, key, [resource('aws.region', { id: 'eu-west-1', region: 'eu-west-1', data: { ebsEncryptionByDefault: true } })]).status).toBe('ERROR');
  });

  it('check their condition against the settings type', () => {
    expect(compileAll([{ resource: KEY, check: { account: { path: 'passwordPolicy.minimumLength', gte: 14 } } }]).problems.map((e) => e.message)[0])
      .toMatch(/^unknown field "passwordPolicy.minimumLength"/);
  });
});
