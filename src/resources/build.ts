/**
 * Typed builders: a resource from its type's valid example plus the few
 * settings a test or the demo account cares about. Keeps fixtures valid as
 * the catalog grows, because every unstated field comes from the example.
 */
import type { Static, TObject, TSchema } from '@sinclair/typebox';
import type { ResourceTypeDefinition } from './define.js';
import { GLOBAL_REGION } from './define.js';
import { parsePath, unwrapNullable } from './paths.js';
import type { Resource, ResourceError } from './resource.js';

/**
 * Objects merge field by field; a list replaces the example's list, each of
 * its objects merged over the example's first element; scalars and null replace.
 */
export type DataOverrides<T> = T extends readonly (infer E)[] ? readonly DataOverrides<E>[] : T extends object ? { [K in keyof T]?: DataOverrides<T[K]> } : T;

export interface BuildOptions<S extends TObject> {
  readonly id: string;
  readonly account: string;
  /** Required for regional types; global types always get "global". */
  readonly region?: string;
  readonly arn?: string;
  readonly name?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly data?: DataOverrides<Static<S>>;
  /** Fields that could not be collected; they are removed from `data`. */
  readonly errors?: readonly ResourceError[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface SchemaShape {
  readonly properties?: Readonly<Record<string, TSchema>>;
  readonly items?: TSchema;
}

const shapeOf = (schema: TSchema | undefined): SchemaShape | undefined => (schema === undefined ? undefined : unwrapNullable(schema) as SchemaShape);

/**
 * Overrides merged over a base (a type's example, or a test fixture). With the
 * schema of the value, a list of typed objects fills each element from the
 * base's first element (or, for an empty list, from emptyElement); free-form
 * values (policy documents) are taken as written.
 */
/**
 * The element a list without an example element stands for: its lists empty
 * and its nullable fields null, the "nothing set" an API answers; other
 * fields stay unstated, so a fixture that omits them is refused as invalid.
 */
function emptyElement(schema: TSchema | undefined): Record<string, unknown> | undefined {
  const properties = shapeOf(schema)?.properties;
  if (properties === undefined) return undefined;
  const element: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(properties)) {
    if ((field as { type?: unknown }).type === 'array') element[key] = [];
    else if (unwrapNullable(field) !== field) element[key] = null;
  }
  return element;
}

function inOrder(item: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const known = keys.filter((k) => k in item);
  return Object.fromEntries([...known, ...Object.keys(item).filter((k) => !keys.includes(k))].map((k) => [k, item[k]]));
}

export function mergeData(base: unknown, overrides: unknown, schema?: TSchema): unknown {
  const shape = shapeOf(schema);
  if (Array.isArray(base) && Array.isArray(overrides)) {
    const itemSchema = shape?.items;
    const example = (base as unknown[])[0];
    // The example's first element stands for every element, as the example stands for the resource.
    const template = example ?? emptyElement(itemSchema);
    const properties = shapeOf(itemSchema)?.properties;
    const typed = properties !== undefined && isPlainObject(template);
    // Without an example element, fields follow the schema's order, as they would in a collected resource.
    const ordered = (item: unknown): unknown => (example === undefined && properties !== undefined && isPlainObject(item) ? inOrder(item, Object.keys(properties)) : item);
    return overrides.map((item: unknown) => (typed && isPlainObject(item) ? ordered(mergeData(template, item, itemSchema)) : structuredClone(item)));
  }
  if (!isPlainObject(base) || !isPlainObject(overrides)) return structuredClone(overrides);
  const merged: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    merged[key] = key in base ? mergeData(base[key], value, shape?.properties?.[key]) : structuredClone(value);
  }
  return merged;
}

/** Deletes the value a collection error names, as a collector that failed to read it would leave it. */
function removeAt(data: Record<string, unknown>, path: string): void {
  const segments = parsePath(path);
  if (segments === undefined) throw new Error(`buildResource: malformed error path "${path}"`);
  if (segments.length === 0) {
    for (const key of Object.keys(data)) Reflect.deleteProperty(data, key);
    return;
  }
  let parent: unknown = data;
  for (const segment of segments.slice(0, -1)) {
    if (segment.kind === 'field' && isPlainObject(parent)) parent = parent[segment.name];
    else if (segment.kind === 'index' && Array.isArray(parent) && segment.index !== null) parent = parent[segment.index];
    else return;
  }
  const last = segments[segments.length - 1];
  if (last?.kind === 'field' && isPlainObject(parent)) Reflect.deleteProperty(parent, last.name);
}

export function buildResource<S extends TObject>(definition: ResourceTypeDefinition<S>, options: BuildOptions<S>): Resource {
  const data = mergeData(definition.example, options.data ?? {}, definition.data) as Record<string, unknown>;
  for (const error of options.errors ?? []) removeAt(data, error.path);
  const region = definition.scope === 'global' ? GLOBAL_REGION : options.region;
  if (region === undefined) throw new Error(`buildResource: ${definition.type} is regional and needs a region`);
  const resource: Resource = {
    type: definition.type,
    id: options.id,
    account: options.account,
    region,
    tags: { ...(options.tags ?? {}) },
    data,
  };
  if (options.arn !== undefined) resource.arn = options.arn;
  if (options.name !== undefined) resource.name = options.name;
  if (options.errors !== undefined && options.errors.length > 0) resource.errors = [...options.errors];
  return resource;
}
