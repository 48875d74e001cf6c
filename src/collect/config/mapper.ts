/**
 * The shape of one Config mapping (one module per catalog type, like a
 * collector): which Config resource type it reads and a pure function from
 * a Configuration Item to the same envelope and fields the API collector of
 * that type produces. What the item does not hold is named as unreadable,
 * never guessed, so policies that need it report ERROR.
 */
import type { Envelope, Place } from '../aws/ec2/map.js';
import type { CallTable } from '../calls.js';
import type { CollectContext, Fetch } from '../context.js';
import type { CallFailure } from '../failure.js';
import type { ConfigurationItem } from './item.js';

export interface ConfigMapping {
  readonly envelope: Envelope;
  readonly fields: Readonly<Record<string, unknown>>;
  /** Fields the item could not supply, with why. */
  readonly unreadable?: readonly { readonly path: string; readonly reason: string }[];
}

export interface ConfigMapper {
  /** AWS Config's name of the type, e.g. AWS::EC2::SecurityGroup. */
  readonly configType: string;
  /** The catalog type produced, e.g. aws.ec2.security-group. */
  readonly catalogType: string;
  /**
   * 'global' for a type Config records once for the account, in the
   * partition's home region, where the API collector reads it too: queried
   * there once and emitted in the region 'global', as the API collector's
   * resources are. Regional when left out.
   */
  readonly scope?: 'global';
  /**
   * Whether the item is of a resource the API collector does not emit (a
   * secret scheduled for deletion, which ListSecrets leaves out): such an
   * item is left out too, so the two sources hold the same resources.
   */
  readonly omits?: (item: ConfigurationItem) => boolean;
  map(item: ConfigurationItem, place: Place): ConfigMapping;
  /**
   * Reads from the service's own API a field the item did not hold, where
   * Assay has the account's credentials (one account, --org, --accounts; not
   * an aggregator): the result is then as complete as the API path's, with
   * calls only for what Config left out. The read to run (its calls wait
   * for their slots as every call does), or undefined for a path it cannot read.
   */
  readonly fill?: {
    /** The calls it may make (their permissions join the Config collector's). */
    readonly calls: readonly CallTable[];
    read(ctx: CollectContext, item: ConfigurationItem, path: string): (() => Promise<Fetch<unknown>>) | undefined;
  };
}

/** A field the item did not hold, recorded on the resource as the failure of the call that returned the item. */
export const notInItem = (reason: string, operation: string): CallFailure => ({ code: 'NotInConfigurationItem', message: reason, operation });

export function defineConfigMapper(mapper: ConfigMapper): ConfigMapper {
  return mapper;
}

/** Config's camelCase lists of objects, read defensively. */
export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)) : [];
}

export const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const numberOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
export const booleanOf = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
/** A list of strings; a list holding anything else is not an answer the SDK would give, so none of it is read. */
export const stringsOf = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : undefined);

/** A value of one of the SDK's closed sets; anything else is not a value AWS documents. */
export const known = <V extends string>(values: Readonly<Record<string, V>>, value: unknown): V | undefined => Object.values(values).find((v) => v === value);

/** Current items wrap an EC2 state as {"value": …}; older ones hold the bare string. */
export const stateOf = (value: unknown): unknown => (typeof value === 'object' && value !== null && 'value' in value ? value.value : value);
