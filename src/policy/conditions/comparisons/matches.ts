import { Type } from '@sinclair/typebox';
import { compileRegex } from '../../regex.js';
import { defineComparison } from './define.js';
import { fieldType } from './fit.js';

export const matches = defineComparison({
  name: 'matches',
  description: 'The value is a string matching the regular expression (RE2 syntax, linear-time matching: no backreferences or lookaround; compiled once at load; unanchored unless you anchor it).',
  operand: Type.String({ minLength: 1 }),
  compile(operand, field) {
    const type = fieldType(field);
    if (type !== undefined && type !== 'string') return { ok: false, message: `matches tests strings, but this field holds ${type}` };
    // Policies are untrusted: RE2, never RegExp, so no pattern can make a scan backtrack for hours.
    const compiled = compileRegex(operand as string);
    if (!compiled.ok) return { ok: false, message: `invalid regular expression ${JSON.stringify(operand)}: ${compiled.message}` };
    const { regex } = compiled;
    return { ok: true, test: (value) => typeof value === 'string' && regex.test(value) };
  },
});
