/**
 * One table of hostile strings against every destination of src/text/,
 * each checked by that destination's real parser: micromark with GFM for
 * Markdown (raw HTML allowed, as GitHub parses before sanitizing), parse5
 * for HTML, saxes for XML, csv-parse for CSV, bash itself for shell words,
 * and the GitHub runner's own workflow-command rules for annotations. The
 * terminal has no parser; its contract is checked directly: no control, no
 * bidi character, no workflow command, and nothing dropped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { parse as parseHtml, parseFragment } from 'parse5';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/text/csv.js';
import { commandData, commandProperty } from '../../src/text/github-command.js';
import { htmlAttr, htmlText } from '../../src/text/html.js';
import {
  markdownCode, markdownCodeBlock, markdownCodeLine, markdownFenced, markdownLink, markdownParagraph, markdownText,
} from '../../src/text/markdown.js';
import { hasUnsafe, LINE_BREAKS, reveal, wellFormed } from '../../src/text/reveal.js';
import { sarifLines, sarifText } from '../../src/text/sarif.js';
import { shellQuote } from '../../src/text/shell.js';
import { terminalLines, terminalText } from '../../src/text/terminal.js';
import { safeHttpUrl } from '../../src/text/url.js';
import { xmlAttr, xmlAttrs, xmlLegal, xmlText } from '../../src/text/xml.js';

/** Hostile strings. None spells a reveal escape (`\x1b`, `\n` …) itself, so every output can be decoded back exactly. */
const SHORT_CASES: readonly (readonly [string, string])[] = [
  ['plain', 'acme-logs_2'],
  ['empty', ''],
  ['spaces', '  two  spaces  '],
  ['colour', '\u001b[31mred\u001b[0m'],
  ['window title', '\u001b]0;owned\u0007'],
  ['clear screen', '\u001b[2J\u001b[H'],
  ['C1 CSI', '\u009b31m'],
  ['CR overwrite', 'ok\rFAIL'],
  ['CRLF and LF', 'one\r\ntwo\nthree'],
  ['NUL', 'nul\u0000byte'],
  ['DEL', 'del\u007f'],
  ['tab', 'a\tb'],
  ['workflow command after newline', 'bucket\n::error::fake annotation'],
  ['workflow command at the start', '  ::add-mask::secret'],
  ['stop commands', '::stop-commands::token'],
  ['legacy command', 'name ##[error]legacy'],
  ['bidi override', 'admin\u202etxt.exe'],
  ['bidi isolates and marks', '\u2066a\u2069 \u200f\u061c\u200e'],
  ['line separators', 'a\u2028b\u2029c\u0085d'],
  ['script', '<script>alert(1)</script>'],
  ['img', '<img src=x onerror=alert(1)>'],
  ['closing style', '</style><b>x</b>'],
  ['markdown link', '[click](javascript:alert(1))'],
  ['link tail', '](javascript:alert(1))'],
  ['image', '![x](https://evil.example/x.png)'],
  ['mentions', '@org/team and @user'],
  ['references', '#123 and GH-1 #'],
  ['bare URLs', 'see https://evil.example/a and www.evil.example'],
  ['email', 'user@example.com mailto:a@b.example'],
  ['autolink', '<https://evil.example>'],
  ['pipes', '| pipes | in | cells |'],
  ['emphasis', '*bold* _it_ ~~gone~~ $x$ **b**'],
  ['heading', '# heading'],
  ['list', '- item'],
  ['ordered list', '1. one'],
  ['quote', '> quote'],
  ['indented', '    indented code'],
  ['thematic break', '***'],
  ['setext', '==='],
  ['entities', '&lt;b&gt; &amp; &#x41;'],
  ['csv formula', "=cmd|' /C calc'!A0"],
  ['csv plus', '+1+1'],
  ['csv minus', '-2+3'],
  ['csv at', '@SUM(1)'],
  ['csv tab', '\t=1'],
  ['csv CR', '\r=1'],
  ['shell quote', "'; rm -rf / #"],
  ['command substitution', '$(reboot)'],
  ['backticks', 'a`b``c```d````'],
  ['variables', '${HOME} $PATH !! *'],
  ['quotes', `"double" 'single'`],
  ['CDATA end', ']]>'],
  ['noncharacters', 'a\ufffeb\uffffc'],
  ['lone surrogates', 'lone \ud800 and \udc00 here'],
  ['pairs kept', 'é 中文 😀'],
  ['percent', '%0A%25 100%'],
  ['commas and colons', 'a,b:c::d'],
  ['embedded link', 'bucket [click](1) here'],
  ['braces', '{0} {{x}}'],
  ['backslashes', 'back\\slash \\ end\\'],
];

