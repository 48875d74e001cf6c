/**
 * The HTML report as a browser shows and prints it: headless Chromium takes
 * a screenshot and prints a PDF of the demo scan's report, with no network,
 * and parses a report full of hostile strings. Needs a `chromium` binary:
 * required under CI=true, skipped (saying why) elsewhere.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html/index.js';
import { capture, demoScanResult, domProblems, dumpDom, findChromium, pdfPageCount, poison, problems, readPng, WINDOW } from '../../scripts/check-html-report.js';

const availability = findChromium();
if (!availability.ok) {
  if (process.env.CI === 'true') throw new Error(`Chromium is required under CI=true: ${availability.reason}`);
  console.warn(`skipping the HTML report browser tests: ${availability.reason}`);
}
const binary = availability.ok ? availability.binary : '';

describe.skipIf(!availability.ok)('the HTML report in headless Chromium', () => {
  let dir = '';
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-html-test-')); });
  afterAll(async () => { if (dir !== '') await rm(dir, { recursive: true, force: true }); });

  it('screenshots and prints the demo report: a full, non-blank page, a PDF with pages, nothing loaded or run', async () => {
    const file = join(dir, 'report.html');
    await writeFile(file, renderHtml(await demoScanResult()));
    const result = await capture(binary, file, dir);
    const png = readPng(result.png);
    expect({ width: png.width, height: png.height }).toEqual(WINDOW);
    expect(png.inkRatio ?? 0).toBeGreaterThan(0.03);
    expect(png.distinctColours ?? 0).toBeGreaterThan(32);
    // The demo report is long: header, two packs of controls with evidence, the policies appendix.
    expect(pdfPageCount(result.pdf)).toBeGreaterThan(10);
    expect(result.console).toEqual([]);
    expect(problems(result)).toEqual([]);
  });

  it('keeps hostile strings as text in the DOM Chromium parses', async () => {
    const file = join(dir, 'hostile.html');
    await writeFile(file, renderHtml(poison(await demoScanResult(['assay-foundations']))));
    const dom = await dumpDom(binary, file, dir);
    expect(domProblems(dom)).toEqual([]);
    expect(dom).toContain('&lt;script&gt;alert(1)&lt;/script&gt;"onmouseover="alert(1)&lt;/style&gt;&lt;img src=x&gt;');
  });

  it('the DOM check does catch an unescaped page', async () => {
    // No alert(): headless Chromium would wait for the dialog to be dismissed.
    const file = join(dir, 'unescaped.html');
    await writeFile(file, '<!DOCTYPE html><html><head><style></style></head><body><p title=""onmouseover="void 0"><script>document.title = "ran"</script></p></body></html>');
    expect(domProblems(await dumpDom(binary, file, dir)).length).toBeGreaterThan(1);
  });
});
