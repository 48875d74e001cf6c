/**
 * The shape of text inside a generated bash script. Escaping is src/text/'s
 * (shell.ts quotes a word, terminal.ts makes text safe to print); this file
 * only lays untrusted text out as `#` comments.
 */
import { terminalText } from '../../text/terminal.js';

/**
 * A comment block: each paragraph escaped onto one line (only a newline ends
 * a comment, and `terminalText` leaves none), then wrapped.
 */
export function comment(lines: readonly string[], width = 78): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const match = /^( *)(.*)$/s.exec(line);
    const indent = match?.[1] ?? '';
    let current = '';
    for (const word of terminalText(match?.[2] ?? '').split(' ')) {
      if (current !== '' && indent.length + current.length + 1 + word.length > width) {
        out.push(`# ${indent}${current}`);
        current = `  ${word}`;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    out.push(`# ${indent}${current}`.trimEnd());
  }
  return out;
}

/** Bash variable names: anything else must never reach `${…}`. */
export const isVariableName = (name: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
