/**
 * `{ related: { type, on?, within?, ifNone? }, some|every|none|count: … }`:
 * quantifies over resources of another type — the bucket a trail writes to
 * (`on: { $id: s3BucketName }`), the alarms on a metric (`on: { metricName:
 * metricName, namespace: metricNamespace }`, every key must match), the
 * account whose list field holds a value (`on: { s3BucketNames: s3BucketName }`
 * matches any element), or every trail of the account. A resource whose join
 * field could not be read makes the lookup incomplete. The engine
 * finds them through indexes built once per scan.
 *
 * When nothing is found, `ifNone` decides: `error` (the default with `on`:
 * a reference to something not in the snapshot is unknown, not a verdict),
 * `fail`, `pass`, or `evaluate` (the default without `on`: apply the
 * quantifier to the empty set). A lookup over a type whose collection was
 * incomplete in that scope yields unknown unless the found resources already
 * decide the answer.
 */
import type { TSchema } from '@sinclair/typebox';
import { didYouMean } from '../../diagnostics/suggest.js';
import { resourceTypeNames } from '../../resources/catalog.js';
import { unwrapNullable } from '../../resources/paths.js';
import { FALSE, TRUE, UNKNOWN, scopeOf, type CompiledCondition, type JoinKey, type RelatedQuery, type RelatedResult, type Scope, type Truth, type UnknownReason } from '../evaluation.js';
import { compilePath, UNREADABLE, type CompiledPath } from '../path.js';
import { isRecord, report, type CompileContext } from './context.js';
import { decideOverResources, detachedQuantify, replayQuantified, type CountTest, type Quantified, type QuantifierKind } from './quantifiers.js';

/** JSON type a path's schema holds (nullable unwrapped), when known. */
function jsonType(schema: TSchema | undefined): string | undefined {
  if (schema === undefined) return undefined;
  const inner = unwrapNullable(schema) as { type?: unknown; patternProperties?: unknown };
  if (inner.patternProperties !== undefined) return 'object';
  return typeof inner.type === 'string' ? inner.type : undefined;
}

function describeKeys(keys: readonly JoinKey[]): string {
  return keys.map((k) => `${k.targetPath} = ${JSON.stringify(k.value)}`).join(' and ');
}

const ifNoneValues = ['error', 'fail', 'pass', 'evaluate'] as const;
type IfNone = (typeof ifNoneValues)[number];

