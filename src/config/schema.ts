/**
 * `assay.config.yaml`: what a team scans and how it gates, kept in the
 * repository beside the workflow. Every field is optional; command-line
 * options override it. Published as schemas/config.schema.json.
 */
import { Type, type Static } from '@sinclair/typebox';
import { gateThresholds, type GateThreshold } from '../findings/vocabulary.js';

const severityGate = Type.Unsafe<GateThreshold>({ type: 'string', enum: [...gateThresholds] });

export const waiverSchema = Type.Object({
  policy: Type.String({ minLength: 1, description: 'Id of the policy whose failures the waiver accepts.' }),
  resources: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'ARN globs: * matches any run of characters, ? one. Resources without an ARN match account/region/type/id.' }),
  reason: Type.String({ minLength: 1, description: 'Why the risk is accepted, e.g. a ticket reference.' }),
  owner: Type.String({ minLength: 1, description: 'Who owns the decision.' }),
  expires: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last day the waiver applies (YYYY-MM-DD, UTC); after it the failures count again.' }),
}, { additionalProperties: false, description: 'An accepted risk: matching FAIL findings are reported as WAIVED until it expires.' });

export const configSchema = Type.Object({
  packs: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Packs to scan (as --pack).' })),
  level: Type.Optional(Type.Integer({ minimum: 1, maximum: 9, description: 'Profile level (as --level).' })),
  policies: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Your policy directories or files, relative to this file (as --policies).' })),
  regions: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-\\d$' }), { description: 'Regions for live scans (as --regions).' })),
  outputs: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z]+=.+$' }), { description: 'Reports to write, <format>=<file> relative to this file (as --output).' })),
  failOn: Type.Optional(severityGate),
  failOnError: Type.Optional(Type.Boolean({ description: 'ERROR findings fail the gate too (as --fail-on-error).' })),
  baseline: Type.Optional(Type.String({ minLength: 1, description: 'A previous scan\'s JSON findings, relative to this file: only new FAILs gate (as --baseline).' })),
  parameters: Type.Optional(Type.Record(Type.String(), Type.Record(Type.String(), Type.Unknown()), { description: 'Policy parameters, by policy id then parameter name; they override the packs\' values.' })),
  waivers: Type.Optional(Type.Array(waiverSchema)),
}, { additionalProperties: false, description: 'Assay configuration (assay.config.yaml).' });

export type AssayConfig = Static<typeof configSchema>;
