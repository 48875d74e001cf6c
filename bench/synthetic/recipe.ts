/**
 * How the synthetic snapshot makes resources of one type. Two steps keep a
 * million resources cheap: a small pool of *variants* (the type's example
 * varied through `buildResource`: compliant and non-compliant settings,
 * lists of several elements, some fields left uncollected), then one
 * *identity* per resource (id, ARN, name, and the data fields that repeat
 * them or point at other resources). A resource's `data` is a shallow copy of
 * its variant with the identity laid over it, so nested settings are shared
 * between resources; evaluation only reads them.
 */
import type { Static, TObject } from '@sinclair/typebox';
import { buildResource, type DataOverrides } from '../../src/resources/build.js';
import type { ResourceTypeDefinition } from '../../src/resources/define.js';
import type { Resource, ResourceError } from '../../src/resources/resource.js';
import type { Rng } from './rng.js';

/** Collection time of every synthetic snapshot: ages are measured from here. */
export const COLLECTED_AT = '2026-11-01T12:00:00.000Z';
const COLLECTED_MS = Date.parse(COLLECTED_AT);
const DAY_MS = 86_400_000;

/** A timestamp `days` before collection. */
export function daysAgo(days: number): string {
  return new Date(COLLECTED_MS - days * DAY_MS).toISOString();
}

/** A timestamp `days` after collection (certificates expire in the future). */
export function daysAhead(days: number): string {
  return daysAgo(-days);
}

/** Account the variants are built in; identities replace what matters. */
export const VARIANT_ACCOUNT = '123456789012';

export interface Place {
  readonly account: string;
  /** "global" for account-wide types. */
  readonly region: string;
}

export interface Identity {
  readonly id: string;
  readonly arn?: string;
  readonly name?: string;
  /** Fields laid over the variant's data. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** What has been made so far, so later types can point at earlier ones (a trail at its bucket). */
export interface Refs {
  /** Ids of `type` in the place (any region of the account when region is undefined); empty when none yet. */
  ids(type: string, account: string, region?: string): readonly string[];
  /** ARNs, in the same order as ids. */
  arns(type: string, account: string, region?: string): readonly string[];
}

export interface Recipe {
  readonly definition: ResourceTypeDefinition;
  /** Relative share of the resources (aws.account and aws.region are one per account and region instead). */
  readonly weight: number;
  variant(rng: Rng): Resource;
  identify(seq: number, place: Place, template: Resource, refs: Refs, rng: Rng): Identity;
}

export interface Variation<S extends TObject> {
  readonly data: DataOverrides<Static<S>>;
  /** Fields that could not be collected: buildResource removes them from data. */
  readonly errors?: readonly ResourceError[];
}

export interface RecipeOf<S extends TObject> {
  readonly definition: ResourceTypeDefinition<S>;
  readonly weight: number;
  vary(rng: Rng): Variation<S>;
  identify(seq: number, place: Place, template: Resource, refs: Refs, rng: Rng): Identity;
}

export function defineRecipe<S extends TObject>(recipe: RecipeOf<S>): Recipe {
  const { definition } = recipe;
  return {
    definition,
    weight: recipe.weight,
    identify: recipe.identify.bind(recipe),
    variant(rng) {
      const { data, errors } = recipe.vary(rng);
      return buildResource(definition, {
        id: 'variant',
        account: VARIANT_ACCOUNT,
        region: 'us-east-1',
        data,
        ...(errors === undefined || errors.length === 0 ? {} : { errors }),
      });
    },
  };
}

/** A collection error as a collector records it. */
export function denied(path: string, operation: string, code = 'AccessDenied'): ResourceError {
  return { path, code, operation, message: `User: arn:aws:iam::${VARIANT_ACCOUNT}:role/assay-scanner is not authorized to perform: ${operation}` };
}

/** Up to `count` references of `type` near `place`, or `fallback` when none exist yet. */
export function refsOr(values: readonly string[], rng: Rng, count: number, fallback: readonly string[]): string[] {
  return values.length === 0 ? [...fallback] : rng.sample(values, count);
}

/** The variant's own value of a field, typed loosely for identity code. */
export function field(template: Resource, name: string): unknown {
  return template.data[name];
}
