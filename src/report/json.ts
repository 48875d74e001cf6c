/**
 * The JSON findings document (schemas/findings.schema.json). The result is
 * already sorted by the engine; two-space indentation and a final newline
 * make equal scans byte-identical.
 */
import type { ScanResult } from '../findings/schema.js';
import { jsonChunks } from '../text/json-chunks.js';
import { defineFormatter } from './formatter.js';
import { reportFormat } from './formats.js';

const streamed = new Set(['findings', 'controls']);

export function renderJsonChunks(result: ScanResult): Iterable<string> {
  return jsonChunks(result, streamed);
}

export function renderJson(result: ScanResult): string {
  return [...renderJsonChunks(result)].join('');
}

export const jsonFormatter = defineFormatter({
  ...reportFormat('json'),
  render: (result) => renderJson(result),
  renderChunks: (result) => renderJsonChunks(result),
});
