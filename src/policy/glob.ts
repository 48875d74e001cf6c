/**
 * Wildcard globs: `*` matches any run of characters (none included), `?`
 * exactly one, everything else itself. IAM writes Action patterns this way
 * (`s3:Get*`), and waivers name ARNs this way.
 *
 * Matched directly rather than translated into a RegExp: both sides can be
 * hostile (a waiver glob, a bucket policy's Action from the snapshot), and
 * `a*a*a*a*a*a*b` as `^a.*a.*a.*a.*a.*a.*b$` makes JavaScript's backtracking
 * engine try every way to split the text, which took seconds for a
 * 60-character ARN and grows as a power of the number of stars. The loop
 * below only ever returns to the most recent `*`, so it takes at most
 * (glob length × text length) steps.
 */

export interface GlobOptions {
  /** Compare ignoring case (IAM action names are case-insensitive). */
  readonly ignoreCase?: boolean;
}

export type GlobMatcher = (text: string) => boolean;

/** Compiles `glob` once; the matcher it returns can be called many times. */
export function globMatcher(glob: string, options: GlobOptions = {}): GlobMatcher {
  const fold = options.ignoreCase === true ? (s: string) => s.toLowerCase() : (s: string) => s;
  // By code point, so `?` stands for one character even outside the BMP.
  const pattern = Array.from(fold(glob));
  return (text) => matches(pattern, Array.from(fold(text)));
}

export function matchGlob(glob: string, text: string, options: GlobOptions = {}): boolean {
  return globMatcher(glob, options)(text);
}

function matches(pattern: readonly string[], text: readonly string[]): boolean {
  let p = 0;
  let t = 0;
  // The last `*` seen and where in the text its run currently ends.
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const token = pattern[p];
    if (token === '*') {
      star = p;
      resume = t;
      p += 1;
    } else if (token !== undefined && (token === '?' || token === text[t])) {
      p += 1;
      t += 1;
    } else if (star >= 0) {
      // Let the last `*` take one more character and retry what follows it.
      resume += 1;
      t = resume;
      p = star + 1;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p += 1;
  return p === pattern.length;
}
