/**
 * The Markdown report on the demo scan, with hostile strings from the
 * account, and under its byte budget. Rendering checks go through micromark
 * with GFM (CommonMark + tables, as GitHub parses) and raw HTML allowed, as
 * GitHub allows it before sanitizing, so an escape that only looks right in
 * the source still fails here.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { parseFragment } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoFindings } from '../../test/support/demo-scan.js';
import type { Finding, ScanResult } from '../findings/schema.js';
import { DEFAULT_MAX_BYTES, markdownFormatter, renderMarkdown } from './markdown.js';
import { utf8Length } from './markdown/measure.js';

let demo: ScanResult;
beforeAll(async () => { demo = await demoFindings(['cis-aws-foundations-7.0.0']); });
const severityOrder = ['critical', 'high', 'medium', 'low', 'info'];

const html = (markdown: string): string =>
  micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** Cells per row of every rendered table: each row must have as many as its header. */
function tableShapes(rendered: string): number[][] {
  return [...rendered.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => (r[1] ?? '').match(/<t[hd][\s>]/g)?.length ?? 0));
}

/**
 * Cells of each table row in the source, as GFM splits them: at every pipe not
 * escaped by a backslash (code spans do not protect pipes in GFM tables).
 */
function sourceTableShapes(markdown: string): number[][] {
  const tables: number[][] = [];
  let current: number[] | undefined;
  for (const line of outsideFences(markdown).split('\n')) {
    if (!line.startsWith('|')) { current = undefined; continue; }
    if (current === undefined) { current = []; tables.push(current); }
    current.push(line.replace(/\\./g, '').split('|').length - 2);
  }
  return tables;
}

