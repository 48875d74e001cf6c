/**
 * Validates a parsed snapshot in stages — format version, envelope schema,
 * each resource's data against its catalog type, then cross-checks — and
 * reports every problem at once, each with its place in the file.
 */
import { Type } from '@sinclair/typebox';
import type { ErrorObject } from 'ajv';
import { AssayError, compareErrors } from '../diagnostics/error.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { explainSchemaErrors, pointerToField } from '../diagnostics/schema-errors.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { findResourceType, resourceTypeNames } from '../resources/catalog.js';
import { GLOBAL_REGION } from '../resources/define.js';
import { parsePath, resolvePath, type PathSegment } from '../resources/paths.js';
import { resourceSchema, TAGS_ERROR_PATH, type Resource, type ResourceError } from '../resources/resource.js';
import { createAjv } from '../resources/validate-data.js';
import { precompiledDataValidator, precompiledValidator, type Validate } from '../resources/precompiled.js';
import { collectionErrorSchema, coverageEntrySchema, SNAPSHOT_SCHEMA_VERSION, snapshotSchema, type Snapshot } from './schema.js';
import type { Locator } from './locate.js';

/** Beyond this many problems the rest are counted, not listed: one bad generator should not flood a terminal. */
export const MAX_REPORTED_PROBLEMS = 200;

export type SnapshotValidation =
  | { readonly ok: true; readonly snapshot: Snapshot }
  | { readonly ok: false; readonly errors: readonly AssayError[]; readonly omitted: number };

class Problems {
  readonly list: AssayError[] = [];
  omitted = 0;
  constructor(private readonly locate: Locator) {}

