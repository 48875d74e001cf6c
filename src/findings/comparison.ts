/**
 * The comparison of two findings documents (`assay diff --format json`, and
 * what `scan --baseline` gates on). Defined once as a schema, like the
 * findings document itself, so it can be published and its consumers can
 * validate what they read; the TypeScript types come from it.
 */
import { Type, type Static } from '@sinclair/typebox';
import { evidenceSchema, findingSchema } from './schema.js';

/** Comparison document format version; bump it when a field changes meaning or goes away. */
export const COMPARISON_SCHEMA_VERSION = 1;

/** Why one side of a pair has no finding; decides whether a FAIL that vanished counts as fixed. */
export const absences = ['resource', 'policy', 'scope', 'unlisted'] as const;
export type Absence = (typeof absences)[number];

/** One scan's view of a finding: what can differ between runs for the same fingerprint. */
export const findingStateSchema = Type.Object({
  status: findingSchema.properties.status,
  message: Type.String(),
  messageKey: Type.String(),
  evidence: Type.Array(evidenceSchema),
  reasons: findingSchema.properties.reasons,
  waiver: findingSchema.properties.waiver,
}, { additionalProperties: false });

export const comparedFindingSchema = Type.Object({
  fingerprint: Type.String({ description: 'Stable per policy and resource: the key findings are matched on.' }),
  policy: Type.String(),
  title: Type.String(),
  severity: findingSchema.properties.severity,
  resource: findingSchema.properties.resource,
  controls: Type.Array(Type.String()),
  before: Type.Union([findingStateSchema, Type.Null()], { description: 'The finding in the earlier scan; null when it had none.' }),
  after: Type.Union([findingStateSchema, Type.Null()], { description: 'The finding in the later scan; null when it has none.' }),
  absent: Type.Optional(Type.Unsafe<Absence>({
    type: 'string',
    enum: [...absences],
    description: 'Why the null side has no finding: the resource was not in that scan, the policy was not run, the account or region was outside the scan, or the resource type could not be listed there (an ERROR finding for resource "*" stands in).',
  })),
  evidenceChanged: Type.Optional(Type.Boolean({ description: 'unchanged only: still FAIL, but the evidence differs (e.g. a value moved but is still wrong).' })),
}, { additionalProperties: false });

export const scanInfoSchema = Type.Object({
  digest: Type.String({ description: 'Snapshot digest.' }),
  collectedAt: Type.String(),
  generator: Type.String({ description: 'Name and version of the tool that wrote the findings document.' }),
  accounts: Type.Array(Type.String()),
  regions: Type.Array(Type.String()),
  policySet: Type.String({ description: 'Digest of the policies run, with their parameters.' }),
  packs: Type.Array(Type.String(), { description: 'id@version of each pack run.' }),
}, { additionalProperties: false });

const list = (description: string) => Type.Array(comparedFindingSchema, { description });

export const comparisonSchema = Type.Object({
  schemaVersion: Type.Literal(COMPARISON_SCHEMA_VERSION),
  before: scanInfoSchema,
  after: scanInfoSchema,
  summary: Type.Object({
    new: Type.Integer(),
    fixed: Type.Integer(),
    unchanged: Type.Integer(),
    changed: Type.Integer(),
  }, { additionalProperties: false }),
  policies: Type.Object({
    added: Type.Array(Type.String(), { description: 'Policies run only in the later scan: their FAILs are all new.' }),
    removed: Type.Array(Type.String(), { description: 'Policies run only in the earlier scan.' }),
  }, { additionalProperties: false }),
  new: list('FAIL now, not FAIL before (absent, PASS, ERROR, WAIVED, …).'),
  fixed: list('FAIL before; now PASS or NOT_APPLICABLE, or the resource is gone.'),
  unchanged: list('FAIL in both scans.'),
  changed: list('Any other status change involving FAIL, ERROR or another non-passing status (e.g. PASS→ERROR, FAIL→ERROR, ERROR→PASS).'),
}, { additionalProperties: false, description: 'What changed between two Assay scans, matched by finding fingerprint.' });

export type FindingState = Static<typeof findingStateSchema>;
export type ComparedFinding = Static<typeof comparedFindingSchema>;
export type ScanInfo = Static<typeof scanInfoSchema>;
export type Comparison = Static<typeof comparisonSchema>;
export type ComparisonCategory = 'new' | 'fixed' | 'unchanged' | 'changed';
