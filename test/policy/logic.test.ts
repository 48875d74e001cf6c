/**
 * Three-valued logic (STYLE.md habit 5: unknown is not false). Conditions
 * that are TRUE, FALSE and UNKNOWN on one resource are combined with all,
 * any, not and the list quantifiers, and the finding must be PASS, FAIL or
 * ERROR by Kleene's rules. Then: what a finding's evidence explains.
 */
import { describe, expect, it } from 'vitest';
import { compileSpec, compileText, diagnose, findingFor, policyYaml, resource, statusOf, type PolicySpec, type ResourceSpec } from './harness.js';

const BUCKET = 'aws.s3.bucket';
const SG = 'aws.ec2.security-group';

// On `subject`: the bucket is named "b" and its logging settings could not be read.
const subject: ResourceSpec = { data: { name: 'b' }, errors: [{ path: 'logging', code: 'AccessDenied' }] };
const T = { path: 'name', equals: 'b' };
const F = { path: 'name', equals: 'other' };
const U = { path: 'logging', exists: true };
const truth = { T, F, U } as const;
type V = keyof typeof truth;
const status = { T: 'PASS', F: 'FAIL', U: 'ERROR' } as const;

describe('Kleene logic of all, any and not', () => {
  it('the three building blocks are TRUE, FALSE and UNKNOWN', () => {
    expect([statusOf(BUCKET, T, subject), statusOf(BUCKET, F, subject), statusOf(BUCKET, U, subject)]).toEqual(['PASS', 'FAIL', 'ERROR']);
  });

  const pairs: readonly (readonly [V, V, V, V])[] = [
    // a, b, all, any
    ['T', 'T', 'T', 'T'],
    ['T', 'F', 'F', 'T'],
    ['F', 'T', 'F', 'T'],
    ['F', 'F', 'F', 'F'],
    ['T', 'U', 'U', 'T'],
    ['U', 'T', 'U', 'T'],
    ['F', 'U', 'F', 'U'],
    ['U', 'F', 'F', 'U'],
    ['U', 'U', 'U', 'U'],
  ];

  it.each(pairs)('all [%s, %s] is %s', (a, b, all) => {
    expect(statusOf(BUCKET, { all: [truth[a], truth[b]] }, subject)).toBe(status[all]);
  });

  it.each(pairs)('any [%s, %s] is %s (all: %s)', (a, b, _all, any) => {
    expect(statusOf(BUCKET, { any: [truth[a], truth[b]] }, subject)).toBe(status[any]);
  });

  it.each([
    ['not T', { not: T }, 'FAIL'],
    ['not F', { not: F }, 'PASS'],
    ['not U stays unknown', { not: U }, 'ERROR'],
    ['not not U stays unknown', { not: { not: U } }, 'ERROR'],
    ['not all [F, U]: false wins inside, so true', { not: { all: [F, U] } }, 'PASS'],
    ['not any [F, U]: unknown inside, so unknown', { not: { any: [F, U] } }, 'ERROR'],
    ['not any [T, U]: true wins inside, so false', { not: { any: [T, U] } }, 'FAIL'],
    ['all of three with one unknown and no false', { all: [T, T, U] }, 'ERROR'],
    ['any of three with one unknown and no true', { any: [F, F, U] }, 'ERROR'],
  ] as const)('%s', (_label, check, expected) => {
    expect(statusOf(BUCKET, check, subject)).toBe(expected);
  });
});

describe('where: applicability is three-valued too', () => {
  it.each([
    ['false where: NOT_APPLICABLE, even when the check is unknown', F, U, 'NOT_APPLICABLE'],
    ['unknown where: ERROR, even when the check would pass', U, T, 'ERROR'],
    ['unknown where: ERROR, even when the check would fail', U, F, 'ERROR'],
    ['all [F, U] where is false: NOT_APPLICABLE', { all: [F, U] }, T, 'NOT_APPLICABLE'],
    ['any [T, U] where is true: the check decides', { any: [T, U] }, F, 'FAIL'],
    ['true where, unknown check: ERROR', T, U, 'ERROR'],
  ] as const)('%s', (_label, where, check, expected) => {
    expect(statusOf(BUCKET, check, subject, where)).toBe(expected);
  });
});

