/**
 * A test case that `extends` one of its policy's fixtures, resolved to the
 * case it stands for: the fixture's resource data under the case's (field by
 * field, like a type's example under a fixture), the fixture's related
 * resources merged with the case's by type and id (`absent: true` drops
 * one), and the fixture's coverage unless the case states its own.
 */
import { AssayError } from '../diagnostics/error.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { mergeData } from '../resources/build.js';
import type { LoadedPolicy } from '../policy/load.js';
import type { PolicyTestCase } from '../policy/schema.js';

type Related = NonNullable<PolicyTestCase['related']>[number];

const keyOf = (r: Related): string => `${r.type}\u0000${r.id}`;

function mergeRelated(base: readonly Related[], own: readonly Related[]): Related[] {
  const merged = new Map<string, Related>(base.map((r) => [keyOf(r), r]));
  for (const entry of own) {
    const previous = merged.get(keyOf(entry));
    if (entry.absent === true) {
      merged.delete(keyOf(entry));
    } else if (previous === undefined) {
      merged.set(keyOf(entry), entry);
    } else {
      merged.set(keyOf(entry), {
        ...previous,
        ...entry,
        data: mergeData(previous.data ?? {}, entry.data ?? {}) as Record<string, unknown>,
      });
    }
  }
  return [...merged.values()];
}

/** The case with its fixture applied, or the problem naming a fixture that does not exist. */
export function resolveTestCase(policy: LoadedPolicy, index: number): PolicyTestCase | AssayError {
  const testCase = policy.document.tests[index];
  if (testCase === undefined) throw new AssayError('INTERNAL', `${policy.document.id} has no test case ${index}`);
  if (testCase.extends === undefined) return testCase;
  const fixtures = policy.document.fixtures ?? {};
  const fixture = fixtures[testCase.extends];
  if (fixture === undefined) {
    const names = Object.keys(fixtures);
    return new AssayError('POLICY_TEST', `test "${testCase.name}" extends fixture "${testCase.extends}", which this policy does not define${names.length === 0 ? ' (it has no fixtures:)' : didYouMean(testCase.extends, names)}`, { location: policy.locate(`/tests/${index}/extends`) });
  }
  const related = mergeRelated(fixture.related ?? [], testCase.related ?? []);
  const coverage = testCase.coverage ?? fixture.coverage;
  return {
    ...testCase,
    resource: mergeData(fixture.resource ?? {}, testCase.resource ?? {}) as Record<string, unknown>,
    ...(related.length === 0 ? {} : { related }),
    ...(coverage === undefined ? {} : { coverage }),
  };
}

/** Fixtures no case extends: written for nothing, or a case that forgot its `extends`. */
export function unusedFixtures(policy: LoadedPolicy): AssayError[] {
  const used = new Set(policy.document.tests.map((c) => c.extends));
  return Object.keys(policy.document.fixtures ?? {}).filter((name) => !used.has(name))
    .map((name) => new AssayError('POLICY_TEST', `fixture "${name}" is extended by no test case`, { location: policy.locate(`/fixtures/${name}`, true) }));
}
