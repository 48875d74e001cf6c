/**
 * Where a finding points in SARIF. GitHub code scanning annotates files in
 * a repository; an AWS resource is not one, so each resource gets a stable,
 * relative, scheme-less path of its own, `aws/<account>/<region>/<service>/
 * <type>/<id>`, that never names a real file. The path must not change
 * between scans (GitHub tracks an alert by rule, fingerprint and path), so it
 * is built only from the resource's identity, never from its name or tags.
 *
 * Each segment is percent-encoded as UTF-8, keeping only RFC 3986
 * unreserved characters: ids may hold '/', ':', '?', '#', spaces or any
 * Unicode, and an ARN-like id must never turn the path into a URI with a
 * scheme. The ARN itself goes in the logical location instead.
 */
import type { Finding } from '../../findings/schema.js';
import type { SarifLocation } from './types.js';

const encoder = new TextEncoder();

function isUnreserved(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39)
    || byte === 0x2d || byte === 0x2e || byte === 0x5f || byte === 0x7e;
}

/**
 * One path segment. Segments that URI resolution would collapse ('', '.',
 * '..') are spelled with parentheses, which the encoder never leaves bare, so
 * they cannot collide with a real id. Lone surrogates become U+FFFD.
 */
export function encodeSegment(value: string): string {
  if (value === '') return '(empty)';
  if (value === '.') return '(.)';
  if (value === '..') return '(..)';
  let out = '';
  for (const byte of encoder.encode(value)) {
    out += isUnreserved(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** `aws.ec2.security-group` → ['ec2', 'security-group']; `aws.account` → ['account', 'account']. */
export function serviceAndType(type: string): [string, string] {
  const parts = type.split('.');
  const rest = parts[0] === 'aws' && parts.length > 1 ? parts.slice(1) : parts;
  const service = rest[0] ?? type;
  return [service, rest.length > 1 ? rest.slice(1).join('.') : service];
}

export function resourceUri(resource: Finding['resource']): string {
  const [service, type] = serviceAndType(resource.type);
  return ['aws', ...[resource.account, resource.region, service, type, resource.id].map(encodeSegment)].join('/');
}

/** How a resource is named in messages: its ARN when it has one. */
export function resourceLabel(resource: Finding['resource']): string {
  return resource.arn ?? (resource.id === '*' ? `every ${resource.type}` : `${resource.type} ${resource.id}`);
}

export function resourceLocation(resource: Finding['resource']): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: resourceUri(resource) },
      region: { startLine: 1 },
    },
    logicalLocations: [{
      name: resource.name ?? resource.id,
      fullyQualifiedName: resource.arn ?? `${resource.type}/${resource.account}/${resource.region}/${resource.id}`,
      kind: 'resource',
    }],
  };
}
