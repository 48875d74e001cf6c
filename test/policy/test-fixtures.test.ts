/**
 * Test cases that extend a fixture, and list elements filled from the type's
 * example: fewer lines per case, the same snapshot the case would have
 * written out in full.
 */
import { describe, expect, it } from 'vitest';
import { policeCases, runPolicyCase } from '../../src/engine/policy-tests.js';
import { parsePolicy, type LoadedPolicy } from '../../src/policy/load.js';

const HEAD = `id: test-policy
title: The account's trail logs
severity: low
resource: aws.account
description: A trail of the account is logging with a classic selector that includes management events.
rationale: Tests.
check:
  related: { type: aws.cloudtrail.trail, within: account }
  some:
    all:
      - { path: status.isLogging, equals: true }
      - path: eventSelectors
        some: { path: includeManagementEvents, equals: true }
messages: { fail: No logging trail. }
remediation: { text: Start logging. }
`;

function policy(rest: string): LoadedPolicy {
  const loaded = parsePolicy({ file: 'policies/test-policy.yaml', text: HEAD + rest, origin: 'user' });
  if (Array.isArray(loaded)) throw new Error(loaded.map((e) => e.message).join('; '));
  return loaded;
}

const FIXTURES = `fixtures:
  logging:
    related:
      - { type: aws.cloudtrail.trail, id: main, data: { status: { isLogging: true } } }
      - { type: aws.cloudtrail.trail, id: other, data: { status: { isLogging: false } } }
`;

describe('a case extending a fixture', () => {
  const loaded = policy(`${FIXTURES}tests:
  - { name: the fixture passes, extends: logging, expect: PASS }
  - name: a related resource of the same type and id merges into the fixture's
    extends: logging
    related: [ { type: aws.cloudtrail.trail, id: main, data: { status: { isLogging: false } } } ]
    expect: FAIL
  - name: absent drops the fixture's resource
    extends: logging
    related: [ { type: aws.cloudtrail.trail, id: main, absent: true } ]
    expect: FAIL
  - name: a list element is filled from the type's example, so one field is enough
    extends: logging
    related: [ { type: aws.cloudtrail.trail, id: main, data: { eventSelectors: [ { includeManagementEvents: false } ] } } ]
    expect: FAIL
  - name: coverage comes from the case
    extends: logging
    related: [ { type: aws.cloudtrail.trail, id: main, absent: true } ]
    coverage: [ { type: aws.cloudtrail.trail, status: failed } ]
    expect: ERROR
`);

  it.each(loaded.document.tests.map((t, i) => [t.name, i] as const))('%s', (_name, i) => {
    const outcome = runPolicyCase(loaded, i);
    expect(outcome.problems.map((e) => e.message)).toEqual([]);
  });

  it('sees the merged resources: the fixture\'s other trail stays, the changed one keeps its unstated fields', () => {
    const outcome = runPolicyCase(loaded, 1);
    expect(outcome.finding?.evidence).toContainEqual(expect.objectContaining({ path: 'status.isLogging', actual: false, resource: 'aws.cloudtrail.trail main' }));
    // Both trails were tried: the fixture's other one is still there.
    expect(outcome.finding?.evidence).toContainEqual(expect.objectContaining({ path: 'aws.cloudtrail.trail', actual: 2, op: 'some' }));
  });
});

describe('fixtures policed', () => {
  it('an unknown fixture is an error at the case\'s extends', () => {
    const loaded = policy(`${FIXTURES}tests:
  - { name: extends a misspelt fixture, extends: loging, expect: PASS }
  - { name: uses the real one, extends: logging, expect: PASS }
`);
    const outcome = runPolicyCase(loaded, 0);
    expect(outcome.problems.map((e) => `${e.code} ${String(e.location?.line)} ${e.message}`))
      .toEqual(['POLICY_TEST 22 test "extends a misspelt fixture" extends fixture "loging", which this policy does not define; did you mean "logging"?']);
  });

  it('a fixture no case extends is an error', () => {
    const loaded = policy(`${FIXTURES}tests:
  - { name: stands alone, related: [ { type: aws.cloudtrail.trail, id: main } ], expect: PASS }
`);
    expect(policeCases(loaded).map((e) => e.message)).toContain('fixture "logging" is extended by no test case');
  });
});
