/**
 * Small constructors for resource data schemas. Every field carries a
 * one-line description (a test enforces it), objects are closed so a
 * collector's typo fails validation, and "not configured" is spelled `null`
 * via `nullable` — never by leaving a field out, which means "not collected".
 */
import { Type, type TSchema, type TProperties, type TObject, type TUnion, type TNull, type TArray, type TUnsafe, type TString, type TBoolean, type TInteger, type TNumber, type TRecord, type TUnknown } from '@sinclair/typebox';

export const str = (description: string, options: { pattern?: string; minLength?: number } = {}): TString =>
  Type.String({ description, ...options });

export const bool = (description: string): TBoolean => Type.Boolean({ description });

export const int = (description: string, options: { minimum?: number; maximum?: number } = {}): TInteger =>
  Type.Integer({ description, ...options });

export const num = (description: string): TNumber => Type.Number({ description });

/** An ISO 8601 date-time in UTC, as AWS returns timestamps. */
export const timestamp = (description: string): TString => Type.String({ description, format: 'date-time' });

/** A closed set of strings, as a plain JSON Schema `enum` so editors list the values. */
export const oneOf = <const V extends string>(values: readonly [V, ...V[]], description: string): TUnsafe<V> =>
  Type.Unsafe<V>({ type: 'string', enum: [...values], description });

/** A value, or `null` when the setting does not exist (AWS's "not configured" answers). */
export const nullable = <T extends TSchema>(schema: T): TUnion<[T, TNull]> =>
  Type.Union([schema, Type.Null()], schema.description === undefined ? {} : { description: schema.description });

export const list = <T extends TSchema>(items: T, description: string): TArray<T> => Type.Array(items, { description });

export const obj = <P extends TProperties>(properties: P, description: string): TObject<P> =>
  Type.Object(properties, { description, additionalProperties: false });

/** A string-to-string map such as tags. */
export const stringMap = (description: string): TRecord<TString, TString> =>
  Type.Record(Type.String(), Type.String(), { description });

/**
 * An IAM-style JSON policy document (bucket, key, topic or identity policy),
 * parsed from the URL-encoded JSON string AWS returns. Its meaning is decided
 * by built-in functions, not by schema.
 */
export const policyDocument = (description: string): TRecord<TString, TUnknown> =>
  Type.Record(Type.String(), Type.Unknown(), { description });

export const awsAccountIdPattern = '^[0-9]{12}$';
export const accountId = (description: string): TString => Type.String({ description, pattern: awsAccountIdPattern });
