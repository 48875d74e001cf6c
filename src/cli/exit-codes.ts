/** Exit codes are an API (STYLE.md habit 11); CI gates read them. */
export const ExitCode = {
  /** Success. */
  OK: 0,
  /** Reserved for gates: a finding at or above the threshold remains. */
  FINDINGS: 1,
  /** Bad input or usage: a file, option or configuration that is not valid. */
  INPUT: 2,
  /** A bug in Assay. */
  INTERNAL: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