const mixed = SHORT_CASES.map(([, value]) => value).join(' ');
const CASES: readonly (readonly [string, string])[] = [
  ...SHORT_CASES,
  ['10 kB of everything', mixed.repeat(Math.ceil(10_000 / mixed.length))],
  ['10 kB of one character', '<'.repeat(10_240)],
];

/** Undoes `reveal` and the terminal's command guards: proves nothing was dropped, only spelled out. */
function decode(text: string): string {
  return text.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|n|r|t)/g, (_, code: string) => {
    if (code === 'n') return '\n';
    if (code === 'r') return '\r';
    if (code === 't') return '\t';
    return String.fromCharCode(parseInt(code.slice(1), 16));
  });
}

// eslint-disable-next-line no-control-regex -- the assertion is about control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ZWSP = /\u200b/g;
const fold = (value: string): string => value.replace(LINE_BREAKS, ' ');

/** Nothing that drives a terminal or reorders text: no control, bidi character, lone surrogate, separator or noncharacter. */
function expectNothingHidden(out: string): void {
  expect(out).not.toMatch(CONTROL);
  expect(out).not.toMatch(BIDI);
  expect(out).not.toMatch(LONE);
  expect(out).not.toMatch(/[\u2028\u2029\ufffe\uffff]/);
}

/** Nothing a GitHub runner reads as a workflow command. */
function expectNoCommand(line: string): void {
  expect(line).not.toMatch(/^\s*::/);
  expect(line).not.toContain('##[');
}

describe('reveal', () => {
  it.each(CASES)('%s: every unsafe character is shown, none is dropped', (_, value) => {
    const out = reveal(value);
    expectNothingHidden(out);
    expect(decode(out)).toBe(value);
    expect(hasUnsafe(value)).toBe(out !== value);
  });

  it('spells escapes the way a reader knows them', () => {
    expect(reveal('\u001b[1m\t\n\r\u0000\u0085\u202e\ud800')).toBe('\\x1b[1m\\t\\n\\r\\x00\\x85\\u202e\\ud800');
    expect(reveal('a\tb\nc\rd', '\t\n')).toBe('a\tb\nc\\rd');
  });
});

describe('terminal', () => {
  it.each(CASES)('%s: one line, no control, bidi or workflow command, nothing dropped', (_, value) => {
    const out = terminalText(value);
    expectNothingHidden(out);
    expectNoCommand(out);
    expect(decode(out)).toBe(value);
  });

  it.each(CASES)('%s: as lines, no line is a workflow command', (_, value) => {
    const lines = terminalLines(value).split('\n');
    expect(lines).toHaveLength(value.split('\n').length);
    for (const line of lines) {
      expectNothingHidden(line);
      expectNoCommand(line);
    }
    expect(decode(lines.join('\n'))).toBe(value);
  });

  it('breaks workflow commands visibly', () => {
    expect(terminalText('bucket\n::error::x')).toBe('bucket\\n::error::x');
    expect(terminalLines('bucket\n  ::error::x')).toBe('bucket\n  :\\x3aerror::x');
    expect(terminalText('a ##[warning]b')).toBe('a #\\x23[warning]b');
  });
});

/** Element names in document order and the text of a parsed HTML fragment or document. */
interface Shape { readonly tags: string[]; readonly text: string; readonly attrs: Record<string, string>[] }

interface HtmlNode { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: HtmlNode[]; content?: HtmlNode }

function shapeOf(root: HtmlNode, skip: readonly string[] = []): Shape {
  const tags: string[] = [];
  const attrs: Record<string, string>[] = [];
  let text = '';
  const walk = (node: HtmlNode): void => {
    if (node.nodeName === '#text') text += node.value ?? '';
    if (node.tagName !== undefined && !skip.includes(node.tagName)) {
      tags.push(node.tagName);
      attrs.push(Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])));
    }
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(root);
  return { tags, text, attrs };
}

const markdown = (source: string): Shape => shapeOf(parseFragment(micromark(source, {
  allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()],
})));

