/**
 * Reading AWS answers without guessing, for every collector: a value AWS always sends but did not,
 * a policy document that is not JSON, or a credential report that is not the
 * documented CSV becomes a recorded failure of the field it feeds (codes
 * IncompleteResponse, UnexpectedResponse, InvalidPolicyDocument, and
 * InvalidCredentialReport from credential-report.ts),
 * never a default a policy would read as a real setting.
 */
import type { FieldPath, Fetch, ResourceDraft } from './context.js';
import type { CallFailure } from './failure.js';

export type UnreadableCode = 'IncompleteResponse' | 'UnexpectedResponse' | 'InvalidPolicyDocument';

export class UnreadableAnswer extends Error {
  constructor(readonly code: UnreadableCode, message: string) {
    super(message);
    this.name = 'UnreadableAnswer';
  }
}

/** The code of a field whose answer came back without the data it needs. */
export const INCOMPLETE = 'IncompleteResponse';

/** A value the API reference marks as always present. */
export function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new UnreadableAnswer('IncompleteResponse', `the answer has no ${what}`);
  return value;
}

/** A string AWS always sends, present and not empty; anything else is an incomplete answer. */
export function text(value: string | undefined, what: string): string {
  if (value === undefined || value === '') throw new UnreadableAnswer(INCOMPLETE, `the answer has no ${what}`);
  return value;
}

/** A value from a closed set; one this version does not know is unreadable, never guessed into a known one. */
export function knownValue<const V extends string>(value: string | undefined, allowed: readonly V[], what: string): V {
  if (value === undefined || value === '') throw new UnreadableAnswer('IncompleteResponse', `the answer has no ${what}`);
  if (!(allowed as readonly string[]).includes(value)) throw new UnreadableAnswer('IncompleteResponse', `the answer has ${what} "${value}", which this version of Assay does not know`);
  return value as V;
}

/** AWS's "not set" spellings of an optional string (absent or empty) as null. */
export function emptyToNull(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

/** A `[{ Key, Value }]` tag list, as every AWS service answers it, as a key → value map. */
export function tagMap(tags: readonly { Key?: string | undefined; Value?: string | undefined }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) out[tag.Key] = tag.Value ?? '';
  return out;
}

/** Tags as the services with lower-case tag keys (ECS, CodeBuild) answer them. */
export function lowerCaseTagMap(tags: readonly { key?: string | undefined; value?: string | undefined }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.key !== undefined) out[tag.key] = tag.value ?? '';
  return out;
}

/** A timestamp the SDK parsed, as ISO 8601 UTC. */
export function iso(value: Date | undefined, what: string): string {
  return required(value, what).toISOString();
}

export function isoOrNull(value: Date | undefined): string | null {
  return value === undefined ? null : value.toISOString();
}

/** Maps a successful fetch; an unreadable answer becomes a failure of `operation`, so the field is ERROR, not absent. */
export function mapped<T, U>(fetch: Fetch<T>, map: (value: T) => U, operation: string): Fetch<U> {
  if (fetch.kind !== 'ok') return fetch;
  try {
    return { kind: 'ok', value: map(fetch.value) };
  } catch (error) {
    if (error instanceof UnreadableAnswer) return { kind: 'failed', failure: { code: error.code, message: error.message, operation } };
    throw error;
  }
}

/**
 * An IAM policy document as IAM returns it: URL-encoded JSON (RFC 3986).
 * A document that already starts with `{` is taken as plain JSON (some
 * emulators and older answers send it decoded), so decoding never runs twice.
 */
