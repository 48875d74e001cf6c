/**
 * The action's inputs as GitHub passes them: environment variables
 * INPUT_<NAME> (upper-cased, spaces as underscores; hyphens kept), empty when
 * not set. Turned into `assay scan` arguments; the action takes no secrets —
 * credentials come from aws-actions/configure-aws-credentials before it.
 */
export interface ActionInputs {
  readonly packs: readonly string[];
  readonly policies: readonly string[];
  readonly config: string | undefined;
  readonly regions: string | undefined;
  readonly roleToAssume: string | undefined;
  readonly snapshot: string | undefined;
  readonly failOn: string | undefined;
  readonly failOnError: boolean;
  readonly baseline: string | undefined;
  readonly outputDir: string;
}

export function readInput(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** Lists may be written one per line or comma-separated. */
const list = (value: string | undefined): string[] => (value ?? '').split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');

export function readInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  return {
    packs: list(readInput(env, 'packs')),
    policies: list(readInput(env, 'policies')),
    config: readInput(env, 'config'),
    regions: readInput(env, 'regions'),
    roleToAssume: readInput(env, 'role-to-assume'),
    snapshot: readInput(env, 'snapshot'),
    failOn: readInput(env, 'fail-on'),
    failOnError: readInput(env, 'fail-on-error') === 'true',
    baseline: readInput(env, 'baseline'),
    outputDir: readInput(env, 'output-dir') ?? 'assay-results',
  };
}

export interface ReportFiles {
  readonly sarif: string;
  readonly json: string;
  readonly html: string;
  readonly markdown: string;
}

/** The `assay scan` command line for these inputs, writing every report into the output directory. */
export function scanArguments(inputs: ActionInputs, files: ReportFiles): string[] {
  return [
    'scan',
    ...(inputs.snapshot === undefined ? [] : ['--snapshot', inputs.snapshot]),
    ...inputs.packs.flatMap((p) => ['--pack', p]),
    ...inputs.policies.flatMap((p) => ['--policies', p]),
    ...(inputs.config === undefined ? [] : ['--config', inputs.config]),
    ...(inputs.regions === undefined ? [] : ['--regions', inputs.regions]),
    ...(inputs.roleToAssume === undefined ? [] : ['--role-arn', inputs.roleToAssume]),
    ...(inputs.failOn === undefined ? [] : ['--fail-on', inputs.failOn]),
    ...(inputs.failOnError ? ['--fail-on-error'] : []),
    ...(inputs.baseline === undefined ? [] : ['--baseline', inputs.baseline]),
    '--output', `sarif=${files.sarif}`,
    '--output', `json=${files.json}`,
    '--output', `html=${files.html}`,
    '--output', `markdown=${files.markdown}`,
  ];
}
