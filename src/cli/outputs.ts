/**
 * `--output <format>=<file>` (repeatable) and plain `--output <file>`: where
 * each report goes. Every file is rendered and written before the gate
 * decides the exit code, so a failing CI job still has its reports.
 */
import { InvalidArgumentError } from 'commander';
import { didYouMean } from '../diagnostics/suggest.js';
import { formattersById } from '../report/index.js';

export interface OutputTarget {
  /** undefined: the format of --format. */
  readonly format: string | undefined;
  readonly path: string;
}

/** commander argument parser: accumulates targets, refusing unknown formats at parse time. */
export function parseOutputTarget(value: string, previous: OutputTarget[]): OutputTarget[] {
  const explicit = /^([a-z]+)=(.+)$/.exec(value);
  if (explicit === null) {
    if (value.trim() === '') throw new InvalidArgumentError('expected a file name or <format>=<file>');
    return [...previous, { format: undefined, path: value }];
  }
  const [, format = '', path = ''] = explicit;
  if (!formattersById.has(format)) {
    throw new InvalidArgumentError(`unknown report format "${format}"${didYouMean(format, formattersById.keys())}; formats: ${[...formattersById.keys()].join(', ')}`);
  }
  return [...previous, { format, path }];
}

/** Two targets naming the same file would overwrite each other: refuse before scanning. */
export function duplicatePaths(targets: readonly OutputTarget[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.path)) duplicates.add(t.path);
    seen.add(t.path);
  }
  return [...duplicates];
}
