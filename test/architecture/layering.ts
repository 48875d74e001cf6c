/**
 * The architecture check over a module graph: every folder of src/ in
 * exactly one layer, every import between layers on the importer's
 * allow-list, and no module of a pure layer reaching I/O, AWS or the clock
 * through any chain of imports. Problems come back as sentences naming the
 * chain, e.g. `src/engine/x.ts → src/snapshot/file.ts → node:fs`.
 */
import type { ModuleNode } from './import-graph.js';
import type { Layer } from './layers.js';

/** Node built-ins that do I/O or reach the process's surroundings (`node:` prefix or not). */
const IO_BUILTINS: ReadonlySet<string> = new Set([
  'fs', 'fs/promises', 'http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'dns/promises', 'child_process',
  'worker_threads', 'cluster', 'process', 'os', 'readline', 'inspector',
]);

/** Does importing this package (not a file of ours) make the importer impure? */
export function isIoPackage(specifier: string): boolean {
  return IO_BUILTINS.has(specifier.replace(/^node:/, '')) || /^@aws-sdk\//.test(specifier) || /^@smithy\//.test(specifier) || specifier === 'undici';
}

const isTest = (file: string): boolean => file.endsWith('.test.ts');
const arrow = ' → ';

/** 'src/engine/x.ts' → 'engine'; undefined for a file directly in src/ or outside it. */
function folderOf(file: string): string | undefined {
  const parts = file.split('/');
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

function layerTable(layers: readonly Layer[], folders: readonly string[], problems: string[]): Map<string, Layer> {
  const byFolder = new Map<string, Layer>();
  const names = new Set(layers.map((l) => l.name));
  for (const layer of layers) {
    for (const folder of layer.folders) {
      const other = byFolder.get(folder);
      if (other !== undefined) problems.push(`src/${folder}/ is in two layers, "${other.name}" and "${layer.name}": a folder belongs to exactly one`);
      else byFolder.set(folder, layer);
      if (!folders.includes(folder)) problems.push(`layer "${layer.name}" names src/${folder}/, which does not exist`);
    }
    for (const allowed of layer.mayImport) {
      if (!names.has(allowed)) problems.push(`layer "${layer.name}" may import "${allowed}", which is not a layer`);
    }
  }
  for (const folder of folders) {
    if (!byFolder.has(folder)) problems.push(`src/${folder}/ is in no layer: add it to one in test/architecture/layers.ts, with the layers it may import`);
  }
  return byFolder;
}

function checkImports(graph: readonly ModuleNode[], byFolder: ReadonlyMap<string, Layer>, problems: string[]): void {
  for (const node of graph) {
    const folder = folderOf(node.file);
    if (folder === undefined) {
      problems.push(`${node.file} sits directly in src/: put it in a folder that has a layer`);
      continue;
    }
    const layer = byFolder.get(folder);
    if (layer === undefined) continue; // reported once, for the folder
    for (const { target, local } of node.imports) {
      if (!local) continue;
      if (!target.startsWith('src/')) {
        // Tests beside a unit may load shared fixtures; the product never reaches outside src/.
        if (!isTest(node.file)) problems.push(`${node.file} imports ${target}, outside src/`);
        continue;
      }
      const other = byFolder.get(folderOf(target) ?? '');
      if (other === undefined || other === layer || layer.mayImport.includes(other.name)) continue;
      problems.push(`${node.file} imports ${target}: layer "${layer.name}" may not import layer "${other.name}" (it may import: ${layer.mayImport.join(', ') || 'nothing'})`);
    }
  }
}

/** Why a module is impure by itself, or undefined: the first I/O package it imports, else the first effect. */
function ownImpurity(node: ModuleNode): string | undefined {
  const io = node.imports.find((i) => !i.typeOnly && !i.local && isIoPackage(i.target));
  return io?.target ?? node.effects[0];
}

/**
 * For each module, the shortest chain of runtime imports to something impure
 * (breadth-first over the reversed graph from every impure module), as the
 * next step on that chain.
 */
function chainsToImpurity(graph: readonly ModuleNode[]): Map<string, { next: string; reason: string }> {
  const importers = new Map<string, string[]>();
  for (const node of graph) {
    for (const i of node.imports) {
      if (i.typeOnly || !i.local) continue;
      const list = importers.get(i.target) ?? [];
      list.push(node.file);
      importers.set(i.target, list);
    }
  }
  const step = new Map<string, { next: string; reason: string }>();
  const queue: string[] = [];
  for (const node of graph) {
    const reason = ownImpurity(node);
    if (reason !== undefined) {
      step.set(node.file, { next: '', reason });
      queue.push(node.file);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i] as string;
    const { reason } = step.get(file) as { reason: string };
    for (const importer of importers.get(file) ?? []) {
      if (step.has(importer)) continue;
      step.set(importer, { next: file, reason });
      queue.push(importer);
    }
  }
  return step;
}

function checkPurity(graph: readonly ModuleNode[], byFolder: ReadonlyMap<string, Layer>, problems: string[]): void {
  const step = chainsToImpurity(graph);
  for (const node of graph) {
    // Tests set up fixtures from files; purity is a promise of the product code they test.
    if (isTest(node.file) || byFolder.get(folderOf(node.file) ?? '')?.pure !== true) continue;
    if (!step.has(node.file)) continue;
    const chain = [node.file];
    let at = step.get(node.file);
    while (at !== undefined && at.next !== '') {
      chain.push(at.next);
      at = step.get(at.next);
    }
    const layer = byFolder.get(folderOf(node.file) ?? '')?.name ?? '';
    problems.push(`${chain.join(arrow)}${arrow}${at?.reason ?? '?'}: layer "${layer}" is pure (no I/O, AWS, clock or process globals, directly or through imports)`);
  }
}

/** Every problem with the layering of `graph`, in a stable order; empty when it keeps the rules. */
export function checkLayering(graph: readonly ModuleNode[], layers: readonly Layer[], folders: readonly string[]): string[] {
  const problems: string[] = [];
  const byFolder = layerTable(layers, folders, problems);
  checkImports(graph, byFolder, problems);
  checkPurity(graph, byFolder, problems);
  return problems;
}
