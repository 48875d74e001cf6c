/**
 * The build-time bundle of the library (bundle/library.json, written by
 * `npm run gen`): used only when it was made from the bundled files exactly
 * as they are on disk, and pointing at the same lines as the YAML would.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryBundleFile, loadLibrary } from '../../src/cli/library.js';
import { freshDocuments, librarySetDigest, renderBundle, type BundleFile, type BundledDocument } from '../../src/policy/bundle.js';
import { treeLocator } from '../../src/policy/location-tree.js';
import { parseYaml } from '../../src/policy/yaml.js';

const POLICY = 'policies/aws/kms/aws-kms-cmk-rotation-enabled.yaml';

function documentOf(file: BundleFile): BundledDocument {
  const parsed = parseYaml(file.text, file.file);
  if ('errors' in parsed) throw new Error(`${file.file} does not parse`);
  return { file: file.file, value: parsed.value, tree: parsed.tree };
}

const files: BundleFile[] = [
  { file: 'policies/a.yaml', text: 'id: a\ntitle: A\n' },
  { file: 'packs/p.yaml', text: 'id: p\ncontrols: []\n' },
];
const bundle = renderBundle(files, files.map(documentOf));

describe('a bundle', () => {
  it('serves its documents for the files it was made from, in any order', () => {
    const documents = freshDocuments(bundle, [...files].reverse());
    expect(documents?.get('policies/a.yaml')?.value).toEqual({ id: 'a', title: 'A' });
    expect([...(documents?.keys() ?? [])].sort()).toEqual(['packs/p.yaml', 'policies/a.yaml']);
  });

  it('is refused when a file changed, was added, was removed or was renamed', () => {
    expect(freshDocuments(bundle, [{ ...files[0]!, text: 'id: a\ntitle: B\n' }, files[1]!])).toBeUndefined();
    expect(freshDocuments(bundle, [...files, { file: 'policies/b.yaml', text: 'id: b\n' }])).toBeUndefined();
    expect(freshDocuments(bundle, [files[0]!])).toBeUndefined();
    expect(freshDocuments(bundle, [{ ...files[0]!, file: 'policies/b.yaml' }, files[1]!])).toBeUndefined();
  });

  it('is refused when it is not a bundle of this format', () => {
    expect(freshDocuments(undefined, files)).toBeUndefined();
    expect(freshDocuments('{"format":1,"digest":', files)).toBeUndefined();
    expect(freshDocuments(bundle.replace('"format":1', '"format":0'), files)).toBeUndefined();
    // A digest that matches but a document missing: a hand-made bundle, not one the build wrote.
    expect(freshDocuments(renderBundle(files, [documentOf(files[0]!)]), files)).toBeUndefined();
  });

  it('has a digest that depends on paths and texts, not on the order they were read in', () => {
    expect(librarySetDigest(files)).toBe(librarySetDigest([...files].reverse()));
    expect(librarySetDigest(files)).not.toBe(librarySetDigest([{ ...files[0]!, text: `${files[0]!.text} ` }, files[1]!]));
    // Path and text are kept apart: moving a character from one to the other changes the digest.
    expect(librarySetDigest([{ file: 'ab', text: 'c' }])).not.toBe(librarySetDigest([{ file: 'a', text: 'bc' }]));
  });
});

/** Every pointer into a value: each map entry and list item, with one pointer that names nothing below each. */
function pointersOf(value: unknown, at = ''): string[] {
  const out = [at, `${at}/missing`];
  if (Array.isArray(value)) value.forEach((v, i) => { out.push(...pointersOf(v, `${at}/${i}`)); });
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...pointersOf(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return out;
}

describe('the committed bundle', () => {
  const text = readFileSync(libraryBundleFile, 'utf8');

  it('locates every node of every bundled document where its YAML does', () => {
    const parsed = JSON.parse(text) as { documents: BundledDocument[] };
    expect(parsed.documents.length).toBeGreaterThan(50);
    for (const document of parsed.documents) {
      const yaml = parseYaml(readFileSync(document.file, 'utf8'), document.file);
      if ('errors' in yaml) throw new Error(`${document.file} does not parse`);
      expect(document.value).toEqual(yaml.value);
      const fromBundle = treeLocator(document.tree, document.file);
      for (const pointer of pointersOf(yaml.value)) {
        expect(fromBundle(pointer), `${document.file} ${pointer}`).toEqual(yaml.locate(pointer));
        expect(fromBundle(pointer, true), `${document.file} ${pointer} (key)`).toEqual(yaml.locate(pointer, true));
      }
    }
  });

  it('is what the CLI loads while the files match it, and the YAML is parsed when they do not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-bundle-'));
    const retitled = (bundleText: string): string => bundleText.replace(/("file":"policies\/aws\/kms\/aws-kms-cmk-rotation-enabled\.yaml","value":\{"id":"[^"]+","title":")[^"]+/, '$1From the bundle');
    const same = join(dir, 'same.json');
    writeFileSync(same, retitled(text));
    const stale = join(dir, 'stale.json');
    writeFileSync(stale, retitled(text).replace(/"digest":"sha256:[0-9a-f]+"/, `"digest":"sha256:${'0'.repeat(64)}"`));
    const titleWith = async (bundleFile: string): Promise<string | undefined> => {
      const library = await loadLibrary([], process.cwd(), true, bundleFile);
      expect(library.errors).toEqual([]);
      expect(library.packs.length).toBeGreaterThan(0);
      return library.policies.find((p) => p.file === POLICY)?.document.title;
    };
    expect(retitled(text)).not.toBe(text);
    expect(await titleWith(same)).toBe('From the bundle');
    const fromYaml = await titleWith(stale);
    expect(fromYaml).not.toBe('From the bundle');
    expect(fromYaml).toBe(await titleWith(join(dir, 'absent.json')));
  });

  it('keeps a bundled policy located: its locator names the file as the user sees it, with line and column', async () => {
    const library = await loadLibrary([], process.cwd());
    const policy = library.policies.find((p) => p.file === POLICY);
    const yaml = parseYaml(readFileSync(POLICY, 'utf8'), POLICY);
    if (policy === undefined || 'errors' in yaml) throw new Error('the KMS rotation policy does not load');
    expect(policy.locate('/check')).toEqual(yaml.locate('/check'));
    expect(policy.locate('/check')).toMatchObject({ file: POLICY, line: expect.any(Number) as number, column: expect.any(Number) as number });
  });
});
