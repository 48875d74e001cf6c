/**
 * A remediation plan (issue: `assay plan`): the FAIL findings of a scan as
 * ordered, de-duplicated steps a reviewer can read, hand to a change board
 * and run one at a time. Built from the findings document alone — never from
 * AWS — so the same scan always gives the same plan.
 */
import { Type, type Static } from '@sinclair/typebox';
import { fixRisks, severities, type Severity } from '../findings/vocabulary.js';

const severity = Type.Unsafe<Severity>({ type: 'string', enum: [...severities] });

/** A step's risk, least first: the fix risks, then unstated (a policy said none), which plans treat with most care. */
export const stepRisks = [...fixRisks, 'unstated'] as const;
export type StepRisk = (typeof stepRisks)[number];

export const planStepSchema = Type.Object({
  id: Type.String({ description: 'step-001, step-002 … in plan order.' }),
  account: Type.String(),
  region: Type.String(),
  resource: Type.Object({
    type: Type.String(),
    id: Type.String(),
    arn: Type.Optional(Type.String()),
    name: Type.Optional(Type.String()),
  }, { additionalProperties: false }),
  severity,
  policies: Type.Array(Type.String(), { description: 'Policies whose failures this step fixes.' }),
  findings: Type.Array(Type.String(), { description: 'Fingerprints of the findings it fixes.' }),
  controls: Type.Array(Type.String(), { description: 'pack:control ids those findings evidence.' }),
  title: Type.String({ description: 'What the step achieves (the policies\' compliant states).' }),
  changes: Type.Array(Type.String(), { description: 'What the step changes, one entry per policy.' }),
  commands: Type.Array(Type.String(), { description: 'AWS CLI commands with the resource\'s values filled in and shell-quoted, in order.' }),
  variables: Type.Array(Type.String(), { description: 'Shell variables the commands read ($NAME) that the operator must set first.' }),
  disruption: Type.Array(Type.String(), { description: 'What the change may disrupt, per policy; empty when the policies say nothing.' }),
  risk: Type.Unsafe<StepRisk>({ type: 'string', enum: [...stepRisks], description: 'The highest risk the policies state for their fixes; unstated when a policy states none.' }),
  disruptive: Type.Boolean({ description: 'Medium or high risk, or unstated risk with a disruption the policy does not call "None"; the script asks before running it.' }),
  verify: Type.Array(Type.String(), { description: 'Read-only commands that show the step worked, filled in.' }),
  rollback: Type.Array(Type.Object({ text: Type.String(), commands: Type.Array(Type.String()) }, { additionalProperties: false }), { description: 'How to undo the step, per policy that says.' }),
  after: Type.Array(Type.String(), { description: 'Steps that must run first: their fixes create what this step needs (policy `after`, same account).' }),
  terraform: Type.Array(Type.String(), { description: 'Terraform snippets of the policies, as guidance for teams that manage the resource in code.' }),
}, { additionalProperties: false });

export const planSchema = Type.Object({
  schemaVersion: Type.Literal(1),
  scan: Type.Object({
    snapshotDigest: Type.String(),
    collectedAt: Type.String(),
    policySetDigest: Type.String(),
    generator: Type.Object({ name: Type.String(), version: Type.String() }, { additionalProperties: false }),
  }, { additionalProperties: false }),
  steps: Type.Array(planStepSchema, { description: 'Most severe first; then by account, region and resource.' }),
  waived: Type.Array(Type.Object({
    policy: Type.String(), fingerprint: Type.String(), resource: Type.String(), reason: Type.String(), owner: Type.String(), expires: Type.String(),
  }, { additionalProperties: false }), { description: 'Waived failures: left out of the steps, listed so the reviewer sees them.' }),
  withoutCommands: Type.Array(Type.Object({
    policy: Type.String(), fingerprint: Type.String(), resource: Type.String(), guidance: Type.String(),
  }, { additionalProperties: false }), { description: 'FAIL findings whose policy gives no commands: fixed by hand, following the guidance.' }),
}, { additionalProperties: false, description: 'An Assay remediation plan.' });

export type PlanStep = Static<typeof planStepSchema>;
export type Plan = Static<typeof planSchema>;
