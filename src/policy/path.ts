/**
 * Compiled field paths: split once at load, checked against the resource
 * type's schema (so a typo is a load-time error), read many times. Paths are
 * relative to the scope's value (the resource's data, or a list element in a
 * quantifier); `$value` reads that value itself (a string element of a
 * list, such as one of an alarm's action ARNs); `$id`, `$arn`, `$name`,
 * `$account`, `$region`, `$type` and `$tags.<key>` read the resource
 * envelope instead.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { closest } from '../diagnostics/suggest.js';
import { parsePath, resolvePath, type PathSegment } from '../resources/paths.js';
import { TAGS_ERROR_PATH, type ResourceError } from '../resources/resource.js';
import { joinPath, labelled, type Scope, type UnknownReason } from './evaluation.js';

const envelopeFields: Record<string, TSchema> = {
  $id: Type.String(),
  // A resource may have no ARN or name; both then read as null (see read below),
  // so their schemas must admit null or `{ $name, equals: null }` is refused at load.
  $arn: Type.Union([Type.String(), Type.Null()]),
  $name: Type.Union([Type.String(), Type.Null()]),
  $account: Type.String(),
  $region: Type.String(),
  $type: Type.String(),
  $tags: Type.Record(Type.String(), Type.String()),
};

/** The envelope paths as a policy author writes them, for messages. */
const ENVELOPE_PATHS = Object.keys(envelopeFields).map((f) => (f === '$tags' ? '$tags.<key>' : f)).join(', ');

export interface CompiledPath {
  readonly text: string;
  /** Schema of the value the path reads, when known; used to check operands and nested paths. */
  readonly schema: TSchema | undefined;
  /**
   * Reads the value. With `elements`, the caller (a quantifier) only walks the
   * list's elements and reads inside them itself, so an error below an
   * element (`ingress[1].fromPort`) leaves the list readable: that element's
   * own reads turn unknown, and the quantifier combines them by Kleene's rules.
   */
  read(scope: Scope, mode?: 'value' | 'elements'): { readonly value: unknown; readonly unknown?: UnknownReason };
  /**
   * The same value alone, UNREADABLE where read says why not: evaluation
   * without a trace needs no reason, and reads here allocate nothing.
   */
  get(scope: Scope, mode?: 'value' | 'elements'): unknown;
}

/** What CompiledPath.get returns for a value that could not be collected. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/** `get` for paths whose unreadable case is rare: through read, which knows why. */
function getThroughRead(path: Pick<CompiledPath, 'read'>): CompiledPath['get'] {
  return (scope, mode) => {
    const read = path.read(scope, mode);
    return read.unknown === undefined ? read.value : UNREADABLE;
  };
}

export type PathCompilation = { readonly ok: true; readonly path: CompiledPath } | { readonly ok: false; readonly message: string };

function readSegments(value: unknown, segments: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (segment.kind === 'field') {
      if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
      current = (current as Record<string, unknown>)[segment.name];
    } else {
      if (!Array.isArray(current) || segment.index === null) return undefined;
      current = current[segment.index];
    }
  }
  return current;
}

const parsedErrorPaths = new WeakMap<ResourceError, PathSegment[] | undefined>();

/**
 * True when one path is a prefix of the other: reading either touches what the
 * error says is missing. With `covering`, only an error at or above the read
 * path counts (see CompiledPath.read's `elements` mode).
 */
function overlaps(error: readonly PathSegment[], read: readonly PathSegment[], covering: boolean): boolean {
  if (covering && error.length > read.length) return false;
  const length = Math.min(error.length, read.length);
  for (let i = 0; i < length; i++) {
    const a = error[i];
    const b = read[i];
    if (a === undefined || b === undefined || a.kind !== b.kind) return false;
    if (a.kind === 'field' && b.kind === 'field' && a.name !== b.name) return false;
    if (a.kind === 'index' && b.kind === 'index' && a.index !== null && b.index !== null && a.index !== b.index) return false;
  }
  return true;
}

/** The collection error that makes `concretePath` unreadable on this resource, if any. */
export function unreadableBecause(errors: readonly ResourceError[], concretePath: string, covering = false): ResourceError | undefined {
  const read = parsePath(concretePath);
  if (read === undefined) return undefined;
  for (const error of errors) {
    let segments = parsedErrorPaths.get(error);
    if (!parsedErrorPaths.has(error)) {
      segments = parsePath(error.path);
      parsedErrorPaths.set(error, segments);
    }
    if (segments !== undefined && overlaps(segments, read, covering)) return error;
  }
  return undefined;
}

export function unknownFrom(error: ResourceError, path: string): UnknownReason {
  return { path, code: error.code, message: `${error.code}${error.operation === undefined ? '' : ` on ${error.operation}`}: ${error.message}` };
}

