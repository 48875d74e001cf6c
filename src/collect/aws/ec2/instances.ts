/**
 * aws.ec2.instance: every instance in the region, reservations flattened.
 * Recently terminated instances are listed by AWS for about an hour and are
 * kept, with state "terminated", for policies to skip.
 */
import { callTable } from '../../calls.js';
import { EC2Client, paginateDescribeInstances } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { instanceEnvelope, instanceFields } from './map.js';

export const instanceCalls = callTable('EC2', 'ec2', {
  DescribeInstances: { iam: 'ec2:DescribeInstances', fills: ['instanceId', 'instanceType', 'imageId', 'state', 'launchTime', 'vpcId', 'subnetId', 'privateIpAddress', 'publicIpAddress', 'iamInstanceProfileArn', 'securityGroupIds', 'metadataOptions', 'monitoringState', 'ebsOptimized', 'rootDeviceType', 'blockDeviceVolumeIds', 'networkInterfaceCount', 'virtualizationType', 'stoppedAt'] },
});

export const ec2Instances = defineCollector({
  type: 'aws.ec2.instance',
  scope: 'regional',
  calls: [instanceCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const instances = await listResources(ctx, instanceCalls.DescribeInstances, () => paginateDescribeInstances({ client: ec2, pageSize: 1000 }, {}),
      (page) => (page.Reservations ?? []).flatMap((reservation) => reservation.Instances ?? []));
    for (const instance of instances) {
      if (listedId(ctx, instance.InstanceId, instanceCalls.DescribeInstances, 'an instance', 'InstanceId') === undefined) continue;
      const draft = ctx.draft(instanceEnvelope(instance, ctx));
      setFields(draft, instanceFields(instance), instanceCalls.DescribeInstances.label);
      ctx.emit(draft.build());
    }
  },
});
