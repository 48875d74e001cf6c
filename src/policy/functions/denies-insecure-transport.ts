/**
 * Does a resource policy (S3 bucket, SNS topic …) deny every request made
 * without TLS? True when some Deny statement applies to every principal
 * ("*" or {"AWS": "*"}), to all actions of the service (or "*"), and is
 * conditioned on aws:SecureTransport being false — the form AWS documents.
 * A statement narrowed by other conditions, or to some actions only, does
 * not count: it leaves other plain-HTTP requests allowed.
 */
import { Type } from '@sinclair/typebox';
import { defineFunction } from './define.js';

type Statement = Record<string, unknown>;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function everyPrincipal(principal: unknown): boolean {
  if (principal === '*') return true;
  if (typeof principal !== 'object' || principal === null) return false;
  return list((principal as Record<string, unknown>).AWS).includes('*');
}

function coversAllActions(action: unknown, service: string): boolean {
  return list(action).some((a) => a === '*' || a === `${service}:*`);
}

function onlyInsecureTransportCondition(condition: unknown): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  const entries = Object.entries(condition as Record<string, unknown>);
  if (entries.length !== 1) return false;
  const [operator, test] = entries[0] ?? [];
  if (operator !== 'Bool' || typeof test !== 'object' || test === null) return false;
  const keys = Object.entries(test as Record<string, unknown>);
  return keys.length === 1 && keys[0]?.[0] === 'aws:SecureTransport' && list(keys[0][1]).every((v) => v === 'false' || v === false);
}

export const deniesInsecureTransport = defineFunction({
  name: 'deniesInsecureTransport',
  description: 'True when a resource policy denies all requests that do not use TLS (a Deny for every principal and action with Bool aws:SecureTransport = false).',
  input: 'a resource policy document (e.g. an S3 bucket policy); null means no policy',
  options: Type.Object({
    service: Type.String({ minLength: 1, description: 'IAM service prefix whose wildcard action must be denied, e.g. s3.' }),
  }, { additionalProperties: false }),
  compile(options) {
    const service = options.service as string;
    return (value) => {
      if (typeof value !== 'object' || value === null) return { result: false, actual: null };
      const statements = list((value as Record<string, unknown>).Statement) as Statement[];
      const denying = statements.filter((s) => s.Effect === 'Deny' && everyPrincipal(s.Principal) && s.NotPrincipal === undefined
        && coversAllActions(s.Action, service) && onlyInsecureTransportCondition(s.Condition));
      return { result: denying.length > 0, actual: denying.length > 0 ? denying[0] : `no statement denies ${service}:* when aws:SecureTransport is false` };
    };
  },
});
