/**
 * The compiler's diagnostics on policy YAML text (STYLE.md habit 3): each
 * names the problem like a person would, suggests the likely fix, and points
 * at the offending place (line:column, 1-based) — and every problem in a file
 * is reported at once, in file order.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/policy/load.js';
import { brief, diagnose } from './harness.js';

const FILE = 'policies/bucket-versioning.yaml';

// Line numbers are used literally below; keep this text as it is.
const base = [
  'id: bucket-versioning', //                                         1
  'title: S3 buckets keep object versions', //                        2
  'severity: medium', //                                              3
  'resource: aws.s3.bucket', //                                       4
  'description: Versioning is enabled.', //                           5
  'rationale: Versions allow recovery.', //                           6
  'check:', //                                                        7
  '  path: versioning.status', //                                     8
  '  equals: Enabled', //                                             9
  'messages:', //                                                     10
  '  fail: "Bucket {{resource.id}} does not keep versions."', //     11
  'remediation:', //                                                  12
  '  text: Enable versioning.', //                                    13
  'tests:', //                                                        14
  '  - { name: on, resource: {}, expect: PASS }', //                  15
  '',
].join('\n');

/** `base` with one exact piece of text replaced (which must be there). */
function edit(from: string, to: string, text = base): string {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the policy text`);
  return text.replace(from, to);
}

const SG = (text: string): string => edit('resource: aws.s3.bucket', 'resource: aws.ec2.security-group', text);

describe('the base policy', () => {
  it('is valid, so each test below shows exactly the problems it introduces', () => {
    expect(diagnose(base, FILE)).toEqual([]);
  });
});

describe('YAML syntax', () => {
  it.each([
    ['a duplicate key, at the second occurrence', edit('check:\n', 'check:\n  path: name\n'), ['YAML_SYNTAX 9:3 invalid YAML: Map keys must be unique']],
    ['a tab used as indentation', edit('  equals: Enabled', '\tequals: Enabled'), ['YAML_SYNTAX 9:1 invalid YAML: Tabs are not allowed as indentation']],
    ['a colon inside a plain value', edit('title: S3 buckets keep object versions', 'title: S3 buckets: keep versions'), ['YAML_SYNTAX 2:8 invalid YAML: Nested mappings are not allowed in compact mappings']],
    ['a custom tag (refused in untrusted files)', edit('severity: medium', 'severity: !!js/undefined medium'), ['YAML_SYNTAX 3:11 invalid YAML: Unresolved tag: tag:yaml.org,2002:js/undefined']],
    ['an unclosed flow mapping', edit('check:\n  path: versioning.status\n  equals: Enabled', 'check: { path: versioning.status, equals: Enabled'), ['YAML_SYNTAX 8:1 invalid YAML: Flow map in block collection must be sufficiently indented and end with a }']],
  ])('%s', (_label, text, expected) => {
    expect(brief(diagnose(text, FILE))).toEqual(expected);
  });

  it('caps alias expansion (a "billion laughs" file is refused, not expanded)', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    const errors = diagnose(bomb, FILE);
    expect(errors.map((e) => e.code)).toEqual(['YAML_SYNTAX']);
    expect(errors[0]?.message).toMatch(/^invalid YAML: .*alias/i);
  });
});

describe('the policy schema', () => {
  it('an unknown top-level field: did you mean, at the key; and the field it was meant to be is missing', () => {
    expect(brief(diagnose(edit('check:', 'chek:'), FILE))).toEqual([
      'POLICY_SCHEMA 1:1 "check" is missing (required)',
      'POLICY_SCHEMA 7:1 "chek" is not a known field; did you mean "check"?',
    ]);
  });

  it('a misspelt enum value: did you mean, at the value', () => {
    expect(brief(diagnose(edit('severity: medium', 'severity: mediun'), FILE))).toEqual([
      'POLICY_SCHEMA 3:11 "severity" must be one of "critical", "high", "medium", "low", "info"; found "mediun"; did you mean "medium"?',
    ]);
  });

  it('an unknown resource type: did you mean, at the value', () => {
    const errors = diagnose(edit('resource: aws.s3.bucket', 'resource: aws.s3.buckets'), FILE);
    expect(brief(errors)).toEqual(['UNKNOWN_RESOURCE_TYPE 4:11 unknown resource type "aws.s3.buckets"; did you mean "aws.s3.bucket"?']);
    expect(errors[0]?.hint).toBe('`assay types` lists the resource types');
  });

  it('all schema problems of a file at once, sorted by position', () => {
    const text = edit('tests:', 'tets:', edit('title: S3 buckets keep object versions\n', '', edit('severity: medium', 'severity: mediun')));
    expect(brief(diagnose(text, FILE))).toEqual([
      'POLICY_SCHEMA 1:1 "tests" is missing (required)',
      'POLICY_SCHEMA 1:1 "title" is missing (required)',
      'POLICY_SCHEMA 2:11 "severity" must be one of "critical", "high", "medium", "low", "info"; found "mediun"; did you mean "medium"?',
      'POLICY_SCHEMA 13:1 "tets" is not a known field; did you mean "tests"?',
    ]);
  });
});

describe('ids and files', () => {
  it('an id that does not match the file name', () => {
    const errors = diagnose(edit('id: bucket-versioning', 'id: bucket-versions'), FILE);
    expect(brief(errors)).toEqual(['POLICY_ID_MISMATCH 1:5 policy id "bucket-versions" does not match its file name "bucket-versioning"']);
    expect(errors[0]?.hint).toBe('rename the file to bucket-versions.yaml or the id to bucket-versioning');
  });

  it('the same id in two files (in two folders), reported at the second file\'s id', () => {
    const { policies, errors } = loadPolicies([
      { file: 'team-b/bucket-versioning.yaml', text: base, origin: 'user' },
      { file: 'team-a/bucket-versioning.yaml', text: base, origin: 'user' },
    ]);
    expect(policies.map((p) => p.file)).toEqual(['team-a/bucket-versioning.yaml']);
    expect(errors.map((e) => [e.code, e.message, e.location])).toEqual([
      ['POLICY_DUPLICATE_ID', 'policy id "bucket-versioning" is already used by team-a/bucket-versioning.yaml', { file: 'team-b/bucket-versioning.yaml', line: 1, column: 5, pointer: '/id' }],
    ]);
  });

  it('problems in several files are all reported', () => {
    const { errors } = loadPolicies([
      { file: 'p/bucket-versioning.yaml', text: edit('check:', 'chek:'), origin: 'user' },
      { file: 'p/other.yaml', text: base, origin: 'user' },
    ]);
    expect(errors.map((e) => `${e.location?.file ?? ''} ${e.code}`)).toEqual([
      'p/bucket-versioning.yaml POLICY_SCHEMA',
      'p/bucket-versioning.yaml POLICY_SCHEMA',
      'p/other.yaml POLICY_ID_MISMATCH',
    ]);
  });
});

describe('conditions', () => {
  it.each([
    ['a misspelt field path: did you mean, at the path value',
      edit('versioning.status', 'versioning.staus'),
      ['POLICY_CONDITION 8:9 unknown field "versioning.staus"; did you mean "versioning.status"?']],
    ['a misspelt top-level field path',
      edit('versioning.status', 'versionin.status'),
      ['POLICY_CONDITION 8:9 unknown field "versionin"; did you mean "versioning"?']],
    ['an unknown field with nothing close: the fields there are listed',
      edit('versioning.status', 'versioning.colour'),
      ['POLICY_CONDITION 8:9 unknown field "versioning.colour" (fields here: status, mfaDelete)']],
    ['an unknown operator: did you mean, at the key',
      edit('equals: Enabled', 'equal: Enabled'),
      ['POLICY_CONDITION 9:3 unknown operator "equal"; did you mean "equals"?']],
    ['an unknown condition keyword',
      edit('  path: versioning.status\n  equals: Enabled', '  paht: versioning.status'),
      ['POLICY_CONDITION 8:3 unknown condition "paht"; did you mean "path"? (a condition starts with all, any, not, path, related, fn, use, account or region)']],
    ['two operators in one condition',
      edit('  equals: Enabled', '  equals: Enabled\n  exists: true'),
      ['POLICY_CONDITION 8:3 a condition takes exactly one operator; found equals, exists (combine several with all or any)']],
    ['a condition without an operator',
      edit('  equals: Enabled\n', ''),
      ['POLICY_CONDITION 8:3 condition on "versioning.status" has no operator (equals, in, gte, matches, exists, some, every …)']],
    ['an invalid regular expression, with the reason, at the pattern',
      edit('equals: Enabled', 'matches: "^(Enabled"'),
      ['POLICY_CONDITION 9:12 matches on "versioning.status": invalid regular expression "^(Enabled": missing closing ): `^(Enabled`']],
    ['an operand that is not a possible value of the field',
      edit('equals: Enabled', 'equals: enabled'),
      ['POLICY_CONDITION 9:11 equals on "versioning.status": "enabled" is not a possible value of this field ("Enabled", "Suspended" or null); did you mean "Enabled"?']],
    ['an empty all',
      edit('  path: versioning.status\n  equals: Enabled', '  all: []'),
      ['POLICY_CONDITION 8:8 all takes a non-empty list of conditions']],
    ['a path that crosses a list with []',
      SG(edit('path: versioning.status\n  equals: Enabled', 'path: ingress[].fromPort\n  equals: 22')),
      ['POLICY_CONDITION 8:9 path "ingress[].fromPort" crosses a list with []; use a quantifier (every, some, none, count) to look inside lists']],
    ['a path that reads into a list as if it were an object',
      SG(edit('path: versioning.status\n  equals: Enabled', 'path: ingress.fromPort\n  equals: 22')),
      ['POLICY_CONDITION 8:9 "ingress" is a list; use a quantifier (every, some, none, count) to look inside it']],
    ['a quantifier on a field that is not a list',
      edit('equals: Enabled', 'some: { path: x, equals: 1 }'),
      ['POLICY_CONDITION 9:9 some needs a list, but "versioning.status" holds string']],
    ['a count that is not a whole number',
      SG(edit('path: versioning.status\n  equals: Enabled', 'path: ingress\n  count: { gte: 1.5 }')),
      ['POLICY_CONDITION 9:17 count gte needs a whole number; found 1.5']],
    ['a misspelt path inside a quantifier is checked against the element type',
      SG(edit('path: versioning.status\n  equals: Enabled', 'path: ingress\n  none: { path: fromPrt, equals: 22 }')),
      ['POLICY_CONDITION 9:17 unknown field "fromPrt"; did you mean "fromPort"?']],
  ])('%s', (_label, text, expected) => {
    expect(brief(diagnose(text, FILE))).toEqual(expected);
  });
});

describe('functions', () => {
  const call = (fn: string, options: string): string =>
    SG(edit('check:\n  path: versioning.status\n  equals: Enabled', `check:\n  path: ingress\n  none:\n    fn: ${fn}\n    with: ${options}`));

  it('an unknown function: did you mean, at the name, and a hint listing them', () => {
    const errors = diagnose(call('exposesPortToInternet', '{ ports: [22] }'), FILE);
    expect(brief(errors)).toEqual(['POLICY_FUNCTION 10:9 unknown function "exposesPortToInternet"; did you mean "exposesPortsToInternet"?']);
    expect(errors[0]?.hint).toMatch(/^built-in functions: (\w+, )*exposesPortsToInternet(, \w+)*$/);
  });

  it('bad options: each problem at its own place, in file order', () => {
    // line 11: '    with: { ports: [22, 70000], protocol: [tcp] }'
    expect(brief(diagnose(call('exposesPortsToInternet', '{ ports: [22, 70000], protocol: [tcp] }'), FILE))).toEqual([
      'POLICY_FUNCTION 11:25 exposesPortsToInternet option "ports[1]" must be at most 65535; found 70000',
      'POLICY_FUNCTION 11:33 exposesPortsToInternet option "protocol" is not a known field; did you mean "protocols"?',
    ]);
  });

  it('a missing required option', () => {
    expect(brief(diagnose(call('exposesPortsToInternet', '{ protocols: [udp] }'), FILE))).toEqual([
      'POLICY_FUNCTION 11:11 exposesPortsToInternet option "ports" is missing (required)',
    ]);
  });

  it('an option of the wrong type', () => {
    expect(brief(diagnose(call('exposesPortsToInternet', '{ ports: [22], ipv6: "no" }'), FILE))).toEqual([
      'POLICY_FUNCTION 11:32 exposesPortsToInternet option "ipv6" must be true or false; found "no"',
    ]);
  });
});

describe('parameters', () => {
  const declare = (text: string, declaration = '  wanted: { type: string, default: Enabled, description: The status. }'): string =>
    edit('messages:', `parameters:\n${declaration}\nmessages:`, text);

  it('an unknown parameter, at its name', () => {
    expect(brief(diagnose(edit('equals: Enabled', 'equals: { param: wanted }'), FILE))).toEqual([
      'POLICY_PARAMETER 9:20 unknown parameter "wanted"; this policy declares no parameters',
    ]);
    expect(brief(diagnose(declare(edit('equals: Enabled', 'equals: { param: wanted2 }')), FILE))).toEqual([
      'POLICY_PARAMETER 9:20 unknown parameter "wanted2" (declared: wanted)',
      'POLICY_PARAMETER 11:3 parameter "wanted" is declared but never used',
    ]);
  });

  it('an unused parameter, at its key', () => {
    expect(brief(diagnose(declare(base), FILE))).toEqual(['POLICY_PARAMETER 11:3 parameter "wanted" is declared but never used']);
  });

  it('a parameter used only in a message counts as used', () => {
    expect(diagnose(declare(edit('does not keep versions.', 'is not {{param.wanted}}.')), FILE)).toEqual([]);
  });

  it('a parameter whose name is only part of another placeholder\'s is unused', () => {
    const twoDeclared = '  wanted: { type: string, default: Enabled, description: The status. }\n  wantedDays: { type: integer, default: 3, description: Days. }';
    expect(brief(diagnose(declare(edit('does not keep versions.', 'is not kept for {{param.wantedDays}} days.'), twoDeclared), FILE))).toEqual([
      'POLICY_PARAMETER 11:3 parameter "wanted" is declared but never used',
    ]);
  });

  it('a default of the wrong type', () => {
    expect(brief(diagnose(declare(edit('equals: Enabled', 'equals: { param: wanted }'), '  wanted: { type: integer, default: Enabled, description: The status. }'), FILE))).toEqual([
      'POLICY_PARAMETER 11:37 default of parameter "wanted" must be of type integer; found "Enabled"',
    ]);
  });

  it('an override that names no parameter: did you mean, at the override', () => {
    const text = declare(edit('equals: Enabled', 'equals: { param: wanted }'));
    const overrides = new Map([['wantd', { value: 'Suspended', location: { file: 'packs/p.yaml', line: 3, column: 7 } }]]);
    expect(diagnose(text, FILE, overrides).map((e) => [e.message, e.location])).toEqual([
      ['policy bucket-versioning has no parameter "wantd"; did you mean "wanted"?', { file: 'packs/p.yaml', line: 3, column: 7 }],
    ]);
  });
});

describe('message templates', () => {
  it('an unknown placeholder: did you mean, at the message', () => {
    expect(brief(diagnose(edit('{{resource.id}}', '{{resource.regoin}}'), FILE))).toEqual([
      'POLICY_MESSAGE 11:9 unknown placeholder {{resource.regoin}}; did you mean {{resource.region}}? use {{resource.id|arn|name|account|region|type}}',
    ]);
  });

  it('a placeholder of an undeclared parameter', () => {
    expect(brief(diagnose(edit('{{resource.id}}', '{{param.limit}}'), FILE))).toEqual([
      'POLICY_MESSAGE 11:9 unknown placeholder {{param.limit}}; use {{resource.id|arn|name|account|region|type}}',
    ]);
  });

  it('a NOT_APPLICABLE message without a where clause, which nothing could ever show', () => {
    const text = edit('  fail: "Bucket {{resource.id}} does not keep versions."', '  fail: "Bucket {{resource.id}} does not keep versions."\n  notApplicable: "Bucket {{resource.id}} is elsewhere."');
    expect(brief(diagnose(text, FILE))).toEqual([
      'POLICY_MESSAGE 12:3 messages.notApplicable is never used: only a where clause makes a finding NOT_APPLICABLE',
    ]);
    expect(diagnose(edit('check:', 'where: { path: versioning.status, exists: true }\ncheck:', text), FILE)).toEqual([]);
  });

  it('placeholders in remediation commands are checked too', () => {
    const text = edit('  text: Enable versioning.', '  text: Enable versioning.\n  cli:\n    - aws s3api put-bucket-versioning --bucket {{resource.idd}}');
    expect(brief(diagnose(text, FILE))).toEqual([
      'POLICY_MESSAGE 15:7 unknown placeholder {{resource.idd}}; did you mean {{resource.id}}? use {{resource.id|arn|name|account|region|type}}',
    ]);
  });
});

describe('every problem in a file at once', () => {
  it('several compile problems become several diagnostics, sorted by position', () => {
    const text = edit('check:\n  path: versioning.status\n  equals: Enabled', [
      'check:', //                                                  7
      '  all:', //                                                  8
      '    - { path: versioning.staus, equals: Enabled }', //      9
      '    - { path: name, matches: "[" }', //                     10
      '    - { path: logging, exsts: true }', //                   11
    ].join('\n'));
    const withMore = edit('messages:', 'parameters:\n  unused: { type: integer, default: 3, description: Nothing. }\nmessages:', edit('{{resource.id}}', '{{resource.nme}}', text));
    expect(brief(diagnose(withMore, FILE))).toEqual([
      'POLICY_CONDITION 9:15 unknown field "versioning.staus"; did you mean "versioning.status"?',
      'POLICY_CONDITION 10:30 matches on "name": invalid regular expression "[": missing closing ]: `[`',
      'POLICY_CONDITION 11:24 unknown operator "exsts"; did you mean "exists"?',
      'POLICY_PARAMETER 13:3 parameter "unused" is declared but never used',
      'POLICY_MESSAGE 15:9 unknown placeholder {{resource.nme}}; did you mean {{resource.name}}? use {{resource.id|arn|name|account|region|type}} or {{param.unused}}',
    ]);
  });

  it('problems in where and check are both reported', () => {
    const text = edit('check:', 'where: { path: objectLock.enbled, equals: true }\ncheck:', edit('equals: Enabled', 'equals: Enabld'));
    expect(brief(diagnose(text, FILE))).toEqual([
      'POLICY_CONDITION 7:16 unknown field "objectLock.enbled"; did you mean "objectLock.enabled"?',
      'POLICY_CONDITION 10:11 equals on "versioning.status": "Enabld" is not a possible value of this field ("Enabled", "Suspended" or null); did you mean "Enabled"?',
    ]);
  });
});
