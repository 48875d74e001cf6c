/**
 * Untrusted text in SARIF plain-text strings (`message.text`, descriptions,
 * `help.text`). Viewers (GitHub code scanning, the VS Code SARIF viewer)
 * show these as text but render SARIF embedded links, `[text](target)`, as
 * links: `](` gets a space between its halves so a value cannot form one.
 * Controls and bidi characters are shown as escapes (reveal.ts): a browser
 * would otherwise reorder or hide text around them. `help.markdown` is
 * Markdown and takes the functions of markdown.ts instead.
 *
 * Braces are left single although SARIF §3.11.5 asks for `{{`/`}}`: Assay
 * emits no `arguments`, the viewers checked substitute placeholders only
 * from `arguments` and do not undo the doubling, so doubled braces would
 * show as written in evidence values.
 */
import { reveal } from './reveal.js';

const unlink = (text: string): string => text.replaceAll('](', '] (');

/** One value on one line: its line breaks shown as `\n`, so it cannot add a line of its own. */
export function sarifText(value: string): string {
  return unlink(reveal(value));
}

/** Text whose line breaks are meant (a message of several lines, commands): LF kept, the rest as `sarifText`. */
export function sarifLines(text: string): string {
  return unlink(reveal(text, '\n'));
}