/** What GitHub would link, mention or reference in rendered text (GitHub does this after Markdown). */
const REFERENCE = /[@#][\p{L}\p{N}_-]/u;

describe('markdown (micromark + GFM)', () => {
  it.each(CASES)('%s: inline text stays literal text in a paragraph, a heading and a table cell', (_, value) => {
    const literal = reveal(fold(value));
    const escaped = markdownText(value);
    const paragraph = markdown(`before ${escaped} after`);
    expect(paragraph.tags).toEqual(['p']);
    expect(paragraph.text).not.toMatch(REFERENCE);
    expect(paragraph.text.replace(ZWSP, '')).toBe(`before ${literal} after`);
    const heading = markdown(`### before ${escaped} after`);
    expect(heading.tags).toEqual(['h3']);
    expect(heading.text.replace(ZWSP, '')).toBe(`before ${literal} after`);
    const table = markdown(`| a | b |\n| --- | --- |\n| before ${escaped} after | x |`);
    expect(table.tags).toEqual(['table', 'thead', 'tr', 'th', 'th', 'tbody', 'tr', 'td', 'td']);
    expect(table.text.replace(/\n/g, '').replace(ZWSP, '')).toBe(`abbefore ${literal} afterx`);
  });

  it.each(CASES)('%s: a paragraph of its own opens no block', (_, value) => {
    const out = markdown(`${markdownParagraph(value)}\n\nnext`);
    const literal = reveal(fold(value).trim());
    expect(out.tags).toEqual(literal === '' ? ['p'] : ['p', 'p']);
    expect(out.text.replace(ZWSP, '')).toBe(literal === '' ? 'next' : `${literal}\nnext`);
  });

  it.each(CASES)('%s: code is one code element with the text', (_, value) => {
    const out = markdown(`before ${markdownCode(value)} after`);
    expect(out.tags).toEqual(['p', 'code']);
    expect(out.text.replace(ZWSP, '')).toBe(`before ${reveal(fold(value))} after`);
    // A value with nothing to escape is an exact backtick span: what the reader copies is the value.
    if (!hasUnsafe(value) && value !== '' && /^[^`<>&|\\\s](?:.*[^`<>&|\\\s])?$/s.test(value)) expect(out.text).toBe(`before ${value} after`);
  });

  it.each(CASES)('%s: a code block holds the text and closes where it should', (_, value) => {
    const block = markdown(`${markdownCodeBlock('sh', value)}\n\nafter`);
    expect(block.tags).toEqual(['pre', 'code', 'p']);
    const body = reveal(value.replace(LINE_BREAKS, '\n'), '\t\n').replace(/\n+$/, '');
    // The text between the elements is the line break micromark writes after </pre>.
    expect(block.text).toBe(`${body}\n\nafter`);
    const lines = markdown(`${markdownFenced('sh', [markdownCodeLine(value), 'second']).join('\n')}\n\nafter`);
    expect(lines.tags).toEqual(['pre', 'code', 'p']);
    expect(lines.text).toBe(`${reveal(fold(value), '\t')}\nsecond\n\nafter`);
  });

  it.each(CASES)('%s: only an http(s) URL becomes a link', (_, value) => {
    const out = markdown(`see ${markdownLink(value)}`);
    expect(out.tags).toEqual(safeHttpUrl(value) === undefined ? ['p'] : ['p', 'a']);
  });

  it('links a documentation URL', () => {
    expect(markdown(`see ${markdownLink('https://docs.aws.amazon.com/x.html#y')}`).attrs[1]).toEqual({ href: 'https://docs.aws.amazon.com/x.html#y' });
  });
});

describe('html (parse5)', () => {
  it.each(CASES)('%s: element text and attribute values come back as the text, no element added', (_, value) => {
    const body = shapeOf(parseFragment(`<p>${htmlText(value)}</p><pre>x${htmlText(value)}</pre>`));
    expect(body.tags).toEqual(['p', 'pre']);
    const text = reveal(value, '\t\n');
    expect(body.text).toBe(`${text}x${text}`);
    const title = shapeOf(parseHtml(`<!doctype html><title>${htmlText(value)}</title><body>`), ['html', 'head', 'body']);
    expect(title).toEqual({ tags: ['title'], text, attrs: [{}] });
    const attributes = shapeOf(parseFragment(`<a title="${htmlAttr(value)}" data-x='${htmlAttr(value)}'>x</a>`));
    expect(attributes).toEqual({ tags: ['a'], text: 'x', attrs: [{ title: reveal(value), 'data-x': reveal(value) }] });
  });
});

/** Text and the two attributes of `<r a="…" b='…'>…</r>` as a conforming XML parser reads them. */
function readXml(value: string): { text: string; a: string; b: string } {
  const parser = new SaxesParser();
  let text = '';
  const attributes: Record<string, string> = {};
  parser.on('error', (error) => { throw error; });
  parser.on('opentag', (tag) => { Object.assign(attributes, tag.attributes); });
  parser.on('text', (t) => { text += t; });
  parser.write(`<r a="${xmlAttr(value)}" b='${xmlAttr(value)}'>${xmlText(value)}</r>`).close();
  return { text, a: attributes.a ?? '', b: attributes.b ?? '' };
}

