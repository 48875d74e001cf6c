/**
 * The views of a comparison, by `assay diff --format` id. An explicit list
 * (STYLE.md habit 8): adding a view means adding it here.
 */
import type { TableStyle } from '../table.js';
import { renderDiffMarkdown } from './markdown.js';
import type { Comparison } from '../../findings/comparison.js';
import { renderDiffText } from './text.js';

export interface DiffFormatter {
  readonly id: string;
  readonly description: string;
  readonly extension: string;
  render(comparison: Comparison, style: TableStyle): string;
}

/** The comparison document (findings/comparison.ts); two-space indentation and a final newline, like the findings JSON. */
export function renderDiffJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}

export const diffFormatters: readonly DiffFormatter[] = [
  { id: 'json', description: 'the comparison document: every new, fixed, unchanged and changed finding with both states', extension: '.json', render: (c) => renderDiffJson(c) },
  { id: 'markdown', description: 'for a pull-request comment or CI job summary', extension: '.md', render: (c) => renderDiffMarkdown(c) },
  { id: 'text', description: 'the terminal summary', extension: '.txt', render: (c, style) => renderDiffText(c, style) },
];

export const diffFormattersById: ReadonlyMap<string, DiffFormatter> = new Map(diffFormatters.map((f) => [f.id, f]));
