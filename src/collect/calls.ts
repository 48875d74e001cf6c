/**
 * Call tables: every AWS call Assay makes is one row, written once, next to
 * the code that makes it — the SDK operation (the row's key), the IAM
 * action(s) it needs, the error codes that mean "not configured", and the
 * catalog fields it fills. The read-only allowlist, `assay permissions`
 * and each collector's concurrency key are derived from the rows, so the
 * three cannot drift apart, and code names a call only through its row
 * (`calls.GetBucketPolicy`), so a misspelt call does not compile.
 */

export interface CallRow {
  /** The IAM action(s) the call needs; AWS's Service Authorization Reference says which when it is not the operation's name. */
  readonly iam: string | readonly string[];
  /** Error codes meaning "not configured": the call then answers `absent`, which is data (null), not a failure. */
  readonly absentOn?: readonly string[];
  /** Top-level catalog fields the call's answer fills (a test checks them against the catalog type). */
  readonly fills?: readonly string[];
  /** How failures name the call when `<service>:<Operation>` would not tell it apart (S3 Control's GetPublicAccessBlock). */
  readonly label?: string;
}

export interface Call {
  /** The SDK client's name without "Client", as the read-only guard sees it: `S3`. */
  readonly client: string;
  /** The SDK operation: `GetBucketEncryption`. */
  readonly operation: string;
  /** `S3:GetBucketEncryption`, the allowlist's key. */
  readonly key: string;
  /** How a failure of the call is recorded: `s3:GetBucketEncryption`. */
  readonly label: string;
  readonly iam: readonly string[];
  readonly absentOn: readonly string[];
  readonly fills: readonly string[];
}

/** One client's calls, keyed by SDK operation. Extra properties of a row (a reader, a mapper) and the names of the fields it fills are kept. */
export type CallTable<R extends Readonly<Record<string, CallRow>> = Readonly<Record<string, CallRow>>> = {
  readonly [K in keyof R]: Omit<R[K], keyof CallRow> & Omit<Call, 'fills'> & { readonly fills: R[K]['fills'] extends readonly string[] ? R[K]['fills'] : readonly [] };
};

/**
 * The rows of one SDK client: `callTable('S3', 's3', { GetBucketPolicy: { iam: 's3:GetBucketPolicy', absentOn: ['NoSuchBucketPolicy'] } })`.
 * `service` is the IAM prefix failures are recorded under.
 */
export function callTable<const R extends Readonly<Record<string, CallRow>>>(client: string, service: string, rows: R): CallTable<R> {
  const table: Record<string, Call> = {};
  for (const [operation, row] of Object.entries(rows)) {
    table[operation] = {
      ...row,
      client,
      operation,
      key: `${client}:${operation}`,
      label: row.label ?? `${service}:${operation}`,
      iam: typeof row.iam === 'string' ? [row.iam] : [...row.iam],
      absentOn: row.absentOn ?? [],
      fills: row.fills ?? [],
    };
  }
  return table as CallTable<R>;
}

export function callsOf(tables: readonly CallTable[]): Call[] {
  return tables.flatMap((table) => Object.values(table));
}

/** The IAM actions the tables' calls need, sorted and once each. */
export function permissionsOf(tables: readonly CallTable[]): string[] {
  return [...new Set(callsOf(tables).flatMap((call) => call.iam))].sort();
}
