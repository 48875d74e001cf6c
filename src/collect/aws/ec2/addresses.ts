/**
 * aws.ec2.elastic-ip: every Elastic IP address in the region with what it
 * is associated with. DescribeAddresses has no paging: one call answers
 * every address of the region.
 */
import { callTable } from '../../calls.js';
import { DescribeAddressesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { addressEnvelope, addressFields, addressId } from './map-addresses.js';

export const addressCalls = callTable('EC2', 'ec2', {
  DescribeAddresses: { iam: 'ec2:DescribeAddresses', fills: ['allocationId', 'publicIp', 'domain', 'association', 'networkBorderGroup'] },
});

export const ec2Addresses = defineCollector({
  type: 'aws.ec2.elastic-ip',
  scope: 'regional',
  calls: [addressCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    async function* onePage() {
      yield await ec2.send(new DescribeAddressesCommand({}));
    }
    const addresses = await listResources(ctx, addressCalls.DescribeAddresses, onePage, (page) => page.Addresses);
    for (const address of addresses) {
      if (listedId(ctx, addressId(address), addressCalls.DescribeAddresses, 'an address', 'AllocationId') === undefined) continue;
      const draft = ctx.draft(addressEnvelope(address, ctx));
      setFields(draft, addressFields(address), addressCalls.DescribeAddresses.label);
      ctx.emit(draft.build());
    }
  },
});
