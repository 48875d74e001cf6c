/** The value types a policy parameter or a named condition's argument may declare, and the check of a value against one. */
export const parameterTypes = ['number', 'integer', 'string', 'boolean', 'array'] as const;
export type ParameterType = (typeof parameterTypes)[number];

export function fitsParameterType(type: ParameterType, value: unknown): boolean {
  switch (type) {
    case 'array': return Array.isArray(value);
    case 'integer': return typeof value === 'number' && Number.isInteger(value);
    default: return typeof value === type;
  }
}
