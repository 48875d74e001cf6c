/**
 * The shape of one collector (STYLE.md): a descriptor — the catalog type it
 * produces, whether it runs once per account (global) or per region, and
 * the IAM permissions it needs — plus one async function that lists and
 * describes, emitting resources through the context it is given.
 */
import type { CollectContext } from './context.js';

export interface Collector {
  readonly type: string;
  readonly scope: 'global' | 'regional';
  /** IAM actions the collector calls, e.g. kms:ListKeys; `assay permissions` prints their union. */
  readonly permissions: readonly string[];
  collect(context: CollectContext): Promise<void>;
}

export function defineCollector(collector: Collector): Collector {
  return collector;
}
