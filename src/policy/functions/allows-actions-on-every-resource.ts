/**
 * Does an IAM policy allow some actions on every resource of a kind (every
 * KMS key)? The rules are in policy-document/broad-grants.ts.
 */
import { Type } from '@sinclair/typebox';
import { defineFunction } from './define.js';
import { everyResourceGrants } from './policy-document/index.js';

export const allowsActionsOnEveryResource = defineFunction({
  name: 'allowsActionsOnEveryResource',
  description: 'True when an IAM policy has an Allow statement that could allow one of the given actions (Action wildcards and NotAction honoured) on every resource of a kind: Resource "*" or an ARN pattern that leaves the resource id open (arn:aws:kms:*:*:key/*), or NotResource that does not exclude them all. Conditions are not credited.',
  input: 'an IAM policy document',
  options: Type.Object({
    actions: Type.Array(Type.String({ pattern: '^[A-Za-z0-9-]+:[A-Za-z0-9]+$' }), { minItems: 1, description: 'Concrete actions, e.g. [kms:Decrypt, kms:ReEncryptFrom].' }),
    service: Type.String({ pattern: '^[a-z0-9-]+$', description: 'The service part of the resources\' ARNs, e.g. kms.' }),
    prefix: Type.String({ pattern: '^[A-Za-z0-9-]+/$', description: 'The start of the resource part of their ARNs, before the id, e.g. key/.' }),
  }, { additionalProperties: false }),
  compile(options) {
    const actions = options.actions as string[];
    const kind = { service: options.service as string, prefix: options.prefix as string };
    return (value) => {
      if (typeof value !== 'object' || value === null) return { result: false, actual: null };
      const grants = everyResourceGrants(value, actions, kind);
      return { result: grants.length > 0, actual: grants };
    };
  },
});
