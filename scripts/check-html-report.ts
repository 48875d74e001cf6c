/**
 * Looks at the HTML report the way a reader does: renders the demo scan's
 * report into a temporary directory, has headless Chromium take a screenshot
 * and print a PDF, and checks what came out — a PNG of plausible size that is
 * not blank, a PDF with pages, and a browser log without console messages
 * (a Content-Security-Policy violation, i.e. anything the page tried to load
 * or run, is logged there) — and that hostile strings in the result stay
 * text in the DOM Chromium parses.
 *
 *   npx tsx scripts/check-html-report.ts [--png <file>] [--pdf <file>] [--keep]
 *
 * Needs a `chromium` or `chromium-browser` binary on PATH (Debian:
 * `apt-get install -y chromium`). test/report/html-chromium.test.ts runs the
 * same checks.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { run } from '../src/cli/program.js';
import type { ScanResult } from '../src/findings/schema.js';
import { renderHtml } from '../src/report/html/index.js';

export const APT_INSTALL = 'apt-get install -y chromium';
export const DEMO_PACKS: readonly string[] = ['cis-aws-foundations-7.0.0', 'assay-foundations'];
const root = fileURLToPath(new URL('..', import.meta.url));
/** The screenshot's viewport: wide enough for the two-column layout, tall enough for header, chart and first controls. */
export const WINDOW = { width: 1280, height: 2000 } as const;
/** Kills a browser that hangs; a slow one on a loaded machine (seconds idle, minutes loaded) must still finish. */
const CHROMIUM_TIMEOUT_MS = 5 * 60_000;

export type ChromiumProbe = { readonly ok: true; readonly binary: string; readonly version: string } | { readonly ok: false; readonly reason: string };

export function findChromium(): ChromiumProbe {
  const tried: string[] = [];
  for (const binary of ['chromium', 'chromium-browser']) {
    const probe = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 5 * 60_000 });
    if (probe.error === undefined && probe.status === 0) return { ok: true, binary, version: probe.stdout.trim() };
    tried.push(`${binary}: ${probe.error?.message ?? `exit ${probe.status ?? 'signal'}`}`);
  }
  return { ok: false, reason: `no Chromium on PATH (${tried.join('; ')}); install it with \`${APT_INSTALL}\`` };
}

/** The demo scan's findings document, from the CLI run in-process exactly as `assay scan --format json` writes it. */
export async function demoScanResult(packs: readonly string[] = DEMO_PACKS): Promise<ScanResult> {
  let stdout = '';
  let stderr = '';
  const args = ['scan', '--snapshot', 'examples/demo-account.json', ...packs.flatMap((p) => ['--pack', p]), '--format', 'json', '--fail-on', 'none'];
  const code = await run(args, {
    stdout: { write: (text) => { stdout += text; }, isTTY: false },
    stderr: { write: (text) => { stderr += text; }, isTTY: false },
    env: {},
    cwd: root,
  });
  if (code !== 0) throw new Error(`assay ${args.join(' ')} exited ${code}: ${stderr}`);
  return JSON.parse(stdout) as ScanResult;
}

interface ChromiumRun { readonly code: number | null; readonly stdout: string; readonly stderr: string }

/**
 * One headless run with its own profile, no background traffic and a host
 * resolver that resolves nothing: the page must need no network, and the
 * browser gets none.
 */
function chromium(binary: string, profile: string, args: readonly string[]): Promise<ChromiumRun> {
  const flags = [
    '--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${profile}`, '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
    '--host-resolver-rules=MAP * ~NOTFOUND', '--enable-logging=stderr', '--v=0',
  ];
  return new Promise((done, fail) => {
    const child = spawn(binary, [...flags, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); }, CHROMIUM_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('error', (error) => { clearTimeout(timer); fail(error); });
    child.on('close', (code) => { clearTimeout(timer); done({ code, stdout, stderr }); });
  });
}

export interface Capture {
  readonly png: Buffer;
  readonly pdf: Buffer;
  /** Console messages the page produced (CSP violations among them); none expected. */
  readonly console: readonly string[];
}

const consoleLines = (log: string): string[] => log.split('\n').filter((line) => line.includes(':CONSOLE'));

