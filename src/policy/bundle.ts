/**
 * The bundled library (policies, condition libraries and packs) parsed and
 * schema-checked at build time (`npm run gen`), so a run reads one JSON file
 * instead of parsing and validating a hundred YAML files. The bundle names
 * the digest of the texts it was made from; a run uses it only when the files
 * on disk have that digest, so an edited bundled file is parsed from YAML,
 * never served stale. Each document keeps its location tree: an error found
 * later still points at file:line:col.
 */
import { createHash } from 'node:crypto';
import type { LocationTree } from './location-tree.js';

/** Bumped when what the bundle stores changes meaning: an older bundle then matches no file set. */
const BUNDLE_FORMAT = 1;

export interface BundleFile {
  /** Path from the package root, with forward slashes: `policies/aws/kms/x.yaml`. */
  readonly file: string;
  readonly text: string;
}

/** One document as the YAML loader would have produced it, before any check beyond its schema. */
export interface BundledDocument {
  readonly file: string;
  readonly value: unknown;
  readonly tree: LocationTree;
}

export interface LibraryBundle {
  readonly format: number;
  readonly digest: string;
  readonly documents: readonly BundledDocument[];
}

/** The digest of a set of files: paths and texts, in path order, with the bundle format. */
export function librarySetDigest(files: readonly BundleFile[]): string {
  const hash = createHash('sha256');
  hash.update(`assay-library-bundle ${BUNDLE_FORMAT}\n`);
  for (const { file, text } of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    hash.update(`${file}\0${Buffer.byteLength(text)}\0`);
    hash.update(text);
  }
  return `sha256:${hash.digest('hex')}`;
}

/** The bundle's text: one document per line, so a change to one policy changes one line. */
export function renderBundle(files: readonly BundleFile[], documents: readonly BundledDocument[]): string {
  const sorted = [...documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return `{"format":${BUNDLE_FORMAT},"digest":${JSON.stringify(librarySetDigest(files))},"documents":[\n${sorted.map((d) => JSON.stringify(d)).join(',\n')}\n]}\n`;
}

function isBundle(value: unknown): value is LibraryBundle {
  if (typeof value !== 'object' || value === null) return false;
  const { format, digest, documents } = value as Record<string, unknown>;
  return format === BUNDLE_FORMAT && typeof digest === 'string' && Array.isArray(documents);
}

/**
 * The bundle's documents by file when its digest is that of `files` (the
 * bundled files as they are on disk now); undefined when it is another
 * version's, made from other texts, or not a bundle at all.
 */
export function freshDocuments(bundleText: string | undefined, files: readonly BundleFile[]): ReadonlyMap<string, BundledDocument> | undefined {
  if (bundleText === undefined) return undefined;
  let bundle: unknown;
  try {
    bundle = JSON.parse(bundleText);
  } catch {
    return undefined;
  }
  if (!isBundle(bundle) || bundle.digest !== librarySetDigest(files)) return undefined;
  const byFile = new Map(bundle.documents.map((d) => [d.file, d]));
  // Every file must be there: a digest made from these texts guarantees it, a hand-edited bundle might not.
  return files.every((f) => byFile.has(f.file)) ? byFile : undefined;
}
