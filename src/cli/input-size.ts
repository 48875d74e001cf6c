/**
 * `--max-input-size <size>`: how far a compressed snapshot may inflate (and,
 * for every JSON input, how large one value may be) before Assay refuses it
 * as a possible decompression bomb. The defaults fit an organization of a
 * few million resources; the option is for genuine files beyond them.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from '../snapshot/limits.js';

const units: Readonly<Record<string, number>> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };

export function parseByteSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = units[(match?.[2] ?? '').toLowerCase()];
  const bytes = match === null || unit === undefined ? Number.NaN : Math.floor(Number(match[1]) * unit);
  if (!Number.isSafeInteger(bytes) || bytes < 1024) throw new InvalidArgumentError('expected a size of at least 1 KiB, such as 32GiB, 500MB or 1073741824 (bytes)');
  return bytes;
}

export function addInputSizeOption(command: Command): Command {
  return command.option('--max-input-size <size>', `largest size a gzip'd snapshot may inflate to, e.g. 32GiB (default ${DEFAULT_INPUT_LIMITS.maxInflatedBytes / 2 ** 30}GiB); guards against decompression bombs`, parseByteSize);
}

/** The reader's limits with the option applied; one value is never allowed to exceed the whole file. */
export function inputLimits(maxInputSize: number | undefined): InputLimits {
  if (maxInputSize === undefined) return DEFAULT_INPUT_LIMITS;
  return { ...DEFAULT_INPUT_LIMITS, maxInflatedBytes: maxInputSize, maxValueBytes: Math.max(DEFAULT_INPUT_LIMITS.maxValueBytes, Math.min(maxInputSize, 2 ** 29)) };
}
