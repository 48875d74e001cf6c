/** `assay policies list|show|validate|test`: browse, check and test policies. */
import type { Command } from 'commander';
import { AssayError, AssayErrors } from '../../diagnostics/error.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import type { namedConditionsUsed as NamedConditionsUsed } from '../../policy/library.js';
import type { LoadedPolicy } from '../../policy/load.js';
import { terminalLines, terminalText } from '../../text/terminal.js';
import { ExitCode } from '../exit-codes.js';
import { loadLibrary } from '../library.js';
import { printErrors } from '../print-errors.js';
import type { CommandContext } from '../program.js';
import { table } from '../table.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The policies a command works on: the user's paths when given, otherwise the bundled library. */
function selected(all: readonly LoadedPolicy[], paths: readonly string[]): LoadedPolicy[] {
  return paths.length === 0 ? all.filter((p) => p.origin === 'bundled') : all.filter((p) => p.origin === 'user');
}

/** The named conditions' own cases, which test the part of the policy they stand for. */
function ownCases(policy: LoadedPolicy, namedConditionsUsed: typeof NamedConditionsUsed): string {
  const tested = namedConditionsUsed([policy.document.where, policy.document.check], policy.library).filter((c) => (c.document.tests ?? []).length > 0);
  return tested.length === 0 ? '' : `; the named conditions' own: ${tested.map((c) => `${c.name} ${String(c.document.tests?.length ?? 0)}`).join(', ')}`;
}

/** The policy as text for the terminal; a user's policy may hold anything, so every line is escaped. */
async function showPolicy(policy: LoadedPolicy): Promise<string> {
  // Loaded here: listing policies needs neither YAML output nor the condition library's walk.
  const [{ stringify }, { namedConditionsUsed }] = await Promise.all([import('yaml'), import('../../policy/library.js')]);
  const d = policy.document;
  const block = (title: string, value: unknown): string => `${title}:\n${stringify(value, { lineWidth: 100 }).trimEnd().split('\n').map((l) => `  ${l}`).join('\n')}`;
  return [
    `${d.id} — ${d.title}`,
    `severity: ${d.severity} · resource: ${d.resource} · file: ${policy.file}`,
    '',
    d.description.trim(),
    '',
    `Rationale: ${d.rationale.trim()}`,
    '',
    ...(d.where === undefined ? [] : [block('Applies when', d.where)]),
    block('Check', d.check),
    ...namedConditionsUsed([d.where, d.check], policy.library).map((c) => block(`Named condition ${c.name} (${c.file}, on ${[c.document.resource, ...(c.document.alsoOn ?? [])].join(', ')})`, c.document.condition)),
    ...(d.parameters === undefined ? [] : [block('Parameters', d.parameters)]),
    ...(d.frameworks === undefined ? [] : [block('Frameworks', d.frameworks)]),
    block('Remediation', d.remediation),
    `Tests: ${d.tests.length} inline cases (\`assay policies test\`)${ownCases(policy, namedConditionsUsed)}`,
    '',
  ].map(terminalLines).join('\n');
}