describe('an uncollected field makes a finding ERROR, never PASS or FAIL', () => {
  const errored: ResourceSpec = { errors: [{ path: 'publicAccessBlock', code: 'AccessDenied', message: 'not allowed: s3:GetBucketPublicAccessBlock' }] };

  it.each([
    ['equals', { path: 'publicAccessBlock.blockPublicAcls', equals: true }],
    ['negated equals', { not: { path: 'publicAccessBlock.blockPublicAcls', equals: true } }],
    ['exists: false (absent is not the same as unread)', { path: 'publicAccessBlock', exists: false }],
    ['the whole object compared to null', { path: 'publicAccessBlock', equals: null }],
    ['an all whose other members pass', { all: [{ path: 'versioning.status', equals: 'Enabled' }, { path: 'publicAccessBlock.ignorePublicAcls', equals: true }] }],
    ['an any whose other members fail', { any: [{ path: 'versioning.status', equals: 'Suspended' }, { path: 'publicAccessBlock.ignorePublicAcls', equals: true }] }],
  ] as const)('%s', (_label, check) => {
    const policy = compileSpec({ resource: BUCKET, check });
    const finding = findingFor(policy, resource(BUCKET, errored));
    expect(finding.status).toBe('ERROR');
    expect(finding.messageKey).toBe('error');
    expect(finding.remediation).toBeUndefined();
    expect(finding.reasons).toEqual([expect.objectContaining({ code: 'AccessDenied', message: 'AccessDenied: not allowed: s3:GetBucketPublicAccessBlock' })]);
    expect(finding.message).toMatch(/^Could not evaluate test-policy on aws\.s3\.bucket r-1: publicAccessBlock(\.\w+)?: AccessDenied: not allowed: s3:GetBucketPublicAccessBlock$/);
  });

  it('a decided FAIL does not carry the unknown as a reason', () => {
    const policy = compileSpec({ resource: BUCKET, check: { all: [{ path: 'versioning.status', equals: 'Suspended' }, { path: 'publicAccessBlock.ignorePublicAcls', equals: true }] } });
    const finding = findingFor(policy, resource(BUCKET, errored));
    expect(finding.status).toBe('FAIL');
    expect(finding.reasons).toBeUndefined();
  });
});

