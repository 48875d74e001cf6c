/**
 * Does a resource policy (S3 bucket, SNS topic …) deny every request made
 * without TLS? True when some Deny statement applies to every principal
 * ("*" or {"AWS": "*"}), to all actions of the service (or "*"), and is
 * conditioned on aws:SecureTransport being false — the form AWS documents.
 * A statement narrowed by other conditions, to some actions only, or (with
 * the covers option) to some of the bucket's resources, does not count: it
 * leaves other plain-HTTP requests allowed. A Deny on s3:TlsVersion with
 * NumericLessThan does not count either: a plain-HTTP request carries no TLS
 * version, and IAM evaluates a condition on a key absent from the request as
 * false, so that Deny never applies to it.
 */
import { Type } from '@sinclair/typebox';
import { defineFunction } from './define.js';
import { readStatements, type PolicyStatement, type PrincipalSet } from './policy-document/index.js';

type S3Part = 'bucket' | 'objects';

function everyPrincipal(principal: PrincipalSet | undefined): boolean {
  return principal !== undefined && (principal.all || (principal.byType.get('AWS') ?? []).includes('*'));
}

// IAM compares action names case-insensitively ("S3:*" is "s3:*").
function coversAllActions(statement: PolicyStatement, service: string): boolean {
  const wildcard = `${service}:*`.toLowerCase();
  return (statement.action ?? []).some((a) => a === '*' || a.toLowerCase() === wildcard);
}

function onlyInsecureTransportCondition(statement: PolicyStatement): boolean {
  const [test, ...others] = statement.conditions;
  return test !== undefined && others.length === 0 && test.operator === 'Bool' && test.key === 'aws:SecureTransport'
    && test.values.every((v) => v === 'false');
}

const S3_ARN = /^arn:[^:]*:s3:::(.*)$/;

/**
 * What one Resource entry of a bucket policy covers. S3 accepts only the
 * bucket's own ARNs in its policy, so the name part need not be compared:
 * "name" is the bucket, "name/*" every object, "name*" or "*" both (a
 * trailing "*" also matches the "/" before an object key). "name/prefix/*"
 * covers some objects only, which is not all.
 */
function s3Coverage(resource: string): readonly S3Part[] {
  if (resource === '*') return ['bucket', 'objects'];
  const rest = S3_ARN.exec(resource)?.[1];
  if (rest === undefined) return [];
  const slash = rest.indexOf('/');
  if (slash === -1) return rest.endsWith('*') ? ['bucket', 'objects'] : ['bucket'];
  return rest.slice(slash) === '/*' ? ['objects'] : [];
}

function coversResources(statement: PolicyStatement, parts: readonly S3Part[]): boolean {
  if (parts.length === 0) return true;
  const covered = new Set((statement.resource ?? []).flatMap(s3Coverage));
  return parts.every((part) => covered.has(part));
}

export const deniesInsecureTransport = defineFunction({
  name: 'deniesInsecureTransport',
  description: 'True when a resource policy denies all requests that do not use TLS (a Deny for every principal and action with Bool aws:SecureTransport = false, on every resource named in covers).',
  input: 'a resource policy document (e.g. an S3 bucket policy); null means no policy',
  options: Type.Object({
    service: Type.String({ minLength: 1, description: 'IAM service prefix whose wildcard action must be denied, e.g. s3.' }),
    covers: Type.Optional(Type.Array(Type.Union([Type.Literal('bucket'), Type.Literal('objects')]), {
      minItems: 1,
      description: 'For an S3 bucket policy: what the Deny\'s Resource must include — the bucket (arn:…:s3:::name), all its objects (arn:…:s3:::name/*), or both. Omitted: any Resource.',
    })),
  }, { additionalProperties: false }),
  compile(options) {
    const service = options.service as string;
    const parts = (options.covers ?? []) as readonly S3Part[];
    const missing = `no statement denies ${service}:*${parts.length === 0 ? '' : ` on the ${parts.join(' and ')}`} when aws:SecureTransport is false`;
    return (value) => {
      if (typeof value !== 'object' || value === null) return { result: false, actual: null };
      const denying = readStatements(value).filter((s) => s.effect === 'Deny' && everyPrincipal(s.principal) && s.notPrincipal === undefined
        && coversAllActions(s, service) && onlyInsecureTransportCondition(s) && s.notResource === undefined && coversResources(s, parts));
      return { result: denying.length > 0, actual: denying.length > 0 ? denying[0]?.raw : missing };
    };
  },
});
