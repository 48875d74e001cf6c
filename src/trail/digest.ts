/**
 * A CloudTrail digest file, parsed from its (inflated) JSON with every
 * problem located: `/logFiles/3/hashValue: expected 64 hexadecimal digits`.
 * The fields are those of AWS's "CloudTrail digest file structure"; only the
 * ones verification reads are kept.
 */

export interface DigestLogFile {
  readonly s3Bucket: string;
  readonly s3Object: string;
  /** Lower-case hex SHA-256 of the log file's uncompressed content. */
  readonly hashValue: string;
}

export interface Digest {
  readonly awsAccountId: string;
  readonly digestStartTime: string;
  readonly digestEndTime: string;
  readonly digestS3Bucket: string;
  readonly digestS3Object: string;
  readonly digestPublicKeyFingerprint: string;
  readonly digestSignatureAlgorithm: string;
  /** null in the first digest of a chain (logging or validation just started). */
  readonly previousDigestS3Bucket: string | null;
  readonly previousDigestS3Object: string | null;
  readonly previousDigestSignature: string | null;
  readonly logFiles: readonly DigestLogFile[];
}

/** A problem in a digest file: the RFC 6901 pointer of the value, and what is wrong with it. */
export interface DigestProblem {
  readonly pointer: string;
  readonly message: string;
}

export type ParsedDigest = { readonly ok: true; readonly digest: Digest } | { readonly ok: false; readonly problem: DigestProblem };

/** The timestamps CloudTrail writes: UTC, to the second, `2015-08-17T15:01:31Z`. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

class Located extends Error {
  constructor(readonly pointer: string, message: string) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

function text(record: Record<string, unknown>, key: string, at: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value === '') throw new Located(`${at}/${escapePointer(key)}`, value === undefined ? `"${key}" is missing` : `"${key}" must be a non-empty string`);
  return value;
}

function textOrNull(record: Record<string, unknown>, key: string, at: string): string | null {
  if (record[key] === null) return null;
  return text(record, key, at);
}

function timestamp(record: Record<string, unknown>, key: string): string {
  const value = text(record, key, '');
  if (!TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) throw new Located(`/${key}`, `"${key}" must be a UTC timestamp such as 2015-08-17T15:01:31Z`);
  return value;
}

function logFile(value: unknown, index: number): DigestLogFile {
  const at = `/logFiles/${index}`;
  if (!isRecord(value)) throw new Located(at, 'a log file entry must be an object');
  const algorithm = value.hashAlgorithm;
  if (algorithm !== undefined && algorithm !== 'SHA-256') throw new Located(`${at}/hashAlgorithm`, `hash algorithm ${JSON.stringify(algorithm)} is not SHA-256`);
  const hashValue = text(value, 'hashValue', at);
  if (!SHA256_HEX.test(hashValue)) throw new Located(`${at}/hashValue`, '"hashValue" must be 64 lower-case hexadecimal digits');
  return { s3Bucket: text(value, 's3Bucket', at), s3Object: text(value, 's3Object', at), hashValue };
}

function readDigest(value: unknown): Digest {
  if (!isRecord(value)) throw new Located('', 'a digest file must be a JSON object');
  const algorithm = text(value, 'digestSignatureAlgorithm', '');
  if (algorithm !== 'SHA256withRSA') throw new Located('/digestSignatureAlgorithm', `signature algorithm ${JSON.stringify(algorithm)} is not SHA256withRSA`);
  const files = value.logFiles;
  if (!Array.isArray(files)) throw new Located('/logFiles', '"logFiles" must be a list (empty when no log file was delivered)');
  const logFiles: DigestLogFile[] = [];
  for (const [index, entry] of (files as unknown[]).entries()) logFiles.push(logFile(entry, index));
  const previousDigestSignature = textOrNull(value, 'previousDigestSignature', '');
  if (previousDigestSignature !== null && !/^[0-9a-f]+$/.test(previousDigestSignature)) throw new Located('/previousDigestSignature', '"previousDigestSignature" must be hexadecimal');
  return {
    awsAccountId: text(value, 'awsAccountId', ''),
    digestStartTime: timestamp(value, 'digestStartTime'),
    digestEndTime: timestamp(value, 'digestEndTime'),
    digestS3Bucket: text(value, 'digestS3Bucket', ''),
    digestS3Object: text(value, 'digestS3Object', ''),
    digestPublicKeyFingerprint: text(value, 'digestPublicKeyFingerprint', ''),
    digestSignatureAlgorithm: algorithm,
    previousDigestS3Bucket: textOrNull(value, 'previousDigestS3Bucket', ''),
    previousDigestS3Object: textOrNull(value, 'previousDigestS3Object', ''),
    previousDigestSignature,
    logFiles,
  };
}

/** Parses a digest file's inflated JSON text. */
export function parseDigest(json: string): ParsedDigest {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: { pointer: '', message: `not JSON: ${error instanceof Error ? error.message : String(error)}` } };
  }
  try {
    return { ok: true, digest: readDigest(value) };
  } catch (error) {
    if (error instanceof Located) return { ok: false, problem: { pointer: error.pointer, message: error.message } };
    throw error;
  }
}
