/**
 * Help text that fits the terminal. Commander wraps option and command
 * descriptions itself; the text after them (report formats listed from the
 * code, exit codes, examples) is ours, and a line generated from a list can
 * run to hundreds of columns. Every help line is wrapped here to the width
 * commander uses.
 */
import type { OutputStream } from './io.js';

/** The terminal's width, or 80 for a file, a pipe or a test. */
export function helpWidth(stream: OutputStream): number {
  return stream.isTTY && stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80;
}

/** Below this, wrapping makes text harder to read, not easier (commander's own threshold). */
const MIN_WIDTH = 40;

/** Help is plain text: one UTF-16 unit per column (…, → and × included). */
const displayWidth = (text: string): number => text.length;

/**
 * Where a wrapped line's continuation starts: under the description of a
 * `term  description` item (two or more spaces apart), else under the
 * line's own indentation.
 */
function hangingIndent(line: string, width: number): string {
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const item = /^\s*\S+(?: \S+)*\s{2,}(?=\S)/.exec(line)?.[0];
  return item !== undefined && displayWidth(item) <= width / 2 ? ' '.repeat(displayWidth(item)) : indent;
}

function wrapLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const hanging = hangingIndent(line, width);
  const chunks = line.match(/\s*\S+/g) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const chunk of chunks) {
    if (current === '' || displayWidth(current) + displayWidth(chunk) <= width) {
      current += chunk;
      continue;
    }
    lines.push(current);
    // A word longer than the width (a URL) stays whole on its own line.
    current = hanging + chunk.trimStart();
  }
  lines.push(current);
  return lines;
}

/** Wraps every line of `text` longer than `width` at spaces; shorter lines are left as they are. */
export function wrapHelp(text: string, width: number): string {
  if (width < MIN_WIDTH) return text;
  return text.split('\n').flatMap((line) => wrapLine(line, width)).join('\n');
}

/** `  id     description` lines, aligned, for lists generated from the code (report formats); wrapHelp hangs their continuations. */
export function helpList(items: readonly { readonly id: string; readonly description: string }[]): string {
  const width = items.reduce((widest, i) => Math.max(widest, i.id.length), 0);
  return items.map((i) => `  ${i.id.padEnd(width)}  ${i.description}`).join('\n');
}
