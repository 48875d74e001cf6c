/**
 * Is an aws:SourceIp value narrow enough to limit who can call? S3 evaluates
 * grants conditioned on "very broad IP ranges" as public: "values broader
 * than /8 for IPv4 and /32 for IPv6 (excluding RFC1918 private ranges)"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status).
 * Every RFC 1918 range is /8 or narrower, so the exclusion changes nothing
 * here. A value without a prefix is one address (/32 or /128, as IAM reads
 * it); a value that is not an address at all limits nothing we can prove.
 */

const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const ipv6 = /^[0-9a-f:.]*:[0-9a-f:.]*$/i;

/** The shortest prefix that still limits callers, per address family. */
export const MIN_LIMITING_PREFIX = { v4: 8, v6: 32 } as const;

function parsePrefix(text: string | undefined, max: number): number | undefined {
  if (text === undefined) return max;
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const prefix = Number(text);
  return prefix <= max ? prefix : undefined;
}

/** The address family and prefix length of a CIDR, or undefined when it is not one. */
export function parseCidr(value: string): { family: 'v4' | 'v6'; prefix: number } | undefined {
  const [address = '', prefixText, extra] = value.trim().split('/');
  if (extra !== undefined) return undefined;
  const v4 = ipv4.exec(address);
  if (v4 !== null) {
    if (v4.slice(1).some((octet) => Number(octet) > 255)) return undefined;
    const prefix = parsePrefix(prefixText, 32);
    return prefix === undefined ? undefined : { family: 'v4', prefix };
  }
  if (ipv6.test(address)) {
    const prefix = parsePrefix(prefixText, 128);
    return prefix === undefined ? undefined : { family: 'v6', prefix };
  }
  return undefined;
}

/** True when the value is a CIDR no broader than /8 (IPv4) or /32 (IPv6). */
export function isNarrowSourceIp(value: string): boolean {
  const cidr = parseCidr(value);
  return cidr !== undefined && cidr.prefix >= MIN_LIMITING_PREFIX[cidr.family];
}
