/**
 * Does an IAM policy grant full administrator access? True when an Allow
 * statement has Action "*" (or "*:*") on Resource "*", conditioned or not;
 * NotAction and NotResource do not count. The rules and their sources are in
 * policy-document/full-admin.ts.
 */
import { Type } from '@sinclair/typebox';
import { defineFunction } from './define.js';
import { fullAdminGrants } from './policy-document/index.js';

export const allowsFullAdministrator = defineFunction({
  name: 'allowsFullAdministrator',
  description: 'True when an IAM policy has an Allow statement with Action "*" (or "*:*") on Resource "*" — full "*:*" administrative privileges, with or without a Condition.',
  input: 'an IAM policy document',
  options: Type.Object({}, { additionalProperties: false }),
  compile() {
    return (value) => {
      if (typeof value !== 'object' || value === null) return { result: false, actual: null };
      const grants = fullAdminGrants(value);
      return { result: grants.length > 0, actual: grants };
    };
  },
});
