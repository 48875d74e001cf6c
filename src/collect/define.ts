/**
 * The shape of one collector (STYLE.md): a descriptor — the catalog type it
 * produces, whether it runs once per account (global) or per region, and
 * the table of AWS calls it makes (src/collect/calls.ts) — plus one async
 * function that lists and describes, emitting resources through the context
 * it is given. Its IAM permissions and service come from the table.
 */
import { callsOf, permissionsOf, type CallTable } from './calls.js';
import type { CollectContext } from './context.js';

export interface CollectorDefinition {
  readonly type: string;
  readonly scope: 'global' | 'regional';
  /** The calls it makes, one table per SDK client; the first row's service is the one its failures are recorded under by default. */
  readonly calls: readonly CallTable[];
  collect(context: CollectContext): Promise<void>;
}

export interface Collector extends CollectorDefinition {
  /** IAM actions the collector's calls need, e.g. kms:ListKeys; `assay permissions` prints their union. */
  readonly permissions: readonly string[];
  /** The IAM prefix of its first call: the service a failure that names none is recorded under (each call's own pace is its SDK client's, pace.ts). */
  readonly service: string;
}

export function defineCollector(definition: CollectorDefinition): Collector {
  const first = callsOf(definition.calls)[0]?.iam[0];
  return {
    ...definition,
    permissions: permissionsOf(definition.calls),
    service: first?.split(':')[0] ?? definition.type.split('.')[1] ?? 'aws',
  };
}
