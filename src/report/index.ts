/** The report formats, in one explicit index (no registration by import side effect). */
import type { ReportFormatter } from './formatter.js';
import { jsonFormatter } from './json.js';
import { tableFormatter } from './table.js';

export const formatters: readonly ReportFormatter[] = [tableFormatter, jsonFormatter];

export const formattersById: ReadonlyMap<string, ReportFormatter> = new Map(formatters.map((f) => [f.id, f]));
