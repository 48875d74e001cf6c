/**
 * `--output <format>=<file>` (repeatable) and plain `--output <file>`: where
 * each report goes and in which format. Every file is rendered and written
 * before the gate decides the exit code, so a failing CI job still has its
 * reports.
 */
import { extname } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { AssayError, AssayErrors } from '../diagnostics/error.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { reportFormats, reportFormatsById } from '../report/formats.js';

export interface OutputTarget {
  /** undefined: from the file's extension, or --format when it is given. */
  readonly format: string | undefined;
  readonly path: string;
}

export interface ResolvedOutput {
  readonly format: string;
  readonly path: string;
  /** A plain --output <file> takes the place of stdout. */
  readonly replacesStdout: boolean;
}

/**
 * `<format>=<file>` or `<file>`: the format named (one of `formats`) and the
 * file, or the reason the value names no file.
 */
export function splitFormatTarget(value: string, formats: readonly string[], noun: string): { format?: string; path: string } | { problem: string } {
  const explicit = /^([a-z]+)=(.*)$/s.exec(value);
  if (explicit === null) return value.trim() === '' ? { problem: 'expected a file name' } : { path: value };
  const [, format = '', path = ''] = explicit;
  if (!formats.includes(format)) return { problem: `unknown ${noun} "${format}"${didYouMean(format, formats)}; formats: ${formats.join(', ')}` };
  if (path.trim() === '') return { problem: `"${format}=" names no file; write ${format}=<file>` };
  return { format, path };
}

/** commander argument parser for an option naming one file: an empty name would become a file called "". */
export function fileName(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('expected a file name');
  return value;
}

/** commander argument parser: accumulates targets, refusing unknown formats and empty file names at parse time. */
export function parseOutputTarget(value: string, previous: OutputTarget[]): OutputTarget[] {
  const target = splitFormatTarget(value, [...reportFormatsById.keys()], 'report format');
  if ('problem' in target) throw new InvalidArgumentError(target.problem);
  return [...previous, { format: target.format, path: target.path }];
}

/** The report format a file's extension names (`.txt` is the table), if any. */
export function formatOfExtension(path: string): string | undefined {
  const extension = extname(path).toLowerCase();
  return reportFormats.find((f) => f.extension === extension)?.id;
}

const knownExtensions = (): string => reportFormats.map((f) => `${f.extension} (${f.id})`).join(', ');

/**
 * The format of every target: named (`sarif=out.sarif`), else the one the
 * extension names, else --format (a name without an extension, such as
 * /dev/stdout, gets --format or its default). A plain file whose extension
 * names no format, or another format than the --format given, is refused:
 * writing the table into report.sarif helps no one.
 */
export function resolveOutputs(targets: readonly OutputTarget[], stdoutFormat: { readonly id: string; readonly explicit: boolean }): ResolvedOutput[] {
  const problems: AssayError[] = [];
  const resolved = targets.map((target): ResolvedOutput => {
    if (target.format !== undefined) return { format: target.format, path: target.path, replacesStdout: false };
    const implied = formatOfExtension(target.path);
    if (stdoutFormat.explicit && implied !== undefined && implied !== stdoutFormat.id) {
      problems.push(new AssayError('CLI_USAGE', `--output ${target.path} is named like a ${implied} report, but --format is ${stdoutFormat.id}`, { hint: `write --output ${stdoutFormat.id}=${target.path} (or ${implied}=${target.path}) to say which` }));
    } else if (!stdoutFormat.explicit && implied === undefined && extname(target.path) !== '') {
      problems.push(new AssayError('CLI_USAGE', `cannot tell the report format of --output ${target.path} from its extension`, { hint: `name it, e.g. --output json=${target.path}, or give --format; extensions: ${knownExtensions()}` }));
    }
    return { format: implied ?? stdoutFormat.id, path: target.path, replacesStdout: true };
  });
  if (problems.length > 0) throw new AssayErrors(problems);
  return resolved;
}
