/** Small Markdown building blocks shared by the generated documentation pages. */

/** A table cell: pipes escaped, line breaks folded, so any text stays in its cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map((row) => line(row.map(cell)))].join('\n');
}

/** A fenced code block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function codeBlock(language: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${body.replace(/\n+$/, '')}\n${fence}`;
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest === 0 ? `${fence}${text}${fence}` : `${fence} ${text} ${fence}`;
}

/** Folded YAML text (`>-`) as one paragraph. */
export function paragraph(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}
