/**
 * One CSV field from untrusted text (RFC 4180: quoted when it holds a comma,
 * quote, CR or LF; quotes doubled).
 *
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with `=`,
 * `+`, `-` or `@` as a formula (tab and CR lead into the same). Such a cell
 * gets a leading `'`, which spreadsheets read as "text" and hide; scripts
 * see the `'` and can strip it. The value is otherwise kept exact (CSV is
 * data, and a script reading it must get the resource's real name), but
 * for a lone surrogate, which no UTF-8 file can hold: it is shown as an
 * escape rather than silently becoming U+FFFD.
 */
import { wellFormed } from './reveal.js';

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const exact = wellFormed(value);
  const text = FORMULA_START.test(exact) ? `'${exact}` : exact;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
