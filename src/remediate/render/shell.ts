/**
 * Making untrusted text safe inside a generated bash script. Three places
 * take such text, each with its own rule: a quoted word (printed messages),
 * a comment (must not be ended early), and a command shown on a terminal
 * (must not drive the terminal).
 */

/**
 * POSIX single-quoting: the value becomes one shell word, taken literally.
 * Nothing is special between single quotes except the quote itself, which
 * closes the string, adds an escaped quote and reopens: it's → 'it'\''s'.
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/*
 * Characters that end a line, move the cursor, start a terminal escape or
 * reorder text on display: C0 controls (newline and CR included), DEL, C1
 * controls (NEL), the Unicode line and paragraph separators, and the bidi
 * embeddings, overrides and isolates ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * One line of plain text: every control or line-breaking character becomes a
 * space and runs of spaces fold, so the text can sit in a `#` comment (only a
 * newline ends one) or a printed message without breaking out or faking lines.
 */
export function oneLine(text: string): string {
  return text.replace(unsafe, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * A command as shown by --dry-run: the exact text, except that characters that
 * could drive the terminal (ESC, CR, bidi overrides …) are shown as \xNN or
 * \uNNNN. Newlines stay: a quoted newline is part of an argument.
 */
export function visible(text: string): string {
  return text.replace(unsafe, (c) => {
    if (c === '\n') return c;
    const code = c.codePointAt(0) ?? 0;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A comment block: each paragraph folded to one line, then wrapped. */
export function comment(lines: readonly string[], width = 78): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const match = /^( *)(.*)$/s.exec(line);
    const indent = match?.[1] ?? '';
    let current = '';
    for (const word of oneLine(match?.[2] ?? '').split(' ')) {
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
