/** Text tables for the terminal, as the listing commands print them. */
import { terminalText } from '../text/terminal.js';

/** Left-aligned columns; the last column is not padded. Cells are escaped for the terminal: user policies and packs fill them. */
export function table(unsafeRows: readonly (readonly string[])[]): string {
  const rows = unsafeRows.map((row) => row.map(terminalText));
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, cell.length); });
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd()).join('\n');
}
