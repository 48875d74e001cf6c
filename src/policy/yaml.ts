/**
 * YAML text to plain data plus a locator that maps JSON pointers back to
 * line:col, so every later stage (schema, semantics) can point into the
 * file. Policy and pack files are untrusted: the core schema only (no custom
 * tags), duplicate keys rejected, alias expansion and nesting depth capped.
 */
import { Composer, isMap, isPair, isScalar, isSeq, LineCounter, Parser, YAMLParseError, type CST, type Document, type Node as YamlNode } from 'yaml';
import { AssayError, type SourceLocation } from '../diagnostics/error.js';
import { pointerSegments, type Locator } from '../diagnostics/pointer.js';
import { firstTooDeep, firstTooDeepValue, MAX_YAML_DEPTH } from './yaml-depth.js';

export type { Locator };

export interface ParsedYaml {
  readonly value: unknown;
  readonly locate: Locator;
}

const segments = pointerSegments;

/** The first document of the tokens, as the yaml library's parseDocument composes it (a second one is an error). */
function composeOne(tokens: readonly CST.Token[], length: number): Document.Parsed {
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
  const locate: Locator = (pointer, atKey = false) => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    let best: unknown = node;
    for (const segment of segments(pointer)) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
        if (pair === undefined) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(segment)];
      } else {
        break;
      }
      if (node === undefined || node === null) {
        best = keyNode ?? best;
        break;
      }
      best = node;
    }
    const target = (atKey && keyNode !== undefined ? keyNode : best) as YamlNode | undefined;
    const offset = target?.range?.[0];
    return offset === undefined ? { file, pointer } : { ...at(offset), pointer };
  };
  const deepPointer = firstTooDeepValue(value);
  if (deepPointer !== undefined) {
    // The line and column are the place; a pointer hundreds of levels long would only bury the message.
    const { pointer: _buried, ...where } = locate(deepPointer);
    return tooDeep(where);
  }
  return { value, locate };
}