function envelopePath(text: string): PathCompilation {
  const [head = '', ...rest] = text.split('.');
  const schema = envelopeFields[head];
  if (schema === undefined) {
    const suggestion = closest(head, Object.keys(envelopeFields));
    return { ok: false, message: `unknown resource field "${head}"${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`} (envelope fields: ${Object.keys(envelopeFields).join(', ')}; ${SELF_PATH} reads the value in scope)` };
  }
  if (rest.length > 0 && head !== '$tags') return { ok: false, message: `"${head}" is a string and has no fields` };
  const key = rest.join('.');
  const read: CompiledPath['read'] = (scope) => {
        const r = scope.resource;
        switch (head) {
          case '$id': return { value: r.id };
          case '$arn': return { value: r.arn ?? null };
          case '$name': return { value: r.name ?? null };
          case '$account': return { value: r.account };
          case '$region': return { value: r.region };
          case '$type': return { value: r.type };
          default: {
            const failed = r.errors?.find((e) => e.path === TAGS_ERROR_PATH);
            if (failed !== undefined) {
              const reason = unknownFrom(failed, text);
              return { value: undefined, unknown: scope.related ? { ...reason, ...labelled(scope) } : reason };
            }
            return { value: rest.length > 0 ? (r.tags[key] ?? undefined) : r.tags };
          }
        }
  };
  return { ok: true, path: { text, schema: head === '$tags' && rest.length > 0 ? Type.String() : schema, read, get: getThroughRead({ read }) } };
}

const SELF_PATH = '$value';

/**
 * `tags.owner`, `account`, `region`: the resource's envelope, written without
 * its `$`. When the data has no such field, point to the envelope path rather
 * than listing data fields that are not what the author meant.
 */
function envelopeHint(text: string, unknownAt: string): string | undefined {
  const head = text.split(/[.[]/, 1)[0] ?? '';
  if (unknownAt !== head || envelopeFields[`$${head}`] === undefined) return undefined;
  const meant = head === 'tags' ? `$${text}` : `$${head}`;
  return `unknown field "${head}"; did you mean "${meant}"? (the resource's own fields are read with $: ${ENVELOPE_PATHS}; paths without $ read its data)`;
}

/** Where evidence says a path was read: the concrete data path, `$value`'s element, or the envelope field. */
export function evidencePath(path: CompiledPath, basePath: string): string {
  if (path.text === SELF_PATH) return basePath === '' ? SELF_PATH : basePath;
  return path.text.startsWith('$') ? path.text : joinPath(basePath, path.text);
}

function selfPath(schema: TSchema | undefined): PathCompilation {
  const read: CompiledPath['read'] = (scope) => {
        const errors = scope.resource.errors;
        if (errors !== undefined && scope.basePath !== '') {
          const error = unreadableBecause(errors, scope.basePath);
          if (error !== undefined) {
            const reason = unknownFrom(error, scope.basePath);
            return { value: undefined, unknown: scope.related ? { ...reason, ...labelled(scope) } : reason };
          }
        }
        return { value: scope.value };
  };
  return {
    ok: true,
    path: {
      text: SELF_PATH,
      schema,
      read,
      get: (scope, mode) => (scope.resource.errors === undefined || scope.basePath === '' ? scope.value : getThroughRead({ read })(scope, mode)),
    },
  };
}

/**
 * Compiles `text` against `schema` (the scope's value schema; undefined when
 * untyped, e.g. inside a policy document). Paths that cross a list need a
 * quantifier, so `[]` is refused here.
 */
export function compilePath(text: string, schema: TSchema | undefined): PathCompilation {
  if (text === SELF_PATH) return selfPath(schema);
  if (text.startsWith('$')) return envelopePath(text);
  const segments = parsePath(text);
  if (segments === undefined || segments.length === 0) return { ok: false, message: `"${text}" is not a valid path (fields separated by ".", list indexes as [0])` };
  if (segments.some((s) => s.kind === 'index' && s.index === null)) {
    return { ok: false, message: `path "${text}" crosses a list with []; use a quantifier (every, some, none, count) to look inside lists` };
  }
  let resolved: TSchema | undefined;
  if (schema !== undefined) {
    const resolution = resolvePath(schema, text);
    if (!resolution.ok) {
      if (resolution.reason === 'unknown-field') {
        const envelope = envelopeHint(text, resolution.at);
        if (envelope !== undefined) return { ok: false, message: envelope };
        const name = resolution.at.split(/[.[]/).pop() ?? resolution.at;
        const suggestion = closest(name, resolution.known);
        const known = resolution.known.length <= 12 ? ` (fields here: ${resolution.known.join(', ')})` : '';
        return { ok: false, message: `unknown field "${resolution.at}"${suggestion === undefined ? known : `; did you mean "${resolution.at.slice(0, resolution.at.length - name.length)}${suggestion}"?`}` };
      }
      if (resolution.reason === 'list-needs-index') return { ok: false, message: `"${resolution.at}" is a list; use a quantifier (every, some, none, count) to look inside it` };
      return { ok: false, message: resolution.reason === 'not-an-array' ? `"${resolution.at}" indexes a value that is not a list` : `"${resolution.at}" reads a field of a value that is not an object` };
    }
    resolved = Object.keys(resolution.schema).length === 0 ? undefined : resolution.schema;
  }
  const read: CompiledPath['read'] = (scope, mode = 'value') => {
        const errors = scope.resource.errors;
        if (errors !== undefined) {
          const concrete = joinPath(scope.basePath, text);
          const error = unreadableBecause(errors, concrete, mode === 'elements');
          if (error !== undefined) {
            const reason = unknownFrom(error, concrete);
            // Inside a related lookup, say whose field it was: the path alone would seem to be the subject's.
            return { value: undefined, unknown: scope.related ? { ...reason, ...labelled(scope) } : reason };
          }
        }
        return { value: readSegments(scope.value, segments) };
  };
  const slowGet = getThroughRead({ read });
  return {
    ok: true,
    path: {
      text,
      schema: resolved,
      read,
      // Only a resource with collection errors can make a data path unreadable; most have none.
      get: (scope, mode) => (scope.resource.errors === undefined ? readSegments(scope.value, segments) : slowGet(scope, mode)),
    },
  };
}
