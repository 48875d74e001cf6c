/**
 * Compiled field paths: split once at load, checked against the resource
 * type's schema (so a typo is a load-time error), read many times. Paths are
 * relative to the scope's value (the resource's data, or a list element in a
 * quantifier); `$id`, `$arn`, `$name`, `$account`, `$region`, `$type` and
 * `$tags.<key>` read the resource envelope instead.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { closest } from '../diagnostics/suggest.js';
import { parsePath, resolvePath, type PathSegment } from '../resources/paths.js';
import type { ResourceError } from '../resources/resource.js';
import { joinPath, type Scope, type UnknownReason } from './evaluation.js';

const envelopeFields: Record<string, TSchema> = {
  $id: Type.String(),
  $arn: Type.String(),
  $name: Type.String(),
  $account: Type.String(),
  $region: Type.String(),
  $type: Type.String(),
  $tags: Type.Record(Type.String(), Type.String()),
};

export interface CompiledPath {
  readonly text: string;
  /** Schema of the value the path reads, when known; used to check operands and nested paths. */
  readonly schema: TSchema | undefined;
  read(scope: Scope): { readonly value: unknown; readonly unknown?: UnknownReason };
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

/** True when one path is a prefix of the other: reading either touches what the error says is missing. */
function overlaps(error: readonly PathSegment[], read: readonly PathSegment[]): boolean {
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
export function unreadableBecause(errors: readonly ResourceError[], concretePath: string): ResourceError | undefined {
  const read = parsePath(concretePath);
  if (read === undefined) return undefined;
  for (const error of errors) {
    let segments = parsedErrorPaths.get(error);
    if (!parsedErrorPaths.has(error)) {
      segments = parsePath(error.path);
      parsedErrorPaths.set(error, segments);
    }
    if (segments !== undefined && overlaps(segments, read)) return error;
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
    return { ok: false, message: `unknown resource field "${head}"${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`} (envelope fields: ${Object.keys(envelopeFields).join(', ')})` };
  }
  if (rest.length > 0 && head !== '$tags') return { ok: false, message: `"${head}" is a string and has no fields` };
  const key = rest.join('.');
  return {
    ok: true,
    path: {
      text,
      schema: head === '$tags' && rest.length > 0 ? Type.String() : schema,
      read(scope) {
        const r = scope.resource;
        switch (head) {
          case '$id': return { value: r.id };
          case '$arn': return { value: r.arn ?? null };
          case '$name': return { value: r.name ?? null };
          case '$account': return { value: r.account };
          case '$region': return { value: r.region };
          case '$type': return { value: r.type };
          default: return { value: rest.length > 0 ? (r.tags[key] ?? undefined) : r.tags };
        }
      },
    },
  };
}

/**
 * Compiles `text` against `schema` (the scope's value schema; undefined when
 * untyped, e.g. inside a policy document). Paths that cross a list need a
 * quantifier, so `[]` is refused here.
 */
export function compilePath(text: string, schema: TSchema | undefined): PathCompilation {
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
        const name = resolution.at.split(/[.[]/).pop() ?? resolution.at;
        const suggestion = closest(name, resolution.known);
        const known = resolution.known.length <= 12 ? ` (fields here: ${resolution.known.join(', ')})` : '';
        return { ok: false, message: `unknown field "${resolution.at}"${suggestion === undefined ? known : `; did you mean "${resolution.at.slice(0, resolution.at.length - name.length)}${suggestion}"?`}` };
      }
      return { ok: false, message: resolution.reason === 'not-an-array' ? `"${resolution.at}" indexes a value that is not a list` : `"${resolution.at}" reads a field of a value that is not an object` };
    }
    resolved = Object.keys(resolution.schema).length === 0 ? undefined : resolution.schema;
  }
  return {
    ok: true,
    path: {
      text,
      schema: resolved,
      read(scope) {
        const errors = scope.resource.errors;
        if (errors !== undefined) {
          const concrete = joinPath(scope.basePath, text);
          const error = unreadableBecause(errors, concrete);
          if (error !== undefined) return { value: undefined, unknown: unknownFrom(error, concrete) };
        }
        return { value: readSegments(scope.value, segments) };
      },
    },
  };
}
