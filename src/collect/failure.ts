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
    const named = error.name !== 'Error' && error.name !== '' ? error.name : undefined;
    const code = (error as { Code?: unknown; code?: unknown }).Code ?? (error as { code?: unknown }).code;
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const message = error.message.trim() === '' || error.message === 'UnknownError' ? `HTTP ${status ?? 'error'}` : error.message;
    return { code: named ?? (typeof code === 'string' ? code : 'UnknownError'), message: message.slice(0, 1000) };
  }
  return { code: 'UnknownError', message: String(error).slice(0, 1000) };
}