/** A security group whose ingress rules have these fromPorts; 'U' marks a rule whose fromPort could not be read. */
function group(ports: readonly (number | 'U')[], extraErrors: readonly { path: string; code: string }[] = []): ResourceSpec {
  const ingress = ports.map((port) => ({
    protocol: 'tcp', fromPort: port === 'U' ? 0 : port, toPort: port === 'U' ? 0 : port,
    ipv4Ranges: [{ cidr: '10.0.0.0/8', description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [],
  }));
  const errors = ports.flatMap((port, i) => (port === 'U' ? [{ path: `ingress[${i}].fromPort`, code: 'Throttling' }] : []));
  return { data: { ingress }, errors: [...errors, ...extraErrors] };
}

/** Elements T (fromPort 22), F (fromPort 443) and U (unreadable) for `{ path: fromPort, equals: 22 }`. */
function elements(states: string): ResourceSpec {
  return group(states.split('').map((s) => (s === 'T' ? 22 : s === 'F' ? 443 : 'U')));
}

const is22 = { path: 'fromPort', equals: 22 };

describe('quantifiers over a list field', () => {
  const table: readonly (readonly [string, string, string, string])[] = [
    // elements, every, some, none
    ['', 'PASS', 'FAIL', 'PASS'],
    ['T', 'PASS', 'PASS', 'FAIL'],
    ['F', 'FAIL', 'FAIL', 'PASS'],
    ['U', 'ERROR', 'ERROR', 'ERROR'],
    ['TT', 'PASS', 'PASS', 'FAIL'],
    ['TF', 'FAIL', 'PASS', 'FAIL'],
    ['TU', 'ERROR', 'PASS', 'FAIL'],
    ['FU', 'FAIL', 'ERROR', 'ERROR'],
    ['UF', 'FAIL', 'ERROR', 'ERROR'],
    ['UT', 'ERROR', 'PASS', 'FAIL'],
    ['UU', 'ERROR', 'ERROR', 'ERROR'],
  ];

  it.each(table)('[%s]: every %s, some %s, none %s', (states, every, some, none) => {
    expect(statusOf(SG, { path: 'ingress', every: is22 }, elements(states))).toBe(every);
    expect(statusOf(SG, { path: 'ingress', some: is22 }, elements(states))).toBe(some);
    expect(statusOf(SG, { path: 'ingress', none: is22 }, elements(states))).toBe(none);
  });

  it.each([
    // count test, elements, expected: the count is decided only when every possible count gives one answer
    [{ gte: 1 }, '', 'FAIL'],
    [{ equals: 0 }, '', 'PASS'],
    [{ equals: 1 }, 'TF', 'PASS'],
    [{ equals: 1 }, 'TT', 'FAIL'],
    [{ equals: 1 }, 'TU', 'ERROR'],
    [{ gte: 1 }, 'TU', 'PASS'],
    [{ gte: 2 }, 'TU', 'ERROR'],
    [{ gte: 3 }, 'TU', 'FAIL'],
    [{ gt: 0 }, 'FU', 'ERROR'],
    [{ gt: 0 }, 'UT', 'PASS'],
    [{ lt: 3 }, 'TU', 'PASS'],
    [{ lt: 3 }, 'TUU', 'ERROR'],
    [{ lt: 1 }, 'TUU', 'FAIL'],
    [{ lte: 0 }, 'FF', 'PASS'],
    [{ lte: 0 }, 'FU', 'ERROR'],
    [{ equals: 0 }, 'UUU', 'ERROR'],
    [{ equals: 2 }, 'TFT', 'PASS'],
  ] as const)('count %j where fromPort is 22 over [%s] is %s', (test, states, expected) => {
    expect(statusOf(SG, { path: 'ingress', count: { where: is22, ...test } }, elements(states))).toBe(expected);
  });

  it.each([
    [{ equals: 3 }, 'TFU', 'PASS'],
    [{ gte: 4 }, 'TFU', 'FAIL'],
    [{ equals: 0 }, '', 'PASS'],
  ] as const)('a bare count %j counts every element of [%s], readable or not: %s', (test, states, expected) => {
    expect(statusOf(SG, { path: 'ingress', count: test }, elements(states))).toBe(expected);
  });

  it.each(['every', 'some', 'none'] as const)('%s over a list that could not be read is ERROR', (kind) => {
    const unreadable = group([22, 443], [{ path: 'ingress', code: 'UnauthorizedOperation' }]);
    expect(statusOf(SG, { path: 'ingress', [kind]: is22 }, unreadable)).toBe('ERROR');
  });

  it('a bare count over a list that could not be read is ERROR', () => {
    expect(statusOf(SG, { path: 'ingress', count: { equals: 0 } }, group([], [{ path: 'ingress', code: 'UnauthorizedOperation' }]))).toBe('ERROR');
  });

  it('an error path with [] makes that field unknown in every element', () => {
    const spec = group([22, 443], [{ path: 'ingress[].fromPort', code: 'Throttling' }]);
    expect(statusOf(SG, { path: 'ingress', some: is22 }, spec)).toBe('ERROR');
    expect(statusOf(SG, { path: 'ingress', some: { path: 'protocol', equals: 'tcp' } }, spec)).toBe('PASS');
  });

  it('nested quantifiers keep their own element indexes for errors', () => {
    const spec: ResourceSpec = {
      data: { ingress: [
        { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '10.0.0.0/8', description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] },
        { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '10.0.0.0/8', description: null }, { cidr: '10.1.0.0/16', description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] },
      ] },
      errors: [{ path: 'ingress[1].ipv4Ranges[1].cidr', code: 'Throttling' }],
    };
    const open = { path: 'ipv4Ranges', some: { path: 'cidr', equals: '0.0.0.0/0' } };
    expect(statusOf(SG, { path: 'ingress', none: open }, spec)).toBe('ERROR');
    expect(statusOf(SG, { path: 'ingress[0].ipv4Ranges', none: { path: 'cidr', equals: '0.0.0.0/0' } }, spec)).toBe('PASS');
    expect(statusOf(SG, { path: 'ingress[1].ipv4Ranges', some: { path: 'cidr', equals: '10.0.0.0/8' } }, spec)).toBe('PASS');
    expect(statusOf(SG, { path: 'ingress[1].ipv4Ranges', every: { path: 'cidr', startsWith: '10.' } }, spec)).toBe('ERROR');
  });
});

