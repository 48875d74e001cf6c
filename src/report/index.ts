/**
 * The report formatters, in one explicit index (no registration by import
 * side effect), each loaded when a run writes its format: a scan printing
 * the table does not load the HTML report. formats.ts describes them.
 */
import type { ReportFormatter } from './formatter.js';
import type { ReportFormatId } from './formats.js';

const loaders: Readonly<Record<ReportFormatId, () => Promise<ReportFormatter>>> = {
  table: async () => (await import('./table.js')).tableFormatter,
  json: async () => (await import('./json.js')).jsonFormatter,
  sarif: async () => (await import('./sarif/sarif.js')).sarifFormatter,
  junit: async () => (await import('./junit.js')).junitFormatter,
  csv: async () => (await import('./csv.js')).csvFormatter,
  markdown: async () => (await import('./markdown.js')).markdownFormatter,
  html: async () => (await import('./html/index.js')).htmlFormatter,
};

/** The formatter of a format id, or undefined for an id that names none. */
export async function loadFormatter(id: string): Promise<ReportFormatter | undefined> {
  return Object.hasOwn(loaders, id) ? loaders[id as ReportFormatId]() : undefined;
}
