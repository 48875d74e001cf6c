/**
 * Indexes over a snapshot, built once per scan: resources by type, by type
 * and account, join indexes for related lookups (built on first use per
 * target field), coverage by type, account and region, and the answers to
 * related lookups already asked.
 */
import { GLOBAL_REGION } from '../resources/define.js';
import { findResourceType } from '../resources/catalog.js';
import type { Resource } from '../resources/resource.js';
import type { CoverageEntry, Snapshot } from '../snapshot/schema.js';
import { scopeOf, type EvalContext, type RelatedQuery, type RelatedResult } from '../policy/evaluation.js';
import { compilePath, type CompiledPath } from '../policy/path.js';
import { AssayError } from '../diagnostics/error.js';

// Concatenated, not joined from an array: built once per resource and once per lookup.
const key = (type: string, account: string, region = ''): string => `${type}\u0000${account}\u0000${region}`;
const part = (text: string): string => `${text.length}:${text}`;

/** Resources of a type by join value, and those whose join field could not be read. */
interface JoinIndex {
  readonly byValue: Map<string, Resource[]>;
  readonly unreadable: Resource[];
}

export class SnapshotIndex implements EvalContext {
  readonly now: number;
  readonly byType = new Map<string, Resource[]>();
  /** By type, then account: built on first use, for the few types related lookups list. */
  private readonly byTypeAccount = new Map<string, Map<string, Resource[]>>();
  private readonly answers = new Map<string, RelatedResult>();
  private readonly coverage = new Map<string, CoverageEntry>();
  private readonly joins = new Map<string, JoinIndex>();
  private readonly targetPaths = new Map<string, CompiledPath>();

  constructor(readonly snapshot: Snapshot) {
    this.now = Date.parse(snapshot.collectedAt);
    for (const resource of snapshot.resources) {
      let list = this.byType.get(resource.type);
      if (list === undefined) this.byType.set(resource.type, (list = []));
      list.push(resource);
    }
    for (const entry of snapshot.coverage) this.coverage.set(key(entry.type, entry.account, entry.region), entry);
  }

  /** Regions a type lives in: "global" for account-wide types, the scope's regions otherwise. */
  regionsOf(type: string): readonly string[] {
    return findResourceType(type)?.scope === 'global' ? [GLOBAL_REGION] : this.snapshot.scope.regions;
  }

  coverageOf(type: string, account: string, region: string): CoverageEntry | undefined {
    return this.coverage.get(key(type, account, region));
  }

  /** Why a type is not completely known in these regions of an account, or undefined when it is. */
  incompleteness(type: string, account: string, regions: readonly string[]): string | undefined {
    const gaps: string[] = [];
    for (const region of regions) {
      const entry = this.coverageOf(type, account, region);
      if (entry === undefined) gaps.push(`${type} was not collected in ${account}/${region}`);
      else if (entry.status === 'partial' || entry.status === 'failed') gaps.push(`${type} collection ${entry.status} in ${account}/${region}${entry.reason === undefined ? '' : `: ${entry.reason}`}`);
    }
    return gaps.length === 0 ? undefined : gaps.join('; ');
  }

  private ofAccount(type: string, account: string): readonly Resource[] {
    let accounts = this.byTypeAccount.get(type);
    if (accounts === undefined) {
      accounts = new Map();
      for (const resource of this.byType.get(type) ?? []) {
        let list = accounts.get(resource.account);
        if (list === undefined) accounts.set(resource.account, (list = []));
        list.push(resource);
      }
      this.byTypeAccount.set(type, accounts);
    }
    return accounts.get(account) ?? [];
  }

  private targetPath(targetPath: string): CompiledPath {
    let path = this.targetPaths.get(targetPath);
    if (path === undefined) {
      const compiled = compilePath(targetPath, undefined);
      if (!compiled.ok) throw new AssayError('INTERNAL', `invalid join path ${targetPath}: the compiler accepted a path the index cannot read`);
      path = compiled.path;
      this.targetPaths.set(targetPath, path);
    }
    return path;
  }

