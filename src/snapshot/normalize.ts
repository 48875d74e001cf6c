/**
 * Canonical order for a snapshot's lists, applied on write, so the same
 * collection gives the same bytes however the collectors interleaved.
 */
import type { CollectionError, CoverageEntry, Snapshot } from './schema.js';
import type { Resource } from '../resources/resource.js';

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const resourceKey = (r: Resource): string[] => [r.type, r.account, r.region, r.id];
const coverageKey = (c: CoverageEntry): string[] => [c.type, c.account, c.region, c.status];
const errorKey = (e: CollectionError): string[] => [e.account, e.region, e.service, e.operation, e.type ?? '', e.resource ?? '', e.code, e.message];

export function normalizeSnapshot(snapshot: Snapshot): Snapshot {
  return {
    ...snapshot,
    scope: {
      ...snapshot.scope,
      accounts: [...snapshot.scope.accounts].sort(),
      regions: [...snapshot.scope.regions].sort(),
    },
    resources: [...snapshot.resources].sort((a, b) => compareKeys(resourceKey(a), resourceKey(b))),
    coverage: [...snapshot.coverage].sort((a, b) => compareKeys(coverageKey(a), coverageKey(b))),
    errors: [...snapshot.errors].sort((a, b) => compareKeys(errorKey(a), errorKey(b))),
  };
}
