/**
 * `{ related: { type, on?, within?, ifNone? }, some|every|none|count: … }`:
 * quantifies over resources of another type — the bucket a trail writes to
 * (`on: { $id: s3BucketName }`), or every trail of the account. The engine
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
import { FALSE, TRUE, UNKNOWN, type CompiledCondition, type RelatedQuery, type Scope } from '../evaluation.js';
import { compilePath } from '../path.js';
import { isRecord, report, type CompileContext } from './context.js';
import { quantify, type CountTest, type Element, type QuantifierKind } from './quantifiers.js';

/** JSON type a path's schema holds (nullable unwrapped), when known. */
function jsonType(schema: TSchema | undefined): string | undefined {
  if (schema === undefined) return undefined;
  const inner = unwrapNullable(schema) as { type?: unknown; patternProperties?: unknown };
  if (inner.patternProperties !== undefined) return 'object';
  return typeof inner.type === 'string' ? inner.type : undefined;
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
    return report(cc, 'POLICY_CONDITION', `${at}/type`, `unknown resource type ${JSON.stringify(typeName)}${typeof typeName === 'string' ? didYouMean(typeName, resourceTypeNames()) : ''}`);
  }
  const within = spec.within ?? 'account';
  if (within !== 'account' && within !== 'region') return report(cc, 'POLICY_CONDITION', `${at}/within`, 'within must be "account" or "region"');
  let join: { target: string; source: ReturnType<typeof compilePath> } | undefined;
  if (spec.on !== undefined) {
    const entries = isRecord(spec.on) ? Object.entries(spec.on) : [];
    const [first] = entries;
    if (entries.length !== 1 || first === undefined || typeof first[1] !== 'string') {
      return report(cc, 'POLICY_CONDITION', `${at}/on`, 'on must map one field of the related type to one path of this resource, e.g. { $id: s3BucketName }');
    }
    const target = compilePath(first[0], definition.data);
    if (!target.ok) return report(cc, 'POLICY_CONDITION', `${at}/on/${first[0]}`, `${typeName}: ${target.message}`, { atKey: true });
    const source = compilePath(first[1], schema);
    if (!source.ok) return report(cc, 'POLICY_CONDITION', `${at}/on/${first[0]}`, source.message);
    const targetType = jsonType(target.path.schema);
    const sourceType = jsonType(source.path.schema);
    if (targetType !== undefined && sourceType !== undefined && targetType !== sourceType) {
      return report(cc, 'POLICY_CONDITION', `${at}/on/${first[0]}`, `on joins ${typeName} ${first[0]} (${targetType}) with ${first[1]} (${sourceType}): the values can never be equal`);
    }
    join = { target: first[0], source };
  }
  const ifNone = (spec.ifNone ?? (join === undefined ? 'evaluate' : 'error')) as IfNone;
  if (!ifNoneValues.includes(ifNone)) return report(cc, 'POLICY_CONDITION', `${at}/ifNone`, `ifNone must be one of ${ifNoneValues.join(', ')}`);
  const condition = inner(definition.data);
  if (condition === undefined) return undefined;
  const source = join?.source.ok === true ? join.source.path : undefined;
  const targetPath = join?.target;
  const location = cc.locate(pointer);
  return {
    location,
    evaluate(scope: Scope) {
      let query: RelatedQuery = { type: typeName, within };
      if (source !== undefined && targetPath !== undefined) {
        const read = source.read(scope);
        if (read.unknown !== undefined) {
          scope.trace?.unknowns.push(read.unknown);
          return UNKNOWN;
        }
        query = { ...query, join: { targetPath, value: read.value } };
      }
      const found = scope.ctx.related(query, scope.resource);
      if (found.resources.length === 0 && ifNone !== 'evaluate') {
        // Finding nothing where the type was not fully collected is no evidence of
        // absence, so ifNone's pass or fail would be a guess: the answer is unknown.
        const onNone = found.complete ? ifNone : 'error';
        if (onNone === 'pass') return TRUE;
        const described = query.join === undefined ? `no ${typeName} in this ${within}` : `no ${typeName} with ${query.join.targetPath} = ${JSON.stringify(query.join.value)} in this ${within}`;
        scope.trace?.evidence.push({ path: query.join === undefined ? typeName : `${typeName}.${query.join.targetPath}`, actual: null, op: 'related', expected: query.join?.value ?? typeName, result: onNone === 'fail' ? 'fail' : 'unknown' });
        if (onNone === 'fail') return FALSE;
        scope.trace?.unknowns.push({ path: query.join?.targetPath ?? typeName, code: 'RelatedNotFound', message: `${described} in the snapshot${found.reason === undefined ? '' : ` (${found.reason})`}` });
        return UNKNOWN;
      }
      const elements: Element[] = found.resources.map((resource) => ({
        scope: { resource, value: resource.data, basePath: '', ctx: scope.ctx, trace: scope.trace, relatedLabel: `${resource.type} ${resource.id}` },
      }));
      const incomplete = found.complete ? undefined : { path: typeName, code: 'IncompleteCoverage', message: found.reason ?? `${typeName} was not collected completely` };
      return quantify(kind, condition === null ? undefined : condition, elements, scope, incomplete, count, query.join === undefined ? typeName : `${typeName} where ${query.join.targetPath} = ${JSON.stringify(query.join.value)}`);
    },
  };
}
