/** A findings document from disk, for the commands that read one (diff, plan, a scan's --baseline). */
import type { ScanResult } from '../findings/schema.js';
import { parseFindingsDocument } from '../findings/read.js';
import { readBytes } from '../snapshot/file.js';

/** Reads a findings document (`assay scan --format json`); bad input throws located AssayError(s). */
export async function readFindingsFile(file: string): Promise<ScanResult> {
  return parseFindingsDocument(await readBytes(file), file);
}
