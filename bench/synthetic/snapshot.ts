/**
 * A synthetic snapshot of `size` resources over every catalog type, several
 * accounts and regions, deterministic for a seed. Variants come from the
 * types' examples (varied with buildResource) and from the demo account's
 * hand-made edge cases; each resource is a variant with its own identity
 * (see recipe.ts for why data is shared below the top level). Coverage is
 * complete except for one failed and one partial listing, so the engine's
 * fail-closed paths run too.
 */
import { buildDemoSnapshot } from '../../examples/demo-account/build.js';
import { GLOBAL_REGION } from '../../src/resources/define.js';
import { resourceTypeNames } from '../../src/resources/catalog.js';
import type { Resource } from '../../src/resources/resource.js';
import { SNAPSHOT_SCHEMA_VERSION, type CollectionError, type CoverageEntry, type Snapshot } from '../../src/snapshot/schema.js';
import { COLLECTED_AT, type Place, type Recipe, type Refs } from './recipe.js';
import { recipes, referencedTypes } from './recipes.js';
import { Rng } from './rng.js';

export interface SyntheticOptions {
  readonly size: number;
  readonly seed?: number;
  /** Generated variants per type, besides the demo account's resources of that type. */
  readonly variantsPerType?: number;
}

export const ACCOUNTS: readonly string[] = ['210987654321', '345678901234', '456789012345'];
export const REGIONS: readonly string[] = ['ap-southeast-2', 'eu-west-1', 'us-east-1', 'us-west-2'];

/** Listings that did not finish: nothing of the type exists in a failed scope; a partial one has some. */
const gaps: readonly (CoverageEntry & { service: string; operation: string; code: string })[] = [
  { type: 'aws.efs.file-system', account: '345678901234', region: 'eu-west-1', status: 'failed', reason: 'AccessDeniedException on elasticfilesystem:DescribeFileSystems (explicit deny in a service control policy)', service: 'elasticfilesystem', operation: 'DescribeFileSystems', code: 'AccessDeniedException' },
  { type: 'aws.s3.bucket', account: '456789012345', region: 'ap-southeast-2', status: 'partial', reason: 'ThrottlingException on s3:ListBuckets after 5 retries', service: 's3', operation: 'ListBuckets', code: 'ThrottlingException' },
];

const tagSets: readonly Readonly<Record<string, string>>[] = [
  {},
  { env: 'prod', team: 'payments' },
  { env: 'prod', team: 'platform', 'cost-center': 'cc-1042' },
  { env: 'staging', team: 'data' },
  { env: 'dev', owner: 'alice@example.com' },
];

class RefIndex implements Refs {
  private readonly lists = new Map<string, { ids: string[]; arns: string[] }>();

  private list(key: string): { ids: string[]; arns: string[] } {
    let entry = this.lists.get(key);
    if (entry === undefined) this.lists.set(key, (entry = { ids: [], arns: [] }));
    return entry;
  }

  add(resource: Resource): void {
    if (!referencedTypes.has(resource.type)) return;
    for (const key of [`${resource.type}|${resource.account}|${resource.region}`, `${resource.type}|${resource.account}|*`]) {
      const entry = this.list(key);
      entry.ids.push(resource.id);
      entry.arns.push(resource.arn ?? resource.id);
    }
  }

  ids(type: string, account: string, region?: string): readonly string[] {
    return this.lists.get(`${type}|${account}|${region ?? '*'}`)?.ids ?? [];
  }

  arns(type: string, account: string, region?: string): readonly string[] {
    return this.lists.get(`${type}|${account}|${region ?? '*'}`)?.arns ?? [];
  }
}

/** Types with exactly one resource per account and region: the region's settings, and its default event bus. */
const PER_REGION: ReadonlySet<string> = new Set(['aws.region', 'aws.events.event-bus']);

/** How many resources of each type: one aws.account per account, one of each PER_REGION type per account and region, the rest by weight. */
function counts(size: number): Map<Recipe, number> {
  const fixed = ACCOUNTS.length + PER_REGION.size * ACCOUNTS.length * REGIONS.length;
  if (size < fixed + recipes.length) throw new RangeError(`a synthetic snapshot needs at least ${fixed + recipes.length} resources`);
  const weighted = recipes.filter((r) => r.weight > 0);
  const total = weighted.reduce((sum, r) => sum + r.weight, 0);
  const rest = size - fixed;
  const result = new Map<Recipe, number>();
  let assigned = 0;
  for (const recipe of weighted) {
    const n = Math.max(1, Math.floor((rest * recipe.weight) / total));
    result.set(recipe, n);
    assigned += n;
  }
  const largest = weighted.reduce((a, b) => (b.weight > a.weight ? b : a));
  result.set(largest, (result.get(largest) ?? 0) + rest - assigned);
  return result;
}

