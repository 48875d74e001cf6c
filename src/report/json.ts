/**
 * The JSON findings document (schemas/findings.schema.json). The result is
 * already sorted by the engine; two-space indentation and a final newline
 * make equal scans byte-identical.
 */
import type { ScanResult } from '../engine/result.js';
import { defineFormatter } from './formatter.js';

export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

export const jsonFormatter = defineFormatter({
  id: 'json',
  description: 'the findings document (schemas/findings.schema.json): every finding with evidence, controls and policy metadata',
  extension: '.json',
  render: (result) => renderJson(result),
});
