/**
 * Where a policy's verdict rules depart from an authority's: the policy page's
 * "Differences from the benchmark". Written in the policy file (and in the
 * named conditions it uses) and carried into the findings document (its
 * `policies`), so defined here, below both. Bundled policies must carry it (a
 * test checks), an empty list meaning "compared, and none".
 */
import { Type } from '@sinclair/typebox';

const text = (description: string) => Type.String({ minLength: 1, description });

/** One departure of the verdict rules from an authority. */
export const differenceSchema = Type.Object({
  topic: text('What the difference is about, e.g. "Excluded management event sources".'),
  authority: text('The authority the policy departs from.'),
  reads: text('What that authority accepts or rejects.'),
  assay: text('What this policy decides instead.'),
  follows: text('The authority (or reasoning) the policy follows.'),
  why: text('Why that reading is the right one.'),
}, { additionalProperties: false });

export const benchmarkSchema = Type.Object({
  comparedWith: Type.Array(text('An authority the verdict rules were compared with, e.g. "CIS AWS Foundations v7.0.0 4.1 audit", "AWS Config rule multi-region-cloudtrail-enabled", "Security Hub control CloudTrail.1".'), { minItems: 1 }),
  differences: Type.Array(differenceSchema, { description: 'Each departure from an authority compared with; empty when the policy agrees with all of them. Named conditions the policy uses add their own.' }),
}, { additionalProperties: false, description: 'How the verdict rules compare with the framework audit procedures, AWS Config managed rules and Security Hub controls.' });
