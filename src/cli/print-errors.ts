import pc from 'picocolors';
import { compareErrors, type AssayError } from '../diagnostics/error.js';
import { formatError } from '../diagnostics/format.js';
import { wantsColor, type CliIo } from './io.js';

/** Prints problems sorted by file and position, compiler style, to stderr. */
export function printErrors(io: CliIo, errors: readonly AssayError[]): void {
  const colors = pc.createColors(wantsColor(io.stderr, io.env));
  const style = { location: colors.bold, code: colors.dim, hint: colors.cyan };
  const sorted = [...errors].sort(compareErrors);
  for (const error of sorted) io.stderr.write(`${formatError(error, { style })}\n`);
}