  /**
   * The join values of a resource's field: the value, or each element when it
   * is a list (a bucket name joins the account whose s3BucketNames lists it).
   * Absent or null values never join; `unreadable` when the field could not be
   * collected, which makes a lookup that finds nothing unknown, not empty.
   */
  private joinValues(resource: Resource, targetPath: string): readonly string[] | 'unreadable' {
    const { value, unknown } = this.targetPath(targetPath).read(scopeOf(resource, resource.data, '', this, undefined, false));
    if (unknown !== undefined) return 'unreadable';
    if (value === undefined || value === null) return [];
    const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
    return Array.isArray(value) ? value.map(text) : [text(value)];
  }

  private joinIndex(type: string, targetPath: string): JoinIndex {
    const k = key(type, targetPath);
    let index = this.joins.get(k);
    if (index !== undefined) return index;
    index = { byValue: new Map(), unreadable: [] };
    for (const resource of this.byType.get(type) ?? []) {
      const values = this.joinValues(resource, targetPath);
      if (values === 'unreadable') {
        index.unreadable.push(resource);
        continue;
      }
      for (const joinKey of new Set(values)) {
        let list = index.byValue.get(joinKey);
        if (list === undefined) index.byValue.set(joinKey, (list = []));
        list.push(resource);
      }
    }
    this.joins.set(k, index);
    return index;
  }

  /**
   * The lookup's answer depends only on the query, the account and (within a
   * region) the region: asked from every resource of a type, it is worked out
   * once per distinct question and then shared.
   */
  related(query: RelatedQuery, from: Resource): RelatedResult {
    const regional = findResourceType(query.type)?.scope !== 'global';
    const byRegion = query.within === 'region' && regional && from.region !== GLOBAL_REGION;
    const wanted = query.join?.map(({ targetPath, value }) => ({ targetPath, value: value === undefined || value === null ? undefined : typeof value === 'string' ? value : JSON.stringify(value) }));
    // Each part length-prefixed, so no value (whatever characters it holds) can make two questions one key.
    let question = `${part(query.type)}${part(query.within)}${part(from.account)}${part(byRegion ? from.region : '')}`;
    for (const k of wanted ?? []) question += `${part(k.targetPath)}${k.value === undefined ? '-' : part(k.value)}`;
    let answer = this.answers.get(question);
    if (answer === undefined) {
      answer = this.lookUp(query, wanted, from, regional, byRegion);
      this.answers.set(question, answer);
    }
    return answer;
  }

  private lookUp(query: RelatedQuery, wanted: readonly { targetPath: string; value: string | undefined }[] | undefined, from: Resource, regional: boolean, byRegion: boolean): RelatedResult {
    let candidates: readonly Resource[];
    let unreadable: readonly Resource[] = [];
    if (wanted !== undefined) {
      const [first, ...rest] = wanted;
      if (first?.value === undefined || rest.some((k) => k.value === undefined)) {
        candidates = [];
      } else {
        const index = this.joinIndex(query.type, first.targetPath);
        candidates = index.byValue.get(first.value) ?? [];
        if (index.unreadable.length > 0) unreadable = index.unreadable.filter((r) => r.account === from.account && (!byRegion || r.region === from.region));
      }
      candidates = candidates.filter((r) => r.account === from.account && rest.every((k) => {
        const values = this.joinValues(r, k.targetPath);
        return values !== 'unreadable' && k.value !== undefined && values.includes(k.value);
      }));
    } else {
      candidates = this.ofAccount(query.type, from.account);
    }
    if (byRegion) candidates = candidates.filter((r) => r.region === from.region);
    const regions = !regional ? [GLOBAL_REGION] : byRegion ? [from.region] : this.snapshot.scope.regions;
    const gaps = [this.incompleteness(query.type, from.account, regions), ...unreadable.map((r) => `${r.type} ${r.id}: ${query.join?.[0]?.targetPath ?? ''} could not be read`)]
      .filter((gap): gap is string => gap !== undefined);
    return gaps.length === 0 ? { resources: candidates, complete: true } : { resources: candidates, complete: false, reason: gaps.join('; ') };
  }
}
