/** networkAclAllowsFromInternet: first match wins, per family, per protocol and port. */
import { describe, expect, it } from 'vitest';
import { networkAclAllowsFromInternet } from './network-acl-allows-from-internet.js';

interface EntrySpec {
  n: number;
  action: 'allow' | 'deny';
  protocol: string;
  cidr: string;
  ports?: [number, number] | null;
  egress?: boolean;
}

function entry({ n, action, protocol, cidr, ports = null, egress = false }: EntrySpec) {
  const v6 = cidr.includes(':');
  return {
    ruleNumber: n, egress, ruleAction: action, protocol,
    cidrBlock: v6 ? null : cidr, ipv6CidrBlock: v6 ? cidr : null,
    portRange: ports === null ? null : { from: ports[0], to: ports[1] }, icmpTypeCode: null,
  };
}

// The "*" rules AWS adds to every network ACL.
const catchAll = [
  entry({ n: 32767, action: 'deny', protocol: '-1', cidr: '0.0.0.0/0' }),
  entry({ n: 32768, action: 'deny', protocol: '-1', cidr: '::/0' }),
];

function check(entries: unknown, options: Record<string, unknown> = { ports: [22, 3389] }) {
  return networkAclAllowsFromInternet.compile(options)(entries);
}

const allowed = (entries: unknown[], options?: Record<string, unknown>): boolean => check(entries, options).result;

