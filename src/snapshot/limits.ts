/**
 * The limits that make untrusted JSON safe to read (DESIGN.md rule 8): how
 * deep it may nest, how large one value may be, and how far a gzip'd file
 * may inflate. A file over a limit is refused early, located, with the
 * option that raises the size limits when the file is genuine.
 */
export interface InputLimits {
  /** Deepest nesting of objects and lists, the top-level value counting as 1. */
  readonly maxDepth: number;
  /** Largest single value, in bytes: one top-level member, or one element of a list read element by element. */
  readonly maxValueBytes: number;
  /** Largest file after gzip inflation, in bytes. */
  readonly maxInflatedBytes: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * Real snapshots nest about a dozen levels (envelope, data, policy document,
 * statement, condition, values) and one resource is at most a few MB; a
 * snapshot of a million resources is 1–2 GiB of JSON.
 */
export const DEFAULT_INPUT_LIMITS: InputLimits = { maxDepth: 64, maxValueBytes: 256 * MiB, maxInflatedBytes: 16 * GiB };

export const SIZE_LIMIT_HINT = 'if the file is genuine, raise the limit with --max-input-size (e.g. --max-input-size 32GiB)';
