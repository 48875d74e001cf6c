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
import { readStatements, type PolicyStatement, type PrincipalSet } from './policy-document/index.js';

function everyPrincipal(principal: PrincipalSet | undefined): boolean {
  return principal !== undefined && (principal.all || (principal.byType.get('AWS') ?? []).includes('*'));
}

function coversAllActions(statement: PolicyStatement, service: string): boolean {
  return (statement.action ?? []).some((a) => a === '*' || a === `${service}:*`);
}

function onlyInsecureTransportCondition(statement: PolicyStatement): boolean {
  const [test, ...others] = statement.conditions;
  return test !== undefined && others.length === 0 && test.operator === 'Bool' && test.key === 'aws:SecureTransport'
    && test.values.every((v) => v === 'false');
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
      const denying = readStatements(value).filter((s) => s.effect === 'Deny' && everyPrincipal(s.principal) && s.notPrincipal === undefined
        && coversAllActions(s, service) && onlyInsecureTransportCondition(s));
      return { result: denying.length > 0, actual: denying.length > 0 ? denying[0]?.raw : `no statement denies ${service}:* when aws:SecureTransport is false` };
    };
  },
});
