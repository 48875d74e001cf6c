/**
 * The layers of src/ (layers.ts) hold: every folder in exactly one layer,
 * imports only along each layer's allow-list, and pure layers free of I/O,
 * AWS and the clock through any chain of imports. The synthetic graphs below
 * prove each rule fires and says where.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readModule, readModuleGraph, type ModuleNode } from './import-graph.js';
import { checkLayering } from './layering.js';
import { layers, type Layer } from './layers.js';

const srcFolders = readdirSync('src', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('the layers of src/', () => {
  it('are kept by the code', () => {
    expect(checkLayering(readModuleGraph('src'), layers, srcFolders)).toEqual([]);
  });

  it('place every folder of src/ in exactly one layer', () => {
    expect(layers.flatMap((l) => l.folders).sort()).toEqual(srcFolders);
  });
});

/** A small world: a pure engine above an impure snapshot layer, which is above nothing. */
const world: readonly Layer[] = [
  { name: 'snapshot', folders: ['snapshot'], pure: false, mayImport: [], holds: '' },
  { name: 'engine', folders: ['engine'], pure: true, mayImport: ['snapshot'], holds: '' },
  { name: 'report', folders: ['report'], pure: true, mayImport: [], holds: '' },
];
const worldFolders = ['engine', 'report', 'snapshot'];

/** A graph from module texts, read the same way as src/ is. */
function graph(files: Record<string, string>): ModuleNode[] {
  return Object.entries(files).map(([file, text]) => readModule(file, text));
}

// Resolution checks the disk, so the synthetic files import each other by their real-looking paths.
const pureSnapshot = "export const schema = 1;\n";
const fileSnapshot = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";

