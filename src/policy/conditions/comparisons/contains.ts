import { isDeepStrictEqual } from 'node:util';
import { Type, type TSchema } from '@sinclair/typebox';
import { unwrapNullable } from '../../../resources/paths.js';
import { defineComparison } from './define.js';
import { fieldType, misfit } from './fit.js';

export const contains = defineComparison({
  name: 'contains',
  description: 'A string value contains the operand as a substring; a list value has an element equal to the operand.',
  operand: Type.Unknown(),
  compile(operand, field) {
    const type = fieldType(field);
    if (type !== undefined && type !== 'string' && type !== 'array') return { ok: false, message: `contains tests strings and lists, but this field holds ${type}` };
    if (type === 'string' && typeof operand !== 'string') return { ok: false, message: 'contains on a string field needs a string operand' };
    // On a typed list, an operand no element could equal is a typo, not a policy.
    const items = type === 'array' ? (unwrapNullable(field as TSchema) as { items?: TSchema }).items : undefined;
    const problem = items === undefined ? undefined : misfit(operand, items);
    if (problem !== undefined) return { ok: false, message: `${problem} (contains compares the operand with each element of the list)` };
    return {
      ok: true,
      test: (value) => (typeof value === 'string'
        ? typeof operand === 'string' && value.includes(operand)
        : Array.isArray(value) && value.some((element) => isDeepStrictEqual(element, operand))),
    };
  },
});