export function policyDocument(text: string | undefined, what: string): Record<string, unknown> {
  const raw = required(text, what);
  let json: string;
  try {
    json = raw.trimStart().startsWith('{') ? raw : decodeURIComponent(raw);
  } catch {
    throw new UnreadableAnswer('InvalidPolicyDocument', `${what} is not URL-encoded`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new UnreadableAnswer('InvalidPolicyDocument', `${what} is not JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UnreadableAnswer('InvalidPolicyDocument', `${what} is not a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

/** A value already in hand (from a listing) as a fetch, to map it the same way. */
export function known<T>(value: T): Fetch<T> {
  return { kind: 'ok', value };
}

/** Why a fetch gave no value, for recording on a field path of one's own (`accessKeys[0].lastUsedDate`). */
export function failureOf(fetch: Exclude<Fetch<unknown>, { kind: 'ok' }>, operation: string): CallFailure {
  return fetch.kind === 'failed' ? fetch.failure : { code: 'NotFound', message: 'AWS answered that it does not exist', operation };
}

/** The identity map, for `draft.field` when the fetch already holds the field's value. */
export const asIs = <T>(value: T): T => value;

/**
 * One reader per field of an answer already in hand; each may throw
 * UnreadableAnswer, or return a value WithGaps. A key `object.leaf` reads one
 * leaf of an object field, so one missing leaf fails alone.
 */
export type FieldReaders = Readonly<Record<string, () => unknown>>;

/**
 * FieldReaders of one catalog type (its static data type D): each key a
 * field of D whose reader returns that field's type (or it WithGaps), or a
 * leaf `object.leaf` of one.
 */
export type ReadersOf<D> = { readonly [K in keyof D & string]?: () => D[K] | WithGaps<D[K]> } & { readonly [P in `${keyof D & string}.${string}`]?: () => unknown };

/** Where in a value a part could not be read: `[2]` (an element) or `[0].cidr`, below the field's own path. */
export interface Gap {
  readonly at: string;
  readonly code: UnreadableCode;
  readonly message: string;
}

/** A value with parts AWS left incomplete: the parts are placeholders, each failing on its own path. */
export class WithGaps<V = unknown> {
  constructor(readonly value: V, readonly gaps: readonly Gap[]) {}
}

/**
 * A list read element by element: an element whose mapping throws
 * UnreadableAnswer stays in place as `{}` (so the others keep their indexes,
 * and counts and quantifiers see that something is there) and fails at its
 * index. The list itself must be in the answer: an absent list is unknown,
 * not empty. For lists of objects only.
 */
export function eachOf<T, U extends object>(list: readonly T[] | undefined, what: string, map: (item: T) => U): WithGaps<U[]> {
  const values: U[] = [];
  const gaps: Gap[] = [];
  for (const [i, item] of required(list, what).entries()) {
    try {
      values.push(map(item));
    } catch (error) {
      if (!(error instanceof UnreadableAnswer)) throw error;
      // A placeholder, not a U: its path fails, so nothing reads it as one.
      values.push({} as U);
      gaps.push({ at: `[${i}]`, code: error.code, message: `${what}[${i}]: ${error.message}` });
    }
  }
  return new WithGaps(values, gaps);
}

/**
 * A list read with eachOf, plus one failing placeholder when the answer had
 * `unplaced` items that could belong to it (a flow log or metric filter AWS
 * answered without the resource it is for): none of them may be ruled out.
 */
export function withUnplaced<U extends object>(mapped: WithGaps<U[]>, unplaced: number, message: string): WithGaps<U[]> {
  if (unplaced === 0) return mapped;
  const values = mapped.value;
  return new WithGaps([...values, {} as U], [...mapped.gaps, { at: `[${values.length}]`, code: INCOMPLETE, message }]);
}

export interface ReadFields {
  /** The fields read; a leaf key `object.leaf` lands inside its object. */
  readonly fields: Record<string, unknown>;
  /** Paths that could not be read, with why. */
  readonly unreadable: readonly { readonly path: string; readonly code: UnreadableCode; readonly message: string }[];
}

/** Runs every reader: what is readable is set, what is not is named (the API and the Config source record it each their own way). */
export function readFields<D>(readers: ReadersOf<D> | FieldReaders): ReadFields {
  const fields: Record<string, unknown> = {};
  const unreadable: { path: string; code: UnreadableCode; message: string }[] = [];
  for (const [path, read] of Object.entries<(() => unknown) | undefined>(readers)) {
    if (read === undefined) continue;
    const dot = path.indexOf('.');
    // The object a leaf belongs to is there even when none of its leaves could be read: each missing leaf is then named.
    const object = dot < 0 ? fields : ((fields[path.slice(0, dot)] ??= {}) as Record<string, unknown>);
    const key = dot < 0 ? path : path.slice(dot + 1);
    let value: unknown;
    try {
      value = read();
    } catch (error) {
      if (!(error instanceof UnreadableAnswer)) throw error;
      unreadable.push({ path, code: error.code, message: error.message });
      continue;
    }
    if (value instanceof WithGaps) {
      for (const gap of value.gaps) unreadable.push({ path: `${path}${gap.at}`, code: gap.code, message: gap.message });
      value = value.value;
    }
    object[key] = value;
  }
  return { fields, unreadable };
}

/** Sets every field from its reader; a field (or part) whose value is missing fails on its own path, the rest are set. */
export function setFields<D>(draft: ResourceDraft<D>, readers: ReadersOf<D>, operation: string): void {
  const { fields, unreadable } = readFields(readers);
  // The readers' types are checked against D; what they produced is D's fields.
  draft.setAll(fields as Partial<D>);
  for (const { path, code, message } of unreadable) draft.fail(path as FieldPath<D>, { code, message, operation });
}

/**
 * Sets one field from a fetch: read (with its gaps) when AWS answered,
 * null when AWS said "not configured", the failure otherwise.
 */
export function setField<D, K extends keyof D & string, T>(draft: ResourceDraft<D>, path: K, fetch: Fetch<T>, read: (value: T) => D[K] | WithGaps, operation: string): void {
  if (fetch.kind === 'ok') setFields(draft, { [path]: () => read(fetch.value) } as ReadersOf<D>, operation);
  else draft.field(path, fetch, () => null as never);
}
