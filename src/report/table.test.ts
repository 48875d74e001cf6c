/** The terminal table with hostile values from the account: nothing reaches the terminal or a CI log raw. */
import { describe, expect, it } from 'vitest';
import { resultFixture } from '../../test/fixtures/results/load.js';
import type { Finding, ScanResult } from '../findings/schema.js';
import { renderTable } from './table.js';

const HOSTILE = 'evil\u001b[2J\u001b]0;owned\u0007\r\u0000\u009b1m\u202etxt\n::error::fake annotation ##[warning]legacy';

function hostileResult(): ScanResult {
  const result = resultFixture('after');
  result.snapshot = { ...result.snapshot, accounts: [...result.snapshot.accounts, HOSTILE], collectedAt: HOSTILE };
  result.packs = result.packs.map((p) => ({ ...p, id: HOSTILE, version: HOSTILE }));
  result.controls = result.controls.map((c) => ({ ...c, title: HOSTILE, id: HOSTILE }));
  result.findings = result.findings.map((f): Finding => ({
    ...f,
    title: HOSTILE,
    resource: { ...f.resource, id: HOSTILE, name: `name ${HOSTILE}`, region: HOSTILE },
    evidence: f.evidence.map((e) => ({ ...e, path: HOSTILE, actual: HOSTILE, resource: HOSTILE })),
    ...(f.reasons === undefined ? {} : { reasons: f.reasons.map((r) => ({ ...r, message: HOSTILE })) }),
  }));
  result.waivers = [{ policy: HOSTILE, resources: [HOSTILE], reason: HOSTILE, owner: HOSTILE, expires: HOSTILE, state: 'active', matched: 1 }];
  return result;
}

describe('terminal table with hostile values', () => {
  const text = renderTable(hostileResult());

  it('passes no control or bidi character, and every value stays on its line', () => {
    // eslint-disable-next-line no-control-regex -- the assertion is about control characters
    expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text.split('\n').filter((line) => line.includes('fake annotation')).every((line) => line.includes('evil'))).toBe(true);
  });

  it('starts no workflow command in a CI log', () => {
    expect(text.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
    expect(text).not.toContain('##[');
  });

  it('shows what was there', () => {
    expect(text).toContain('evil\\x1b[2J\\x1b]0;owned\\x07\\r\\x00\\x9b1m\\u202etxt\\n::error::fake annotation #\\x23[warning]legacy');
  });
});
