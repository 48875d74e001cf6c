/**
 * `--accounts`: account ids on the command line (comma-separated) or in a
 * file — one or more per line, separated by commas or spaces, `#` starting
 * a comment — as a CI matrix hands each job its group of accounts. A token
 * that is not a 12-digit account id is an error at its line and column:
 * a typo must not silently leave an account out of a scan.
 */
import { AssayError, AssayErrors } from '../diagnostics/error.js';

const ACCOUNT_ID = /^\d{12}$/;

/** Whether `--accounts` names ids itself rather than a file. */
export const isInlineAccountList = (value: string): boolean => /^[\d,\s]+$/.test(value);

/** The ids in a list's text, in order, each once. `file` locates errors; undefined for the command line. */
export function parseAccountList(text: string, file?: string): string[] {
  const ids: string[] = [];
  const errors: AssayError[] = [];
  text.split(/\r?\n/).forEach((raw, lineIndex) => {
    const line = raw.replace(/#.*$/, '');
    for (const match of line.matchAll(/[^,\s]+/g)) {
      const token = match[0];
      if (ACCOUNT_ID.test(token)) {
        if (!ids.includes(token)) ids.push(token);
        continue;
      }
      const where = file === undefined ? {} : { location: { file, line: lineIndex + 1, column: match.index + 1 } };
      errors.push(new AssayError('CLI_USAGE', `"${token}" is not an AWS account id (12 digits)`, { ...where, hint: 'list account ids separated by commas, spaces or new lines; # starts a comment' }));
    }
  });
  if (errors.length > 0) throw new AssayErrors(errors);
  if (ids.length === 0) throw new AssayError('CLI_USAGE', `--accounts names no account${file === undefined ? '' : ` (${file} lists none)`}`, file === undefined ? {} : { location: { file } });
  return ids;
}
