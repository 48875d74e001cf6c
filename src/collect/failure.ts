/** What a failed AWS call becomes: data, never an exception that aborts the scan. */
export interface CallFailure {
  /** AWS error code (AccessDenied, ThrottlingException …) or an Assay code for transport errors. */
  readonly code: string;
  readonly message: string;
  /** `service:Operation` as IAM names it, e.g. s3:GetBucketPolicy. */
  readonly operation: string;
}

/** Reads the code and message of an SDK error (or anything thrown) without ever including request data. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof Error) {
    // Query protocols (IAM, SNS, RDS …) name the modeled exception class (NoSuchEntityException) but
    // carry AWS's own code (NoSuchEntity) in Code: report what AWS said, as its documentation spells it.
    const awsCode = (error as { Code?: unknown }).Code;
    const named = error.name !== 'Error' && error.name !== '' ? error.name : undefined;
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const message = error.message.trim() === '' || error.message === 'UnknownError' ? `HTTP ${status ?? 'error'}` : error.message;
    const code = typeof awsCode === 'string' && awsCode !== '' ? awsCode : (named ?? 'UnknownError');
    return { code, message: message.slice(0, 1000) };
  }
  return { code: 'UnknownError', message: String(error).slice(0, 1000) };
}
