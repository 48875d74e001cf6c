/** exposesPortsToInternet on security-group rules, and the helpers the NACL function shares. */
import { describe, expect, it } from 'vitest';
import { exposesPortsToInternet, isWholeInternet, protocolName } from './exposes-ports-to-internet.js';

type Options = Parameters<typeof exposesPortsToInternet.compile>[0];

function exposes(rule: Record<string, unknown>, options: Options = { ports: [22, 3389] }): boolean {
  return exposesPortsToInternet.compile(options)(rule).result;
}

const v4 = (cidr: string, protocol: string, fromPort: number | null, toPort: number | null) => ({ protocol, fromPort, toPort, ipv4Ranges: [{ cidr, description: null }], ipv6Ranges: [] });
const v6 = (cidr: string, protocol: string, fromPort: number | null, toPort: number | null) => ({ protocol, fromPort, toPort, ipv4Ranges: [], ipv6Ranges: [{ cidr, description: null }] });

describe('exposesPortsToInternet', () => {
  it('finds a port inside a range, at either end, and not outside it', () => {
    expect(exposes(v4('0.0.0.0/0', 'tcp', 22, 22))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 20, 25))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 3389, 3400))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 3000, 3389))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 0, 65535))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 23, 3388))).toBe(false);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 3390, 65535))).toBe(false);
  });

  it('treats protocol "-1" as every protocol and port, with or without ports', () => {
    expect(exposes(v4('0.0.0.0/0', '-1', null, null))).toBe(true);
    expect(exposes(v6('::/0', '-1', null, null), { ports: [445] })).toBe(true);
  });

  it('knows tcp and udp by name or by number, and counts udp only when asked', () => {
    expect(exposes(v4('0.0.0.0/0', '6', 22, 22))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'TCP', 22, 22))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'udp', 3389, 3389))).toBe(false);
    expect(exposes(v4('0.0.0.0/0', '17', 3389, 3389))).toBe(false);
    expect(exposes(v4('0.0.0.0/0', 'udp', 3389, 3389), { ports: [3389], protocols: ['tcp', 'udp'] })).toBe(true);
    expect(exposes(v4('0.0.0.0/0', '17', 3389, 3389), { ports: [3389], protocols: ['tcp', 'udp'] })).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 22, 22), { ports: [22], protocols: ['udp'] })).toBe(false);
  });

  it('never matches protocols without ports (icmp, esp) however wide their source', () => {
    expect(exposes(v4('0.0.0.0/0', 'icmp', -1, -1), { ports: [22], protocols: ['tcp', 'udp'] })).toBe(false);
    expect(exposes(v4('0.0.0.0/0', '50', null, null), { ports: [22], protocols: ['tcp', 'udp'] })).toBe(false);
  });

  it('reads a tcp rule without ports as the whole port range', () => {
    expect(exposes(v4('0.0.0.0/0', 'tcp', null, null))).toBe(true);
  });

  it('counts only the whole internet, not narrower ranges, prefix lists or groups', () => {
    expect(exposes(v4('10.0.0.0/8', 'tcp', 22, 22))).toBe(false);
    expect(exposes(v4('0.0.0.0/1', 'tcp', 22, 22))).toBe(false);
    expect(exposes(v6('2001:db8::/32', 'tcp', 22, 22))).toBe(false);
    expect(exposes({ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [{ prefixListId: 'pl-1', description: null }], referencedGroups: [] })).toBe(false);
    expect(exposes({ protocol: 'tcp', fromPort: 22, toPort: 22 })).toBe(false);
  });

  it('counts IPv4 and IPv6 separately, each only when asked', () => {
    expect(exposes(v4('0.0.0.0/0', 'tcp', 22, 22), { ports: [22], ipv6: false })).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 22, 22), { ports: [22], ipv4: false })).toBe(false);
    expect(exposes(v6('::/0', 'tcp', 22, 22), { ports: [22], ipv4: false })).toBe(true);
    expect(exposes(v6('::/0', 'tcp', 22, 22), { ports: [22], ipv6: false })).toBe(false);
  });

  it('tolerates values that are not rules', () => {
    expect(exposes({})).toBe(false);
    expect(exposesPortsToInternet.compile({ ports: [22] })(null).result).toBe(false);
  });
});

describe('isWholeInternet and protocolName', () => {
  it('take any /0 of the right family as the whole internet', () => {
    expect(isWholeInternet('0.0.0.0/0', 'ipv4')).toBe(true);
    expect(isWholeInternet('10.1.2.3/0', 'ipv4')).toBe(true);
    expect(isWholeInternet('::/0', 'ipv6')).toBe(true);
    expect(isWholeInternet('0:0:0:0:0:0:0:0/0', 'ipv6')).toBe(true);
    expect(isWholeInternet('::/0', 'ipv4')).toBe(false);
    expect(isWholeInternet('0.0.0.0/0', 'ipv6')).toBe(false);
    expect(isWholeInternet('0.0.0.0/1', 'ipv4')).toBe(false);
    expect(isWholeInternet('0.0.0.0', 'ipv4')).toBe(false);
    expect(isWholeInternet(null, 'ipv4')).toBe(false);
  });

  it('name tcp and udp by number and leave "-1" alone', () => {
    expect(['6', '17', 'tcp', 'UDP', '-1', '1', '50'].map(protocolName)).toEqual(['tcp', 'udp', 'tcp', 'udp', '-1', 'icmp', '50']);
  });
});
