/** networkFirewallRuleGroups through the real Network Firewall client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { networkFirewallRuleGroups } from './rule-groups.js';
import { byTarget, json, jsonError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const LIST = 'NetworkFirewall_20201112.ListRuleGroups';
const DESCRIBE = 'NetworkFirewall_20201112.DescribeRuleGroup';
const arn = (kind: 'stateless' | 'stateful', name: string): string => `arn:aws:network-firewall:us-east-1:${ACCOUNT}:${kind}-rulegroup/${name}`;
const BOGONS = arn('stateless', 'bogons');
const EMPTY = arn('stateless', 'placeholder');
const DOMAINS = arn('stateful', 'bogons');

const rule = (priority: number) => ({ Priority: priority, RuleDefinition: { MatchAttributes: { Sources: [{ AddressDefinition: '0.0.0.0/8' }] }, Actions: ['aws:drop'] } });
const response = (groupArn: string, name: string, type: string) => ({ RuleGroupArn: groupArn, RuleGroupName: name, RuleGroupId: `id-${name}-${type}`, Type: type, RuleGroupStatus: 'ACTIVE', Capacity: 100, Tags: [{ Key: 'owner', Value: 'netsec' }] });

const GROUPS: Record<string, Record<string, unknown>> = {
  [BOGONS]: { UpdateToken: 't', RuleGroupResponse: response(BOGONS, 'bogons', 'STATELESS'), RuleGroup: { RulesSource: { StatelessRulesAndCustomActions: { StatelessRules: [rule(10), rule(20)] } } } },
  [EMPTY]: { UpdateToken: 't', RuleGroupResponse: response(EMPTY, 'placeholder', 'STATELESS'), RuleGroup: { RulesSource: { StatelessRulesAndCustomActions: { StatelessRules: [] } } } },
  // A stateful group of the same name: its ARN tells it apart.
  [DOMAINS]: { UpdateToken: 't', RuleGroupResponse: response(DOMAINS, 'bogons', 'STATEFUL'), RuleGroup: { RulesSource: { RulesSourceList: { Targets: ['.example.com'], TargetTypes: ['HTTP_HOST'], GeneratedRulesType: 'ALLOWLIST' } } } },
};

function routes(overrides: Route[] = [], groups = GROUPS): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListRuleGroups', match: byTarget(LIST),
      respond: (r) => (r.params.NextToken === undefined
        ? json({ RuleGroups: [{ Name: 'bogons', Arn: BOGONS }, { Name: 'placeholder', Arn: EMPTY }], NextToken: 'page-2' })
        : json({ RuleGroups: [{ Name: 'bogons', Arn: DOMAINS }] })),
    },
    {
      name: 'DescribeRuleGroup', match: byTarget(DESCRIBE),
      respond: (r): RecordedResponse => {
        const found = groups[String(r.params.RuleGroupArn)];
        return found === undefined ? jsonError('ResourceNotFoundException', 'rule group not found') : json(found);
      },
    },
  ];
}

const groupsOf = (run: Awaited<ReturnType<typeof collectRecorded>>) => run.snapshot.resources.filter((r) => r.type === 'aws.network-firewall.rule-group');

describe('networkFirewallRuleGroups', () => {
  it('lists the account\'s own groups, follows NextToken and counts each stateless group\'s rules', async () => {
    const run = await collectRecorded([networkFirewallRuleGroups], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => [r.params.Scope, r.params.NextToken])).toEqual([['ACCOUNT', undefined], ['ACCOUNT', 'page-2']]);
    const found = groupsOf(run);
    expect(found.map((g) => g.id).sort()).toEqual([DOMAINS, EMPTY, BOGONS].sort());
    expect(found.every((g) => g.errors === undefined)).toBe(true);
    expect(found.find((g) => g.id === BOGONS)).toMatchObject({ arn: BOGONS, name: 'bogons', tags: { owner: 'netsec' } });
    expect(found.find((g) => g.id === BOGONS)?.data).toEqual({ ruleGroupName: 'bogons', ruleGroupId: 'id-bogons-STATELESS', type: 'STATELESS', status: 'ACTIVE', statelessRuleCount: 2 });
    expect(found.find((g) => g.id === EMPTY)?.data).toMatchObject({ type: 'STATELESS', statelessRuleCount: 0 });
    expect(found.find((g) => g.id === DOMAINS)?.data).toMatchObject({ ruleGroupName: 'bogons', type: 'STATEFUL', statelessRuleCount: null });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.network-firewall.rule-group', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a group deleted between listing and describing', async () => {
    const { [EMPTY]: _gone, ...rest } = GROUPS;
    const run = await collectRecorded([networkFirewallRuleGroups], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(groupsOf(run).map((g) => g.id).sort()).toEqual([DOMAINS, BOGONS].sort());
    expect(run.snapshot.errors).toEqual([]);
  });

  it('reads a stateless group answered without its rules as unknown, never empty', async () => {
    const partial = { ...GROUPS, [EMPTY]: { UpdateToken: 't', RuleGroupResponse: response(EMPTY, 'placeholder', 'STATELESS') } };
    const run = await collectRecorded([networkFirewallRuleGroups], routes([], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const empty = groupsOf(run).find((g) => g.id === EMPTY);
    expect(empty?.errors?.map((e) => [e.path, e.code])).toEqual([['statelessRuleCount', 'IncompleteResponse']]);
    expect(empty?.data).not.toHaveProperty('statelessRuleCount');
  });

  it('records AccessDenied on DescribeRuleGroup on every field it fills and the tags', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === DESCRIBE && r.params.RuleGroupArn === EMPTY, respond: jsonError('AccessDeniedException', 'not authorized to perform: network-firewall:DescribeRuleGroup') };
    const run = await collectRecorded([networkFirewallRuleGroups], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const empty = groupsOf(run).find((g) => g.id === EMPTY);
    expect(empty?.data).toEqual({ ruleGroupName: 'placeholder' });
    expect(empty?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual(
      ['ruleGroupId', 'type', 'status', 'statelessRuleCount', '$tags'].map((p) => [p, 'AccessDeniedException', 'network-firewall:DescribeRuleGroup']));
  });

  it('marks coverage failed when ListRuleGroups is denied, and partial when a later page fails', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: network-firewall:ListRuleGroups') };
    const run = await collectRecorded([networkFirewallRuleGroups], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on network-firewall:ListRuleGroups: not authorized to perform: network-firewall:ListRuleGroups' })]);

    const secondPage: Route = { name: 'page-2-denied', match: (r) => r.target === LIST && r.params.NextToken !== undefined, respond: jsonError('AccessDeniedException', 'denied on page 2') };
    const partial = await collectRecorded([networkFirewallRuleGroups], routes([secondPage]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(groupsOf(partial).map((g) => g.id).sort()).toEqual([EMPTY, BOGONS].sort());
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });
});

describe('networkFirewallRuleGroups call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(networkFirewallRuleGroups)).toEqual([]);
  });
});