/** Screenshot and PDF of an HTML file, written into `dir`. */
export async function capture(binary: string, htmlFile: string, dir: string): Promise<Capture> {
  const url = pathToFileURL(htmlFile).href;
  const pngFile = join(dir, 'report.png');
  const pdfFile = join(dir, 'report.pdf');
  const shot = await chromium(binary, join(dir, 'profile'), [`--screenshot=${pngFile}`, `--window-size=${WINDOW.width},${WINDOW.height}`, url]);
  if (shot.code !== 0) throw new Error(`chromium --screenshot exited ${shot.code ?? 'by signal'}: ${shot.stderr.slice(-2000)}`);
  const print = await chromium(binary, join(dir, 'profile'), [`--print-to-pdf=${pdfFile}`, '--no-pdf-header-footer', url]);
  if (print.code !== 0) throw new Error(`chromium --print-to-pdf exited ${print.code ?? 'by signal'}: ${print.stderr.slice(-2000)}`);
  return { png: await readFile(pngFile), pdf: await readFile(pdfFile), console: [...consoleLines(shot.stderr), ...consoleLines(print.stderr)] };
}

/** The DOM after Chromium parsed the file: what a hostile string became. */
export async function dumpDom(binary: string, htmlFile: string, dir: string): Promise<string> {
  const dump = await chromium(binary, join(dir, 'profile'), ['--dump-dom', pathToFileURL(htmlFile).href]);
  if (dump.code !== 0) throw new Error(`chromium --dump-dom exited ${dump.code ?? 'by signal'}: ${dump.stderr.slice(-2000)}`);
  return dump.stdout;
}

