/**
 * Does a network ACL let the whole internet in to any of the given ports?
 *
 * AWS evaluates a NACL's inbound entries lowest rule number first and the
 * first entry that matches a packet decides. IPv4 packets are matched only
 * against IPv4 entries (cidrBlock), IPv6 packets only against IPv6 entries
 * (ipv6CidrBlock). So for each family, protocol and port this walks the
 * inbound entries in that order, looking at what a packet from anywhere on
 * the internet meets:
 *   - an entry whose CIDR is the whole family (0.0.0.0/0, ::/0) decides for
 *     every source: an allow exposes the port, a deny closes it, and a later
 *     internet-wide allow is shadowed;
 *   - a deny with a narrower CIDR keeps out only part of the internet, so the
 *     walk goes on; such denies are reported with the allow they preceded;
 *   - an allow with a narrower CIDR does not count, even 0.0.0.0/1: CIS 6.2
 *     asks about ingress from 0.0.0.0/0, matching the security-group checks,
 *     and any cut-off short of /0 would be arbitrary. A source range that is
 *     not the whole internet is the remediation CIS itself recommends.
 * Protocol "-1" matches every protocol and port; a tcp/udp entry without a
 * port range matches every port. Walking off the end is a deny, as the "*"
 * entries AWS always adds make it.
 */
import { Type } from '@sinclair/typebox';
import { defineFunction } from './define.js';
import { isWholeInternet, protocolName, type IpFamily } from './exposes-ports-to-internet.js';

interface Entry {
  ruleNumber?: unknown;
  egress?: unknown;
  ruleAction?: unknown;
  protocol?: unknown;
  cidrBlock?: unknown;
  ipv6CidrBlock?: unknown;
  portRange?: { from?: unknown; to?: unknown } | null;
}

/** One entry as evidence: enough to find it in the console and to see why it matched. */
interface EntrySummary {
  ruleNumber: number;
  ruleAction: string;
  cidr: string;
  protocol: string;
  ports: string;
}

interface Walk {
  decidedBy: EntrySummary | undefined;
  narrowerDenies: EntrySummary[];
}

const families: readonly IpFamily[] = ['ipv4', 'ipv6'];

function cidrOf(entry: Entry, family: IpFamily): unknown {
  return family === 'ipv4' ? entry.cidrBlock : entry.ipv6CidrBlock;
}

function portsText(entry: Entry): string {
  const range = entry.portRange;
  if (protocolName(entry.protocol) === '-1' || range === null || range === undefined) return 'all';
  return range.from === range.to ? String(range.from) : `${String(range.from)}-${String(range.to)}`;
}

function summary(entry: Entry, family: IpFamily): EntrySummary {
  const protocol = protocolName(entry.protocol);
  return { ruleNumber: Number(entry.ruleNumber), ruleAction: String(entry.ruleAction), cidr: String(cidrOf(entry, family)), protocol: protocol === '-1' ? 'all' : protocol, ports: portsText(entry) };
}

function covers(entry: Entry, protocol: string, port: number): boolean {
  const own = protocolName(entry.protocol);
  if (own === '-1') return true;
  if (own !== protocol) return false;
  const range = entry.portRange;
  if (range === null || range === undefined) return true;
  return typeof range.from === 'number' && typeof range.to === 'number' && range.from <= port && port <= range.to;
}

/** Follows a packet from anywhere on the internet to `port` through the ordered inbound entries of one family. */
function walk(entries: readonly Entry[], family: IpFamily, protocol: string, port: number): Walk {
  const narrowerDenies: EntrySummary[] = [];
  for (const entry of entries) {
    if (!covers(entry, protocol, port)) continue;
    if (isWholeInternet(cidrOf(entry, family), family)) return { decidedBy: summary(entry, family), narrowerDenies };
    if (entry.ruleAction === 'deny') narrowerDenies.push(summary(entry, family));
  }
  return { decidedBy: undefined, narrowerDenies };
}

/** The first internet-wide allow after the deny that decided: what that deny shadows, if anything. */
function shadowedBy(entries: readonly Entry[], deny: EntrySummary, family: IpFamily, protocol: string, port: number): Entry | undefined {
  return entries.find((e) => Number(e.ruleNumber) > deny.ruleNumber && e.ruleAction === 'allow'
    && covers(e, protocol, port) && isWholeInternet(cidrOf(e, family), family));
}

function inboundOf(value: unknown, family: IpFamily): Entry[] {
  const entries = (Array.isArray(value) ? value : []) as Entry[];
  return entries
    .filter((e) => e.egress === false && typeof cidrOf(e, family) === 'string')
    .sort((a, b) => Number(a.ruleNumber) - Number(b.ruleNumber));
}

export const networkAclAllowsFromInternet = defineFunction({
  name: 'networkAclAllowsFromInternet',
  description: 'True when a network ACL\'s inbound entries, evaluated in rule-number order as AWS does, allow 0.0.0.0/0 or ::/0 to reach any of the given ports.',
  input: 'the entries of a network ACL (aws.ec2.network-acl entries)',
  options: Type.Object({
    ports: Type.Array(Type.Integer({ minimum: 0, maximum: 65535 }), { minItems: 1, description: 'Ports to look for, e.g. [22, 3389].' }),
    protocols: Type.Optional(Type.Array(Type.Union([Type.Literal('tcp'), Type.Literal('udp')]), { minItems: 1, description: 'Protocols that count (default tcp).' })),
    ipv4: Type.Optional(Type.Boolean({ description: 'Check IPv4 entries for 0.0.0.0/0 (default true).' })),
    ipv6: Type.Optional(Type.Boolean({ description: 'Check IPv6 entries for ::/0 (default true).' })),
  }, { additionalProperties: false }),
  compile(options) {
    const ports = options.ports as number[];
    const protocols = (options.protocols as string[] | undefined) ?? ['tcp'];
    const checked = families.filter((f) => options[f] !== false);
    const sources = checked.map((f) => (f === 'ipv4' ? '0.0.0.0/0' : '::/0')).join(' or ');
    const nothingAllowed = checked.length === 0
      ? 'neither IPv4 nor IPv6 entries were checked'
      : `no inbound entry allows ${sources} to ${protocols.join('/')} port${ports.length > 1 ? 's' : ''} ${ports.join(', ')}`;
    return (value) => {
      const shadowed: { family: IpFamily; protocol: string; port: number; deniedBy: EntrySummary; shadowedAllow: EntrySummary }[] = [];
      for (const family of checked) {
        const entries = inboundOf(value, family);
        for (const protocol of protocols) {
          for (const port of ports) {
            const { decidedBy, narrowerDenies } = walk(entries, family, protocol, port);
            if (decidedBy?.ruleAction === 'allow') {
              return { result: true, actual: { family, protocol, port, allowedBy: decidedBy, ...(narrowerDenies.length > 0 ? { narrowerDenies } : {}) } };
            }
            const laterAllow = decidedBy === undefined ? undefined : shadowedBy(entries, decidedBy, family, protocol, port);
            if (decidedBy !== undefined && laterAllow !== undefined) shadowed.push({ family, protocol, port, deniedBy: decidedBy, shadowedAllow: summary(laterAllow, family) });
          }
        }
      }
      if (shadowed.length > 0) return { result: false, actual: { shadowed } };
      return { result: false, actual: nothingAllowed };
    };
  },
});
