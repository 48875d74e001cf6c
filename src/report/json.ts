/**
 * The JSON findings document (schemas/findings.schema.json). The result is
 * already sorted by the engine; two-space indentation and a final newline
 * make equal scans byte-identical.
 */
import type { ScanResult } from '../engine/result.js';

export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