  add(code: DiagnosticCode, pointer: string, message: string, options: { atKey?: boolean; hint?: string } = {}, locate: Locator = this.locate): void {
    if (this.list.length >= MAX_REPORTED_PROBLEMS) {
      this.omitted++;
      return;
    }
    this.list.push(new AssayError(code, message, { location: locate(pointer, options.atKey), hint: options.hint }));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Does a collection error at `licensed` cover the missing field `field`? `[]` in the error path matches any index. */
function covers(licensed: readonly PathSegment[], field: readonly PathSegment[]): boolean {
  if (licensed.length > field.length) return false;
  return licensed.every((segment, i) => {
    const other = field[i];
    if (other === undefined || other.kind !== segment.kind) return false;
    if (segment.kind === 'field') return other.kind === 'field' && other.name === segment.name;
    return segment.index === null || (other.kind === 'index' && other.index === segment.index);
  });
}

/** A missing field is fine when the resource says it could not be collected: absence is then explained, not silent. */
function isLicensedAbsence(error: ErrorObject, licensed: readonly (readonly PathSegment[])[]): boolean {
  if (error.keyword !== 'required') return false;
  const missing = (error.params as { missingProperty: string }).missingProperty;
  const field = parsePath(pointerToField(`${error.instancePath}/${missing}`));
  return field !== undefined && licensed.some((segments) => covers(segments, field));
}

function checkResource(resource: Record<string, unknown>, index: number, scope: Snapshot['scope'] | undefined, problems: Problems, locate: Locator): void {
  const base = `/resources/${index}`;
  const type = String(resource.type);
  const definition = findResourceType(type);
  if (definition === undefined) {
    problems.add('SNAPSHOT_UNKNOWN_TYPE', `${base}/type`, `unknown resource type "${type}"${didYouMean(type, resourceTypeNames())}`, {
      hint: '`assay types` lists the resource types this version knows',
    }, locate);
    return;
  }
  const item = resource as Resource;
  const label = `${type} "${item.id}"`;
  const licensed: PathSegment[][] = [];
  const collectionErrors: unknown[] = Array.isArray(item.errors) ? item.errors : [];
  collectionErrors.forEach((raw, j) => {
    if (!isRecord(raw) || typeof raw.path !== 'string') return;
    const error = raw as ResourceError;
    // The tags could not be read: policies reading $tags yield ERROR; nothing in data is licensed absent.
    if (error.path === TAGS_ERROR_PATH) return;
    const resolution = resolvePath(definition.data, error.path);
    const segments = parsePath(error.path);
    if (!resolution.ok || segments === undefined) {
      const known = resolution.ok ? [] : resolution.known;
      problems.add('SNAPSHOT_INCONSISTENT', `${base}/errors/${j}/path`,
        `${label}: collection error names field "${error.path}", which ${type} does not have${resolution.ok ? '' : didYouMean(resolution.at.split(/[.[]/).pop() ?? '', known)}`, {}, locate);
      return;
    }
    licensed.push(segments);
  });
  const validate = precompiledDataValidator(definition);
  const dataErrors = (validate(item.data) ? [] : [...(validate.errors ?? [])]).filter((e) => !isLicensedAbsence(e, licensed));
  for (const problem of explainSchemaErrors(dataErrors)) {
    problems.add('SNAPSHOT_SCHEMA', `${base}/data${problem.pointer}`, `${label}: ${problem.field === '' ? 'data' : `field "${problem.field}"`} ${problem.problem}`, {
      atKey: problem.atKey,
      ...(problem.missing ? { hint: `use null for "not configured"; a field that could not be collected must be named in the resource's errors, e.g. { "path": "${problem.field}", "code": "AccessDenied", … }` } : {}),
    }, locate);
  }
  if (scope !== undefined) checkScope(item, index, scope, problems, locate);
}

/** A resource must sit in the snapshot's scope: one of its accounts, and a region it covers (or "global" for account-wide types). */
function checkScope(item: Resource, index: number, scope: Snapshot['scope'], problems: Problems, locate: Locator): void {
  const definition = findResourceType(item.type);
  if (definition === undefined) return;
  const base = `/resources/${index}`;
  const label = `${item.type} "${item.id}"`;
  if (definition.scope === 'global' && item.region !== GLOBAL_REGION) {
    problems.add('SNAPSHOT_INCONSISTENT', `${base}/region`, `${label}: ${item.type} is account-wide, so its region must be "${GLOBAL_REGION}"; found "${item.region}"`, {}, locate);
  } else if (definition.scope === 'regional' && !scope.regions.includes(item.region)) {
    problems.add('SNAPSHOT_INCONSISTENT', `${base}/region`, `${label}: region "${item.region}" is not in the snapshot scope (${scope.regions.join(', ') || 'no regions'})`, {}, locate);
  }
  if (!scope.accounts.includes(item.account)) {
    problems.add('SNAPSHOT_INCONSISTENT', `${base}/account`, `${label}: account ${item.account} is not in the snapshot scope (${scope.accounts.join(', ')})`, {}, locate);
  }
}

/** The envelope without its three lists, which are checked element by element. */
const headerSchema = Type.Composite([
  Type.Omit(snapshotSchema, ['resources', 'coverage', 'errors']),
  Type.Object({ resources: Type.Array(Type.Unknown()), coverage: Type.Array(Type.Unknown()), errors: Type.Array(Type.Unknown()) }),
], { additionalProperties: false });

/** The schemas a snapshot is checked against piece by piece, by the name the build's standalone validators export. */
export const snapshotPieceSchemas = { snapshot_header: headerSchema, snapshot_resource: resourceSchema, snapshot_coverage: coverageEntrySchema, snapshot_error: collectionErrorSchema } as const;

let validators: { header: Validate; resource: Validate; coverage: Validate; error: Validate } | undefined;

function schemaValidators(): NonNullable<typeof validators> {
  if (validators === undefined) {
    let ajv: ReturnType<typeof createAjv> | undefined;
    // The build's code when it was made from these schemas; compiled here (slow: a fraction of a second) otherwise.
    const get = (name: keyof typeof snapshotPieceSchemas): Validate => precompiledValidator(name, snapshotPieceSchemas[name]) ?? (ajv ??= createAjv()).compile(snapshotPieceSchemas[name]);
    validators = { header: get('snapshot_header'), resource: get('snapshot_resource'), coverage: get('snapshot_coverage'), error: get('snapshot_error') };
  }
  return validators;
}

export type SnapshotList = 'resources' | 'coverage' | 'errors';
const lists: readonly SnapshotList[] = ['resources', 'coverage', 'errors'];
/** The lists a snapshot file holds element by element: read and written one element at a time. */
export const snapshotLists: ReadonlySet<string> = new Set(lists);
export const isSnapshotList = (key: string): key is SnapshotList => snapshotLists.has(key);

/**
 * Checks a snapshot piece by piece — the top-level members, then each
 * resource, coverage entry and collection error as it arrives — so a file
 * read as a stream is checked without ever being held whole. Each piece
 * comes with its own locator. Every problem is collected; `finish` returns
 * the snapshot or all of them.
 */
export class SnapshotChecker {
  // No prototype: a hostile top-level "__proto__" key is then an ordinary (unknown, refused) member.
  private readonly header: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  private readonly items: Record<SnapshotList, unknown[]> = { resources: [], coverage: [], errors: [] };
  private readonly seen = new Map<string, number>();
  /** Resources read before the scope: their account and region are checked at the end. */
  private readonly unscoped: { resource: Record<string, unknown>; index: number; locate: Locator }[] = [];
  private versionRefused = false;
  private readonly problems: Problems;

  constructor(private readonly locate: Locator) {
    this.problems = new Problems(locate);
  }

  private get scope(): Snapshot['scope'] | undefined {
    const scope = this.header.scope;
    return isRecord(scope) && Array.isArray(scope.accounts) && Array.isArray(scope.regions) ? scope as Snapshot['scope'] : undefined;
  }

  /** A top-level member. Lists given whole (an in-memory snapshot) are checked element by element. */
  member(key: string, value: unknown, locate: Locator = this.locate): void {
    if (isSnapshotList(key) && Array.isArray(value)) {
      this.list(key);
      value.forEach((element: unknown, index) => this.element(key, index, element, locate));
      return;
    }
    this.header[key] = value;
    if (key === 'schemaVersion' && typeof value === 'number' && value !== SNAPSHOT_SCHEMA_VERSION) {
      this.versionRefused = true;
      this.problems.add('SNAPSHOT_VERSION', '/schemaVersion', `snapshot format version ${value} is not supported; this Assay reads version ${SNAPSHOT_SCHEMA_VERSION}`, {
        hint: value > SNAPSHOT_SCHEMA_VERSION ? 'upgrade Assay to read this snapshot' : 'collect the snapshot again with this Assay',
      }, locate);
    }
  }

  /** `resources`, `coverage` or `errors` is present as a list; its elements follow. */
  list(list: SnapshotList): void {
    this.header[list] = [];
  }

  /** One element of `resources`, `coverage` or `errors`; `locate` takes pointers from the document's root. */
  element(list: SnapshotList, index: number, value: unknown, locate: Locator = this.locate): void {
    this.items[list].push(value);
    const base = `/${list}/${index}`;
    const validate = schemaValidators()[list === 'resources' ? 'resource' : list === 'coverage' ? 'coverage' : 'error'];
    if (!validate(value)) this.schemaProblems(validate.errors ?? [], base, locate);
    if (list === 'resources') this.resource(value, index, locate);
    else if (list === 'coverage' && isRecord(value) && typeof value.type === 'string' && findResourceType(value.type) === undefined) {
      this.problems.add('SNAPSHOT_UNKNOWN_TYPE', `${base}/type`, `coverage names unknown resource type "${value.type}"${didYouMean(value.type, resourceTypeNames())}`, {}, locate);
    }
  }

  private schemaProblems(errors: readonly ErrorObject[], base: string, locate: Locator): void {
    for (const problem of explainSchemaErrors(errors)) {
      const pointer = `${base}${problem.pointer}`;
      const field = pointerToField(pointer);
      this.problems.add('SNAPSHOT_SCHEMA', pointer, `${field === '' ? 'snapshot' : `"${field}"`} ${problem.problem}`, { atKey: problem.atKey }, locate);
    }
  }

  private resource(resource: unknown, index: number, locate: Locator): void {
    if (!isRecord(resource) || typeof resource.type !== 'string' || typeof resource.id !== 'string' || !isRecord(resource.data)) return;
    const scope = this.scope;
    checkResource(resource, index, scope, this.problems, locate);
    if (scope === undefined) this.unscoped.push({ resource, index, locate });
    const key = `${resource.type}\u0000${String(resource.account)}\u0000${String(resource.region)}\u0000${resource.id}`;
    const first = this.seen.get(key);
    if (first === undefined) this.seen.set(key, index);
    else this.problems.add('SNAPSHOT_DUPLICATE_RESOURCE', `/resources/${index}`, `${resource.type} "${resource.id}" in ${String(resource.account)}/${String(resource.region)} appears twice (also at /resources/${first})`, {}, locate);
  }

  finish(): SnapshotValidation {
    if (this.versionRefused) return { ok: false, errors: this.problems.list, omitted: this.problems.omitted };
    const scope = this.scope;
    if (scope !== undefined) for (const { resource, index, locate } of this.unscoped) checkScope(resource as Resource, index, scope, this.problems, locate);
    const { header } = schemaValidators();
    const headerOk = header(this.header);
    if (!headerOk) this.schemaProblems(header.errors ?? [], '', this.locate);
    // Problems are found piece by piece (the header is checked last); report them in file order.
    if (this.problems.list.length > 0 || !headerOk) return { ok: false, errors: [...this.problems.list].sort(compareErrors), omitted: this.problems.omitted };
    const snapshot = { ...this.header } as Record<string, unknown>;
    for (const list of lists) snapshot[list] = this.items[list];
    return { ok: true, snapshot: snapshot as Snapshot };
  }
}

/** Validates a snapshot held in memory (a collection's result, a test's fixture). */
export function validateSnapshot(value: unknown, locate: Locator): SnapshotValidation {
  if (!isRecord(value)) {
    return { ok: false, errors: [new AssayError('SNAPSHOT_SCHEMA', 'a snapshot must be a JSON object with schemaVersion, scope and resources', { location: locate('') })], omitted: 0 };
  }
  const checker = new SnapshotChecker(locate);
  // Scope first, as a file written by Assay has it, so resources are checked against it as they come.
  const keys = Object.keys(value).sort((a, b) => Number(b === 'scope') - Number(a === 'scope'));
  for (const key of keys) checker.member(key, value[key]);
  return checker.finish();
}
