/**
 * Validates a parsed snapshot in stages — format version, envelope schema,
 * each resource's data against its catalog type, then cross-checks — and
 * reports every problem at once, each with its place in the file.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { AssayError } from '../diagnostics/error.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { explainSchemaErrors, pointerToField } from '../diagnostics/schema-errors.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { findResourceType, resourceTypeNames } from '../resources/catalog.js';
import { GLOBAL_REGION } from '../resources/define.js';
import { parsePath, resolvePath, type PathSegment } from '../resources/paths.js';
import { TAGS_ERROR_PATH, type Resource, type ResourceError } from '../resources/resource.js';
import { createAjv, validateData } from '../resources/validate-data.js';
import { SNAPSHOT_SCHEMA_VERSION, snapshotSchema, type Snapshot } from './schema.js';
import type { Locator } from './locate.js';

/** Beyond this many problems the rest are counted, not listed: one bad generator should not flood a terminal. */
export const MAX_REPORTED_PROBLEMS = 200;

export type SnapshotValidation =
  | { readonly ok: true; readonly snapshot: Snapshot }
  | { readonly ok: false; readonly errors: readonly AssayError[]; readonly omitted: number };

let envelopeValidator: ValidateFunction | undefined;

class Problems {
  readonly list: AssayError[] = [];
  omitted = 0;
  constructor(private readonly locate: Locator) {}

  add(code: DiagnosticCode, pointer: string, message: string, options: { atKey?: boolean; hint?: string } = {}): void {
    if (this.list.length >= MAX_REPORTED_PROBLEMS) {
      this.omitted++;
      return;
    }
    this.list.push(new AssayError(code, message, { location: this.locate(pointer, options.atKey), hint: options.hint }));
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

function checkResource(resource: Record<string, unknown>, index: number, scope: Snapshot['scope'] | undefined, problems: Problems): void {
  const base = `/resources/${index}`;
  const type = String(resource.type);
  const definition = findResourceType(type);
  if (definition === undefined) {
    problems.add('SNAPSHOT_UNKNOWN_TYPE', `${base}/type`, `unknown resource type "${type}"${didYouMean(type, resourceTypeNames())}`, {
      hint: '`assay types` lists the resource types this version knows',
    });
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
        `${label}: collection error names field "${error.path}", which ${type} does not have${resolution.ok ? '' : didYouMean(resolution.at.split(/[.[]/).pop() ?? '', known)}`);
      return;
    }
    licensed.push(segments);
  });
  const dataErrors = validateData(definition, item.data).filter((e) => !isLicensedAbsence(e, licensed));
  for (const problem of explainSchemaErrors(dataErrors)) {
    problems.add('SNAPSHOT_SCHEMA', `${base}/data${problem.pointer}`, `${label}: ${problem.field === '' ? 'data' : `field "${problem.field}"`} ${problem.problem}`, {
      atKey: problem.atKey,
      ...(problem.missing ? { hint: `use null for "not configured"; a field that could not be collected must be named in the resource's errors, e.g. { "path": "${problem.field}", "code": "AccessDenied", … }` } : {}),
    });
  }
  if (scope === undefined) return;
  if (definition.scope === 'global' && item.region !== GLOBAL_REGION) {
    problems.add('SNAPSHOT_INCONSISTENT', `${base}/region`, `${label}: ${type} is account-wide, so its region must be "${GLOBAL_REGION}"; found "${item.region}"`);
  } else if (definition.scope === 'regional' && !scope.regions.includes(item.region)) {
    problems.add('SNAPSHOT_INCONSISTENT', `${base}/region`, `${label}: region "${item.region}" is not in the snapshot scope (${scope.regions.join(', ') || 'no regions'})`);
  }
  if (!scope.accounts.includes(item.account)) {
    problems.add('SNAPSHOT_INCONSISTENT', `${base}/account`, `${label}: account ${item.account} is not in the snapshot scope (${scope.accounts.join(', ')})`);
  }
}

export function validateSnapshot(value: unknown, locate: Locator): SnapshotValidation {
  const problems = new Problems(locate);
  if (!isRecord(value)) {
    problems.add('SNAPSHOT_SCHEMA', '', 'a snapshot must be a JSON object with schemaVersion, scope and resources');
    return { ok: false, errors: problems.list, omitted: 0 };
  }
  const version = value.schemaVersion;
  if (typeof version === 'number' && version !== SNAPSHOT_SCHEMA_VERSION) {
    problems.add('SNAPSHOT_VERSION', '/schemaVersion', `snapshot format version ${version} is not supported; this Assay reads version ${SNAPSHOT_SCHEMA_VERSION}`, {
      hint: version > SNAPSHOT_SCHEMA_VERSION ? 'upgrade Assay to read this snapshot' : 'collect the snapshot again with this Assay',
    });
    return { ok: false, errors: problems.list, omitted: 0 };
  }
  envelopeValidator ??= createAjv().compile(snapshotSchema);
  const envelopeOk = envelopeValidator(value);
  if (!envelopeOk) {
    for (const problem of explainSchemaErrors(envelopeValidator.errors ?? [])) {
      problems.add('SNAPSHOT_SCHEMA', problem.pointer, `${problem.field === '' ? 'snapshot' : `"${problem.field}"`} ${problem.problem}`, { atKey: problem.atKey });
    }
  }
  // Keep going past envelope problems so one run reports everything: each
  // resource whose own envelope is sound still gets its data checked.
  const snapshot = value as Snapshot;
  const scopeOk = isRecord(value.scope) && Array.isArray(snapshot.scope.accounts) && Array.isArray(snapshot.scope.regions);
  const resources: unknown[] = Array.isArray(value.resources) ? value.resources : [];
  const seen = new Map<string, number>();
  resources.forEach((resource, index) => {
    if (!isRecord(resource) || typeof resource.type !== 'string' || typeof resource.id !== 'string' || !isRecord(resource.data)) return;
    checkResource(resource, index, scopeOk ? snapshot.scope : undefined, problems);
    const key = `${resource.type}\u0000${String(resource.account)}\u0000${String(resource.region)}\u0000${resource.id}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.add('SNAPSHOT_DUPLICATE_RESOURCE', `/resources/${index}`, `${resource.type} "${resource.id}" in ${String(resource.account)}/${String(resource.region)} appears twice (also at /resources/${first})`);
  });
  const coverage: unknown[] = Array.isArray(value.coverage) ? value.coverage : [];
  coverage.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.type !== 'string') return;
    if (findResourceType(entry.type) === undefined) {
      problems.add('SNAPSHOT_UNKNOWN_TYPE', `/coverage/${index}/type`, `coverage names unknown resource type "${entry.type}"${didYouMean(entry.type, resourceTypeNames())}`);
    }
  });
  if (problems.list.length > 0 || !envelopeOk) return { ok: false, errors: problems.list, omitted: problems.omitted };
  return { ok: true, snapshot };
}
