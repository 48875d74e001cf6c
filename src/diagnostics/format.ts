import { terminalText } from '../text/terminal.js';
import type { AssayError, SourceLocation } from './error.js';

export interface FormatOptions {
  /** Wraps parts in colour; identity when colour is off. */
  readonly style?: {
    readonly location: (text: string) => string;
    readonly code: (text: string) => string;
    readonly hint: (text: string) => string;
  };
}

const plain = { location: (t: string) => t, code: (t: string) => t, hint: (t: string) => t };

export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  return text;
}

/**
 * One problem as a person reads it, compiler style:
 *   file:line:col: message [CODE]
 *     at /json/pointer
 *     hint: what to do
 *
 * Messages quote resource ids, file names and file content, so every part
 * is escaped for the terminal (or CI log) before it is coloured.
 */
export function formatError(error: AssayError, options: FormatOptions = {}): string {
  const style = options.style ?? plain;
  const head = error.location === undefined ? 'assay' : terminalText(formatLocation(error.location));
  const lines = [`${style.location(`${head}:`)} ${terminalText(error.message)} ${style.code(`[${error.code}]`)}`];
  if (error.location?.pointer !== undefined && error.location.pointer !== '') {
    lines.push(`  at ${terminalText(error.location.pointer)}`);
  }
  if (error.hint !== undefined) lines.push(style.hint(`  hint: ${terminalText(error.hint)}`));
  return lines.join('\n');
}