describe('the layering check', () => {
  it('finds a pure module reaching fs through an impure helper, and names the whole chain', () => {
    const problems = checkLayering(graph({
      'src/engine/evaluate.ts': "import { helper } from './helper.js';\nexport const x = helper;\n",
      'src/engine/helper.ts': "import { read } from '../snapshot/file.js';\nimport { schema } from '../snapshot/schema.js';\nexport const helper = [read, schema];\n",
      'src/snapshot/file.ts': fileSnapshot,
      'src/snapshot/schema.ts': pureSnapshot,
    }), world, worldFolders);
    expect(problems).toEqual([
      'src/engine/evaluate.ts → src/engine/helper.ts → src/snapshot/file.ts → node:fs: layer "engine" is pure (no I/O, AWS, clock or process globals, directly or through imports)',
      'src/engine/helper.ts → src/snapshot/file.ts → node:fs: layer "engine" is pure (no I/O, AWS, clock or process globals, directly or through imports)',
    ]);
  });

  it('lets a pure module use the pure parts of an impure layer, and types from anywhere', () => {
    expect(checkLayering(graph({
      'src/engine/evaluate.ts': "import { schema } from '../snapshot/schema.js';\nimport type { read } from '../snapshot/file.js';\nimport { type read as r2 } from '../snapshot/file.js';\nexport const x: typeof read | typeof r2 | number = schema;\n",
      'src/snapshot/file.ts': fileSnapshot,
      'src/snapshot/schema.ts': pureSnapshot,
    }), world, worldFolders)).toEqual([]);
  });

  it('finds the clock, randomness, process globals and AWS in a pure module itself', () => {
    const found = (text: string): string[] => checkLayering(graph({ 'src/engine/probe.ts': text }), world, worldFolders)
      .map((p) => p.replace(/: layer "engine" is pure.*/, ''));
    expect(found('export const now = Date.now();\n')).toEqual(['src/engine/probe.ts → Date.now()']);
    expect(found('export const now = new Date();\n')).toEqual(['src/engine/probe.ts → new Date()']);
    expect(found("export const now = Date('2020-01-01');\n")).toEqual(['src/engine/probe.ts → Date()']);
    expect(found('export const r = Math.random();\n')).toEqual(['src/engine/probe.ts → Math.random()']);
    expect(found('export const env = process.env;\n')).toEqual(['src/engine/probe.ts → process']);
    expect(found('export const t = performance.now();\n')).toEqual(['src/engine/probe.ts → performance']);
    expect(found("export const get = () => fetch('https://example.com');\n")).toEqual(['src/engine/probe.ts → fetch']);
    expect(found('export const later = (f: () => void) => setTimeout(f, 1);\n')).toEqual(['src/engine/probe.ts → setTimeout']);
    expect(found("import { S3Client } from '@aws-sdk/client-s3';\nexport const c = S3Client;\n")).toEqual(['src/engine/probe.ts → @aws-sdk/client-s3']);
    expect(found("import { request } from 'https';\nexport const r = request;\n")).toEqual(['src/engine/probe.ts → https']);
    expect(found("export const load = () => import('node:child_process');\n")).toEqual(['src/engine/probe.ts → node:child_process']);
  });

  it('lets pure code parse a date it was given, name things like globals, and mention them in types', () => {
    const clean = [
      'export const parse = (s: string): Date => new Date(s);\n',
      'export const day = (s: string): number => Date.parse(s) + Date.UTC(2020, 0, 1);\n',
      'export const f = (fetch: (u: string) => string): string => fetch("u");\n',
      'export const o = { process: 1, setTimeout: 2 };\nexport const p = o.process;\n',
      'export type Timer = ReturnType<typeof setTimeout>;\n',
      "import type { S3Client } from '@aws-sdk/client-s3';\nexport type C = S3Client;\n",
      "import { createHash } from 'node:crypto';\nexport const h = createHash;\n",
    ];
    for (const text of clean) expect(checkLayering(graph({ 'src/engine/probe.ts': text }), world, worldFolders), text).toEqual([]);
  });

  it('lets an impure layer do I/O', () => {
    expect(checkLayering(graph({ 'src/snapshot/file.ts': fileSnapshot }), world, worldFolders)).toEqual([]);
  });

  it('refuses an import the importer\'s allow-list does not name, type-only or not', () => {
    expect(checkLayering(graph({
      'src/report/json.ts': "import type { schema } from '../engine/evaluate.js';\nexport type S = typeof schema;\n",
      'src/engine/evaluate.ts': pureSnapshot,
      'src/snapshot/schema.ts': "import { schema } from '../engine/evaluate.js';\nexport const s = schema;\n",
    }), world, worldFolders)).toEqual([
      'src/report/json.ts imports src/engine/evaluate.ts: layer "report" may not import layer "engine" (it may import: nothing)',
      'src/snapshot/schema.ts imports src/engine/evaluate.ts: layer "snapshot" may not import layer "engine" (it may import: nothing)',
    ]);
  });

  it('refuses a folder without a layer, a folder in two, and a layer naming what does not exist', () => {
    const twice: Layer[] = [
      ...world,
      { name: 'extra', folders: ['report', 'gone'], pure: true, mayImport: ['nowhere'], holds: '' },
    ];
    expect(checkLayering(graph({ 'src/newfolder/x.ts': pureSnapshot, 'src/loose.ts': pureSnapshot }), twice, [...worldFolders, 'newfolder'])).toEqual([
      'src/report/ is in two layers, "report" and "extra": a folder belongs to exactly one',
      'layer "extra" names src/gone/, which does not exist',
      'layer "extra" may import "nowhere", which is not a layer',
      'src/newfolder/ is in no layer: add it to one in test/architecture/layers.ts, with the layers it may import',
      'src/loose.ts sits directly in src/: put it in a folder that has a layer',
    ]);
  });

  it('keeps product code inside src/, and lets tests beside it load shared fixtures', () => {
    expect(checkLayering(graph({
      'src/engine/evaluate.ts': "import { x } from '../../test/fixtures/results/load.js';\nexport const y = x;\n",
      'src/engine/evaluate.test.ts': "import { x } from '../../test/fixtures/results/load.js';\nexport const y = x;\n",
    }), world, worldFolders)).toEqual(['src/engine/evaluate.ts imports test/fixtures/results/load.ts, outside src/']);
  });
});
