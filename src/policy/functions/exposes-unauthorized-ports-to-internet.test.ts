/** exposesUnauthorizedPortsToInternet on security-group rules. */
import { describe, expect, it } from 'vitest';
import { exposesUnauthorizedPortsToInternet } from './exposes-unauthorized-ports-to-internet.js';

const web = { tcpPorts: [80, 443], udpPorts: [] };
const exposes = (rule: Record<string, unknown>, options: Record<string, unknown> = web): boolean => exposesUnauthorizedPortsToInternet.compile(options)(rule).result;
const v4 = (cidr: string, protocol: string, fromPort: number | null, toPort: number | null) => ({ protocol, fromPort, toPort, ipv4Ranges: [{ cidr, description: null }], ipv6Ranges: [] });
const v6 = (cidr: string, protocol: string, fromPort: number | null, toPort: number | null) => ({ protocol, fromPort, toPort, ipv4Ranges: [], ipv6Ranges: [{ cidr, description: null }] });

describe('exposesUnauthorizedPortsToInternet', () => {
  it('lets the internet reach the authorized ports only, one port or a range wholly inside them', () => {
    expect(exposes(v4('0.0.0.0/0', 'tcp', 443, 443))).toBe(false);
    expect(exposes(v6('::/0', '6', 80, 80))).toBe(false);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 8443, 8443))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 80, 443))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 80, 81), { tcpPorts: [80, 81], udpPorts: [] })).toBe(false);
    expect(exposes(v4('0.0.0.0/0', 'tcp', 0, 65535))).toBe(true);
  });

  it('judges udp against its own list and never authorizes all traffic or port-less protocols', () => {
    expect(exposes(v4('0.0.0.0/0', 'udp', 443, 443))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', '17', 53, 53), { tcpPorts: [], udpPorts: [53] })).toBe(false);
    expect(exposes(v4('0.0.0.0/0', '-1', null, null))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'icmp', -1, -1))).toBe(true);
    expect(exposes(v4('0.0.0.0/0', 'tcp', null, null))).toBe(true);
  });

  it('ignores rules whose sources are narrower than the internet', () => {
    expect(exposes(v4('10.0.0.0/8', 'tcp', 22, 22))).toBe(false);
    expect(exposes(v6('2001:db8::/32', '-1', null, null))).toBe(false);
    expect(exposes({ protocol: 'tcp', fromPort: 22, toPort: 22, prefixListIds: [{ prefixListId: 'pl-1' }] })).toBe(false);
    expect(exposesUnauthorizedPortsToInternet.compile(web)(null).result).toBe(false);
  });
});
