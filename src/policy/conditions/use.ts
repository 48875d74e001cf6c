/**
 * `{ use: name, with?: { argument: value } }`: a named condition from a
 * condition library, compiled against the resource in scope with the given
 * arguments. Values may be literals or `{ param: … }` (`{ arg: … }` inside
 * another named condition). Evidence is the body's own: the paths it read.
 */
import type { TSchema } from '@sinclair/typebox';
import { didYouMean } from '../../diagnostics/suggest.js';
import { resourceTypes } from '../../resources/catalog.js';
import type { ResourceTypeDefinition } from '../../resources/define.js';
import type { CompiledCondition } from '../evaluation.js';
import type { NamedCondition } from '../library.js';
import { fitsParameterType } from '../parameter-types.js';
import { deriveContext, isRecord, report, resolveOperand, type CompileContext } from './context.js';

/** What a schema in scope is, for the message when a named condition does not fit it. */
function describeScope(schema: TSchema | undefined): string {
  const type = resourceTypes.find((t) => t.data === schema);
  return type === undefined ? 'a field or list element, not a whole resource' : type.type;
}

function bindArguments(definition: NamedCondition, given: Record<string, unknown>, pointer: string, cc: CompileContext): Map<string, unknown> | undefined {
  const declared = definition.document.arguments ?? {};
  const args = new Map<string, unknown>();
  let ok = true;
  for (const [name, value] of Object.entries(given)) {
    const argument = declared[name];
    if (argument === undefined) {
      report(cc, 'POLICY_NAMED_CONDITION', `${pointer}/with/${name}`, `named condition "${definition.name}" has no argument "${name}"${didYouMean(name, Object.keys(declared))}${Object.keys(declared).length === 0 ? '; it takes none' : ''}`, { atKey: true });
      ok = false;
      continue;
    }
    const resolved = resolveOperand(cc, value, `${pointer}/with/${name}`);
    if (!resolved.ok) {
      ok = false;
      continue;
    }
    if (!fitsParameterType(argument.type, resolved.value)) {
      report(cc, 'POLICY_NAMED_CONDITION', `${pointer}/with/${name}`, `argument "${name}" of "${definition.name}" must be of type ${argument.type}; found ${JSON.stringify(resolved.value)}`);
      ok = false;
      continue;
    }
    args.set(name, resolved.value);
  }
  for (const [name, argument] of Object.entries(declared)) {
    if (args.has(name) || name in given) continue;
    if (argument.default === undefined) {
      report(cc, 'POLICY_NAMED_CONDITION', pointer, `named condition "${definition.name}" needs argument "${name}" (${argument.description})`);
      ok = false;
    } else if (!fitsParameterType(argument.type, argument.default)) {
      report(deriveContext(cc, { locate: definition.locate }), 'POLICY_NAMED_CONDITION', `/conditions/${definition.name}/arguments/${name}/default`, `default of argument "${name}" must be of type ${argument.type}; found ${JSON.stringify(argument.default)}`);
      ok = false;
    } else {
      args.set(name, argument.default);
    }
  }
  return ok ? args : undefined;
}

export function compileUse(node: Record<string, unknown>, pointer: string, schema: TSchema | undefined, cc: CompileContext): CompiledCondition | undefined {
  for (const key of Object.keys(node)) {
    if (key !== 'use' && key !== 'with') return report(cc, 'POLICY_CONDITION', `${pointer}/${key}`, `a named condition's use takes only use and with; found "${key}"`, { atKey: true });
  }
  const name = node.use;
  if (typeof name !== 'string') return report(cc, 'POLICY_NAMED_CONDITION', `${pointer}/use`, 'use must name a named condition');
  const definition = cc.library.conditions.get(name);
  if (definition === undefined) {
    const known = [...cc.library.conditions.keys()];
    return report(cc, 'POLICY_NAMED_CONDITION', `${pointer}/use`, `unknown named condition "${name}"${didYouMean(name, known)}`, { hint: known.length === 0 ? 'no condition library is loaded' : `named conditions: ${known.sort().join(', ')}` });
  }
  if (cc.using.includes(name)) {
    return report(cc, 'POLICY_NAMED_CONDITION', `${pointer}/use`, `named conditions use each other in a cycle: ${[...cc.using.slice(cc.using.indexOf(name)), name].join(' → ')}`);
  }
  const { resource, alsoOn = [] } = definition.document;
  const types: ResourceTypeDefinition[] = [];
  for (const [i, typeName] of [resource, ...alsoOn].entries()) {
    const found = cc.findType(typeName);
    if (found === undefined) {
      return report(deriveContext(cc, { locate: definition.locate }), 'UNKNOWN_RESOURCE_TYPE', i === 0 ? `/conditions/${name}/resource` : `/conditions/${name}/alsoOn/${i - 1}`, `unknown resource type "${typeName}"`);
    }
    types.push(found);
  }
  const type = types.find((t) => t.data === schema);
  if (type === undefined) {
    const names = types.map((t) => t.type).join(' or ');
    return report(cc, 'POLICY_NAMED_CONDITION', `${pointer}/use`, `named condition "${name}" reads ${names}, but here the condition is on ${describeScope(schema)}`, { hint: `use it where a ${names} is in scope: a policy on that type, or inside related: { type: ${resource} }` });
  }
  const given = node.with ?? {};
  if (!isRecord(given)) return report(cc, 'POLICY_NAMED_CONDITION', `${pointer}/with`, 'with must map argument names to values');
  const args = bindArguments(definition, given, pointer, cc);
  if (args === undefined) return undefined;
  // Paths compile against the type in scope, so each type the condition is used on has its own bodies.
  const key = JSON.stringify([type.type, ...[...args].sort(([a], [b]) => (a < b ? -1 : 1))]);
  let compiled = definition.compiled.get(key);
  if (compiled === undefined) {
    const problems: typeof cc.problems = [];
    const body = deriveContext(cc, { locate: definition.locate, args, using: [...cc.using, name], problems, usedParams: new Set() })
      .compile(definition.document.condition, `/conditions/${name}/condition`, type.data);
    compiled = body === undefined ? problems : body;
    definition.compiled.set(key, compiled);
  }
  if ('evaluate' in compiled) return compiled;
  // The body's problems belong to the library file; each use that needs the body is refused with them.
  for (const problem of compiled) cc.problems.push(problem);
  return undefined;
}
