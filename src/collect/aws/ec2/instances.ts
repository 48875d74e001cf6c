/**
 * aws.ec2.instance: every instance in the region, reservations flattened.
 * Recently terminated instances are listed by AWS for about an hour and are
 * kept, with state "terminated", for policies to skip.
 */
import { EC2Client, paginateDescribeInstances } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { instanceEnvelope, instanceFields } from './map.js';

export const ec2Instances = defineCollector({
  type: 'aws.ec2.instance',
  scope: 'regional',
  permissions: ['ec2:DescribeInstances'],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const instances = await listResources(ctx, 'ec2:DescribeInstances', () => paginateDescribeInstances({ client: ec2, pageSize: 1000 }, {}),
      (page) => (page.Reservations ?? []).flatMap((reservation) => reservation.Instances ?? []));
    for (const instance of instances) {
      if (listedId(ctx, instance.InstanceId, 'ec2:DescribeInstances', 'an instance', 'InstanceId') === undefined) continue;
      const draft = ctx.draft(instanceEnvelope(instance, ctx));
      setFields(draft, instanceFields(instance), 'ec2:DescribeInstances');
      ctx.emit(draft.build());
    }
  },
});
