import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { resultFixture } from '../../../test/fixtures/results/load.js';
import { compareResults } from '../../findings/compare.js';
import { shortDigest } from './describe.js';
import { renderDiffJson } from './index.js';
import { markdownText as mdText } from '../../text/markdown.js';
import { MAX_ROWS, renderDiffMarkdown } from './markdown.js';
import { renderDiffText } from './text.js';

const load = resultFixture;
const before = load('before');
const after = load('after');
const comparison = compareResults(before, after);
/** The fixture's new security group carries a hostile Name tag (test/fixtures/results/make.ts). */
const hostile = 'sg-0badc0ffee1234567';

describe('text view', () => {
  const text = renderDiffText(comparison);

  it('heads with both scans and the counts', () => {
    expect(text).toContain('before  sha256:b8e52fde32e3 · collected 2026-11-01T12:00:00.000Z · assay 0.1.0');
    expect(text).toContain('after   sha256:0f1e2d3c4b5a · collected 2026-11-08T12:00:00.000Z');
    expect(text).toContain('new 2  fixed 2  unchanged 6  changed 4');
  });

  it('lists new failures with what they were and their evidence, fixes with what they became, and changes', () => {
    expect(text).toMatch(/New failures\nNEW {5}critical aws-s3-bucket-not-public — .*\n {8}aws\.s3\.bucket acme-www-static · 123456789012\/us-east-1 \(was PASS\)\n {8}S3 bucket acme-www-static is publicly accessible.*\n {8}policy is "statement 0/);
    expect(text).toContain(`aws.ec2.security-group ${hostile}`);
    expect(text).toContain('(was not in the earlier scan)');
    expect(text).toContain('sg-0d3c2b1a09f8e7d6c "debug-wide-open" · 123456789012/us-east-1 (now gone)');
    expect(text).toContain('(now PASS)');
    expect(text).toContain('(FAIL → ERROR)');
    expect(text).toContain('AccessDeniedException on elasticfilesystem:DescribeFileSystems');
    expect(text).toContain('6 failing in both scans, 1 of them with different evidence');
  });

  it('never passes control characters from a finding to the terminal', () => {
    // eslint-disable-next-line no-control-regex -- the assertion is about control characters
    expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(text).toContain('\\n\\x1b[31mred');
  });

  it('mentions policies run in only one scan', () => {
    const fewer = { ...after, policySet: { ...after.policySet, policies: after.policySet.policies.filter((p) => p !== 'aws-kms-cmk-rotation-enabled') } };
    expect(renderDiffText(compareResults(before, fewer))).toContain('policies: 1 removed (aws-kms-cmk-rotation-enabled)');
  });

  it('says which waiver a FAIL turned WAIVED under', () => {
    const failing = before.findings.find((f) => f.status === 'FAIL' && after.findings.some((g) => g.fingerprint === f.fingerprint && g.status === 'FAIL'));
    if (failing === undefined) throw new Error('fixture has no FAIL in both scans');
    const waiver = { reason: 'legacy app, replaced in Q3', owner: 'team-web', expires: '2026-12-31', index: 0 };
    const waived = { ...after, findings: after.findings.map((f) => (f.fingerprint === failing.fingerprint ? { ...f, status: 'WAIVED' as const, waiver } : f)) };
    expect(renderDiffText(compareResults(before, waived))).toContain('waived until 2026-12-31 (owner team-web): legacy app, replaced in Q3');
  });

  it('is the same for the same comparison', () => {
    expect(renderDiffText(compareResults(load('before'), load('after')))).toBe(text);
  });
});

describe('Markdown view', () => {
  const md = renderDiffMarkdown(comparison);

  it('heads with the counts and both scans', () => {
    expect(md.split('\n')[0]).toBe('### Assay diff: 2 new failures · 2 fixed · 4 changed · 6 unchanged');
    expect(md).toContain('| before | `sha256:b8e52fde32e3` | 2026-11-01T12:00:00.000Z | assay 0.1.0 |');
    expect(md).toContain('#### New failures (2)');
    expect(md).toContain('#### Fixed (2)');
    expect(md).toContain('#### Changed (4)');
    expect(md).toContain('| ERROR → PASS |');
  });

  it('keeps every table row on one line with the same number of cells as its header', () => {
    const tables = md.split('\n').filter((line) => line.startsWith('|'));
    const cells = (line: string): number => line.replace(/\\\|/g, '').split('|').length;
    let width = 0;
    for (const line of tables) {
      if (line.startsWith('| Severity') || line.startsWith('| |')) width = cells(line);
      expect(cells(line), line).toBe(width);
    }
  });

  it('neutralizes Markdown, HTML and mentions in untrusted text', () => {
    const row = md.split('\n').find((line) => line.includes(hostile)) ?? '';
    // The hostile name sits in <code>: literal text, pipes escaped for the table, mentions and links broken.
    expect(row).toContain('<code>web \\| &lt;img src=x onerror=alert(1)&gt; @\u200bacme/ops \\#\u200b12 \\[click\\](https\\://example.com) \\\\x1b\\[31mred</code>');
  });

  it('renders (GFM, raw HTML allowed as GitHub parses it) without markup from the findings', () => {
    const html = micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(html).not.toMatch(/<img|<a /);
    expect(html).toContain('<code>web | &lt;img src=x onerror=alert(1)&gt; @\u200bacme/ops #\u200b12 [click](https://example.com) \\x1b[31mred</code>');
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1] ?? '').match(/<t[dh]>/g)?.length ?? 0);
    expect(rows.filter((n) => n === 4).length).toBe(3 + 3); // scans table and Fixed table, with headers
    expect(rows.filter((n) => n === 5).length).toBe(3 + 5); // New failures and Changed, with headers
    const hostileMessage = mdText('bucket <img src=x> [x](https://e.vil) www.e.vil @ops #1 *b* a|b');
    const cell = micromark(`| a |\n| --- |\n| ${hostileMessage} |`, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(cell).toContain('<td>bucket &lt;img src=x&gt; [x](https://e.vil) www.e.vil @\u200bops #\u200b1 *b* a|b</td>');
  });

  it('caps each table and says how many rows were left out', () => {
    const many = { ...comparison, new: Array.from({ length: MAX_ROWS + 3 }, () => comparison.new[0]!) };
    const text = renderDiffMarkdown(many);
    expect(text.split('\n').filter((l) => l.includes('aws-s3-bucket-not-public')).length).toBe(MAX_ROWS);
    expect(text).toContain('… and 3 more; `assay diff --format json` lists them all.');
  });

  it('says so when nothing new fails', () => {
    expect(renderDiffMarkdown(compareResults(before, before)).split('\n')[0]).toBe('### Assay diff: no new failures · 0 fixed · 0 changed · 9 unchanged');
  });
});

describe('JSON view and helpers', () => {
  it('is the comparison, indented, with a final newline', () => {
    const json = renderDiffJson(comparison);
    expect(JSON.parse(json)).toEqual(comparison);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('shortens digests to a prefix and 12 hex digits, leaving other text alone', () => {
    expect(shortDigest(`sha256:${'ab'.repeat(32)}`)).toBe('sha256:abababababab');
    expect(shortDigest('not-a-digest')).toBe('not-a-digest');
  });
});