describe('a function given a list element reads all of it', () => {
  const exposes22 = { fn: 'exposesPortsToInternet', with: { ports: [22] } };
  // Rule 0 opens 22 to 10.0.0.0/8; rule 1's source CIDR could not be read (it could be 0.0.0.0/0).
  const rules = (errorPath: string): ResourceSpec => ({
    data: { ingress: [
      { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '10.0.0.0/8', description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] },
      { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] },
    ] },
    errors: [{ path: errorPath, code: 'IncompleteResponse' }],
  });

  it.each(['ingress[1]', 'ingress[1].ipv4Ranges[0].cidr', 'ingress[].ipv4Ranges', 'ingress'])('an element with an unreadable part (error at %s) is unknown, not "not exposed"', (errorPath) => {
    expect(statusOf(SG, { path: 'ingress', none: exposes22 }, rules(errorPath))).toBe('ERROR');
  });

  it('an unreadable part of another element leaves a decided element decided', () => {
    const open = rules('ingress[1].ipv4Ranges[0].cidr');
    const first = open.data?.ingress as { ipv4Ranges: { cidr: string }[] }[];
    first[0]!.ipv4Ranges[0]!.cidr = '0.0.0.0/0';
    expect(statusOf(SG, { path: 'ingress', none: exposes22 }, open)).toBe('FAIL');
  });
});

