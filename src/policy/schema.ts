/**
 * The policy file format (STYLE.md, "The shape of one policy"). This schema
 * checks the document's shape; conditions are checked by the condition
 * compiler, which knows the resource type and reports better sentences.
 * schemas/policy.schema.json is generated from this plus the operator index.
 */
import { Type, type Static } from '@sinclair/typebox';

import { benchmarkSchema } from '../findings/benchmark.js';
import { fixRisks, severities, type FixRisk, type Severity, type Status } from '../findings/vocabulary.js';
import { parameterTypes, type ParameterType } from './parameter-types.js';

const text = (description: string) => Type.String({ minLength: 1, description });
const condition = (description: string) => Type.Unknown({ description });
/** What a test case may expect: a verdict (MANUAL and WAIVED come from packs and waivers, not from a policy). */
const statuses = ['PASS', 'FAIL', 'ERROR', 'NOT_APPLICABLE'] as const satisfies readonly Status[];

export const parameterSchema = Type.Object({
  type: Type.Unsafe<ParameterType>({ type: 'string', enum: [...parameterTypes], description: 'JSON type of the value.' }),
  default: Type.Unknown({ description: 'Value used unless a pack or config overrides it.' }),
  description: text('What the parameter controls.'),
}, { additionalProperties: false, description: 'A tunable value the policy reads as { param: name }.' });

const errorsSchema = (description: string) => Type.Array(Type.Object({
  path: Type.String({ description: 'Field that could not be collected.' }),
  code: text('Error code, e.g. AccessDenied.'),
  message: Type.Optional(Type.String()),
}, { additionalProperties: false }), { description });

const relatedFixtureSchema = Type.Array(Type.Object({
  type: text('Catalog type.'),
  id: text('Resource id.'),
  arn: Type.Optional(Type.String({ minLength: 1, description: 'Resource ARN, for lookups that join on $arn (default: none).' })),
  region: Type.Optional(Type.String()),
  data: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'The resource data; unstated fields (and unstated fields of list elements) come from the type\'s valid example.' })),
  errors: Type.Optional(errorsSchema('Fields of this resource that could not be collected.')),
  absent: Type.Optional(Type.Literal(true, { description: 'In a case that extends a fixture: leave out the fixture\'s resource of this type and id.' })),
}, { additionalProperties: false }), { description: 'Other resources in the test snapshot, for related lookups. A case extending a fixture merges an entry of the same type and id into the fixture\'s (data field by field), and adds the others.' });

const coverageFixtureSchema = Type.Array(Type.Object({
  type: text('Catalog type.'),
  status: Type.Unsafe<'partial' | 'failed'>({ type: 'string', enum: ['partial', 'failed'] }),
  region: Type.Optional(Type.String()),
}, { additionalProperties: false }), { description: 'Types whose collection was incomplete in the test snapshot (all others are complete).' });

/** A fixture several test cases of one policy extend: the resource and the snapshot around it. */
export const fixtureSchema = Type.Object({
  resource: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'The resource data the cases start from.' })),
  related: Type.Optional(relatedFixtureSchema),
  coverage: Type.Optional(coverageFixtureSchema),
}, { additionalProperties: false, description: 'A starting point for test cases (`extends: name`).' });

export const testCaseSchema = Type.Object({
  name: text('What the case shows; unique within the policy.'),
  extends: Type.Optional(Type.String({ minLength: 1, description: 'A fixture of this policy the case starts from: its resource data merged under the case\'s, its related resources merged with the case\'s.' })),
  resource: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'The resource data; unstated fields (and unstated fields of list elements) come from the type\'s valid example (default: the example as it is).' })),
  id: Type.Optional(Type.String({ minLength: 1, description: 'Resource id (default: test-resource).' })),
  region: Type.Optional(Type.String({ description: 'Region (default us-east-1; global types use global).' })),
  tags: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Resource tags.' })),
  errors: Type.Optional(errorsSchema('Fields that could not be collected.')),
  related: Type.Optional(relatedFixtureSchema),
  coverage: Type.Optional(coverageFixtureSchema),
  params: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'Parameter overrides for this case.' })),
  expect: Type.Union([
    Type.Unsafe<(typeof statuses)[number]>({ type: 'string', enum: [...statuses] }),
    Type.Object({
      status: Type.Unsafe<(typeof statuses)[number]>({ type: 'string', enum: [...statuses] }),
      message: Type.Optional(Type.String({ description: 'Message key the finding must use (fail, pass).' })),
      evidence: Type.Optional(Type.Array(Type.Object({
        path: Type.String(),
        actual: Type.Optional(Type.Unknown()),
        expected: Type.Optional(Type.Unknown()),
        op: Type.Optional(Type.String()),
      }, { additionalProperties: false }), { description: 'Evidence entries the finding must contain.' })),
    }, { additionalProperties: false }),
  ], { description: 'The expected status, or status with message key and evidence.' }),
}, { additionalProperties: false, description: 'One test case, run through the real compiler and engine.' });

