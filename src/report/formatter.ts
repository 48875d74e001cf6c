/**
 * One report format: a pure function from the findings document to the text
 * of a file (DESIGN.md, "Finding"; STYLE.md, one formatter per file). The
 * CLI decides where the text goes; formatters never touch the file system.
 */
import type { ScanResult } from '../findings/schema.js';
import type { TableStyle } from './table.js';

export interface RenderOptions {
  /** Terminal colours; plain functions when writing to a file or a pipe. */
  readonly style: TableStyle;
}

export interface ReportFormatter {
  /** Name used in --format and --output <format>=<file>. */
  readonly id: string;
  readonly description: string;
  /** Conventional file extension, for messages and defaults. */
  readonly extension: string;
  render(result: ScanResult, options: RenderOptions): string;
  /**
   * The same text in pieces, for formats whose size grows with the findings:
   * a million findings do not fit in one string. Writers prefer it to render.
   */
  renderChunks?(result: ScanResult, options: RenderOptions): Iterable<string>;
  /**
   * Things the user must be told about the file, e.g. results dropped to stay
   * within GitHub's limits. Formats that never need to say anything omit it.
   */
  notices?(result: ScanResult, options: RenderOptions): readonly string[];
}

export function defineFormatter(formatter: ReportFormatter): ReportFormatter {
  return formatter;
}
