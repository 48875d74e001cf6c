/**
 * The HTML report of the demo scan: packs, controls in the framework's order
 * with statuses and evidence, provenance, the chart; self-contained (no
 * script, nothing that loads), hostile strings kept as text, and the same
 * bytes for the same result.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../findings/schema.js';
import { runCli } from '../../../test/support/cli.js';
import { htmlFormatter, renderHtml } from './index.js';
import { CONTENT_SECURITY_POLICY } from './page.js';

async function scan(packs: readonly string[]): Promise<ScanResult> {
  const run = await runCli(['scan', '--snapshot', 'examples/demo-account.json', ...packs.flatMap((p) => ['--pack', p]), '--format', 'json', '--fail-on', 'none']);
  if (run.code !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as ScanResult;
}

const withPacks = await scan(['cis-aws-foundations-7.0.0', 'assay-foundations']);
const withoutPacks = await scan([]);
const html = renderHtml(withPacks);
const style = { bold: String, dim: String, red: String, yellow: String, green: String, cyan: String };

/** Every place the page could load or run something from. */
function loaders(page: string): string[] {
  return [...page.matchAll(/<(script|link|img|iframe|object|embed|base|frame|audio|video|source|meta http-equiv="refresh")\b|@import|url\(|\s(src|srcset|action|formaction|poster|data)=/gi)].map((m) => m[0]);
}

describe('the HTML report', () => {
  it('is the formatter registered as html with the .html extension', () => {
    expect(htmlFormatter).toMatchObject({ id: 'html', extension: '.html' });
    expect(htmlFormatter.render(withPacks, { style })).toBe(html);
  });

  it('is one self-contained document: strict CSP, one inline style sheet, nothing to load or run', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(loaders(html)).toEqual([]);
    // Links leave the page only as anchors to documentation; in-page links are fragments.
    for (const match of html.matchAll(/<(\w+)[^>]*\shref="([^"]*)"/g)) {
      const [, element = '', href = ''] = match;
      expect(element, href).toBe('a');
      expect(href.startsWith('#') || href.startsWith('https://docs.aws.amazon.com/') || /^https:\/\/[^"]+$/.test(href), href).toBe(true);
    }
  });

  it('carries the provenance: snapshot digest, time and scope, policy set digest, generator', () => {
    const { snapshot, policySet, generator } = withPacks;
    for (const text of [snapshot.digest, snapshot.collectedAt, snapshot.partition, ...snapshot.accounts, ...snapshot.regions, policySet.digest, `${generator.name} ${generator.version}`]) {
      expect(html).toContain(text);
    }
  });

  it('has a section per pack with a pass-rate chart of one bar per framework section', () => {
    expect(html.match(/<section class="pack" id="pack-\d+">/g)).toHaveLength(2);
    for (const pack of withPacks.packs) expect(html).toContain(`<h2>${pack.title}</h2>`);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
    const cisSections = new Set(withPacks.controls.filter((c) => c.pack === 'cis-aws-foundations-7.0.0').map((c) => c.section));
    const firstChart = html.slice(html.indexOf('<svg class="chart"'), html.indexOf('</svg>'));
    expect(firstChart.match(/class="sec"/g)).toHaveLength(cisSections.size);
    expect(firstChart).toMatch(/\d+\/26 controls passed/);
  });

  it('lists every control once per pack, in the framework order, with its status', () => {
    expect(html.match(/<details open class="control /g)).toHaveLength(withPacks.controls.length);
    const shown = [...html.matchAll(/<summary><span class="badge s-(\w+)">[^<]*<\/span> <span class="cid">([^<]+)<\/span>/g)].map((m) => `${m[2] ?? ''} ${m[1] ?? ''}`);
    const key: Record<string, string> = { PASS: 'pass', FAIL: 'fail', ERROR: 'error', MANUAL: 'manual', NOT_APPLICABLE: 'na' };
    expect(shown).toEqual(withPacks.controls.map((c) => `${c.id} ${key[c.status] ?? ''}`));
    expect(new Set(withPacks.controls.map((c) => c.status))).toEqual(new Set(['PASS', 'FAIL', 'MANUAL']));
  });

  it('shows the evidence of a FAIL with its remediation, the reason of an ERROR, and the guidance of a MANUAL control', () => {
    const bob = html.indexOf('<code class="rid">bob</code>');
    const block = html.slice(bob, html.indexOf('</div>\n', html.indexOf('Fix this resource', bob)));
    expect(block).toContain('<code>mfaDevices</code>');
    expect(block).toContain('<span class="op">count gte</span>');
    expect(block).toContain('aws iam create-virtual-mfa-device');
    expect(html).toContain('<span class="code">AccessDenied</span> at <code>policy</code>');
    expect(html).toContain('<span class="code">IncompleteCoverage</span>');
    const manual = withPacks.controls.find((c) => c.id === 'IAM.1');
    expect(manual?.guidance).toBeDefined();
    expect(html).toContain(`<div class="guidance"><div class="label">Manual check</div><p class="prose">${(manual?.guidance ?? '').replaceAll("'", '&#39;').replaceAll('"', '&quot;')}</p>`);
    // Parameters filled in: the finding's remediation text, not the policy's template.
    expect(html).toContain('Set the minimum password length to at least 14.');
  });

  it('appends every policy run, with its references as links', () => {
    expect(html.match(/<article class="policy-info" id="policy-\d+">/g)).toHaveLength(withPacks.policies.length);
    expect(html).toContain('<a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html" rel="noopener noreferrer">');
  });

  it('shows each policy\'s differences from the benchmark in the appendix, and why a control passed with nothing in scope', () => {
    expect(html).toContain('<div class="label">Differences from the benchmark</div><p class="prose">Compared with: CIS AWS Foundations v7.0.0 4.1 audit procedure;');
    expect(html).toContain('<strong>Excluded management event sources.</strong>');
    const controls = withPacks.controls.map((c, i) => (i === 0 ? { ...c, status: 'PASS' as const, counts: {}, note: 'Passed by absence: the inventory of aws.iam.server-certificate is complete and holds none in scope.' } : c));
    expect(renderHtml({ ...withPacks, controls })).toContain('<p class="note">Passed by absence: the inventory of aws.iam.server-certificate is complete and holds none in scope.</p>');
  });

  it('groups by policy when the scan has no packs, charting pass rates by service', () => {
    const page = renderHtml(withoutPacks);
    expect(page).toContain('<h2>Policies</h2>');
    expect(page).toContain('policies passed');
    expect(page).not.toContain('class="cid"');
    expect(page.match(/<details open class="control /g)).toHaveLength(withoutPacks.policies.length);
    expect(page).toContain('<h3>CloudTrail</h3>');
    for (const policy of withoutPacks.policies) expect(page).toContain(`<code class="pid">${policy.id}</code>`);
    expect(loaders(page)).toEqual([]);
  });

  it('is byte-identical for the same result, and for the result read back from JSON', () => {
    expect(renderHtml(withPacks)).toBe(html);
    expect(renderHtml(JSON.parse(JSON.stringify(withPacks)) as ScanResult)).toBe(html);
  });
});

describe('hostile strings in the HTML report', () => {
  const script = '<script>alert(1)</script>';
  const attribute = '"onmouseover="alert(1)';
  const style = '</style><style>*{background:url(https://evil.example/x)}</style>';
  const hostile = `${script}${attribute}${style}'&`;
  const waived = 'WAIVED' as string as Finding['status'];

  function poison(result: ScanResult): ScanResult {
    const copy = JSON.parse(JSON.stringify(result)) as ScanResult;
    const [first, second] = copy.findings.filter((f) => f.status === 'FAIL');
    if (first === undefined || second === undefined) throw new Error('the demo scan has FAIL findings');
    first.resource = { ...first.resource, id: hostile, name: hostile, arn: hostile, type: hostile, account: hostile, region: hostile };
    first.message = hostile;
    first.evidence = [{ path: hostile, actual: hostile, op: hostile, expected: { [hostile]: hostile }, result: 'fail', resource: hostile }];
    first.remediation = { text: hostile, cli: [hostile] };
    first.reasons = [{ path: hostile, code: hostile, message: hostile }];
    second.status = waived;
    Object.assign(second, { waiver: { reason: hostile, owner: hostile, expires: '2027-01-01', index: 0 } });
    copy.packs = copy.packs.map((p) => ({ ...p, title: hostile, version: hostile }));
    copy.controls = copy.controls.map((c, i) => (i === 0 ? { ...c, title: hostile, section: hostile, guidance: hostile, id: hostile, status: waived } : c));
    copy.policies = copy.policies.map((p, i) => (i === 0 ? {
      ...p, title: hostile, description: hostile, rationale: hostile, resourceType: hostile, frameworks: { [hostile]: [hostile] },
      remediation: { text: hostile, cli: [hostile], terraform: hostile, disruption: hostile },
      references: ['javascript:alert(1)', `https://docs.example/${attribute}`, 'https://docs.example/"><script>alert(1)</script>'],
    } : p));
    copy.snapshot = { ...copy.snapshot, accounts: [hostile], regions: [hostile], partition: hostile, digest: hostile, collectedAt: hostile };
    copy.policySet = { ...copy.policySet, digest: hostile };
    copy.generator = { name: hostile, version: hostile };
    Object.assign(copy, { waivers: [{ policy: hostile, resources: [hostile], reason: hostile, owner: hostile, expires: hostile, state: 'expired', matched: 1 }] });
    return copy;
  }

  const pages = [renderHtml(poison(withPacks)), renderHtml(poison(withoutPacks))];

  it.each([0, 1])('renders them as text (report %i)', (i) => {
    const page = pages[i] ?? '';
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(page).not.toMatch(/href="(?!#|https:)/);
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    const sheet = page.slice(page.indexOf('<style>'), page.indexOf('</style>'));
    expect(sheet.includes('url(') || sheet.includes('evil')).toBe(false);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;onmouseover=&quot;alert(1)&lt;/style&gt;');
    expect(page).toContain('<span class="url">javascript:alert(1)</span>');
  });

  it('styles WAIVED findings and controls, and lists the waivers, read by shape', () => {
    const page = pages[0] ?? '';
    expect(page).toContain('<span class="badge s-waived">WAIVED</span>');
    expect(page).toContain('<details open class="control s-waived"');
    expect(page).toMatch(/<div class="waiver"><span class="label">Waived<\/span> by &lt;script&gt;/);
    expect(page).toContain('<section class="waivers" id="waivers">');
    expect(page).toMatch(/<tr class="w-expired"><td><code>&lt;script&gt;/);
    expect(html).not.toContain('class="waivers"');
  });
});
