/**
 * Untrusted text on a terminal or in a CI log. Besides the characters that
 * drive a terminal (reveal.ts), a CI log has commands of its own: the
 * GitHub Actions runner reads a line that starts with `::` after leading
 * whitespace as a workflow command (`::error::`, `::add-mask::`,
 * `::stop-commands::`), and its legacy parser takes `##[command]` anywhere
 * in a line. Both are broken with a visible escape of their second
 * character, so a resource name cannot annotate, mask or silence a log.
 *
 * Colour is ours: callers paint their own text after escaping values.
 */
import { reveal } from './reveal.js';

/** `::` at the start (after whitespace), which the runner reads as a command when the value starts a line. */
const LEADING_COMMAND = /^(\s*:):/;
/** The runner's legacy command prefix, recognized anywhere in a line. */
const LEGACY_COMMAND = /(?<=#)#(?=\[)/g;

function guardCommands(line: string): string {
  return line.replace(LEADING_COMMAND, '$1\\x3a').replace(LEGACY_COMMAND, '\\x23');
}

/** One value on one line: every control, line break and bidi character shown as an escape. */
export function terminalText(value: string): string {
  return guardCommands(reveal(value));
}

/**
 * Text whose line breaks are meant (a policy's description, a command with
 * a quoted newline): each line escaped as `terminalText` does, joined by LF.
 */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}

/**
 * A JSON document (or a piece of one) printed to a terminal or CI log. JSON
 * already escapes every control character and line break inside strings,
 * and its lines start with indentation and punctuation, never `::`; only the
 * runner's legacy `##[` can sit inside a string. Writing its second `#` as
 * the JSON escape \u0023 keeps the document's value exactly.
 */
export function terminalJson(text: string): string {
  return text.replace(LEGACY_COMMAND, '\\u0023');
}
