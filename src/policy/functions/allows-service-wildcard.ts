/**
 * Does an IAM policy allow every action of a service (`ec2:*`)? The rules,
 * and where they are stricter than AWS Config's, are in
 * policy-document/broad-grants.ts.
 */
import { Type } from '@sinclair/typebox';
import { defineFunction } from './define.js';
import { serviceWideGrants } from './policy-document/index.js';

export const allowsServiceWildcard = defineFunction({
  name: 'allowsServiceWildcard',
  description: 'True when an IAM policy has an Allow statement whose Action names every action of a service ("ec2:*") or of every service ("*"), or an Allow with NotAction (every action it does not exclude), on any resource, with or without a Condition.',
  input: 'an IAM policy document',
  options: Type.Object({}, { additionalProperties: false }),
  compile() {
    return (value) => {
      if (typeof value !== 'object' || value === null) return { result: false, actual: null };
      const grants = serviceWideGrants(value);
      return { result: grants.length > 0, actual: grants };
    };
  },
});
