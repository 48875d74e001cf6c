/**
 * The findings document (DESIGN.md, "Finding"): what a scan produces and
 * every report reads. Defined once as a schema, published as
 * schemas/findings.schema.json; the TypeScript types come from it.
 */
import { Type, type Static } from '@sinclair/typebox';
import { benchmarkSchema } from './benchmark.js';
import { fixRisks, severities, statuses, type FixRisk, type Severity, type Status } from './vocabulary.js';

const statusSchema = Type.Unsafe<Status>({ type: 'string', enum: [...statuses] });
const severitySchema = Type.Unsafe<Severity>({ type: 'string', enum: [...severities] });

export const evidenceSchema = Type.Object({
  path: Type.String({ description: 'Field read, with concrete list indexes; $-prefixed for envelope fields.' }),
  actual: Type.Unknown({ description: 'Value seen (null when absent or unreadable).' }),
  op: Type.String({ description: 'Operator or function applied.' }),
  expected: Type.Unknown({ description: 'Operand: what the policy wanted.' }),
  result: Type.Unsafe<'pass' | 'fail' | 'unknown'>({ type: 'string', enum: ['pass', 'fail', 'unknown'] }),
  resource: Type.Optional(Type.String({ description: 'Related resource the value was read from (type id).' })),
}, { additionalProperties: false });

export const findingSchema = Type.Object({
  policy: Type.String({ description: 'Policy id, or manual:<pack>:<control> for manual controls.' }),
  title: Type.String(),
  severity: severitySchema,
  status: statusSchema,
  resource: Type.Object({
    type: Type.String(),
    id: Type.String({ description: '"*" when the finding is about a type that could not be listed in a region.' }),
    arn: Type.Optional(Type.String()),
    name: Type.Optional(Type.String()),
    account: Type.String(),
    region: Type.String(),
  }, { additionalProperties: false }),
  message: Type.String(),
  messageKey: Type.String({ description: 'fail, pass, error, not-applicable or manual: stable across wording changes.' }),
  evidence: Type.Array(evidenceSchema),
  reasons: Type.Optional(Type.Array(Type.Object({
    path: Type.String(), code: Type.String(), message: Type.String(), resource: Type.Optional(Type.String()),
  }, { additionalProperties: false }), { description: 'Why an ERROR finding could not be decided.' })),
  controls: Type.Array(Type.String(), { description: 'pack:control ids this finding evidences.' }),
  fingerprint: Type.String({ description: 'Stable across runs for the same policy and resource.' }),
  remediation: Type.Optional(Type.Object({
    text: Type.String(),
    cli: Type.Array(Type.String(), { description: 'Commands with this resource\'s values filled in, shell-quoted.' }),
    verify: Type.Optional(Type.Array(Type.String(), { description: 'Read-only commands that show the fix worked, filled in.' })),
    rollback: Type.Optional(Type.Object({
      text: Type.String(),
      cli: Type.Array(Type.String()),
    }, { additionalProperties: false, description: 'How to undo the fix, filled in.' })),
  }, { additionalProperties: false })),
  baseline: Type.Optional(Type.Unsafe<'new' | 'unchanged'>({ type: 'string', enum: ['new', 'unchanged'], description: 'With --baseline, for FAIL findings: new since the baseline scan, or failing there too (does not gate).' })),
  waiver: Type.Optional(Type.Object({
    reason: Type.String(),
    owner: Type.String(),
    expires: Type.String({ description: 'Last day the waiver applies (YYYY-MM-DD).' }),
    index: Type.Integer({ minimum: 0, description: 'Position of the waiver in the configuration.' }),
  }, { additionalProperties: false, description: 'The waiver that turned this FAIL into WAIVED; the evidence of the failure is kept.' })),
}, { additionalProperties: false });

export const waiverOutcomeSchema = Type.Object({
  policy: Type.String(),
  resources: Type.Array(Type.String(), { description: 'ARN globs (or account/region/type/id for resources without an ARN).' }),
  reason: Type.String(),
  owner: Type.String(),
  expires: Type.String(),
  state: Type.Unsafe<'active' | 'expired'>({ type: 'string', enum: ['active', 'expired'], description: 'expired waivers no longer apply.' }),
  matched: Type.Integer({ minimum: 0, description: 'FAIL findings the waiver covers (or would cover, when expired).' }),
}, { additionalProperties: false });

export const controlResultSchema = Type.Object({
  pack: Type.String(),
  id: Type.String(),
  title: Type.String(),
  section: Type.Optional(Type.String()),
  level: Type.Optional(Type.Integer()),
  status: statusSchema,
  policies: Type.Array(Type.String()),
  counts: Type.Record(Type.String(), Type.Integer(), { description: 'Findings of the control\'s policies by status.' }),
  note: Type.Optional(Type.String({ description: 'Why the status, where the counts do not show it: a PASS because a complete inventory holds nothing in scope.' })),
  guidance: Type.Optional(Type.String({ description: 'Audit guidance of a manual control.' })),
}, { additionalProperties: false });

