/**
 * Reads a saved findings document (`assay scan --format json`) from its
 * bytes: gzip or plain, UTF-8, JSON, the format version this Assay writes,
 * then the shape of the findings schema — each problem located in the file.
 * Pure: the CLI reads the bytes.
 */
import type { ValidateFunction } from 'ajv';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { AssayError, AssayErrors } from '../diagnostics/error.js';
import { explainSchemaErrors } from '../diagnostics/schema-errors.js';
import { SCAN_RESULT_SCHEMA_VERSION, scanResultSchema, type ScanResult } from './schema.js';
import { createAjv } from '../resources/validate-data.js';
import { decodeText, parseJson } from '../snapshot/decode.js';
import { createLocator, type Locator } from '../snapshot/locate.js';

/** Codes of the two ways a file can fail to be a findings document we read. */
const VERSION_CODE: DiagnosticCode = 'FINDINGS_VERSION';
const SCHEMA_CODE: DiagnosticCode = 'FINDINGS_SCHEMA';

/** Beyond this many schema problems the rest are counted: a wrong file should not flood the terminal. */
const MAX_PROBLEMS = 20;

const HOW_TO_WRITE = 'write one with `assay scan --format json --output findings.json` (or --output json=findings.json)';

let validator: ValidateFunction | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Recognizes the files people most often pass by mistake, so the error can say what they gave. */
function lookalike(value: Record<string, unknown>): string | undefined {
  if ('resources' in value && 'scope' in value) return 'this is a snapshot, not a findings document';
  if ('runs' in value && typeof value.version === 'string') return 'this is a SARIF report, not a findings document';
  if (value.schemaVersion === 1 && Array.isArray(value.new) && Array.isArray(value.fixed)) return 'this is an `assay diff` comparison, not a findings document';
  return undefined;
}

function checkVersion(value: Record<string, unknown>, locate: Locator): void {
  const version = value.schemaVersion;
  const mistaken = lookalike(value);
  if (mistaken !== undefined) {
    throw new AssayError(SCHEMA_CODE, `${mistaken}; expected the JSON findings of a scan`, { location: locate(''), hint: HOW_TO_WRITE });
  }
  if (version === undefined) {
    throw new AssayError(SCHEMA_CODE, 'not a findings document: "schemaVersion" is missing', { location: locate(''), hint: HOW_TO_WRITE });
  }
  if (version !== SCAN_RESULT_SCHEMA_VERSION) {
    const newer = typeof version === 'number' && version > SCAN_RESULT_SCHEMA_VERSION;
    throw new AssayError(VERSION_CODE, `findings format version ${JSON.stringify(version)} is not supported; this Assay reads version ${SCAN_RESULT_SCHEMA_VERSION}`, {
      location: locate('/schemaVersion'),
      hint: newer ? 'upgrade Assay to read this file' : 'scan again with this Assay to write a current findings document',
    });
  }
}

/** Parses and validates a findings document; throws AssayError(s) naming `file` with line:col. */
export function parseFindingsDocument(bytes: Uint8Array, file: string): ScanResult {
  const text = decodeText(bytes, file);
  const value = parseJson(text, file);
  const locate = createLocator(file, text);
  if (!isRecord(value)) {
    throw new AssayError(SCHEMA_CODE, 'not a findings document: expected a JSON object with schemaVersion, snapshot and findings', { location: locate(''), hint: HOW_TO_WRITE });
  }
  checkVersion(value, locate);
  validator ??= createAjv().compile(scanResultSchema);
  if (!validator(value)) {
    const problems = explainSchemaErrors(validator.errors ?? []);
    const errors = problems.slice(0, MAX_PROBLEMS).map((p) => new AssayError(SCHEMA_CODE,
      `findings document: ${p.field === '' ? 'the document' : `"${p.field}"`} ${p.problem}`, { location: locate(p.pointer, p.atKey) }));
    if (problems.length > MAX_PROBLEMS) {
      errors.push(new AssayError(SCHEMA_CODE, `… and ${problems.length - MAX_PROBLEMS} more problems not listed`, { location: { file } }));
    }
    throw new AssayErrors(errors);
  }
  const result = value as ScanResult;
  checkFingerprints(result, locate);
  return result;
}

/** Findings are matched on fingerprints, so a document with a repeated one cannot be compared reliably. */
function checkFingerprints(result: ScanResult, locate: Locator): void {
  const seen = new Map<string, number>();
  const errors: AssayError[] = [];
  result.findings.forEach((finding, index) => {
    const first = seen.get(finding.fingerprint);
    if (first === undefined) seen.set(finding.fingerprint, index);
    else if (errors.length < MAX_PROBLEMS) {
      errors.push(new AssayError(SCHEMA_CODE, `findings document: fingerprint ${finding.fingerprint} appears twice (also at /findings/${first}); each policy and resource has one finding`, {
        location: locate(`/findings/${index}/fingerprint`),
      }));
    }
  });
  if (errors.length > 0) throw new AssayErrors(errors);
}
