/**
 * A scan's reports: every --output file, then stdout unless a plain
 * --output took its place. Files are plain text; stdout is coloured when it
 * is a terminal.
 */
import pc from 'picocolors';
import { AssayError } from '../diagnostics/error.js';
import type { ScanResult } from '../findings/schema.js';
import type { RenderOptions, ReportFormatter } from '../report/formatter.js';
import { loadFormatter } from '../report/index.js';
import { writeFileAtomic } from '../snapshot/write-file.js';
import { wantsColor, type CliIo } from './io.js';
import type { ResolvedOutput } from './outputs.js';
import type { Timings } from './timings.js';
import { terminalJson } from '../text/terminal.js';

async function formatter(id: string): Promise<ReportFormatter> {
  const found = await loadFormatter(id);
  if (found === undefined) throw new AssayError('INTERNAL', `no formatter ${id}`);
  return found;
}

/** A formatter's text in pieces when it can give them: a million findings do not fit in one string. */
const textOf = (report: ReportFormatter, result: ScanResult, options: RenderOptions): Iterable<string> =>
  report.renderChunks?.(result, options) ?? [report.render(result, options)];

export async function writeReports(result: ScanResult, outputs: readonly ResolvedOutput[], stdoutFormat: string, io: CliIo, timer?: Timings): Promise<void> {
  const plain = { style: pc.createColors(false) };
  for (const output of outputs) {
    const report = await formatter(output.format);
    await writeFileAtomic(output.path, textOf(report, result, plain));
    io.stderr.write(`wrote ${output.path} (${report.id}, ${result.findings.length} findings)\n`);
    timer?.mark(`write ${report.id}`);
    for (const notice of report.notices?.(result, plain) ?? []) io.stderr.write(`note: ${output.path}: ${notice}\n`);
  }
  if (outputs.some((o) => o.replacesStdout)) return;
  const report = await formatter(stdoutFormat);
  const options = { style: pc.createColors(wantsColor(io.stdout, io.env)) };
  // JSON reaching a CI log must not carry a workflow command; the other formats escape their values themselves.
  const safe = report.id === 'json' || report.id === 'sarif' ? terminalJson : (chunk: string): string => chunk;
  for (const chunk of textOf(report, result, options)) io.stdout.write(safe(chunk));
  for (const notice of report.notices?.(result, options) ?? []) io.stderr.write(`note: ${notice}\n`);
}