/**
 * What reports need to know about a policy beyond its findings (SARIF rules,
 * auditor pages, remediation plans), so a saved findings document can be
 * rendered again without the policy files.
 */
export const policyInfoSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  severity: severitySchema,
  resourceType: Type.String(),
  description: Type.String(),
  rationale: Type.String(),
  frameworks: Type.Record(Type.String(), Type.Array(Type.String()), { description: 'Framework control ids the policy evidences, by framework id.' }),
  remediation: Type.Object({
    text: Type.String(),
    cli: Type.Array(Type.String(), { description: 'Command templates with {{…}} placeholders; findings carry them filled in.' }),
    terraform: Type.Optional(Type.String()),
    disruption: Type.Optional(Type.String()),
    risk: Type.Optional(Type.Unsafe<FixRisk>({ type: 'string', enum: [...fixRisks] })),
    after: Type.Optional(Type.Array(Type.String(), { description: 'Policies whose fixes come first (they create what this fix needs).' })),
  }, { additionalProperties: false }),
  references: Type.Array(Type.String()),
  benchmark: Type.Optional(benchmarkSchema),
  origin: Type.Unsafe<'bundled' | 'user'>({ type: 'string', enum: ['bundled', 'user'], description: 'Shipped with Assay, or loaded with --policies.' }),
}, { additionalProperties: false });

/** Findings document format version; readers refuse others. */
export const SCAN_RESULT_SCHEMA_VERSION = 2;

export const scanResultSchema = Type.Object({
  schemaVersion: Type.Literal(SCAN_RESULT_SCHEMA_VERSION, { description: 'Findings document format version (2 added policies).' }),
  generator: Type.Object({ name: Type.String(), version: Type.String() }, { additionalProperties: false }),
  snapshot: Type.Object({
    digest: Type.String(),
    collectedAt: Type.String(),
    partition: Type.String(),
    accounts: Type.Array(Type.String()),
    regions: Type.Array(Type.String()),
  }, { additionalProperties: false }),
  policySet: Type.Object({
    digest: Type.String({ description: 'SHA-256 over the policies run, with their effective parameters.' }),
    policies: Type.Array(Type.String()),
  }, { additionalProperties: false }),
  packs: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), version: Type.String(), level: Type.Optional(Type.Integer()) }, { additionalProperties: false })),
  policies: Type.Array(policyInfoSchema, { description: 'Every policy run, sorted by id.' }),
  summary: Type.Object({
    byStatus: Type.Record(Type.String(), Type.Integer()),
    failuresBySeverity: Type.Record(Type.String(), Type.Integer()),
    resources: Type.Integer({ description: 'Resources in the snapshot.' }),
  }, { additionalProperties: false }),
  findings: Type.Array(findingSchema),
  controls: Type.Array(controlResultSchema),
  waivers: Type.Array(waiverOutcomeSchema, { description: 'Waivers in force for this scan, active or expired, in configuration order.' }),
  verification: Type.Optional(Type.Object({
    command: Type.Literal('trail verify'),
    start: Type.String({ description: 'Start of the verified range (ISO 8601).' }),
    end: Type.String({ description: 'End of the verified range (ISO 8601).' }),
  }, { additionalProperties: false, description: 'Present when the document reports `assay trail verify`: the snapshot digest is then the digest of the evidence read, and collectedAt the end of the range.' })),
  baseline: Type.Optional(Type.Object({
    snapshotDigest: Type.String({ description: 'Snapshot digest of the baseline scan.' }),
    collectedAt: Type.String(),
    new: Type.Integer({ minimum: 0, description: 'FAIL findings that were not FAIL in the baseline: the ones that gate.' }),
    fixed: Type.Integer({ minimum: 0, description: 'Baseline FAIL findings that no longer fail.' }),
    unchanged: Type.Integer({ minimum: 0, description: 'FAIL findings that failed in the baseline too.' }),
  }, { additionalProperties: false, description: 'Present when the scan was compared with a baseline (--baseline).' })),
}, { additionalProperties: false, description: 'An Assay scan result.' });

export type Finding = Static<typeof findingSchema>;
export type ControlResult = Static<typeof controlResultSchema>;
export type ScanResult = Static<typeof scanResultSchema>;
export type PolicyInfo = Static<typeof policyInfoSchema>;
export type WaiverOutcome = Static<typeof waiverOutcomeSchema>;
