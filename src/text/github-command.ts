/**
 * Untrusted text in a GitHub Actions workflow command
 * (`::error title=<property>::<data>`), escaped as the runner unescapes it
 * (actions/runner ActionCommand.cs): in data `%`, CR and LF; in a property
 * also `:` and `,`, which would end the property or the command. The
 * characters of reveal.ts other than CR and LF are shown as escapes first:
 * the log viewer renders ANSI sequences and the annotation bidi text.
 */
import { reveal } from './reveal.js';

/** The message (data) part of a workflow command. */
export function commandData(value: string): string {
  return reveal(value, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`title=…`, `file=…`) of a workflow command. */
export function commandProperty(value: string): string {
  return commandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