export const policySchema = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Unique, permanent id; equals the file name.' }),
  title: text('The compliant state, e.g. "KMS keys rotate automatically".'),
  severity: Type.Unsafe<Severity>({ type: 'string', enum: [...severities], description: 'How bad a failure is.' }),
  resource: text('Resource type the policy checks, e.g. aws.s3.bucket.'),
  description: text('What is checked, in a few sentences.'),
  rationale: text('Why it matters.'),
  where: Type.Optional(condition('Applicability: resources for which this is false are NOT_APPLICABLE.')),
  check: condition('The compliant state: true is PASS, false is FAIL, unknown is ERROR.'),
  parameters: Type.Optional(Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }), parameterSchema, { description: 'Tunable values.' })),
  messages: Type.Object({
    fail: text('Message of a FAIL finding; may use {{resource.id}}, {{resource.region}}, {{param.name}} …'),
    pass: Type.Optional(text('Message of a PASS finding.')),
    notApplicable: Type.Optional(text('Message of a NOT_APPLICABLE finding: why the policy does not apply here, and where to check instead.')),
  }, { additionalProperties: false, description: 'Message templates.' }),
  ifNoneInScope: Type.Optional(Type.Unsafe<'PASS' | 'NOT_APPLICABLE'>({
    type: 'string', enum: ['PASS', 'NOT_APPLICABLE'],
    description: 'What a fully collected inventory with no resource in scope (none exists, or `where` excludes all) means for the controls this policy evidences: PASS for controls phrased "ensure no X is …" (the account was checked and has none), NOT_APPLICABLE (the default) for "ensure every X has …".',
  })),
  frameworks: Type.Optional(Type.Record(Type.String(), Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }), { description: 'Framework control ids this policy evidences, by framework id.' })),
  remediation: Type.Object({
    text: text('How to fix it.'),
    cli: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'AWS CLI commands; placeholders are shell-quoted when filled.' })),
    terraform: Type.Optional(Type.String({ description: 'Terraform snippet.' })),
    disruption: Type.Optional(Type.String({ description: 'What the fix may disrupt.' })),
    risk: Type.Optional(Type.Unsafe<FixRisk>({ type: 'string', enum: [...fixRisks], description: 'How risky the fix is to run: none (changes nothing running), low, medium, high (can lock people or workloads out). Plans ask before medium and high.' })),
    verify: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'Read-only AWS CLI commands that show the fix worked; placeholders as in cli.' })),
    after: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }), { minItems: 1, description: 'Policies whose fixes in the same account create what this fix needs (the trail before its log group\'s metric filters): plans order their steps first.' })),
    rollback: Type.Optional(Type.Object({
      text: text('How to undo the fix.'),
      cli: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'Commands that undo it; placeholders as in cli.' })),
    }, { additionalProperties: false, description: 'How to undo the fix.' })),
  }, { additionalProperties: false, description: 'How to fix a failure.' }),
  references: Type.Optional(Type.Array(Type.String({ pattern: '^https://' }), { description: 'Documentation links.' })),
  benchmark: Type.Optional(benchmarkSchema),
  deprecated: Type.Optional(Type.Object({
    reason: text('Why the policy is retired.'),
    replacedBy: Type.Optional(Type.String()),
  }, { additionalProperties: false })),
  fixtures: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }), fixtureSchema, { description: 'Starting points the test cases extend, by name.' })),
  tests: Type.Array(testCaseSchema, { minItems: 1, description: 'Inline test cases: at least a PASS, a FAIL and an ERROR case.' }),
}, { additionalProperties: false, description: 'An Assay policy.' });

export type PolicyDocument = Static<typeof policySchema>;
export type PolicyTestCase = Static<typeof testCaseSchema>;
export type PolicyTestFixture = Static<typeof fixtureSchema>;
export type PolicyParameter = Static<typeof parameterSchema>;
