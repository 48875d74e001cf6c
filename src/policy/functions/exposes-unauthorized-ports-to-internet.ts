/**
 * Does one security-group rule (an ingress IpPermission, as normalized in
 * the catalog) let the whole internet reach anything beyond the authorized
 * ports? The allow-list reading of Security Hub EC2.18: a rule from
 * 0.0.0.0/0 or ::/0 is authorized only when it is tcp or udp and every port
 * of its range is in that protocol's list. All traffic (-1) and protocols
 * without ports (icmp, esp …) from the internet are never authorized, and a
 * tcp/udp rule without ports is read as the whole range.
 */
import { Type } from '@sinclair/typebox';
import { defineFunction } from './define.js';
import { CLOSED, isWholeInternet, OPEN, protocolName, type IngressRule } from './exposes-ports-to-internet.js';


const portList = (description: string) => Type.Array(Type.Integer({ minimum: 0, maximum: 65535 }), { description });

/** Every port of from..to is in the set; a range wider than the set cannot be (bounded: never walks more ports than the set holds). */
function allAuthorized(from: number, to: number, authorized: ReadonlySet<number>): boolean {
  if (to < from || to - from + 1 > authorized.size) return to < from;
  for (let port = from; port <= to; port++) if (!authorized.has(port)) return false;
  return true;
}

export const exposesUnauthorizedPortsToInternet = defineFunction({
  name: 'exposesUnauthorizedPortsToInternet',
  description: 'True when a security group rule opens to 0.0.0.0/0 or ::/0 any port outside the authorized TCP and UDP ports (all traffic and port-less protocols are never authorized).',
  input: 'one security group rule (an element of ingress)',
  options: Type.Object({
    tcpPorts: portList('TCP ports the internet may reach, e.g. [80, 443].'),
    udpPorts: portList('UDP ports the internet may reach; empty for none.'),
  }, { additionalProperties: false }),
  compile(options) {
    const tcp = new Set(options.tcpPorts as number[]);
    const udp = new Set(options.udpPorts as number[]);
    return (value) => {
      const rule = (typeof value === 'object' && value !== null ? value : {}) as IngressRule;
      const open = (rule.ipv4Ranges ?? []).some((r) => isWholeInternet(r.cidr, 'ipv4')) || (rule.ipv6Ranges ?? []).some((r) => isWholeInternet(r.cidr, 'ipv6'));
      if (!open) return CLOSED;
      const protocol = protocolName(rule.protocol);
      const authorized = protocol === 'tcp' ? tcp : protocol === 'udp' ? udp : undefined;
      if (authorized === undefined) return OPEN;
      const from = typeof rule.fromPort === 'number' ? rule.fromPort : 0;
      const to = typeof rule.toPort === 'number' ? rule.toPort : 65535;
      return allAuthorized(from, to, authorized) ? CLOSED : OPEN;
    };
  },
});
