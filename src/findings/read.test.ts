import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { resultFixtureText } from '../../test/fixtures/results/load.js';
import { AssayError, AssayErrors } from '../diagnostics/error.js';
import { parseFindingsDocument } from './read.js';

const valid = resultFixtureText('before');
const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/** The problems a parse reports, as `line:col message`. */
function problems(text: string | Uint8Array): string[] {
  try {
    parseFindingsDocument(typeof text === 'string' ? bytes(text) : text, 'f.json');
  } catch (error) {
    const list = error instanceof AssayErrors ? error.errors : error instanceof AssayError ? [error] : [];
    if (list.length === 0) throw error;
    return list.map((e) => `${e.location?.file ?? '?'}:${e.location?.line ?? '-'}:${e.location?.column ?? '-'} ${e.message}`);
  }
  return [];
}

describe('parseFindingsDocument', () => {
  it('reads a findings document, plain or gzip-compressed', () => {
    expect(parseFindingsDocument(bytes(valid), 'f.json').findings.length).toBeGreaterThan(10);
    expect(parseFindingsDocument(gzipSync(valid), 'f.json.gz').snapshot.digest).toMatch(/^sha256:/);
  });

  it('locates JSON syntax errors', () => {
    expect(problems('{\n  "schemaVersion": 2,,\n}')).toEqual(['f.json:2:22 invalid JSON: expected a property name in double quotes']);
  });

  it('refuses other format versions, saying which way to go', () => {
    const old = valid.replace('"schemaVersion": 2', '"schemaVersion": 1');
    expect(problems(old)).toEqual(['f.json:2:20 findings format version 1 is not supported; this Assay reads version 2']);
    const newer = (): unknown => parseFindingsDocument(bytes(valid.replace('"schemaVersion": 2', '"schemaVersion": 3')), 'f.json');
    expect(newer).toThrow(expect.objectContaining({ hint: 'upgrade Assay to read this file' }) as Error);
  });

  it('recognizes a snapshot, a SARIF report or a diff passed by mistake', () => {
    expect(problems('{"schemaVersion": 1, "scope": {}, "resources": []}')).toEqual(['f.json:1:1 this is a snapshot, not a findings document; expected the JSON findings of a scan']);
    expect(problems('{"version": "2.1.0", "runs": []}')[0]).toContain('this is a SARIF report');
    expect(problems('{"schemaVersion": 1, "new": [], "fixed": []}')[0]).toContain('this is an `assay diff` comparison');
    expect(problems('[]')[0]).toContain('not a findings document: expected a JSON object');
    expect(problems('{"findings": []}')[0]).toContain('"schemaVersion" is missing');
  });

  it('reports schema problems at their place in the file', () => {
    const broken = JSON.parse(valid) as { findings: { status: string; fingerprint?: string }[] };
    broken.findings[0]!.status = 'FAILED';
    delete broken.findings[1]!.fingerprint;
    const text = JSON.stringify(broken, null, 2);
    const found = problems(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^f\.json:\d+:\d+ findings document: "findings\[0\]\.status" must be one of "PASS", .*; found "FAILED"/);
    expect(found[1]).toMatch(/^f\.json:\d+:\d+ findings document: "findings\[1\]\.fingerprint" is missing \(required\)$/);
  });

  it('refuses a document in which two findings share a fingerprint', () => {
    const doubled = JSON.parse(valid) as { findings: { fingerprint: string }[] };
    doubled.findings[1]!.fingerprint = doubled.findings[0]!.fingerprint;
    expect(problems(JSON.stringify(doubled, null, 2))[0]).toMatch(/fingerprint [0-9a-f]+ appears twice \(also at \/findings\/0\)/);
  });
});