function isGap(type: string, place: Place, status: CoverageEntry['status']): boolean {
  return gaps.some((g) => g.type === type && g.account === place.account && g.region === place.region && g.status === status);
}

function pools(rng: Rng, perType: number): Map<string, Resource[]> {
  const demo = buildDemoSnapshot().resources;
  const byType = new Map<string, Resource[]>();
  for (const recipe of recipes) {
    const type = recipe.definition.type;
    const pool = demo.filter((r) => r.type === type);
    for (let k = 0; k < perType; k++) pool.push(recipe.variant(rng));
    byType.set(type, pool);
  }
  return byType;
}

function stamp(recipe: Recipe, seq: number, place: Place, template: Resource, refs: RefIndex, rng: Rng): Resource {
  const identity = recipe.identify(seq, place, template, refs, rng);
  const resource: Resource = {
    type: recipe.definition.type,
    id: identity.id,
    account: place.account,
    region: place.region,
    tags: rng.pick(tagSets),
    data: { ...template.data, ...identity.data },
  };
  if (identity.arn !== undefined) resource.arn = identity.arn;
  if (identity.name !== undefined) resource.name = identity.name;
  if (template.errors !== undefined) resource.errors = template.errors;
  refs.add(resource);
  return resource;
}

function collectionErrors(resources: readonly Resource[]): CollectionError[] {
  const errors: CollectionError[] = gaps.map((g) => ({ service: g.service, operation: g.operation, account: g.account, region: g.region, type: g.type, code: g.code, message: g.reason ?? g.code }));
  for (const resource of resources) {
    for (const error of resource.errors ?? []) {
      const [service = 'unknown', operation = 'unknown'] = (error.operation ?? 'unknown:unknown').split(':');
      errors.push({ service, operation, account: resource.account, region: resource.region, type: resource.type, resource: resource.id, code: error.code, message: error.message });
    }
  }
  return errors;
}

function coverage(): CoverageEntry[] {
  const entries: CoverageEntry[] = [];
  for (const recipe of recipes) {
    const type = recipe.definition.type;
    const regions = recipe.definition.scope === 'global' ? [GLOBAL_REGION] : REGIONS;
    for (const account of ACCOUNTS) {
      for (const region of regions) {
        const gap = gaps.find((g) => g.type === type && g.account === account && g.region === region);
        entries.push(gap === undefined ? { type, account, region, status: 'complete' } : { type, account, region, status: gap.status, ...(gap.reason === undefined ? {} : { reason: gap.reason }) });
      }
    }
  }
  return entries;
}

export function generateSnapshot(options: SyntheticOptions): Snapshot {
  const missing = resourceTypeNames().filter((t) => !recipes.some((r) => r.definition.type === t));
  if (missing.length > 0) throw new Error(`bench/synthetic: no recipe for ${missing.join(', ')}`);
  const rng = new Rng(options.seed ?? 20261101);
  const templates = pools(rng, options.variantsPerType ?? 48);
  const refs = new RefIndex();
  const resources: Resource[] = [];
  const howMany = counts(options.size);
  for (const recipe of recipes) {
    const type = recipe.definition.type;
    const pool = templates.get(type) ?? [];
    const global = recipe.definition.scope === 'global';
    if (type === 'aws.account' || PER_REGION.has(type)) {
      let seq = 0;
      for (const account of ACCOUNTS) {
        for (const region of type === 'aws.account' ? [GLOBAL_REGION] : REGIONS) resources.push(stamp(recipe, seq++, { account, region }, rng.pick(pool), refs, rng));
      }
      continue;
    }
    const n = howMany.get(recipe) ?? 0;
    for (let seq = 0; seq < n; seq++) {
      const account = rng.pick(ACCOUNTS);
      let region = global ? GLOBAL_REGION : rng.pick(REGIONS);
      // A failed listing found nothing: move such resources to the next region.
      if (isGap(type, { account, region }, 'failed')) region = REGIONS[(REGIONS.indexOf(region) + 1) % REGIONS.length] ?? region;
      resources.push(stamp(recipe, seq, { account, region }, rng.pick(pool), refs, rng));
    }
  }
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generator: { name: 'assay-bench', version: '1' },
    collectedAt: COLLECTED_AT,
    scope: { partition: 'aws', accounts: [...ACCOUNTS], regions: [...REGIONS] },
    resources,
    coverage: coverage(),
    errors: collectionErrors(resources),
  };
}
