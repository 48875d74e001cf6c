/**
 * Reading a Configuration Item's values as the SDK would hold them, shared
 * by the mappings: Config's two timestamp spellings, and which answers an
 * item lacks (never recorded) or holds in another form — those are
 * unreadable, not defaulted.
 */
import type { ReadFields } from '../answers.js';
import { numberOf } from './mapper.js';

export interface Unreadable { readonly path: string; readonly reason: string }

/** A value the service always answers (unless `optional`), as the item must hold it: null or of its kind. */
export interface Answered { readonly key: string; readonly path: string; readonly kind: 'string' | 'boolean' | 'number' | 'list' | 'object' | 'time'; readonly optional?: true }

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const JAVA_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{4})([+-])(\d{2})(\d{2})$/;

/**
 * Config's timestamps as the instant the SDK would hold. Current items spell
 * them ISO 8601 ("…14.000Z", a real 2019 item); older ones Java's
 * "…53.0885+0000", whose four digits are milliseconds zero-padded, not a
 * fraction: AWS's example snapshot gives the same instant as "…53.885Z".
 * Computed from the parts, not by Date's string parser, which rolls
 * "02-30" over into March and reads a time without a zone as local time:
 * such values, like any other spelling, are refused. ISO fractions are
 * truncated to the millisecond, as the SDK's own parser does.
 */
export function timeOf(value: unknown): Date | undefined {
  const iso = typeof value === 'string' ? ISO_TIME.exec(value) : null;
  const match = iso ?? (typeof value === 'string' ? JAVA_TIME.exec(value) : null);
  if (match === null) return undefined;
  const n = (group: number): number => Number(match[group] ?? 0);
  const [year, month, day] = [n(1), n(2), n(3)];
  const millis = iso === null ? n(7) : Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  // Date.UTC reads years below 100 as 19xx; AWS has no such times.
  const valid = year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
    && n(4) <= 23 && n(5) <= 59 && n(6) <= 59 && millis <= 999 && n(9) <= 23 && n(10) <= 59;
  if (!valid) return undefined;
  const offset = (match[8] === '-' ? -1 : 1) * (n(9) * 60 + n(10)) * 60_000;
  return new Date(Date.UTC(year, month - 1, day, n(4), n(5), n(6), millis) - offset);
}

const fits: Record<Answered['kind'], (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  boolean: (value) => typeof value === 'boolean',
  number: (value) => numberOf(value) !== undefined,
  list: Array.isArray,
  object: isRecord,
  time: (value) => timeOf(value) !== undefined,
};

/** The answers the item does not hold in a form the SDK would: absent (not recorded) or of another kind. */
export function unanswered(document: Readonly<Record<string, unknown>>, answers: readonly Answered[], at = 'configuration'): Unreadable[] {
  return answers.flatMap(({ key, path, kind, optional }) => {
    if (!Object.hasOwn(document, key)) return optional === true ? [] : [{ path, reason: `the Configuration Item has no ${at}.${key}, which the API always answers` }];
    const value = document[key];
    return value === null || fits[kind](value) ? [] : [{ path, reason: `${at}.${key} in the Configuration Item is not a ${kind === 'time' ? 'time with a zone' : kind}` }];
  });
}

/** Fields less the unreadable paths (one level deep: metadataOptions.*), so absence and its reason travel together. */
export function withoutPaths(fields: Readonly<Record<string, unknown>>, unreadable: readonly Unreadable[]): Record<string, unknown> {
  const dropped = new Set(unreadable.map((u) => u.path));
  return Object.fromEntries(Object.entries(fields).filter(([key]) => !dropped.has(key)).map(([key, value]) => [key,
    isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([leaf]) => !dropped.has(`${key}.${leaf}`))) : value]));
}


/**
 * The API mapping's reading of the rebuilt answer, joined with what the item
 * was already found to lack: the item's own reason wins for a path named by
 * both, and every value the API mapping could not read (a null where the
 * API never answers null) is unreadable too, never its default.
 */
export function fromItem(read: ReadFields, own: readonly Unreadable[]): { fields: Record<string, unknown>; unreadable: Unreadable[] } {
  const covered = (path: string): boolean => own.some((u) => path === u.path || path.startsWith(`${u.path}.`) || path.startsWith(`${u.path}[`));
  const unreadable = [
    ...own,
    ...read.unreadable.filter((u) => !covered(u.path)).map((u) => ({ path: u.path, reason: `the Configuration Item does not read as the API's answer: ${u.message}` })),
  ];
  return { fields: withoutPaths(read.fields, own), unreadable };
}