describe('evidence explains the verdict', () => {
  it('a failed all lists only its failing reads', () => {
    const policy = compileSpec({ resource: BUCKET, check: { all: [{ path: 'name', equals: 'b' }, { path: 'versioning.status', equals: 'Enabled' }] } });
    const finding = findingFor(policy, resource(BUCKET, { data: { name: 'b', versioning: { status: 'Suspended' } } }));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toEqual([{ path: 'versioning.status', actual: 'Suspended', op: 'equals', expected: 'Enabled', result: 'fail' }]);
  });

  it('a failed any of equally close branches lists each of them', () => {
    const policy = compileSpec({ resource: BUCKET, check: { any: [{ path: 'name', equals: 'x' }, { path: 'versioning.status', equals: 'Enabled' }] } });
    const finding = findingFor(policy, resource(BUCKET, { data: { name: 'b', versioning: { status: 'Suspended' } } }));
    expect(finding.evidence.map((e) => [e.path, e.result])).toEqual([['name', 'fail'], ['versioning.status', 'fail']]);
  });

  it('a passed any lists only the reads that passed', () => {
    const policy = compileSpec({ resource: BUCKET, check: { any: [{ path: 'name', equals: 'x' }, { path: 'versioning.status', equals: 'Enabled' }] } });
    const finding = findingFor(policy, resource(BUCKET, { data: { name: 'b', versioning: { status: 'Enabled' } } }));
    expect(finding.status).toBe('PASS');
    expect(finding.evidence.map((e) => [e.path, e.result])).toEqual([['versioning.status', 'pass']]);
  });

  it('a failed every names the failing element with its concrete index', () => {
    const policy = compileSpec({ resource: SG, check: { path: 'ingress', every: is22 } });
    const finding = findingFor(policy, resource(SG, group([22, 443, 22])));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toEqual([{ path: 'ingress[1].fromPort', actual: 443, op: 'equals', expected: 22, result: 'fail' }]);
  });

  it('inside an element, a failed all keeps the failing read and drops the passing one', () => {
    const policy = compileSpec({ resource: SG, check: { path: 'ingress', every: { all: [{ path: 'protocol', equals: 'tcp' }, { path: 'fromPort', lte: 1024 }] } } });
    const finding = findingFor(policy, resource(SG, group([22, 8080])));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toEqual([{ path: 'ingress[1].fromPort', actual: 8080, op: 'lte', expected: 1024, result: 'fail' }]);
  });

  it('a failed some says how many elements it tried and shows the first of the closest', () => {
    const policy = compileSpec({ resource: SG, check: { path: 'ingress', some: is22 } });
    const finding = findingFor(policy, resource(SG, group([80, 443])));
    expect(finding.evidence.map((e) => [e.path, e.actual, e.result])).toEqual([['ingress', 2, 'fail'], ['ingress[0].fromPort', 80, 'fail']]);
  });

  it('nested lists: the evidence path carries both indexes', () => {
    const spec: ResourceSpec = {
      data: { ingress: [
        { protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: [{ cidr: '10.0.0.0/8', description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] },
        { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '10.0.0.0/8', description: null }, { cidr: '0.0.0.0/0', description: null }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] },
      ] },
    };
    const policy = compileSpec({ resource: SG, check: { path: 'ingress', every: { path: 'ipv4Ranges', none: { path: 'cidr', equals: '0.0.0.0/0' } } } });
    const finding = findingFor(policy, resource(SG, spec));
    expect(finding.status).toBe('FAIL');
    // The read that made `none` false, restated as negated (as `not` does) so it reads as the failing one.
    expect(finding.evidence).toEqual([{ path: 'ingress[1].ipv4Ranges[1].cidr', actual: '0.0.0.0/0', op: 'not equals', expected: '0.0.0.0/0', result: 'fail' }]);
  });

  it('an empty list explains itself', () => {
    const policy = compileSpec({ resource: SG, check: { path: 'ingress', some: is22 } });
    const finding = findingFor(policy, resource(SG, group([])));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toEqual([{ path: 'ingress', actual: [], op: 'some', expected: 'at least one matching element', result: 'fail' }]);
  });

  it('a count states the count it found', () => {
    const policy = compileSpec({ resource: SG, check: { path: 'ingress', count: { where: is22, gte: 2 } } });
    const finding = findingFor(policy, resource(SG, group([22, 443])));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toContainEqual({ path: 'ingress', actual: 1, op: 'count gte', expected: 2, result: 'fail' });
  });

  it('not restates the evidence inside it as negated', () => {
    const policy = compileSpec({ resource: BUCKET, check: { not: { path: 'name', equals: 'b' } } });
    const finding = findingFor(policy, resource(BUCKET, { data: { name: 'b' } }));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toEqual([{ path: 'name', actual: 'b', op: 'not equals', expected: 'b', result: 'fail' }]);
  });

  it('an ERROR shows the unreadable read with its concrete index, and why', () => {
    const policy = compileSpec({ resource: SG, check: { path: 'ingress', every: is22 } });
    const finding = findingFor(policy, resource(SG, group([22, 'U'])));
    expect(finding.status).toBe('ERROR');
    expect(finding.evidence).toContainEqual({ path: 'ingress[1].fromPort', actual: null, op: 'equals', expected: 22, result: 'unknown' });
    expect(finding.evidence).not.toContainEqual(expect.objectContaining({ path: 'ingress[0].fromPort' }));
    expect(finding.reasons).toEqual([{ path: 'ingress[1].fromPort', code: 'Throttling', message: 'Throttling: Throttling (test)' }]);
  });

  it('a FAIL decided despite an unknown still shows the unknown read', () => {
    const policy = compileSpec({ resource: SG, check: { path: 'ingress', every: is22 } });
    const finding = findingFor(policy, resource(SG, group(['U', 443])));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence.map((e) => [e.path, e.result])).toEqual([['ingress[0].fromPort', 'unknown'], ['ingress[1].fromPort', 'fail']]);
  });
});