/** The Markdown source outside fenced code blocks (our fences are backtick runs of 3 or more on their own line). */
function outsideFences(markdown: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const open = /^(`{3,})/.exec(line)?.[1];
    if (fence === undefined && open !== undefined) fence = open;
    else if (fence !== undefined && line === fence) fence = undefined;
    else if (fence === undefined) kept.push(line);
  }
  return kept.join('\n');
}

interface HtmlNode { nodeName: string; value?: string; childNodes?: HtmlNode[] }

/** Rendered text outside code: where GitHub turns @names into mentions and #numbers into references. */
function proseOf(rendered: string): string {
  let text = '';
  const walk = (node: HtmlNode): void => {
    if (node.nodeName === 'code' || node.nodeName === 'pre') return;
    if (node.nodeName === '#text') text += node.value ?? '';
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseFragment(rendered));
  return text;
}

/** Severity of each FAIL/ERROR section heading, in document order. */
const headings = (markdown: string, badge: string): string[] =>
  [...markdown.matchAll(new RegExp(`^### ${badge} · (\\w+) · `, 'gm'))].map((m) => m[1] ?? '');

const isSorted = (severities: readonly string[]): boolean =>
  severities.every((s, i) => i === 0 || severityOrder.indexOf(severities[i - 1] ?? '') <= severityOrder.indexOf(s));

describe('markdown report on the demo scan', () => {
  let md: string;
  beforeAll(() => { md = renderMarkdown(demo); });

  it('is the formatter with id markdown and extension .md, and is deterministic', () => {
    expect(markdownFormatter).toMatchObject({ id: 'markdown', extension: '.md' });
    expect(markdownFormatter.render(structuredClone(demo), { style: { bold: String, dim: String, red: String, yellow: String, green: String, cyan: String } })).toBe(md);
    expect(utf8Length(md)).toBeLessThan(DEFAULT_MAX_BYTES);
    expect(md).not.toContain('not shown');
  });

  it('opens with the scan line and the counts', () => {
    expect(md.startsWith('# Assay scan report\n')).toBe(true);
    expect(md).toContain(`\`${demo.snapshot.digest.slice(0, 'sha256:'.length + 12)}\``);
    expect(md).toContain(demo.snapshot.collectedAt);
    expect(md).toContain(`\`${demo.policySet.digest.slice(0, 'sha256:'.length + 12)}\``);
    expect(md).toContain('(`cis-aws-foundations-7.0.0`)');
    const s = demo.summary.byStatus;
    // Worst first, as every report orders statuses.
    expect(md).toContain('| Status | ❌ FAIL | ⚠️ ERROR | 💤 WAIVED | 📝 MANUAL | ✅ PASS | ➖ NOT_APPLICABLE |');
    expect(md).toContain(`| Findings | ${s.FAIL} | ${s.ERROR} | ${s.WAIVED ?? 0} | ${s.MANUAL} | ${s.PASS} | ${s.NOT_APPLICABLE} |`);
    const f = demo.summary.failuresBySeverity;
    expect(md).toContain(`| ❌ FAIL | ${f.critical} | ${f.high} | ${f.medium} | ${f.low} | ${f.info} |`);
  });

  it('lists failing policies most severe first, with resource, evidence and filled commands', () => {
    const severities = headings(md, '❌ FAIL');
    expect(severities.length).toBe(new Set(demo.findings.filter((x) => x.status === 'FAIL').map((x) => x.policy)).size);
    expect(isSorted(severities)).toBe(true);
    const section = md.slice(md.indexOf('`aws-iam-user-console-mfa`'));
    expect(section).toContain('| `bob` | `123456789012` | `global` | `mfaDevices` has `0` (expected at least `1`) |');
    expect(section).toMatch(/```sh\n# aws\.iam\.user bob \(123456789012\/global\)\naws iam create-virtual-mfa-device --virtual-mfa-device-name 'bob'/);
  });

  it('gives ERROR findings their reasons and lists manual controls', () => {
    const errors = md.slice(md.indexOf('## Could not evaluate'), md.indexOf('## CIS'));
    expect(errors).toContain('| `acme-finance-reports` | `123456789012` | `us-east-1` | `AccessDenied` at `policy`: AccessDenied on s3:GetBucketPolicy');
    expect(errors).toContain('every `aws.efs.file-system` (could not be listed) | `123456789012` | `eu-west-1` | `IncompleteCoverage`');
    expect(md).toContain('| 2.1.1 | Ensure centralized root access in AWS Organizations | 2 | 📝 MANUAL |  |');
    expect(md).toContain('- **2.1.1** Ensure centralized root access in AWS Organizations');
    expect(md).toContain('| 2.6 | Ensure hardware MFA is enabled for the \'root\' user account | 2 | ❌ FAIL | 1 FAIL |');
  });

  it('says in the control row why a control with no findings passed', () => {
    const controls = demo.controls.map((c) => (c.id === '2.17' ? { ...c, status: 'PASS' as const, counts: {}, note: 'Passed by absence: the inventory of aws.iam.server-certificate is complete and holds none in scope.' } : c));
    expect(renderMarkdown({ ...demo, controls })).toContain('| ✅ PASS | Passed by absence: the inventory of aws.iam.server-certificate is complete and holds none in scope. |');
  });

  it('renders every table with its header\'s column count', () => {
    const shapes = tableShapes(html(md));
    expect(shapes.length).toBeGreaterThan(40);
    for (const rows of shapes) expect(new Set(rows).size).toBe(1);
  });
});

const hostile = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '| pipes | in | cells |', 'back`tick``s``` ````',
  '[click](javascript:alert(1))', '*bold* _it_ ~~gone~~ $x$', 'line\nbreak\r\n# heading\n- item', '&lt;entity&gt; \\| \\',
  // The job summary is read on GitHub: no one may be notified, no issue referenced, nothing linked.
  '@acme/security-team cc @alice', 'fixes #12 and GH-3', 'https://evil.example/login www.evil.example admin@evil.example',
  '\u001b[2J\u202eevil\u0000',
];
const nasty = hostile.join(' ');

function hostileResult(): ScanResult {
  const result = structuredClone(demo);
  result.packs = result.packs.map((p) => ({ ...p, title: nasty, version: '<b>1</b>' }));
  result.snapshot.accounts = [...result.snapshot.accounts, nasty];
  result.controls = result.controls.map((c, i) => (i % 3 === 0 ? { ...c, id: `1. ${hostile[i % hostile.length] ?? ''}`, title: nasty } : c));
  result.policies = result.policies.map((p) => ({ ...p, title: nasty, remediation: { ...p.remediation, text: nasty, disruption: nasty } }));
  result.findings = result.findings.map((f, i): Finding => ({
    ...f,
    title: nasty,
    message: nasty,
    resource: { ...f.resource, id: hostile[i % hostile.length] ?? '', name: nasty, region: i % 2 === 0 ? f.resource.region : '<i>r</i>' },
    evidence: f.evidence.map((e) => ({ ...e, path: nasty, actual: nasty, op: nasty, expected: { nasty }, resource: nasty })),
    controls: [...f.controls, nasty],
    ...(f.reasons === undefined ? {} : { reasons: f.reasons.map((r) => ({ ...r, code: nasty, message: nasty, path: '`' })) }),
    ...(f.remediation === undefined ? {} : { remediation: { text: nasty, cli: [...f.remediation.cli, `echo '${nasty}'`, '```', '````````'] } }),
  }));
  return result;
}

describe('markdown report with hostile strings', () => {
  let result: ScanResult;
  let md: string;
  let rendered: string;
  beforeAll(() => {
    result = hostileResult();
    md = renderMarkdown(result);
    rendered = html(md);
  });

  it('lets no raw tag reach the source outside code blocks: only our own <code> elements', () => {
    const outside = outsideFences(md);
    expect(outside).not.toMatch(/<script|<img|<b>|<i>/);
    expect(outside.replace(/<\/?code>/g, '')).not.toContain('<');
  });

  it('renders as text: no injected element, link, emphasis or strikethrough', () => {
    for (const tag of ['<img', '<script', '<a ', '<em>', '<del>', '<b>', '<i>', '<h4', '<ol', '<blockquote']) expect(rendered, tag).not.toContain(tag);
    expect(rendered.match(/<h1>/g)?.length).toBe(1);
    expect(rendered).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(rendered).toContain('| pipes | in | cells |');
    expect(rendered).toContain('*bold* _it_ ~~gone~~ $x$');
  });

  it('mentions no one, references nothing and links nothing, as the job summary on GitHub', () => {
    const prose = proseOf(rendered);
    expect(prose).toContain('@\u200bacme/security-team');
    expect(prose.match(/[@#][\p{L}\p{N}_-]/gu)).toBeNull();
    expect(rendered).not.toMatch(/<a[\s>]/);
    // eslint-disable-next-line no-control-regex -- the assertion is about control characters
    expect(rendered).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    expect(rendered).toContain('\\x1b[2J\\u202eevil\\x00');
  });

  it('keeps the structure: one heading per policy group, tables keep their columns, code blocks close', () => {
    const groups = new Set(result.findings.filter((f) => f.status === 'FAIL' || f.status === 'ERROR').map((f) => `${f.status} ${f.policy}`));
    expect(rendered.match(/<h3>/g)?.length).toBe(groups.size);
    const shapes = tableShapes(rendered);
    expect(shapes.length).toBeGreaterThan(40);
    for (const rows of shapes) expect(new Set(rows).size, JSON.stringify(rows)).toBe(1);
    // The source also has the delimiter row, which renders as no <tr>.
    expect(sourceTableShapes(md).map((rows) => rows.length - 1)).toEqual(shapes.map((rows) => rows.length));
    for (const rows of sourceTableShapes(md)) expect(new Set(rows).size, JSON.stringify(rows)).toBe(1);
    const blocks = new Set(result.findings.filter((f) => f.status === 'FAIL' && (f.remediation?.cli.length ?? 0) > 0).map((f) => f.policy));
    expect(rendered.match(/<pre>/g)?.length).toBe(blocks.size);
    // Every block ends with the hostile fences as content, and what follows is rendered again.
    expect(rendered.match(/\n````````\n<\/code><\/pre>/g)?.length).toBe(blocks.size);
  });

  it('is still deterministic', () => {
    expect(renderMarkdown(hostileResult())).toBe(md);
  });
});

/** A result with `count` FAIL findings over 50 policies of every severity, big enough to need the budget. */
function syntheticResult(count: number): ScanResult {
  const template = demo.findings.find((f) => f.status === 'FAIL' && f.policy === 'aws-iam-user-console-mfa');
  if (template === undefined) throw new Error('demo has no console MFA finding');
  const findings: Finding[] = [];
  for (let i = 0; i < count; i += 1) {
    const policy = i % 50;
    const id = `res-${String(i).padStart(6, '0')}`;
    findings.push({
      ...template,
      policy: `synthetic-policy-${String(policy).padStart(2, '0')}`,
      severity: (['critical', 'high', 'medium', 'low', 'info'] as const)[policy % 5] ?? 'info',
      resource: { ...template.resource, id, name: `user ${id}` },
      fingerprint: String(i),
      remediation: { text: 'Fix it.', cli: [`aws iam do-something --user-name '${id}'`] },
    });
  }
  const failuresBySeverity: Record<string, number> = {};
  for (const f of findings) failuresBySeverity[f.severity] = (failuresBySeverity[f.severity] ?? 0) + 1;
  return { ...structuredClone(demo), findings, summary: { ...demo.summary, byStatus: { ...demo.summary.byStatus, FAIL: count, ERROR: 0 }, failuresBySeverity } };
}

const shownRows = (markdown: string): number => markdown.match(/^\| `res-\d+` /gm)?.length ?? 0;

describe('markdown report under its byte budget', () => {
  it('drops the least severe findings first on the demo and says how many are left out', () => {
    const total = demo.findings.filter((f) => f.status === 'FAIL' || f.status === 'ERROR').length;
    const md = renderMarkdown(demo, { maxBytes: 30_000 });
    expect(utf8Length(md)).toBeLessThanOrEqual(30_000);
    const shown = headings(md, '❌ FAIL');
    expect(isSorted(shown)).toBe(true);
    expect(shown).toContain('high');
    expect(shown).not.toContain('low');
    const omitted = /\*\*(\d+) of (\d+) FAIL and ERROR findings are not shown\*\*/.exec(md);
    expect(omitted?.[2]).toBe(String(total));
    expect(Number(omitted?.[1])).toBeGreaterThan(0);
    expect(md.trimEnd().split('\n').at(-1)).toContain('The JSON and SARIF outputs have every finding.');
    // The pack's control table still fits, and every high finding is there.
    expect(md).toContain('## CIS Amazon Web Services Foundations Benchmark 7.0.0');
    expect(md.match(/^### ❌ FAIL · high · /gm)?.length).toBe(new Set(demo.findings.filter((f) => f.status === 'FAIL' && f.severity === 'high').map((f) => f.policy)).size);
  });

  it('keeps header and counts even when the budget is smaller than they are', () => {
    const md = renderMarkdown(demo, { maxBytes: 2_000 });
    expect(md).toContain('## Summary');
    expect(md).toContain(`${demo.findings.filter((f) => f.status === 'FAIL' || f.status === 'ERROR').length} of`);
    expect(md).not.toContain('### ');
  });

  it('fits 50,000 findings under the default budget, most severe first, counting the rest', () => {
    const result = syntheticResult(50_000);
    const md = renderMarkdown(result);
    const bytes = utf8Length(md);
    expect(bytes).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);
    expect(bytes).toBeGreaterThan(DEFAULT_MAX_BYTES * 0.95);
    const shown = shownRows(md);
    expect(shown).toBeGreaterThan(1_000);
    expect(md).toContain(`**${50_000 - shown} of 50000 FAIL and ERROR findings are not shown**`);
    const severities = headings(md, '❌ FAIL');
    expect(isSorted(severities)).toBe(true);
    expect(severities.slice(0, 10)).toEqual(Array<string>(10).fill('critical'));
    expect(severities).not.toContain('info');
    // Round robin within a severity: no policy of a kept severity is missing.
    expect(severities.filter((s) => s === 'critical').length).toBe(10);
    // micromark takes seconds on a megabyte; the source split is what GFM does with the pipes.
    for (const rows of sourceTableShapes(md)) expect(new Set(rows).size).toBe(1);
    expect(renderMarkdown(syntheticResult(50_000))).toBe(md);
  });
});
