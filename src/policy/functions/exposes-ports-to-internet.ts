/**
 * Does one security-group rule (an ingress IpPermission, as normalized in
 * the catalog) let the whole internet reach any of the given ports?
 * Protocol "-1" means every protocol and port; tcp/udp ranges cover a port
 * when from <= port <= to; the internet is 0.0.0.0/0 (IPv4) and ::/0 (IPv6).
 * The two helpers below are shared with networkAclAllowsFromInternet so that
 * both functions agree on what "the internet" and "tcp" are.
 */
import { Type } from '@sinclair/typebox';
import { defineFunction, type FunctionOutcome } from './define.js';

/** A security group rule as the catalog normalizes it; read loosely, as a function's input is not trusted to fit. */
export interface IngressRule {
  protocol?: unknown;
  fromPort?: unknown;
  toPort?: unknown;
  ipv4Ranges?: { cidr?: unknown }[];
  ipv6Ranges?: { cidr?: unknown }[];
}

export type IpFamily = 'ipv4' | 'ipv6';

// EC2 reports NACL protocols as numbers and security groups mostly as names.
const protocolNames: Record<string, string> = { '1': 'icmp', '6': 'tcp', '17': 'udp', '58': 'icmpv6' };

/** The protocol by name where it has one ("6" -> "tcp"); "-1" (all) and other numbers stay as they are. */
export function protocolName(protocol: unknown): string {
  const text = String(protocol).toLowerCase();
  return protocolNames[text] ?? text;
}

/**
 * Is this CIDR the whole address space of the family? Any /0 is, not only
 * the canonical 0.0.0.0/0 and ::/0, since the host bits of a /0 mean nothing.
 */
export function isWholeInternet(cidr: unknown, family: IpFamily): boolean {
  // Exactly one "/", followed by "0": tested without splitting, since every rule's every range is asked.
  if (typeof cidr !== 'string' || !cidr.endsWith('/0')) return false;
  const address = cidr.slice(0, -2);
  if (address.includes('/')) return false;
  return family === 'ipv6' ? address.includes(':') : /^\d{1,3}(\.\d{1,3}){3}$/.test(address);
}

// Shared outcomes: the function runs on every rule of every security group.
/** Shared outcomes: a function called once per rule need not allocate one per call. */
export const OPEN: FunctionOutcome = Object.freeze({ result: true });
export const CLOSED: FunctionOutcome = Object.freeze({ result: false });

export const exposesPortsToInternet = defineFunction({
  name: 'exposesPortsToInternet',
  description: 'True when a security group rule opens any of the given ports to 0.0.0.0/0 or ::/0 (protocol -1 opens every port).',
  input: 'one security group rule (an element of ingress)',
  options: Type.Object({
    ports: Type.Array(Type.Integer({ minimum: 0, maximum: 65535 }), { minItems: 1, description: 'Ports to look for, e.g. [22, 3389].' }),
    protocols: Type.Optional(Type.Array(Type.Union([Type.Literal('tcp'), Type.Literal('udp')]), { minItems: 1, description: 'Protocols that count (default tcp).' })),
    ipv4: Type.Optional(Type.Boolean({ description: 'Count 0.0.0.0/0 (default true).' })),
    ipv6: Type.Optional(Type.Boolean({ description: 'Count ::/0 (default true).' })),
  }, { additionalProperties: false }),
  compile(options) {
    const ports = options.ports as number[];
    const protocols = new Set((options.protocols as string[] | undefined) ?? ['tcp']);
    const ipv4 = options.ipv4 !== false;
    const ipv6 = options.ipv6 !== false;
    return (value) => {
      const rule = (typeof value === 'object' && value !== null ? value : {}) as IngressRule;
      const open = (ipv4 && (rule.ipv4Ranges ?? []).some((r) => isWholeInternet(r.cidr, 'ipv4')))
        || (ipv6 && (rule.ipv6Ranges ?? []).some((r) => isWholeInternet(r.cidr, 'ipv6')));
      if (!open) return CLOSED;
      const protocol = protocolName(rule.protocol);
      if (protocol === '-1') return OPEN;
      if (!protocols.has(protocol)) return CLOSED;
      // AWS always sends ports for tcp/udp; if they are missing, assume the widest range rather than none.
      const from = typeof rule.fromPort === 'number' ? rule.fromPort : 0;
      const to = typeof rule.toPort === 'number' ? rule.toPort : 65535;
      return ports.some((port) => from <= port && port <= to) ? OPEN : CLOSED;
    };
  },
});
