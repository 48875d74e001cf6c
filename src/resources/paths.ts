/**
 * Field paths into a resource's `data`, as policies and collection errors
 * write them: `publicAccessBlock.blockPublicAcls`, `accessKeys[0].status`,
 * `accessKeys[].status` (any element). Resolving a path against a type's
 * schema is how typos become load-time errors instead of silent passes.
 */
import type { TSchema } from '@sinclair/typebox';

export type PathSegment = { readonly kind: 'field'; readonly name: string } | { readonly kind: 'index'; readonly index: number | null };

const segmentPattern = /([^.[\]]+)|\[(\d*)\]/gy;

/** Splits a path into segments, or returns undefined when it is malformed. '' is the empty path. */
export function parsePath(path: string): PathSegment[] | undefined {
  if (path === '') return [];
  const segments: PathSegment[] = [];
  segmentPattern.lastIndex = 0;
  let expectField = true;
  while (segmentPattern.lastIndex < path.length) {
    if (!expectField && path[segmentPattern.lastIndex] === '.') {
      segmentPattern.lastIndex++;
      expectField = true;
      continue;
    }
    const match = segmentPattern.exec(path);
    if (match === null) return undefined;
    if (match[1] !== undefined) {
      if (!expectField) return undefined;
      segments.push({ kind: 'field', name: match[1] });
    } else {
      if (expectField) return undefined;
      segments.push({ kind: 'index', index: match[2] === '' || match[2] === undefined ? null : Number(match[2]) });
    }
    expectField = false;
  }
  return expectField ? undefined : segments;
}

export function formatPath(segments: readonly PathSegment[]): string {
  let text = '';
  for (const segment of segments) {
    if (segment.kind === 'index') text += `[${segment.index ?? ''}]`;
    else text += text === '' ? segment.name : `.${segment.name}`;
  }
  return text;
}

/** Drops the `null` branch of a nullable union so a path can walk into the value. */
export function unwrapNullable(schema: TSchema): TSchema {
  const branches = (schema as { anyOf?: TSchema[] }).anyOf;
  if (branches === undefined) return schema;
  const nonNull = branches.filter((b) => (b as { type?: unknown }).type !== 'null');
  return nonNull.length === 1 && nonNull[0] !== undefined ? nonNull[0] : schema;
}

export type PathResolution =
  | { readonly ok: true; readonly schema: TSchema }
  | { readonly ok: false; readonly at: string; readonly reason: 'unknown-field' | 'not-an-object' | 'list-needs-index' | 'not-an-array' | 'malformed'; readonly known: readonly string[] };

/**
 * Walks `path` through a data schema. Open maps (tags, policy documents)
 * accept any key below them, since their contents are not typed.
 */
export function resolvePath(root: TSchema, path: string): PathResolution {
  const segments = parsePath(path);
  if (segments === undefined) return { ok: false, at: path, reason: 'malformed', known: [] };
  let schema = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment === undefined) break;
    schema = unwrapNullable(schema);
    const shape = schema as { type?: unknown; properties?: Record<string, TSchema>; items?: TSchema; patternProperties?: Record<string, TSchema> };
    const at = formatPath(segments.slice(0, i + 1));
    if (shape.patternProperties !== undefined && shape.properties === undefined) {
      return { ok: true, schema: {} as TSchema };
    }
    if (segment.kind === 'field') {
      if (shape.properties === undefined) {
        const listAt = formatPath(segments.slice(0, i));
        return shape.items === undefined ? { ok: false, at, reason: 'not-an-object', known: [] } : { ok: false, at: listAt, reason: 'list-needs-index', known: [] };
      }
      const next = shape.properties[segment.name];
      if (next === undefined) return { ok: false, at, reason: 'unknown-field', known: Object.keys(shape.properties) };
      schema = next;
    } else {
      if (shape.items === undefined) return { ok: false, at, reason: 'not-an-array', known: [] };
      schema = shape.items;
    }
  }
  return { ok: true, schema };
}
