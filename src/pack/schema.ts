/**
 * The pack format: a framework's controls mapped to policies (DESIGN.md,
 * "Pack"). A control is automated (it lists policies) or manual (it carries
 * the audit guidance a person follows); a control that is neither is an
 * error, so no control of a framework can go missing silently.
 */
import { Type, type Static } from '@sinclair/typebox';
import { severities, type Severity } from '../findings/vocabulary.js';

export const controlSchema = Type.Object({
  id: Type.String({ minLength: 1, description: 'Control id as the framework numbers it, e.g. "2.5".' }),
  title: Type.String({ minLength: 1, description: 'Control title as the framework states it.' }),
  section: Type.Optional(Type.String({ minLength: 1, description: 'Section the control belongs to.' })),
  level: Type.Optional(Type.Integer({ minimum: 1, maximum: 9, description: 'Profile level (CIS Level 1, Level 2 …); --level N selects controls up to N.' })),
  severity: Type.Optional(Type.Unsafe<Severity>({ type: 'string', enum: [...severities], description: 'Severity the framework gives the control, where it gives one (AWS FSBP does).' })),
  resourceTypes: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'AWS resource types the framework says the control evaluates (AWS::EC2::VPC …).' })),
  policies: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'Policies that check the control automatically.' })),
  manual: Type.Optional(Type.String({ minLength: 1, description: 'Audit guidance for a control checked by a person; reported as MANUAL.' })),
}, { additionalProperties: false, description: 'One control of the framework.' });

export const packSchema = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9]+([.-][a-z0-9]+)*$', description: 'Unique, permanent id; equals the file name.' }),
  title: Type.String({ minLength: 1, description: 'Framework name.' }),
  version: Type.String({ minLength: 1, description: 'Framework version.' }),
  source: Type.String({ minLength: 1, description: 'Where the framework is published.' }),
  description: Type.String({ minLength: 1, description: 'What the pack covers and how it maps the framework.' }),
  controls: Type.Array(controlSchema, { minItems: 1, description: 'The framework\'s controls, in the framework\'s order.' }),
  parameters: Type.Optional(Type.Record(Type.String(), Type.Record(Type.String(), Type.Unknown()), { description: 'Parameter overrides, by policy id then parameter name.' })),
}, { additionalProperties: false, description: 'An Assay pack.' });

export type PackDocument = Static<typeof packSchema>;
export type PackControl = Static<typeof controlSchema>;