export function compileRelated(
  node: Record<string, unknown>, pointer: string, schema: TSchema | undefined, cc: CompileContext,
  kind: QuantifierKind, inner: (elementSchema: TSchema) => CompiledCondition | undefined | null, count: CountTest | undefined,
): CompiledCondition | undefined {
  const spec = node.related;
  const at = `${pointer}/related`;
  if (!isRecord(spec)) return report(cc, 'POLICY_CONDITION', at, 'related must be an object with type and optionally on, within and ifNone');
  for (const key of Object.keys(spec)) {
    if (!['type', 'on', 'within', 'ifNone'].includes(key)) return report(cc, 'POLICY_CONDITION', `${at}/${key}`, `unknown field "${key}" in related${didYouMean(key, ['type', 'on', 'within', 'ifNone'])}`, { atKey: true });
  }
  const typeName = spec.type;
  const definition = typeof typeName === 'string' ? cc.findType(typeName) : undefined;
  if (typeof typeName !== 'string' || definition === undefined) {
    return report(cc, 'UNKNOWN_RESOURCE_TYPE', `${at}/type`, `unknown resource type ${JSON.stringify(typeName)}${typeof typeName === 'string' ? didYouMean(typeName, resourceTypeNames()) : ''}`);
  }
  const within = spec.within ?? 'account';
  if (within !== 'account' && within !== 'region') return report(cc, 'POLICY_CONDITION', `${at}/within`, 'within must be "account" or "region"');
  const joins: { target: string; source: CompiledPath }[] = [];
  if (spec.on !== undefined) {
    const entries = isRecord(spec.on) ? Object.entries(spec.on) : [];
    if (entries.length === 0 || entries.some(([, from]) => typeof from !== 'string')) {
      return report(cc, 'POLICY_CONDITION', `${at}/on`, 'on must map fields of the related type to paths of this resource, e.g. { $id: s3BucketName } or { metricName: metricName, namespace: metricNamespace }');
    }
    for (const [targetText, sourceText] of entries as [string, string][]) {
      const target = compilePath(targetText, definition.data);
      if (!target.ok) return report(cc, 'POLICY_CONDITION', `${at}/on/${targetText}`, `${typeName}: ${target.message}`, { atKey: true });
      const source = compilePath(sourceText, schema);
      if (!source.ok) return report(cc, 'POLICY_CONDITION', `${at}/on/${targetText}`, source.message);
      // A list field joins on its elements: { s3BucketNames: s3BucketName } finds the account listing the bucket.
      const targetSchema = target.path.schema === undefined ? undefined : unwrapNullable(target.path.schema) as TSchema & { type?: unknown; items?: TSchema };
      const targetType = targetSchema?.type === 'array' ? jsonType(targetSchema.items) : jsonType(target.path.schema);
      const sourceType = jsonType(source.path.schema);
      if (targetType !== undefined && sourceType !== undefined && targetType !== sourceType) {
        return report(cc, 'POLICY_CONDITION', `${at}/on/${targetText}`, `on joins ${typeName} ${targetText} (${targetType}) with ${sourceText} (${sourceType}): the values can never be equal`);
      }
      joins.push({ target: targetText, source: source.path });
    }
  }
  const ifNone = (spec.ifNone ?? (joins.length === 0 ? 'evaluate' : 'error')) as IfNone;
  if (!ifNoneValues.includes(ifNone)) return report(cc, 'POLICY_CONDITION', `${at}/ifNone`, `ifNone must be one of ${ifNoneValues.join(', ')}`);
  const condition = inner(definition.data);
  if (condition === undefined) return undefined;
  const location = cc.locate(pointer);
  const elementTest = condition === null ? undefined : condition;
  // Made once: a lookup without `on` asks the same question from every resource.
  const plainQuery: RelatedQuery = { type: typeName, within };
  // The quantifier over the resources found depends on nothing but the lookup's answer (the elements are
  // evaluated in their own scopes), and the index gives one answer object per distinct question: decided
  // once per answer, not once per asking resource. Without this, every trail of an account re-judged
  // every alarm on a metric, and a large account's scan grew with the square of its size.
  const decided = new WeakMap<RelatedResult, Truth>();
  const explained = new WeakMap<RelatedResult, Quantified>();
  return {
    location,
    evaluate(scope: Scope) {
      const trace = scope.trace;
      let query = plainQuery;
      const keys: JoinKey[] = [];
      for (const { target, source } of joins) {
        if (trace === undefined) {
          const value = source.get(scope);
          if (value === UNREADABLE) return UNKNOWN;
          keys.push({ targetPath: target, value });
          continue;
        }
        const read = source.read(scope);
        if (read.unknown !== undefined) {
          trace.unknowns.push(read.unknown);
          return UNKNOWN;
        }
        keys.push({ targetPath: target, value: read.value });
      }
      const [firstKey, ...otherKeys] = keys;
      if (firstKey !== undefined) query = { ...query, join: [firstKey, ...otherKeys] };
      const found = scope.ctx.related(query, scope.resource);
      if (found.resources.length === 0 && ifNone !== 'evaluate') {
        // Finding nothing where the type was not fully collected is no evidence of
        // absence, so ifNone's pass or fail would be a guess: the answer is unknown.
        const onNone = found.complete ? ifNone : 'error';
        if (onNone === 'pass') return TRUE;
        const described = keys.length === 0 ? `no ${typeName} in this ${within}` : `no ${typeName} with ${describeKeys(keys)} in this ${within}`;
        trace?.evidence.push({ path: keys.length === 0 ? typeName : `${typeName}.${keys.map((k) => k.targetPath).join('+')}`, actual: null, op: 'related', expected: keys.length === 0 ? typeName : keys.length === 1 ? keys[0]?.value : Object.fromEntries(keys.map((k) => [k.targetPath, k.value])), result: onNone === 'fail' ? 'fail' : 'unknown' });
        if (onNone === 'fail') return FALSE;
        trace?.unknowns.push({ path: keys.map((k) => k.targetPath).join('+') || typeName, code: 'RelatedNotFound', message: `${described} in the snapshot${found.reason === undefined ? '' : ` (${found.reason})`}` });
        return UNKNOWN;
      }
      if (trace === undefined) {
        let truth = decided.get(found);
        if (truth === undefined) decided.set(found, (truth = decideOverResources(kind, elementTest, found.resources, scope, !found.complete, count)));
        return truth;
      }
      let quantified = explained.get(found);
      if (quantified === undefined) {
        const elements = found.resources.map((resource) => ({ scope: scopeOf(resource, resource.data, '', scope.ctx, undefined, true) }));
        const incomplete = found.complete ? undefined : { path: typeName, code: 'IncompleteCoverage', message: found.reason ?? `${typeName} was not collected completely` };
        // Unknown reasons gathered apart, so each asking resource's evaluation gets them again.
        const unknowns: UnknownReason[] = [];
        quantified = { ...detachedQuantify(kind, elementTest, elements, unknowns, incomplete, count), unknowns };
        explained.set(found, quantified);
      }
      return replayQuantified(quantified, kind, count, scope, trace, keys.length === 0 ? typeName : `${typeName} where ${describeKeys(keys)}`);
    },
  };
}