describe('unreadable tags', () => {
  const tagged = { path: '$tags.owner', exists: true };
  it('a policy reading $tags is ERROR when the tags could not be collected, never FAIL for "untagged"', () => {
    expect(statusOf('aws.s3.bucket', tagged, { errors: [{ path: '$tags', code: 'AccessDenied' }] })).toBe('ERROR');
    expect(statusOf('aws.s3.bucket', tagged, { tags: {} })).toBe('FAIL');
    expect(statusOf('aws.s3.bucket', tagged, { tags: { owner: 'platform' } })).toBe('PASS');
  });

  it('a policy reading only data is not affected by unreadable tags', () => {
    expect(statusOf('aws.s3.bucket', { path: 'versioning.status', equals: 'Enabled' }, { errors: [{ path: '$tags', code: 'AccessDenied' }] })).toBe('PASS');
  });
});

describe('members of all and any switched by when', () => {
  // any: [F, when acceptSecond then T]: the second path passes only where a pack accepts it.
  const spec = (then: unknown = T) => ({ resource: BUCKET, check: { any: [F, { when: { param: 'acceptSecond' }, then }] }, parameters: { acceptSecond: { type: 'boolean', default: false } } });
  const compiled = (accept: boolean | undefined, then: unknown = T) => compileText(policyYaml(spec(then)), 'policies/test-policy.yaml', accept === undefined ? new Map() : new Map([['acceptSecond', { value: accept }]]));

  it('a member switched off is not there: it neither passes the verdict nor explains the failure', () => {
    const finding = findingFor(compiled(undefined), resource(BUCKET, subject));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toEqual([{ path: 'name', actual: 'b', op: 'equals', expected: 'other', result: 'fail' }]);
  });

  it('switched on by a pack, it decides like any other member', () => {
    expect(findingFor(compiled(true), resource(BUCKET, subject)).status).toBe('PASS');
    expect(findingFor(compiled(false), resource(BUCKET, subject)).status).toBe('FAIL');
  });

  it('a member switched off is still compiled, so its mistakes are reported', () => {
    expect(diagnose(policyYaml(spec({ path: 'nmae', equals: 'b' }))).map((e) => e.message).join('\n')).toMatch(/nmae/);
  });

  it('refuses a when that is not a boolean, a member without then, and a list with every member off', () => {
    const messages = (check: unknown, parameters?: PolicySpec['parameters']) => diagnose(policyYaml({ resource: BUCKET, check, ...(parameters === undefined ? {} : { parameters }) })).map((e) => `${e.code}: ${e.message}`);
    expect(messages({ any: [F, { when: 'yes', then: T }] })).toEqual(['POLICY_CONDITION: when must be true or false (or a parameter or argument holding one); found "yes"']);
    expect(messages({ any: [F, { when: true, path: 'name', equals: 'b' }] })).toEqual(['POLICY_CONDITION: when takes exactly { when: true|false|{ param: name }|{ arg: name }, then: condition }; found also path, equals']);
    expect(messages({ any: [{ when: { param: 'acceptSecond' }, then: T }] }, { acceptSecond: { type: 'boolean', default: false } })).toEqual(['POLICY_CONDITION: every member of this any is switched off by its when; at least one must be on']);
  });
});