export function registerPoliciesCommands(program: Command, context: CommandContext): void {
  const policies = program.command('policies').description('list, show, validate and test policies');

  policies.command('list')
    .description('list the bundled policies (and yours with --policies)')
    .option('--policies <dir>', 'also load your own policies from this directory (repeatable)', collect, [])
    .option('--json', 'print JSON')
    .action(async (options: { policies: string[]; json?: boolean }) => {
      const library = await loadLibrary(options.policies, context.io.cwd, false);
      if (library.errors.length > 0) throw new AssayErrors(library.errors);
      const rows = library.policies.map((p) => ({ id: p.document.id, severity: p.document.severity, resource: p.document.resource, title: p.document.title, origin: p.origin, file: p.file }));
      if (options.json === true) {
        context.io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      context.io.stdout.write(`${table([['ID', 'SEVERITY', 'RESOURCE', 'TITLE'], ...rows.map((r) => [r.id, r.severity, r.resource, r.title])])}\n\n${rows.length} policies.\n`);
    });

  policies.command('show')
    .description('show one policy: what it checks, why, its condition, parameters and remediation')
    .argument('<id>', 'policy id')
    .option('--policies <dir>', 'also load your own policies from this directory (repeatable)', collect, [])
    .action(async (id: string, options: { policies: string[] }) => {
      const library = await loadLibrary(options.policies, context.io.cwd, false);
      if (library.errors.length > 0) throw new AssayErrors(library.errors);
      const policy = library.policies.find((p) => p.document.id === id);
      if (policy === undefined) throw new AssayError('UNKNOWN_POLICY', `unknown policy "${id}"${didYouMean(id, library.policies.map((p) => p.document.id))}`, { hint: '`assay policies list` lists them' });
      context.io.stdout.write(await showPolicy(policy));
    });

  policies.command('validate')
    .description('check policy files: YAML, schema, paths against resource types, operators, functions, parameters, templates')
    .argument('[paths...]', 'policy files or directories (default: the bundled library)')
    .action(async (paths: string[]) => {
      const { compilePolicy } = await import('../../policy/compile.js');
      const library = await loadLibrary(paths, context.io.cwd, false);
      const chosen = selected(library.policies, paths);
      const errors = [...library.errors, ...chosen.flatMap((p) => {
        const compiled = compilePolicy(p);
        return Array.isArray(compiled) ? compiled : [];
      })];
      if (errors.length > 0) throw new AssayErrors(errors);
      context.io.stdout.write(`${chosen.length} ${chosen.length === 1 ? 'policy' : 'policies'} valid\n`);
    });

  policies.command('test')
    .description('run the inline test cases of policies, and of the named conditions in their condition libraries, through the real compiler and engine')
    .argument('[paths...]', 'policy files or directories (default: the bundled library)')
    .addHelpText('after', '\nExits 0 when every case passes, 1 when a case fails, 2 when a policy is invalid.')
    .action(async (paths: string[]) => {
      // The compiler and the engine are loaded by the commands that run policies, not by every policies command.
      const [{ compilePolicy }, { conditionTestSuite }, { policeCases, runPolicyTests }] = await Promise.all([
        import('../../policy/compile.js'), import('../../engine/condition-tests.js'), import('../../engine/policy-tests.js'),
      ]);
      const library = await loadLibrary(paths, context.io.cwd, false);
      if (library.errors.length > 0) throw new AssayErrors(library.errors);
      let passed = 0;
      let failed = 0;
      const problems: AssayError[] = [];
      const invalid: AssayError[] = [];
      const invalidCounts = { policy: 0, 'named condition': 0 };
      // A named condition's cases run as those of a stand-in policy whose check is the use alone.
      const suites = [...library.conditions.conditions.values()].filter((c) => c.origin === (paths.length === 0 ? 'bundled' : 'user'))
        .flatMap((named) => {
          const suite = conditionTestSuite(named, library.conditions);
          return suite === undefined ? [] : [{ policy: suite.policy, label: `named condition ${named.name}`, kind: 'named condition' as const, problems: suite.problems }];
        });
      for (const { policy, label, kind, problems: suiteProblems } of [...suites, ...selected(library.policies, paths).map((p) => ({ policy: p, label: p.document.id, kind: 'policy' as const, problems: [] }))]) {
        // A policy that does not compile is bad input (exit 2), not a failed test case (exit 1).
        const compiled = compilePolicy(policy);
        if (Array.isArray(compiled)) {
          for (const error of [...suiteProblems, ...compiled]) invalid.push(error);
          invalidCounts[kind] += 1;
          context.io.stdout.write(`bad  ${terminalText(label)} (invalid ${kind}, cases not run)\n`);
          continue;
        }
        const policing = [...suiteProblems, ...policeCases(policy)];
        const outcomes = runPolicyTests(policy);
        const bad = outcomes.filter((o) => !o.passed);
        passed += outcomes.length - bad.length;
        failed += bad.length + policing.length;
        for (const problem of policing) problems.push(problem);
        for (const outcome of bad) for (const problem of outcome.problems) problems.push(problem);
        context.io.stdout.write(`${bad.length === 0 && policing.length === 0 ? 'ok  ' : 'FAIL'} ${terminalText(label)} (${outcomes.length} cases)\n`);
      }
      if (invalid.length > 0 || problems.length > 0) printErrors(context.io, [...invalid, ...problems]);
      const invalidNote = [
        ...(invalidCounts.policy === 0 ? [] : [`, ${invalidCounts.policy} invalid ${invalidCounts.policy === 1 ? 'policy' : 'policies'}`]),
        ...(invalidCounts['named condition'] === 0 ? [] : [`, ${invalidCounts['named condition']} invalid named ${invalidCounts['named condition'] === 1 ? 'condition' : 'conditions'}`]),
      ].join('');
      context.io.stdout.write(`\n${passed} passed, ${failed} failed${invalidNote}\n`);
      if (failed > 0) context.setExitCode(ExitCode.FINDINGS);
      if (invalid.length > 0) context.setExitCode(ExitCode.INPUT);
    });
}
