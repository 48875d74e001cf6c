/**
 * YAML text to plain data plus a locator that maps JSON pointers back to
 * line:col, so every later stage (schema, semantics) can point into the
 * file. Policy and pack files are untrusted: the core schema only (no custom
 * tags), duplicate keys rejected, alias expansion and nesting depth capped.
 */
import { createRequire } from 'node:module';
import type * as YamlModule from 'yaml';
import type { CST, Document, LineCounter, Node as YamlNode } from 'yaml';
import { AssayError, type SourceLocation } from '../diagnostics/error.js';
import type { Locator } from '../diagnostics/pointer.js';
import { treeLocator, type LocationTree } from './location-tree.js';
import { firstTooDeep, firstTooDeepValue, MAX_YAML_DEPTH } from './yaml-depth.js';

export type { Locator };

type Yaml = typeof YamlModule;
let loaded: Yaml | undefined;
/**
 * The yaml package, loaded when a text is first parsed rather than with this
 * module: a run served by the build's bundle of the library parses no YAML
 * unless a user's own file or configuration asks for it. CommonJS, so
 * `require` loads it synchronously where needed.
 */
const yaml = (): Yaml => (loaded ??= createRequire(import.meta.url)('yaml') as Yaml);

export interface ParsedYaml {
  readonly value: unknown;
  readonly locate: Locator;
  /** The positions `locate` reads, as data a build step can store beside the value. */
  readonly tree: LocationTree;
}

/**
 * The positions of a node and everything under it. Recursion is bounded:
 * the nesting depth was checked on the tokens before the document was composed.
 */
function locationTree(node: unknown, lines: LineCounter): LocationTree {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  const offset = (node as YamlNode | null | undefined)?.range?.[0];
  const { line, col } = offset === undefined ? { line: 0, col: 0 } : lines.linePos(offset);
  if (isSeq(node)) return [line, col, node.items.map((item) => (item === null || item === undefined ? null : locationTree(item, lines)))];
  if (!isMap(node)) return [line, col];
  // A null prototype: a key such as __proto__ is an entry like any other.
  const entries = Object.create(null) as Record<string, readonly [number, number, LocationTree | null]>;
  for (const item of node.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = String(item.key.value);
    // The first of equal keys, as a search from the start finds it.
    if (Object.hasOwn(entries, key)) continue;
    const keyAt = item.key.range === undefined || item.key.range === null ? { line: 0, col: 0 } : lines.linePos(item.key.range[0]);
    entries[key] = [keyAt.line, keyAt.col, item.value === null || item.value === undefined ? null : locationTree(item.value, lines)];
  }
  return [line, col, entries];
}

/** The first document of the tokens, as the yaml library's parseDocument composes it (a second one is an error). */
function composeOne(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const { Composer, YAMLParseError } = yaml();
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (doc === undefined) {
      doc = next;
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  // compose(…, forceDoc: true) yields at least one document, even for empty text.
  if (doc === undefined) throw new AssayError('INTERNAL', 'the YAML composer produced no document');
  return doc;
}

/** Parses one YAML document; throws AssayErrors-compatible list of syntax problems via AssayError[]. */
export function parseYaml(text: string, file: string): ParsedYaml | { readonly errors: AssayError[] } {
  const { LineCounter, Parser } = yaml();
  const lineCounter = new LineCounter();
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const tooDeep = (location: SourceLocation): { errors: AssayError[] } => ({
    errors: [new AssayError('YAML_SYNTAX', `invalid YAML: maps and lists nest deeper than ${MAX_YAML_DEPTH} levels`, { location })],
  });
  // parseDocument in two steps, so the depth is measured on the parser's tokens
  // before the composer, which recurses once per level, sees them.
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const deepOffset = firstTooDeep(tokens);
  if (deepOffset !== undefined) return tooDeep(at(deepOffset));
  const doc = composeOne(tokens, text.length);
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return {
      errors: problems.map((problem) => {
        const message = problem.message.split('\n')[0] ?? problem.message;
        return new AssayError('YAML_SYNTAX', `invalid YAML: ${message.replace(/ at line \d+, column \d+:?$/, '')}`, { location: at(problem.pos[0]) });
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (cause) {
    return { errors: [new AssayError('YAML_SYNTAX', `invalid YAML: ${cause instanceof Error ? cause.message : String(cause)}`, { location: { file }, cause })] };
  }
  const tree = locationTree(doc.contents, lineCounter);
  const locate = treeLocator(tree, file);
  const deepPointer = firstTooDeepValue(value);
  if (deepPointer !== undefined) {
    // The line and column are the place; a pointer hundreds of levels long would only bury the message.
    const { pointer: _buried, ...where } = locate(deepPointer);
    return tooDeep(where);
  }
  return { value, locate, tree };
}
