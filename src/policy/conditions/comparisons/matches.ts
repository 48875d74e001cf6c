import { Type } from '@sinclair/typebox';
import { defineComparison } from './define.js';
import { fieldType } from './fit.js';

export const matches = defineComparison({
  name: 'matches',
  description: 'The value is a string matching the regular expression (JavaScript syntax, compiled once at load; unanchored unless you anchor it).',
  operand: Type.String({ minLength: 1 }),
  compile(operand, field) {
    const type = fieldType(field);
    if (type !== undefined && type !== 'string') return { ok: false, message: `matches tests strings, but this field holds ${type}` };
    let pattern: RegExp;
    try {
      pattern = new RegExp(operand as string, 'u');
    } catch (error) {
      return { ok: false, message: `invalid regular expression ${JSON.stringify(operand)}: ${error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error)}` };
    }
    return { ok: true, test: (value) => typeof value === 'string' && pattern.test(value) };
  },
});
