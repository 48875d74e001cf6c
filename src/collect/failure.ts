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
    // Node's own errors (connect ECONNREFUSED …) carry their errno in `code`.
    const errno = (error as { code?: unknown }).code;
    const code = typeof awsCode === 'string' && awsCode !== '' ? awsCode : (named ?? (typeof errno === 'string' && errno !== '' ? errno : 'UnknownError'));
    return { code, message: message.slice(0, 1000) };
  }
  return { code: 'UnknownError', message: String(error).slice(0, 1000) };
}

/** Errno codes of a request that never reached an AWS endpoint: down, unknown, filtered or cut off. */
const unreachableCodes: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);

/**
 * When `error` says the endpoint could not be reached (the network, not
 * AWS, answered), the errno and the host it names; otherwise undefined.
 * The SDK's connection timeout is a TimeoutError.
 */
export function unreachableEndpoint(error: unknown): { errno: string; host: string | undefined; message: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, address, port, hostname } = error as { code?: unknown; address?: unknown; port?: unknown; hostname?: unknown };
  const errno = typeof code === 'string' && unreachableCodes.has(code) ? code : error.name === 'TimeoutError' ? 'TimeoutError' : undefined;
  if (errno === undefined) return undefined;
  const host = typeof address === 'string' ? (typeof port === 'number' ? `${address}:${port}` : address) : typeof hostname === 'string' ? hostname : undefined;
  return { errno, host, message: error.message.slice(0, 1000) };
}