describe('networkAclAllowsFromInternet', () => {
  it('finds an allow from 0.0.0.0/0 whose range covers a port, and reports the rule', () => {
    const outcome = check([entry({ n: 100, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', ports: [20, 25] }), ...catchAll]);
    expect(outcome).toEqual({
      result: true,
      actual: { family: 'ipv4', protocol: 'tcp', port: 22, allowedBy: { ruleNumber: 100, ruleAction: 'allow', cidr: '0.0.0.0/0', protocol: 'tcp', ports: '20-25' } },
    });
  });

  it('treats protocol "-1" as all protocols and ports', () => {
    const outcome = check([entry({ n: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }), ...catchAll], { ports: [3389] });
    expect(outcome.actual).toMatchObject({ port: 3389, allowedBy: { protocol: 'all', ports: 'all' } });
  });

  it('reads a tcp entry without a port range as every port', () => {
    expect(allowed([entry({ n: 100, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', ports: null }), ...catchAll])).toBe(true);
  });

  it('ignores ranges that miss the ports, and protocols without ports', () => {
    expect(allowed([
      entry({ n: 100, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', ports: [443, 443] }),
      entry({ n: 110, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', ports: [32768, 65535] }),
      entry({ n: 120, action: 'allow', protocol: '1', cidr: '0.0.0.0/0' }),
      ...catchAll,
    ])).toBe(false);
  });

  it('counts udp ("17" or "udp") only when asked', () => {
    const udp = [entry({ n: 100, action: 'allow', protocol: '17', cidr: '0.0.0.0/0', ports: [3389, 3389] }), ...catchAll];
    expect(allowed(udp)).toBe(false);
    expect(allowed(udp, { ports: [3389], protocols: ['tcp', 'udp'] })).toBe(true);
    expect(allowed([entry({ n: 100, action: 'allow', protocol: 'udp', cidr: '0.0.0.0/0', ports: [3389, 3389] })], { ports: [3389], protocols: ['udp'] })).toBe(true);
  });

  it('lets a lower-numbered deny of the whole internet shadow a later allow, and says so', () => {
    const entries = [
      entry({ n: 100, action: 'deny', protocol: '6', cidr: '0.0.0.0/0', ports: [22, 22] }),
      entry({ n: 110, action: 'deny', protocol: '6', cidr: '0.0.0.0/0', ports: [3389, 3389] }),
      entry({ n: 200, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', ports: [0, 65535] }),
      ...catchAll,
    ];
    const outcome = check(entries);
    expect(outcome.result).toBe(false);
    expect(outcome.actual).toEqual({
      shadowed: [
        { family: 'ipv4', protocol: 'tcp', port: 22, deniedBy: { ruleNumber: 100, ruleAction: 'deny', cidr: '0.0.0.0/0', protocol: 'tcp', ports: '22' }, shadowedAllow: { ruleNumber: 200, ruleAction: 'allow', cidr: '0.0.0.0/0', protocol: 'tcp', ports: '0-65535' } },
        { family: 'ipv4', protocol: 'tcp', port: 3389, deniedBy: { ruleNumber: 110, ruleAction: 'deny', cidr: '0.0.0.0/0', protocol: 'tcp', ports: '3389' }, shadowedAllow: { ruleNumber: 200, ruleAction: 'allow', cidr: '0.0.0.0/0', protocol: 'tcp', ports: '0-65535' } },
      ],
    });
  });

  it('evaluates by rule number, not by the order AWS lists the entries', () => {
    expect(allowed([
      entry({ n: 200, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', ports: [22, 22] }),
      entry({ n: 100, action: 'deny', protocol: '-1', cidr: '0.0.0.0/0' }),
    ], { ports: [22] })).toBe(false);
    expect(allowed([
      entry({ n: 200, action: 'deny', protocol: '-1', cidr: '0.0.0.0/0' }),
      entry({ n: 100, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', ports: [22, 22] }),
    ], { ports: [22] })).toBe(true);
  });

  it('shadows only the ports and protocols the deny covers', () => {
    const entries = [
      entry({ n: 100, action: 'deny', protocol: '6', cidr: '0.0.0.0/0', ports: [22, 22] }),
      entry({ n: 200, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }),
    ];
    expect(check(entries).actual).toMatchObject({ port: 3389, allowedBy: { ruleNumber: 200 } });
    expect(allowed(entries, { ports: [22] })).toBe(false);
    expect(check(entries, { ports: [22], protocols: ['tcp', 'udp'] }).actual).toMatchObject({ protocol: 'udp', port: 22 });
  });

  it('does not let a deny of part of the internet shadow an allow of all of it, and reports that deny', () => {
    const outcome = check([
      entry({ n: 90, action: 'deny', protocol: '6', cidr: '198.51.100.0/24', ports: [22, 22] }),
      entry({ n: 100, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', ports: [22, 22] }),
    ], { ports: [22] });
    expect(outcome).toEqual({
      result: true,
      actual: {
        family: 'ipv4', protocol: 'tcp', port: 22,
        allowedBy: { ruleNumber: 100, ruleAction: 'allow', cidr: '0.0.0.0/0', protocol: 'tcp', ports: '22' },
        narrowerDenies: [{ ruleNumber: 90, ruleAction: 'deny', cidr: '198.51.100.0/24', protocol: 'tcp', ports: '22' }],
      },
    });
  });

  it('does not count an allow narrower than the whole internet, even half of it', () => {
    expect(allowed([entry({ n: 100, action: 'allow', protocol: '6', cidr: '203.0.113.0/24', ports: [22, 22] }), ...catchAll])).toBe(false);
    expect(allowed([
      entry({ n: 100, action: 'allow', protocol: '6', cidr: '0.0.0.0/1', ports: [22, 22] }),
      entry({ n: 110, action: 'allow', protocol: '6', cidr: '128.0.0.0/1', ports: [22, 22] }),
      ...catchAll,
    ])).toBe(false);
  });

  it('lets a narrow allow before a whole-internet deny keep the port closed to the internet', () => {
    expect(allowed([
      entry({ n: 100, action: 'allow', protocol: '6', cidr: '10.0.0.0/8', ports: [22, 22] }),
      entry({ n: 110, action: 'deny', protocol: '6', cidr: '0.0.0.0/0', ports: [22, 22] }),
      entry({ n: 120, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }),
    ], { ports: [22] })).toBe(false);
  });

  it('evaluates IPv4 and IPv6 entries separately, each only when asked', () => {
    const entries = [
      entry({ n: 100, action: 'deny', protocol: '-1', cidr: '0.0.0.0/0' }),
      entry({ n: 110, action: 'allow', protocol: '6', cidr: '::/0', ports: [22, 22] }),
      ...catchAll,
    ];
    expect(check(entries).actual).toMatchObject({ family: 'ipv6', allowedBy: { ruleNumber: 110, cidr: '::/0' } });
    expect(allowed(entries, { ports: [22], ipv6: false })).toBe(false);
    const v4Only = [entry({ n: 100, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', ports: [22, 22] }), ...catchAll];
    expect(allowed(v4Only, { ports: [22], ipv4: false })).toBe(false);
    expect(allowed(v4Only, { ports: [22], ipv6: false })).toBe(true);
  });

  it('reads inbound entries only', () => {
    expect(allowed([entry({ n: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0', egress: true }), ...catchAll])).toBe(false);
  });

  it('treats no decision as the implicit deny, and says what it looked for', () => {
    expect(check([])).toEqual({ result: false, actual: 'no inbound entry allows 0.0.0.0/0 or ::/0 to tcp ports 22, 3389' });
    expect(check([], { ports: [22], ipv4: false, protocols: ['tcp', 'udp'] }).actual).toBe('no inbound entry allows ::/0 to tcp/udp port 22');
    expect(check(null, { ports: [22], ipv4: false, ipv6: false }).actual).toBe('neither IPv4 nor IPv6 entries were checked');
  });

  it('flags the default network ACL, which allows all inbound traffic', () => {
    const defaults = [
      entry({ n: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }),
      entry({ n: 101, action: 'allow', protocol: '-1', cidr: '::/0' }),
      ...catchAll,
    ];
    expect(check(defaults).actual).toMatchObject({ family: 'ipv4', port: 22, allowedBy: { ruleNumber: 100 } });
  });
});
