/**
 * The `assay` command line: builds the commander program, runs it, and turns
 * every outcome into an exit code. Commands report bad input by throwing
 * AssayError(s); anything else is a bug, shown with a stack only under --debug.
 */
import { Command, CommanderError } from 'commander';
import { AssayError, AssayErrors } from '../diagnostics/error.js';
import { terminalLines } from '../text/terminal.js';
import { ExitCode } from './exit-codes.js';
import { helpWidth, wrapHelp } from './help.js';
import type { CliIo } from './io.js';
import { printErrors } from './print-errors.js';
import { packageVersion } from './version.js';

export interface CommandContext {
  readonly io: CliIo;
  /** Commands that finish with a verdict (e.g. some files invalid) set it here. */
  setExitCode(code: ExitCode): void;
}

type Register = (program: Command, context: CommandContext) => void;

/**
 * The commands, in help order, each imported when it is registered: a run
 * registers only the command it names, so `assay --version` loads no
 * command and `assay policies list` none of scan's engine, reports or
 * snapshot reader. Help, a mistyped command or no command at all registers
 * every one, so help lists them all and a typo gets its suggestion.
 */
const commands: readonly { readonly name: string; readonly load: () => Promise<Register> }[] = [
  { name: 'scan', load: async () => (await import('./commands/scan.js')).registerScanCommand },
  { name: 'diff', load: async () => (await import('./commands/diff.js')).registerDiffCommand },
  { name: 'plan', load: async () => (await import('./commands/plan.js')).registerPlanCommand },
  { name: 'collect', load: async () => (await import('./commands/collect.js')).registerCollectCommand },
  { name: 'trail', load: async () => (await import('./commands/trail.js')).registerTrailCommands },
  { name: 'permissions', load: async () => (await import('./commands/permissions.js')).registerPermissionsCommand },
  { name: 'policies', load: async () => (await import('./commands/policies.js')).registerPoliciesCommands },
  { name: 'packs', load: async () => (await import('./commands/packs.js')).registerPacksCommands },
  { name: 'snapshot', load: async () => (await import('./commands/snapshot.js')).registerSnapshotCommands },
  { name: 'types', load: async () => (await import('./commands/types.js')).registerTypesCommand },
];

/** The commands a run needs: the one argv names, none for the version alone, else all. */
export function commandsFor(argv: readonly string[]): readonly string[] {
  // The program's own options take no values, so the first word that is not an option names the command.
  const named = argv.find((arg) => !arg.startsWith('-'));
  const known = commands.find((c) => c.name === named);
  if (known !== undefined) return [known.name];
  if (named === undefined && argv.length > 0 && argv.every((arg) => arg === '--version' || arg === '-V' || arg === '--debug')) return [];
  return commands.map((c) => c.name);
}

async function buildProgram(context: CommandContext, argv: readonly string[]): Promise<Command> {
  const program = new Command('assay')
    .description('Policy-as-code compliance scanner for AWS: checks an account snapshot against CIS, PCI DSS and logging & monitoring policies, with evidence.')
    .version(packageVersion(), '-V, --version', 'print the Assay version')
    .option('--debug', 'print stack traces for internal errors')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run "assay --help" for usage)')
    .addHelpText('after', `
Exit codes:
  0  success
  1  \`scan\`: the gate failed (a FAIL at or above --fail-on, or an ERROR with
     --fail-on-error); \`policies test\`: a test case failed
  2  bad input: an invalid file, option or argument (reported as file:line:col)
  3  internal error (re-run with --debug and report it)

Examples:
  assay scan --snapshot examples/demo-account.json --pack assay-foundations
  assay policies list
  assay snapshot validate examples/demo-account.json
  assay types
  assay types aws.s3.bucket`)
    .configureOutput({
      // Commander writes help (and --version) through these; errors go through outputError, unwrapped.
      writeOut: (text) => { context.io.stdout.write(wrapHelp(text, helpWidth(context.io.stdout))); },
      writeErr: (text) => { context.io.stderr.write(wrapHelp(text, helpWidth(context.io.stderr))); },
      // Commander's errors quote the arguments, which a CI job may have filled from untrusted text.
      outputError: (text) => { context.io.stderr.write(terminalLines(text)); },
      getOutHelpWidth: () => helpWidth(context.io.stdout),
      getErrHelpWidth: () => helpWidth(context.io.stderr),
    })
    .exitOverride();
  const wanted = new Set(commandsFor(argv));
  const registers = await Promise.all(commands.filter((c) => wanted.has(c.name)).map((c) => c.load()));
  for (const register of registers) register(program, context);
  const exitOverrideAll = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(exitOverrideAll);
  };
  exitOverrideAll(program);
  return program;
}

/** Runs the CLI with `argv` (without node and script path); resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.OK;
  const context: CommandContext = { io, setExitCode: (code) => { exitCode = Math.max(exitCode, code); } };
  try {
    const program = await buildProgram(context, argv);
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits that commander reports by throwing.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.OK;
      return ExitCode.INPUT;
    }
    if (error instanceof AssayErrors) {
      printErrors(io, error.errors);
      return ExitCode.INPUT;
    }
    if (error instanceof AssayError) {
      printErrors(io, [error]);
      return error.code === 'INTERNAL' ? ExitCode.INTERNAL : ExitCode.INPUT;
    }
    const debug = argv.includes('--debug');
    const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr.write(`assay: internal error: ${terminalLines(detail)}\n${debug ? '' : 'Re-run with --debug for the stack trace, and please report it.\n'}`);
    return ExitCode.INTERNAL;
  }
}
