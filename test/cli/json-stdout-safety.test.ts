/**
 * `scan --format json` (and sarif) printed into a GitHub Actions log: a
 * resource name holding the runner's legacy `##[command]` must not become a
 * command, and the JSON must still parse to the name as it was.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/findings/schema.js';
import { runCli } from '../support/cli.js';
import { smallSnapshot, toText } from '../support/snapshots.js';

const NAME = 'payments ##[error]forged ##[stop-commands]x';
let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-json-stdout-'));
  const snapshot = smallSnapshot();
  snapshot.resources[1]!.name = NAME;
  file = join(dir, 'snap.json');
  await writeFile(file, toText(snapshot));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('JSON on stdout', () => {
  it.each(['json', 'sarif'])('%s carries no workflow command and keeps the value', async (format) => {
    const result = await runCli(['scan', '--snapshot', file, '--format', format, '--fail-on', 'none']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('##[');
    if (format === 'json') {
      const parsed = JSON.parse(result.stdout) as ScanResult;
      expect(parsed.findings.some((f) => f.resource.name === NAME)).toBe(true);
    }
  });
});