describe('xml (saxes)', () => {
  it.each(CASES)('%s: is well-formed and reads back as the XML-legal text, exact where XML allows', (_, value) => {
    const legal = xmlLegal(value);
    expect(readXml(value)).toEqual({ text: legal, a: legal, b: legal });
    expect(decode(legal)).toBe(value);
    if (!hasUnsafe(value.replace(/[\t\n\r]/g, ''))) expect(legal).toBe(value);
  });

  it('writes attributes in the order given', () => {
    expect(xmlAttrs([['name', 'a"b'], ['tests', 3]])).toBe(' name="a&quot;b" tests="3"');
  });
});

describe('csv (csv-parse)', () => {
  const FORMULA = /^[=+\-@\t\r]/;
  it.each(CASES)('%s: round-trips as one cell, defused when a spreadsheet would run it', (_, value) => {
    const [record, ...rest] = parseCsv(`${csvCell(value)},${csvCell(value)}\r\n`);
    expect(rest).toEqual([]);
    // Exact, but for a lone surrogate, which no UTF-8 file can hold: it is spelled as an escape.
    const expected = wellFormed(FORMULA.test(value) ? `'${value}` : value);
    expect(record).toEqual([expected, expected]);
    for (const cell of record ?? []) expect(cell).not.toMatch(FORMULA);
  });
});

describe('shell (bash)', () => {
  it('gives bash every value back as exactly one word, unchanged (one bash for the whole table)', () => {
    // No shell word can carry a NUL byte; the remediation script refuses such commands (script.test.ts).
    const values = CASES.map(([, value]) => value).filter((v) => !v.includes('\u0000'));
    const dir = mkdtempSync(join(tmpdir(), 'assay-text-'));
    try {
      const script = join(dir, 'words.sh');
      writeFileSync(script, values.map((v) => `printf '%s\\0' ${shellQuote(v)}\n`).join(''));
      // A script file, not bash -c: bash -c with a socket on stdin reads ~/.bashrc.
      const out = execFileSync('bash', ['--norc', '--noprofile', script], { cwd: dir, env: { PATH: process.env.PATH ?? '', LC_ALL: 'C.UTF-8' }, stdio: ['ignore', 'pipe', 'pipe'] });
      const expected = values.map((v) => Buffer.from(v, 'utf8').toString('utf8'));
      expect(out.toString('utf8').split('\0').slice(0, -1)).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A workflow command line read as the GitHub runner reads it
 * (actions/runner ActionCommand.TryParseV2): `::name k=v,k=v::data`, the
 * properties split at ',' then the first '=', and each unescaped in the
 * runner's order.
 */
function parseCommand(line: string): { name: string; properties: Record<string, string>; data: string } | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',').filter((p) => p !== '')) {
      const at = pair.indexOf('=');
      if (at > 0 && at < pair.length - 1) {
        properties[pair.slice(0, at)] = pair.slice(at + 1).replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
      }
    }
  }
  const data = message.slice(end + 2).replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
  return { name, properties, data };
}

describe('github workflow command (the runner\'s rules)', () => {
  it.each(CASES)('%s: one command line whose title and message read back as the value', (_, value) => {
    const line = `::warning title=${commandProperty(value)},file=${commandProperty(value)},line=1::${commandData(value)}`;
    expect(line).not.toMatch(/[\r\n]/);
    const shown = reveal(value, '\r\n');
    // The runner drops a property with an empty value (Split with RemoveEmptyEntries); ours are never empty.
    const properties = value === '' ? { line: '1' } : { title: shown, file: shown, line: '1' };
    expect(parseCommand(line)).toEqual({ name: 'warning', properties, data: shown });
  });
});

describe('sarif plain text', () => {
  const EMBEDDED_LINK = /\[[^\]]*\]\(/;
  it.each(CASES)('%s: forms no embedded link and drives nothing', (_, value) => {
    for (const out of [sarifText(value), sarifLines(value)]) {
      expect(out).not.toMatch(EMBEDDED_LINK);
      expect(out.replace(/\n/g, '')).not.toMatch(CONTROL);
      expect(out).not.toMatch(BIDI);
      if (!value.includes('] (')) expect(decode(out.replaceAll('] (', ']('))).toBe(value);
    }
    expect(sarifText(value)).not.toContain('\n');
  });
});

describe('urls', () => {
  it('accepts only plain http(s) URLs', () => {
    expect(safeHttpUrl('https://docs.aws.amazon.com/x.html?a=1&b=2#y')).toBe('https://docs.aws.amazon.com/x.html?a=1&b=2#y');
    for (const bad of ['javascript:alert(1)', 'data:text/html,<script>', 'https://x.example/a b', 'https://x" onmouseover="alert(1)', 'see the docs', 'https://x.example/\u202e', '//x.example']) {
      expect(safeHttpUrl(bad), bad).toBeUndefined();
    }
  });
});
