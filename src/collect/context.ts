/**
 * What a collector works with: clients, the account and region it covers,
 * `call` (an AWS call whose failure becomes data), `draft` (a resource being
 * filled field by field, each field either a value, "not configured", or a
 * recorded failure), and `emit`. Listing failures mark the type's coverage
 * as failed or partial so the engine reports ERROR instead of a silent pass.
 */
import type { CatalogData } from '../resources/catalog.js';
import type { Resource, ResourceError, TAGS_ERROR_PATH } from '../resources/resource.js';
import type { CollectionError } from '../snapshot/schema.js';
import type { Call } from './calls.js';
import type { ClientPool } from './clients.js';
import type { Partition } from './partition.js';
import { describeError, type CallFailure } from './failure.js';
import { AssayError } from '../diagnostics/error.js';

export type Fetch<T> =
  | { readonly kind: 'ok'; readonly value: T }
  /** AWS answered that the thing is not configured (NoSuchBucketPolicy …): data, meaning null. */
  | { readonly kind: 'absent' }
  | { readonly kind: 'failed'; readonly failure: CallFailure };

export interface CollectContext {
  readonly clients: ClientPool;
  readonly account: string;
  readonly partition: Partition;
  /** The region collected, or the partition's home region for global collectors. */
  readonly region: string;
  /** Sends one call of the collector's table; the row's "not configured" codes answer `absent`. */
  call<T>(call: Call, send: () => Promise<T>): Promise<Fetch<T>>;
  /** A resource of catalog type `type`, its fields typed by the catalog (a type not in it takes any field). */
  draft<N extends string>(init: Omit<Resource, 'data' | 'errors' | 'account' | 'region' | 'tags' | 'type'> & { type: N; tags?: Record<string, string>; region?: string }): ResourceDraft<DataOf<N>>;
  emit(resource: Resource): void;
  /** Listing of the type failed outright (status failed) or part-way (partial). */
  listingFailed(failure: CallFailure, partial: boolean): void;
}

/** The static type of catalog type N's `data`. */
export type DataOf<N extends string> = N extends keyof CatalogData ? CatalogData[N] : Record<string, unknown>;

type Key<D> = keyof D & string;

/** A field, or a part of one (`accessKeys[0].lastUsedDate`, `summary.users`), or the resource's tags. */
export type FieldPath<D> = Key<D> | `${Key<D>}.${string}` | `${Key<D>}[${string}` | typeof TAGS_ERROR_PATH;

/**
 * A resource whose fields are filled from separate calls; failed fields are
 * named in `errors`. `D` is the catalog type's static data type, so a field
 * that is not in the catalog, or a value of the wrong shape, does not compile.
 */
export class ResourceDraft<D> {
  readonly data: Record<string, unknown> = {};
  readonly errors: ResourceError[] = [];

  constructor(private readonly init: Omit<Resource, 'data' | 'errors'>) {}

  /** Sets `path` from a fetch: mapped value, `absent` for "not configured", or a recorded failure. */
  field<K extends Key<D>, T>(path: K, fetch: Fetch<T>, map: (value: T) => D[K], absent: D[K] | null = null): this {
    if (fetch.kind === 'ok') this.data[path] = map(fetch.value);
    else if (fetch.kind === 'absent') this.data[path] = absent;
    else this.fail(path, fetch.failure);
    return this;
  }

  /** Records a fetch that gave no value, where the value would be mapped elsewhere: null for "not configured", the failure otherwise. */
  unanswered(path: Key<D>, fetch: Exclude<Fetch<unknown>, { kind: 'ok' }>): this {
    if (fetch.kind === 'absent') this.data[path] = null;
    else this.fail(path, fetch.failure);
    return this;
  }

  /**
   * Sets several fields at once from one fetch (e.g. every field of DescribeKey). "Not configured"
   * is a state, not a failure: a call that can answer it needs `absent`, the fields' values then.
   */
  fields<T>(paths: readonly Key<D>[], fetch: Fetch<T>, map: (value: T) => Partial<D>, absent?: Readonly<Partial<D>>): this {
    if (fetch.kind === 'ok') {
      Object.assign(this.data, map(fetch.value));
    } else if (fetch.kind === 'failed') {
      for (const path of paths) this.fail(path, fetch.failure);
    } else {
      if (absent === undefined) throw new AssayError('INTERNAL', `fields ${paths.join(', ')}: the call answered "not configured" but the collector gave no values for it`);
      Object.assign(this.data, absent);
    }
    return this;
  }

  set<K extends Key<D>>(path: K, value: D[K]): this {
    this.data[path] = value;
    return this;
  }

  /** Sets every field an answer already holds whole (a Describe* listing, a Configuration Item). */
  setAll(fields: Readonly<Partial<D>>): this {
    Object.assign(this.data, fields);
    return this;
  }

  fail(path: FieldPath<D>, failure: CallFailure): this {
    this.errors.push({ path, code: failure.code, message: failure.message, operation: failure.operation });
    return this;
  }

  build(): Resource {
    return { ...this.init, data: this.data, ...(this.errors.length > 0 ? { errors: this.errors } : {}) };
  }
}

export interface ContextSinks {
  readonly emit: (resource: Resource) => void;
  readonly error: (error: CollectionError) => void;
  readonly listing: (failure: CallFailure, partial: boolean) => void;
}

export function createContext(
  base: { clients: ClientPool; account: string; partition: Partition; region: string; resourceRegion: string; type: string; service: string },
  sinks: ContextSinks,
): CollectContext {
  const record = (failure: CallFailure, resource: string | undefined): void => {
    // The failed call names its own service (a region collector calls EC2, Config and Security Hub).
    const [service, operation] = failure.operation.includes(':') ? failure.operation.split(':') : [base.service, failure.operation];
    sinks.error({
      service: service === undefined || service === '' ? base.service : service,
      operation: operation === undefined || operation === '' ? 'unknown' : operation,
      account: base.account,
      region: base.resourceRegion,
      type: base.type,
      ...(resource === undefined ? {} : { resource }),
      code: failure.code,
      message: failure.message,
    });
  };
  return {
    clients: base.clients,
    account: base.account,
    partition: base.partition,
    region: base.region,
    async call(call, send) {
      try {
        return { kind: 'ok', value: await send() };
      } catch (error) {
        const { code, message } = describeError(error);
        if (call.absentOn.includes(code)) return { kind: 'absent' };
        // Recorded where it lands: on the resource's errors when emitted, or as a listing failure.
        return { kind: 'failed', failure: { code, message, operation: call.label } };
      }
    },
    draft(init) {
      const resource = {
        ...init,
        account: base.account,
        region: init.region ?? base.resourceRegion,
        tags: init.tags ?? {},
      };
      return new ResourceDraft(resource);
    },
    emit(resource) {
      for (const error of resource.errors ?? []) {
        record({ code: error.code, message: error.message, operation: error.operation ?? '' }, resource.id);
      }
      sinks.emit(resource);
    },
    listingFailed(failure, partial) {
      record(failure, undefined);
      sinks.listing(failure, partial);
    },
  };
}
