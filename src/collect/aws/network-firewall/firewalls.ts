/**
 * aws.network-firewall.firewall: the Network Firewall firewalls of the
 * region. ListFirewalls names them; DescribeFirewall answers each one's
 * placement, policy and protections, and DescribeLoggingConfiguration where
 * it sends its logs, side by side. A failed call fails the fields it fills;
 * a firewall deleted between listing and describing is not emitted.
 */
import { DescribeFirewallCommand, DescribeLoggingConfigurationCommand, NetworkFirewallClient, paginateListFirewalls } from '@aws-sdk/client-network-firewall';
import { INCOMPLETE, setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { DESCRIBE_FIREWALL_FIELDS, firewallFields, firewallTags, loggingFields } from './map.js';

export const firewallCalls = callTable('NetworkFirewall', 'network-firewall', {
  ListFirewalls: { iam: 'network-firewall:ListFirewalls', fills: ['firewallName'] },
  DescribeFirewall: { iam: 'network-firewall:DescribeFirewall', absentOn: ['ResourceNotFoundException'], fills: [...DESCRIBE_FIREWALL_FIELDS] },
  DescribeLoggingConfiguration: { iam: 'network-firewall:DescribeLoggingConfiguration', absentOn: ['ResourceNotFoundException'], fills: ['logDestinations'] },
});

export const networkFirewallFirewalls = defineCollector({
  type: 'aws.network-firewall.firewall',
  scope: 'regional',
  calls: [firewallCalls],
  async collect(ctx) {
    const nfw = ctx.clients.get(NetworkFirewallClient, ctx.region);
    const listed = await listResources(ctx, firewallCalls.ListFirewalls, () => paginateListFirewalls({ client: nfw, pageSize: 100 }, {}), (page) => page.Firewalls);
    await inWindow(listed, async (entry) => {
      const name = listedId(ctx, entry.FirewallName, firewallCalls.ListFirewalls, 'a firewall', 'FirewallName');
      if (name === undefined) return;
      const [described, logging] = await Promise.all([
        ctx.call(firewallCalls.DescribeFirewall, () => nfw.send(new DescribeFirewallCommand({ FirewallName: name }))),
        ctx.call(firewallCalls.DescribeLoggingConfiguration, () => nfw.send(new DescribeLoggingConfigurationCommand({ FirewallName: name }))),
      ]);
      if (described.kind === 'absent') return;
      const firewall = described.kind === 'ok' ? described.value.Firewall : undefined;
      const arn = firewall?.FirewallArn ?? entry.FirewallArn;
      const draft = ctx.draft({ type: 'aws.network-firewall.firewall', id: name, ...(arn === undefined || arn === '' ? {} : { arn }), tags: firewallTags(firewall) }).set('firewallName', name);
      if (firewall !== undefined && described.kind === 'ok') {
        setFields(draft, firewallFields(firewall, described.value.FirewallStatus), firewallCalls.DescribeFirewall.label);
      } else {
        const failure = described.kind === 'failed' ? described.failure : { code: INCOMPLETE, message: 'DescribeFirewall answered no Firewall', operation: firewallCalls.DescribeFirewall.label };
        for (const path of DESCRIBE_FIREWALL_FIELDS) draft.fail(path, failure);
        // The tags come with the description: without it they are unknown, never "untagged".
        draft.fail(TAGS_ERROR_PATH, failure);
      }
      if (logging.kind === 'ok') setFields(draft, loggingFields(logging.value.LoggingConfiguration), firewallCalls.DescribeLoggingConfiguration.label);
      else if (logging.kind === 'failed') draft.fail('logDestinations', logging.failure);
      else draft.fail('logDestinations', { code: 'NotFound', message: 'DescribeLoggingConfiguration answered that the firewall does not exist', operation: firewallCalls.DescribeLoggingConfiguration.label });
      ctx.emit(draft.build());
    });
  },
});
