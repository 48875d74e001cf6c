/**
 * A named condition's own test cases, run once in its library instead of in
 * every policy that uses it (the chain of a CIS 5.x control is tested here;
 * each control's policy tests only its events). The cases run as those of a
 * policy on the condition's resource type whose check is the bare use, with
 * each argument passed through a parameter of the same name: so one runner,
 * one fixture resolver and one case policing serve policies and libraries,
 * and every location points back into the library file.
 */
import { AssayError } from '../diagnostics/error.js';
import type { ConditionLibrary, ConditionTestCase, NamedCondition } from '../policy/library.js';
import type { LoadedPolicy } from '../policy/load.js';
import type { PolicyDocument, PolicyParameter, PolicyTestCase, PolicyTestFixture } from '../policy/schema.js';


/** Pointers of the stand-in policy, back in the library: its cases and fixtures are the condition's. */
function locatorFor(named: NamedCondition): LoadedPolicy['locate'] {
  const base = `/conditions/${named.name}`;
  return (pointer, atKey) => {
    const params = /^\/tests\/(\d+)\/params(\/.*)?$/.exec(pointer);
    if (params !== null) return named.locate(`${base}/tests/${params[1] ?? ''}/with${params[2] ?? ''}`, atKey);
    if (pointer.startsWith('/tests') || pointer.startsWith('/fixtures')) return named.locate(`${base}${pointer}`, atKey);
    return named.locate(base, true);
  };
}

/**
 * The condition's cases as a policy's, or undefined when it has none; a case
 * that leaves a required argument unpassed is a problem at the case.
 */
export function conditionTestSuite(named: NamedCondition, library: ConditionLibrary): { policy: LoadedPolicy; problems: AssayError[] } | undefined {
  const { document } = named;
  if (document.tests === undefined) return undefined;
  const locate = locatorFor(named);
  const argumentsOf = Object.entries(document.arguments ?? {});
  const fixtures = document.fixtures ?? {};
  const problems: AssayError[] = [];
  const tests = document.tests.map((testCase: ConditionTestCase, i): PolicyTestCase => {
    const { with: own, ...rest } = testCase;
    const passed = { ...(testCase.extends === undefined ? {} : fixtures[testCase.extends]?.with), ...own };
    for (const [name, argument] of argumentsOf) {
      if (argument.default === undefined && !(name in passed)) {
        problems.push(new AssayError('POLICY_TEST', `test "${testCase.name}" of named condition ${named.name} does not pass the required argument "${name}" (under with:, or its fixture's)`, { location: locate(`/tests/${i}`) }));
      }
    }
    return Object.keys(passed).length === 0 ? rest : { ...rest, params: passed };
  });
  const policyFixtures = Object.fromEntries(Object.entries(fixtures).map(([name, { with: _with, ...fixture }]): [string, PolicyTestFixture] => [name, fixture]));
  // A required argument has no default to compile the stand-in with: the first value a case passes stands in
  // (each case then compiles with its own). If no case passes it, every case has been reported above.
  const firstPassed = (name: string): unknown => tests.map((t) => t.params?.[name]).find((v) => v !== undefined);
  const parameters = Object.fromEntries(argumentsOf.map(([name, argument]): [string, PolicyParameter] =>
    [name, { type: argument.type, default: argument.default ?? firstPassed(name) ?? null, description: argument.description }]));
  const policy: PolicyDocument = {
    id: named.name,
    title: document.description,
    severity: 'low',
    resource: document.resource,
    description: document.description,
    rationale: document.description,
    check: { use: named.name, ...(argumentsOf.length === 0 ? {} : { with: Object.fromEntries(argumentsOf.map(([name]) => [name, { param: name }])) }) },
    ...(argumentsOf.length === 0 ? {} : { parameters }),
    messages: { fail: 'the condition does not hold', pass: 'the condition holds' },
    remediation: { text: 'none (a named condition)', risk: 'none' },
    ...(Object.keys(policyFixtures).length === 0 ? {} : { fixtures: policyFixtures }),
    tests,
  };
  return { policy: { file: named.file, origin: named.origin, document: policy, locate, library }, problems };
}