export interface PngInfo {
  readonly width: number;
  readonly height: number;
  /** Share of pixels that are not near-white; undefined for PNG layouts this reader does not decode. */
  readonly inkRatio?: number;
  readonly distinctColours?: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Paeth predictor (PNG spec, filter type 4). */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Reads a PNG's size and, for the 8-bit RGB(A) non-interlaced images
 * Chromium writes, enough of its pixels to tell a page from a blank one.
 * A few dozen lines instead of a dependency.
 */
export function readPng(png: Buffer): PngInfo {
  if (png.length < 33 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [bitDepth, colourType, interlace] = [png[24], png[25], png[28]];
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (bitDepth !== 8 || channels === 0 || interlace !== 0) return { width, height };
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  let previous = new Uint8Array(stride);
  let ink = 0;
  const colours = new Set<number>();
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = new Uint8Array(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? line[i - channels] ?? 0 : 0;
      const up = previous[i] ?? 0;
      const upLeft = i >= channels ? previous[i - channels] ?? 0 : 0;
      const predictor = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0;
      line[i] = ((line[i] ?? 0) + predictor) & 0xff;
    }
    for (let x = 0; x < stride; x += channels) {
      const [r, g, b] = [line[x] ?? 0, line[x + 1] ?? 0, line[x + 2] ?? 0];
      if (r < 235 || g < 235 || b < 235) ink++;
      colours.add((r << 16) | (g << 8) | b);
    }
    previous = line;
  }
  return { width, height, inkRatio: ink / (width * height), distinctColours: colours.size };
}

/** Pages of a PDF as Chromium (Skia) writes it: page objects are plain dictionaries. */
export function pdfPageCount(pdf: Buffer): number {
  if (pdf.toString('latin1', 0, 5) !== '%PDF-') throw new Error('not a PDF file');
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** What is wrong with a capture; empty when the report looks like a report. */
export function problems(result: Capture): string[] {
  const found: string[] = [];
  const png = readPng(result.png);
  if (png.width < 800 || png.width > 4000 || png.height < 600 || png.height > 10_000) found.push(`screenshot is ${png.width}x${png.height}, expected about ${WINDOW.width}x${WINDOW.height}`);
  if (result.png.length < 50_000) found.push(`screenshot is only ${result.png.length} bytes: is the page blank?`);
  if (png.inkRatio !== undefined && png.inkRatio < 0.03) found.push(`only ${(png.inkRatio * 100).toFixed(2)}% of the screenshot is not white: is the page blank?`);
  if (png.distinctColours !== undefined && png.distinctColours < 32) found.push(`the screenshot has ${png.distinctColours} colours: text, badges and chart should give many more`);
  const pages = pdfPageCount(result.pdf);
  if (pages < 1) found.push('the PDF has no pages');
  found.push(...result.console.map((line) => `the page logged to the console (did it try to load or run something?): ${line}`));
  return found;
}

const HOSTILE = '<script>alert(1)</script>"onmouseover="alert(1)</style><img src=x>';

/** The result with attacker-controlled strings where a scanned account or a user's policy could put them. */
export function poison(result: ScanResult): ScanResult {
  const copy = JSON.parse(JSON.stringify(result)) as ScanResult;
  const failing = copy.findings.find((f) => f.status === 'FAIL');
  if (failing !== undefined) {
    failing.resource = { ...failing.resource, id: HOSTILE, name: HOSTILE };
    failing.message = HOSTILE;
    failing.evidence = [{ path: HOSTILE, actual: HOSTILE, op: 'equals', expected: HOSTILE, result: 'fail' }];
  }
  copy.controls = copy.controls.map((c, i) => (i === 0 ? { ...c, title: HOSTILE, section: HOSTILE, guidance: HOSTILE } : c));
  copy.policies = copy.policies.map((p, i) => (i === 0 ? { ...p, title: HOSTILE, references: ['javascript:alert(1)', ...p.references] } : p));
  copy.snapshot = { ...copy.snapshot, accounts: [HOSTILE] };
  return copy;
}

/** What a parsed report must not contain: elements or attributes a hostile string could have become. */
export function domProblems(dom: string): string[] {
  const found: string[] = [];
  if (/<(script|img|iframe|object|embed|link)\b/i.test(dom)) found.push('the parsed page has a script, img, iframe, object, embed or link element');
  if (/<[^>]*\son[a-z]+=/i.test(dom)) found.push('an element of the parsed page has an event handler attribute');
  if (/href="javascript:/i.test(dom)) found.push('the parsed page links to javascript:');
  if (!dom.includes('&lt;script&gt;alert(1)&lt;/script&gt;')) found.push('the hostile string is not shown as text');
  if ((dom.match(/<style>/g) ?? []).length !== 1) found.push('the parsed page does not have exactly one style sheet');
  return found;
}

interface Options { readonly png?: string; readonly pdf?: string; readonly keep: boolean }

function parseArgs(argv: readonly string[]): Options {
  let options: Options = { keep: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--keep') options = { ...options, keep: true };
    else if ((flag === '--png' || flag === '--pdf') && value !== undefined) {
      options = { ...options, [flag.slice(2)]: resolve(value) };
      i++;
    } else throw new Error(`unknown argument ${flag ?? ''}; usage: check-html-report.ts [--png <file>] [--pdf <file>] [--keep]`);
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const browser = findChromium();
  if (!browser.ok) {
    console.error(browser.reason);
    return 2;
  }
  const dir = await mkdtemp(join(tmpdir(), 'assay-html-'));
  try {
    const html = renderHtml(await demoScanResult());
    const htmlFile = join(dir, 'report.html');
    await writeFile(htmlFile, html);
    const result = await capture(browser.binary, htmlFile, dir);
    const png = readPng(result.png);
    console.log(`${browser.version}: ${htmlFile} (${html.length} bytes)`);
    console.log(`screenshot ${png.width}x${png.height}, ${result.png.length} bytes, ${((png.inkRatio ?? 0) * 100).toFixed(1)}% ink, ${png.distinctColours ?? '?'} colours`);
    console.log(`PDF ${pdfPageCount(result.pdf)} pages, ${result.pdf.length} bytes`);
    if (options.png !== undefined) await copyFile(join(dir, 'report.png'), options.png);
    if (options.pdf !== undefined) await copyFile(join(dir, 'report.pdf'), options.pdf);
    const hostileFile = join(dir, 'hostile.html');
    await writeFile(hostileFile, renderHtml(poison(await demoScanResult())));
    const found = [...problems(result), ...domProblems(await dumpDom(browser.binary, hostileFile, dir))];
    for (const problem of found) console.error(`problem: ${problem}`);
    return found.length === 0 ? 0 : 1;
  } finally {
    if (options.keep) console.log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
