/** networkFirewallFirewallPolicies through the real Network Firewall client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { networkFirewallFirewallPolicies } from './firewall-policies.js';
import { byTarget, json, jsonError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const LIST = 'NetworkFirewall_20201112.ListFirewallPolicies';
const DESCRIBE = 'NetworkFirewall_20201112.DescribeFirewallPolicy';
const arn = (name: string): string => `arn:aws:network-firewall:us-east-1:${ACCOUNT}:firewall-policy/${name}`;
const STATELESS = `arn:aws:network-firewall:us-east-1:${ACCOUNT}:stateless-rulegroup/bogons`;
const STATEFUL = `arn:aws:network-firewall:us-east-1:${ACCOUNT}:stateful-rulegroup/domains`;

const described = (name: string, policy: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  UpdateToken: 'token',
  FirewallPolicyResponse: { FirewallPolicyName: name, FirewallPolicyArn: arn(name), FirewallPolicyId: `id-${name}`, FirewallPolicyStatus: 'ACTIVE', Tags: [{ Key: 'env', Value: 'prod' }], ...extra },
  FirewallPolicy: policy,
});

const POLICIES: Record<string, Record<string, unknown>> = {
  strict: described('strict', {
    StatelessRuleGroupReferences: [{ ResourceArn: STATELESS, Priority: 10 }], StatefulRuleGroupReferences: [{ ResourceArn: STATEFUL }],
    StatelessDefaultActions: ['aws:forward_to_sfe'], StatelessFragmentDefaultActions: ['aws:drop', 'metrics'],
  }),
  // No rule groups, and every unmatched packet passes: what an empty policy looks like.
  open: described('open', { StatelessDefaultActions: ['aws:pass'], StatelessFragmentDefaultActions: ['aws:pass'] }),
  stateful: described('stateful', { StatefulRuleGroupReferences: [{ ResourceArn: STATEFUL }], StatelessDefaultActions: ['aws:forward_to_sfe'], StatelessFragmentDefaultActions: ['aws:forward_to_sfe'] }),
};

function routes(overrides: Route[] = [], policies = POLICIES): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListFirewallPolicies', match: byTarget(LIST),
      respond: (r) => (r.params.NextToken === undefined
        ? json({ FirewallPolicies: [{ Name: 'strict', Arn: arn('strict') }, { Name: 'open', Arn: arn('open') }], NextToken: 'page-2' })
        : json({ FirewallPolicies: [{ Name: 'stateful', Arn: arn('stateful') }] })),
    },
    {
      name: 'DescribeFirewallPolicy', match: byTarget(DESCRIBE),
      respond: (r): RecordedResponse => {
        const found = policies[String(r.params.FirewallPolicyName)];
        return found === undefined ? jsonError('ResourceNotFoundException', 'firewall policy not found') : json(found);
      },
    },
  ];
}

const policiesOf = (run: Awaited<ReturnType<typeof collectRecorded>>) => run.snapshot.resources.filter((r) => r.type === 'aws.network-firewall.firewall-policy');

describe('networkFirewallFirewallPolicies', () => {
  it('follows NextToken and maps each policy, rule group references it does not have as none', async () => {
    const run = await collectRecorded([networkFirewallFirewallPolicies], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => [r.params.MaxResults, r.params.NextToken])).toEqual([[100, undefined], [100, 'page-2']]);
    const found = policiesOf(run);
    expect(found.map((p) => p.id).sort()).toEqual(['open', 'stateful', 'strict']);
    expect(found.every((p) => p.errors === undefined)).toBe(true);
    expect(found.find((p) => p.id === 'strict')).toMatchObject({ arn: arn('strict'), tags: { env: 'prod' } });
    expect(found.find((p) => p.id === 'strict')?.data).toEqual({
      firewallPolicyName: 'strict', firewallPolicyId: 'id-strict', status: 'ACTIVE', statelessRuleGroupArns: [STATELESS], statefulRuleGroupArns: [STATEFUL],
      statelessDefaultActions: ['aws:forward_to_sfe'], statelessFragmentDefaultActions: ['aws:drop', 'metrics'],
    });
    expect(found.find((p) => p.id === 'open')?.data).toMatchObject({ statelessRuleGroupArns: [], statefulRuleGroupArns: [], statelessDefaultActions: ['aws:pass'] });
    expect(found.find((p) => p.id === 'stateful')?.data).toMatchObject({ statelessRuleGroupArns: [], statefulRuleGroupArns: [STATEFUL] });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.network-firewall.firewall-policy', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a policy deleted between listing and describing', async () => {
    const { open: _gone, ...rest } = POLICIES;
    const run = await collectRecorded([networkFirewallFirewallPolicies], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(policiesOf(run).map((p) => p.id).sort()).toEqual(['stateful', 'strict']);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('reads an answer without the policy body as unknown default actions and rule groups, never none', async () => {
    const partial = { ...POLICIES, open: { ...described('open', {}), FirewallPolicy: undefined } };
    const run = await collectRecorded([networkFirewallFirewallPolicies], routes([], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const open = policiesOf(run).find((p) => p.id === 'open');
    expect(open?.errors?.map((e) => [e.path, e.code])).toEqual(['statelessRuleGroupArns', 'statefulRuleGroupArns', 'statelessDefaultActions', 'statelessFragmentDefaultActions'].map((p) => [p, 'IncompleteResponse']));
    expect(open?.data).toEqual({ firewallPolicyName: 'open', firewallPolicyId: 'id-open', status: 'ACTIVE' });
  });

  it('records AccessDenied on DescribeFirewallPolicy on every field it fills and the tags', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === DESCRIBE && r.params.FirewallPolicyName === 'open', respond: jsonError('AccessDeniedException', 'not authorized to perform: network-firewall:DescribeFirewallPolicy') };
    const run = await collectRecorded([networkFirewallFirewallPolicies], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const open = policiesOf(run).find((p) => p.id === 'open');
    expect(open).toMatchObject({ arn: arn('open'), data: { firewallPolicyName: 'open' } });
    expect(open?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual(
      ['firewallPolicyId', 'status', 'statelessRuleGroupArns', 'statefulRuleGroupArns', 'statelessDefaultActions', 'statelessFragmentDefaultActions', '$tags'].map((p) => [p, 'AccessDeniedException', 'network-firewall:DescribeFirewallPolicy']));
  });

  it('marks coverage failed when ListFirewallPolicies is denied, and partial when a later page fails', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: network-firewall:ListFirewallPolicies') };
    const run = await collectRecorded([networkFirewallFirewallPolicies], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on network-firewall:ListFirewallPolicies: not authorized to perform: network-firewall:ListFirewallPolicies' })]);

    const secondPage: Route = { name: 'page-2-denied', match: (r) => r.target === LIST && r.params.NextToken !== undefined, respond: jsonError('AccessDeniedException', 'denied on page 2') };
    const partial = await collectRecorded([networkFirewallFirewallPolicies], routes([secondPage]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(policiesOf(partial).map((p) => p.id).sort()).toEqual(['open', 'strict']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });
});

describe('networkFirewallFirewallPolicies call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(networkFirewallFirewallPolicies)).toEqual([]);
  });
});
