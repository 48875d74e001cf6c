/** The report formats, in one explicit index (no registration by import side effect). */
import { csvFormatter } from './csv.js';
import type { ReportFormatter } from './formatter.js';
import { htmlFormatter } from './html/index.js';
import { jsonFormatter } from './json.js';
import { junitFormatter } from './junit.js';
import { markdownFormatter } from './markdown.js';
import { sarifFormatter } from './sarif/sarif.js';
import { tableFormatter } from './table.js';

export const formatters: readonly ReportFormatter[] = [tableFormatter, jsonFormatter, sarifFormatter, junitFormatter, csvFormatter, markdownFormatter, htmlFormatter];

export const formattersById: ReadonlyMap<string, ReportFormatter> = new Map(formatters.map((f) => [f.id, f]));
