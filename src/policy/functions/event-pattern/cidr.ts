/**
 * IP addresses and CIDR blocks for the event-pattern `cidr` operator
 * (`{ "cidr": "10.0.0.0/24" }`, IPv4 and IPv6 alike, per the EventBridge User
 * Guide's "IP address matching"). Written here rather than taken from
 * node:net because the policy layer does no network I/O and may not import
 * network modules, even for their pure helpers.
 *
 * Addresses are read strictly: IPv4 as four decimal parts 0–255 without
 * leading zeros (so `010.0.0.1` is not silently octal or decimal), IPv6 as
 * hexadecimal groups with at most one `::` and an optional dotted IPv4 tail
 * (`::ffff:10.0.0.1`); zone indexes (`fe80::1%eth0`) are not addresses. An
 * IPv4 block matches only IPv4 addresses, an IPv6 block only IPv6 ones.
 */

export interface IpAddress {
  readonly version: 4 | 6;
  readonly value: bigint;
}

export interface CidrBlock {
  readonly version: 4 | 6;
  /** The network address, host bits cleared. */
  readonly network: bigint;
  readonly prefixLength: number;
}

const IPV4_PART = /^(?:0|[1-9]\d{0,2})$/;
const IPV6_GROUP = /^[0-9A-Fa-f]{1,4}$/;

export function parseIpAddress(text: string): IpAddress | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { version: 6, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { version: 4, value };
}

/**
 * `10.0.0.0/24` or `2001:db8::/32`. A bare address is read as the block of
 * that one address (/32 or /128): EventBridge's documentation shows only
 * blocks, and refusing a bare address a real rule might hold would fail that
 * rule for our strictness, not AWS's. Host bits set below the prefix are
 * cleared, as a router reads `10.0.0.5/24`.
 */
export function parseCidr(text: string): CidrBlock | undefined {
  const slash = text.indexOf('/');
  const address = parseIpAddress(slash === -1 ? text : text.slice(0, slash));
  if (address === undefined) return undefined;
  const bits = address.version === 4 ? 32 : 128;
  let prefixLength = bits;
  if (slash !== -1) {
    const written = text.slice(slash + 1);
    if (!/^(?:0|[1-9]\d{0,2})$/.test(written) || Number(written) > bits) return undefined;
    prefixLength = Number(written);
  }
  return { version: address.version, network: address.value & mask(bits, prefixLength), prefixLength };
}

export function cidrContains(block: CidrBlock, address: IpAddress): boolean {
  if (block.version !== address.version) return false;
  return (address.value & mask(block.version === 4 ? 32 : 128, block.prefixLength)) === block.network;
}

function mask(bits: number, prefixLength: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return all ^ ((1n << BigInt(bits - prefixLength)) - 1n);
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!IPV4_PART.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  // A dotted IPv4 tail may end the address only: after "::", or as the last of eight groups.
  const head = groupsOf(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '', true) : [];
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  // Without "::" all eight groups are written; with it, "::" stands for at least one.
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  let value = 0n;
  for (const group of [...head, ...new Array<number>(missing).fill(0), ...tail]) value = (value << 16n) | BigInt(group);
  return value;
}

/** The 16-bit groups of one side of "::"; a dotted IPv4 tail counts as two. */
function groupsOf(side: string, mayEndInIpv4: boolean): number[] | undefined {
  if (side === '') return [];
  const written = side.split(':');
  const groups: number[] = [];
  for (const [i, group] of written.entries()) {
    if (mayEndInIpv4 && i === written.length - 1 && group.includes('.')) {
      const v4 = parseIpv4(group);
      if (v4 === undefined) return undefined;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (IPV6_GROUP.test(group)) {
      groups.push(parseInt(group, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}
