/**
 * The JUnit report parsed back with saxes, a conforming XML 1.0 parser that
 * rejects what lenient parsers let through (control characters, a raw `&`
 * or `<` in an attribute, `]]>` in text), so "it parses" means well-formed.
 */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import type { Finding, ScanResult } from '../findings/schema.js';
import { junitFormatter, renderJunit, resourceLabel } from './junit.js';
import { xmlLegal } from '../text/xml.js';

interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

function parseXml(document: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('error', (error) => { throw error; });
  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => { stack.at(-1)!.text += text; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(document).close();
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const only = (node: XmlNode, name: string): XmlNode[] => node.children.filter((c) => c.name === name);
const attr = (node: XmlNode, name: string): string => node.attributes[name] ?? '';
const count = (node: XmlNode, name: string): number => Number(attr(node, name));

/** Checks every count attribute against the elements it counts; returns the test cases. */
function checkCounts(root: XmlNode): XmlNode[] {
  const outcomes = (cases: XmlNode[], tag: string): number => cases.filter((c) => only(c, tag).length === 1).length;
  const all: XmlNode[] = [];
  for (const suite of only(root, 'testsuite')) {
    const cases = only(suite, 'testcase');
    expect(count(suite, 'tests')).toBe(cases.length);
    expect(count(suite, 'failures')).toBe(outcomes(cases, 'failure'));
    expect(count(suite, 'errors')).toBe(outcomes(cases, 'error'));
    expect(count(suite, 'skipped')).toBe(outcomes(cases, 'skipped'));
    for (const c of cases) {
      expect(c.children.length, attr(c, 'name')).toBeLessThanOrEqual(1);
      expect(attr(c, 'classname')).toBe(attr(suite, 'name'));
      expect(attr(c, 'time')).toBe('0');
    }
    for (const c of cases) all.push(c);
  }
  for (const [key, tag] of [['tests', 'testcase'], ['failures', 'failure'], ['errors', 'error'], ['skipped', 'skipped']] as const) {
    const expected = tag === 'testcase' ? all.length : outcomes(all, tag);
    expect(count(root, key), key).toBe(expected);
  }
  return all;
}

const demo = JSON.parse((await runCli(['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundations', '--format', 'json'])).stdout) as ScanResult;
const byStatus = (status: Finding['status']): number => demo.findings.filter((f) => f.status === status).length;

describe('JUnit report of the demo scan', () => {
  const xml = renderJunit(demo);
  const root = parseXml(xml);
  const cases = checkCounts(root);

  it('is well-formed XML whose counts match the findings', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="assay" ')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(cases).toHaveLength(demo.findings.length);
    expect(count(root, 'failures')).toBe(byStatus('FAIL'));
    expect(count(root, 'errors')).toBe(byStatus('ERROR'));
    expect(count(root, 'skipped')).toBe(byStatus('NOT_APPLICABLE') + byStatus('MANUAL') + byStatus('WAIVED'));
  });

  it('has one suite per policy, sorted, and a case per finding with a unique name inside its suite', () => {
    const names = only(root, 'testsuite').map((s) => attr(s, 'name'));
    expect(names).toEqual([...new Set([...demo.policies.map((p) => p.id), ...demo.findings.map((f) => f.policy)])].sort());
    const keys = new Set(cases.map((c) => `${attr(c, 'classname')}\u0000${attr(c, 'name')}`));
    expect(keys.size).toBe(cases.length);
    for (const finding of demo.findings) expect(keys.has(`${finding.policy}\u0000${resourceLabel(finding)}`), finding.fingerprint).toBe(true);
  });

  it('puts the message, evidence and remediation commands in a failure, and the reasons in an error', () => {
    const caseOf = (f: Finding): XmlNode => cases.find((c) => attr(c, 'classname') === f.policy && attr(c, 'name') === resourceLabel(f))!;
    const failed = demo.findings.find((f) => f.policy === 'aws-iam-user-console-mfa' && f.status === 'FAIL')!;
    const failure = only(caseOf(failed), 'failure')[0]!;
    expect(failure.attributes).toEqual({ message: failed.message, type: failed.severity });
    expect(failure.text).toContain(failed.message);
    for (const e of failed.evidence) expect(failure.text).toContain(`${e.path}: ${JSON.stringify(e.actual)} → ${e.op} ${JSON.stringify(e.expected)}`);
    for (const command of failed.remediation!.cli) expect(failure.text).toContain(`  $ ${command}`);
    const errored = demo.findings.find((f) => f.policy === 'aws-s3-bucket-denies-http' && f.status === 'ERROR')!;
    const error = only(caseOf(errored), 'error')[0]!;
    expect(error.attributes).toEqual({ message: errored.message, type: 'AccessDenied' });
    expect(error.text).toContain(`AccessDenied at policy: ${errored.reasons![0]!.message}`);
    const manual = demo.findings.find((f) => f.status === 'MANUAL')!;
    expect(only(caseOf(manual), 'skipped')[0]!.attributes).toEqual({ message: `manual control: ${manual.title}` });
    const na = demo.findings.find((f) => f.status === 'NOT_APPLICABLE')!;
    expect(only(caseOf(na), 'skipped')[0]!.attributes).toEqual({ message: 'not applicable' });
    const passed = demo.findings.find((f) => f.status === 'PASS')!;
    expect(caseOf(passed).children).toEqual([]);
  });

  it('carries the snapshot digest and time, and is byte-identical for an equal result', () => {
    const properties = only(only(only(root, 'testsuite')[0]!, 'properties')[0]!, 'property');
    expect(properties.map((p) => [attr(p, 'name'), attr(p, 'value')])).toContainEqual(['snapshot_digest', demo.snapshot.digest]);
    expect(properties.map((p) => [attr(p, 'name'), attr(p, 'value')])).toContainEqual(['snapshot_collected_at', demo.snapshot.collectedAt]);
    expect(junitFormatter.render(structuredClone(demo), { style: { bold: String, dim: String, red: String, yellow: String, green: String, cyan: String } })).toBe(xml);
    expect(junitFormatter).toMatchObject({ id: 'junit', extension: '.xml' });
  });
});

/** Everything XML makes hard at once: markup, entities, CDATA end, controls, surrogates, non-BMP text. */
const HOSTILE = '<b a="1" c=\'2\'> & &amp; ]]> <![CDATA[ x ]]> <!-- --> \u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF '
  + 'lone \uD800 low \uDC00 tab\t lf\n cr\r crlf\r\n é 中文 😀 \u200B\u007F end';

describe('JUnit report of hostile strings', () => {
  const base = demo.findings;
  const pick = (status: Finding['status']): Finding => structuredClone(base.find((f) => f.status === status)!);
  const hostile = (finding: Finding, status: Finding['status']): Finding => ({
    ...finding,
    status,
    policy: `policy ${HOSTILE}`,
    title: `title ${HOSTILE}`,
    message: `message ${HOSTILE}`,
    resource: { ...finding.resource, id: `id ${HOSTILE}`, name: `name ${HOSTILE}`, arn: `arn:${HOSTILE}` },
    evidence: [{ path: `path ${HOSTILE}`, actual: HOSTILE, op: 'equals', expected: { k: HOSTILE }, result: 'fail', resource: `rel ${HOSTILE}` }],
    reasons: [{ path: 'x', code: `Code${HOSTILE}`, message: `reason ${HOSTILE}` }],
    remediation: { text: `fix ${HOSTILE}`, cli: [`aws do --name '${HOSTILE}'`] },
    controls: [`pack:${HOSTILE}`],
  });
  const findings: Finding[] = [
    hostile(pick('FAIL'), 'FAIL'),
    hostile(pick('ERROR'), 'ERROR'),
    hostile(pick('NOT_APPLICABLE'), 'NOT_APPLICABLE'),
    hostile(pick('MANUAL'), 'MANUAL'),
    { ...hostile(pick('FAIL'), 'WAIVED'), fingerprint: 'w', waiver: { reason: `because ${HOSTILE}`, owner: HOSTILE, expires: '2099-01-01', index: 0 } },
    { ...hostile(pick('PASS'), 'PASS'), fingerprint: 'p' },
  ].map((f, i) => ({ ...f, resource: { ...f.resource, id: `${f.resource.id}${i}` } }));
  // Two resources whose ids read the same once written: XML cannot carry a NUL, which is written as the escape `\x00`.
  findings.push({ ...pick('PASS'), policy: findings[0]!.policy, resource: { ...base[0]!.resource, id: 'twin\u0000' }, fingerprint: 'a' });
  findings.push({ ...pick('PASS'), policy: findings[0]!.policy, resource: { ...base[0]!.resource, id: 'twin\\x00' }, fingerprint: 'b' });
  const result: ScanResult = { ...demo, findings, policies: [{ ...demo.policies[0]!, id: findings[0]!.policy, title: HOSTILE }] };
  const xml = renderJunit(result);

  it('writes only characters XML 1.0 allows and never a raw "]]>"', () => {
    // eslint-disable-next-line no-control-regex -- looking for control characters is the test
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(xml).not.toContain(']]>');
  });

  it('parses back to the same strings, with what XML cannot carry shown as escapes', () => {
    const root = parseXml(xml);
    const cases = checkCounts(root);
    expect(cases).toHaveLength(findings.length);
    expect([count(root, 'failures'), count(root, 'errors'), count(root, 'skipped')]).toEqual([1, 1, 3]);
    const suite = only(root, 'testsuite').find((s) => attr(s, 'name') === xmlLegal(findings[0]!.policy))!;
    expect(only(only(suite, 'properties')[0]!, 'property')[0]!.attributes).toEqual({ name: 'title', value: xmlLegal(HOSTILE) });
    for (const [i, finding] of findings.slice(0, 6).entries()) {
      const node = cases.find((c) => attr(c, 'name') === xmlLegal(resourceLabel(finding)));
      expect(node, `case ${i}`).toBeDefined();
      expect(attr(node!, 'classname')).toBe(xmlLegal(finding.policy));
      const outcome = node!.children[0];
      if (finding.status === 'PASS') { expect(outcome).toBeUndefined(); continue; }
      expect(outcome!.text).toContain(xmlLegal(finding.message));
      const fix = `  $ ${xmlLegal(finding.remediation!.cli[0]!)}`;
      if (finding.status === 'FAIL' || finding.status === 'WAIVED') expect(outcome!.text).toContain(fix);
      else expect(outcome!.text).not.toContain(fix);
      expect(outcome!.text).toContain(`[fail] ${xmlLegal(`rel ${HOSTILE}`)} ${xmlLegal(`path ${HOSTILE}`)}: ${xmlLegal(JSON.stringify(HOSTILE))}`);
    }
    const [fail, error, , manual, waived] = findings.map((f) => cases.find((c) => attr(c, 'name') === xmlLegal(resourceLabel(f)))!.children[0]!);
    expect(fail!.attributes).toEqual({ message: xmlLegal(findings[0]!.message), type: findings[0]!.severity });
    expect(error!.attributes).toEqual({ message: xmlLegal(findings[1]!.message), type: xmlLegal(`Code${HOSTILE}`) });
    expect(error!.text).toContain(xmlLegal(`reason ${HOSTILE}`));
    expect(manual!.attributes).toEqual({ message: xmlLegal(`manual control: title ${HOSTILE}`) });
    expect(waived!.attributes).toEqual({ message: xmlLegal(`waived: because ${HOSTILE}`) });
    expect(waived!.text).toContain(`by ${xmlLegal(HOSTILE)}`);
  });

  it('keeps test case names unique when ids collide once written', () => {
    const names = checkCounts(parseXml(xml)).filter((c) => attr(c, 'name').includes('twin')).map((c) => attr(c, 'name'));
    expect(names).toHaveLength(2);
    expect(names[1]).toBe(`${names[0]!} #b`);
  });
});
