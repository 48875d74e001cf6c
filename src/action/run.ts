/**
 * The GitHub Action's entry point: run `assay scan` with the action's inputs,
 * every report written into the output directory, then publish what the
 * workflow needs — step outputs, the Markdown job summary, at most ten
 * annotations — before the step's exit code is returned. Files first, exit
 * code last, as with the CLI.
 */
import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { run } from '../cli/program.js';
import type { CliIo } from '../cli/io.js';
import type { ScanResult } from '../findings/schema.js';
import { severities, statuses } from '../findings/vocabulary.js';
import { annotations, outputLines } from './commands.js';
import { readInputs, scanArguments } from './inputs.js';

export async function runAction(io: CliIo): Promise<number> {
  const inputs = readInputs(io.env);
  const dir = resolve(io.cwd, inputs.outputDir);
  await mkdir(dir, { recursive: true });
  const files = { sarif: join(dir, 'assay.sarif'), json: join(dir, 'assay.json'), html: join(dir, 'assay.html'), markdown: join(dir, 'assay.md') };
  // A report left by an earlier run in the same directory must not pass for this run's.
  await Promise.all(Object.values(files).map((file) => rm(file, { force: true })));
  const exitCode = await run(scanArguments(inputs, files), io);
  const outputs: Record<string, string> = { 'exit-code': String(exitCode) };
  const result = await readFile(files.json, 'utf8').then((text) => JSON.parse(text) as ScanResult, () => undefined);
  if (result !== undefined) {
    Object.assign(outputs, { 'sarif-file': files.sarif, 'json-file': files.json, 'html-file': files.html, 'markdown-file': files.markdown });
    for (const status of statuses) outputs[`${status.toLowerCase().replace(/_/g, '-')}-count`] = String(result.summary.byStatus[status] ?? 0);
    for (const severity of severities) outputs[`${severity}-count`] = String(result.summary.failuresBySeverity[severity] ?? 0);
    outputs['max-severity'] = severities.find((s) => (result.summary.failuresBySeverity[s] ?? 0) > 0) ?? 'none';
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    // The markdown report keeps itself under GitHub's 1 MiB step-summary limit, most severe first.
    if (summaryFile !== undefined && summaryFile !== '') await appendFile(summaryFile, await readFile(files.markdown, 'utf8'));
    for (const line of annotations(result.findings)) io.stdout.write(`${line}\n`);
  }
  const outputFile = io.env.GITHUB_OUTPUT;
  if (outputFile !== undefined && outputFile !== '') await appendFile(outputFile, outputLines(outputs));
  return exitCode;
}
