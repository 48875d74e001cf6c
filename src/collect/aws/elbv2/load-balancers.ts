/**
 * aws.elbv2.load-balancer: the Application, Network and Gateway Load
 * Balancers of the region, each with its attributes and its listeners.
 * Attributes and listeners are separate calls per load balancer; one that
 * fails records its fields on the load balancer's errors, and a load
 * balancer deleted while it is read (LoadBalancerNotFound) is not emitted.
 * A listener listing is usable only complete: half a list would read as
 * "the other listeners do not exist".
 */
import { DescribeLoadBalancerAttributesCommand, ElasticLoadBalancingV2Client, paginateDescribeListeners, paginateDescribeLoadBalancers } from '@aws-sdk/client-elastic-load-balancing-v2';
import { setFields, UnreadableAnswer } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listFetch, listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { attributeFields, attributePaths, listeners, loadBalancerFields, loadBalancerType } from './map.js';

export const elbv2Calls = callTable('ElasticLoadBalancingV2', 'elasticloadbalancing', {
  DescribeLoadBalancers: { iam: 'elasticloadbalancing:DescribeLoadBalancers', fills: ['loadBalancerArn', 'name', 'type', 'scheme', 'vpcId', 'state', 'availabilityZones', 'securityGroups'] },
  DescribeLoadBalancerAttributes: { iam: 'elasticloadbalancing:DescribeLoadBalancerAttributes', absentOn: ['LoadBalancerNotFound'], fills: [...attributePaths] },
  DescribeListeners: { iam: 'elasticloadbalancing:DescribeListeners', absentOn: ['LoadBalancerNotFound'], fills: ['listeners'] },
});

export const elbv2LoadBalancers = defineCollector({
  type: 'aws.elbv2.load-balancer',
  scope: 'regional',
  calls: [elbv2Calls],
  async collect(ctx) {
    const elb = ctx.clients.get(ElasticLoadBalancingV2Client, ctx.region);
    const listed = await listResources(ctx, elbv2Calls.DescribeLoadBalancers, () => paginateDescribeLoadBalancers({ client: elb }, {}), (page) => page.LoadBalancers);
    await inWindow(listed, async (lb) => {
      const name = listedId(ctx, lb.LoadBalancerName, elbv2Calls.DescribeLoadBalancers, 'a load balancer', 'LoadBalancerName');
      const arn = listedId(ctx, lb.LoadBalancerArn, elbv2Calls.DescribeLoadBalancers, 'a load balancer', 'LoadBalancerArn');
      if (name === undefined || arn === undefined) return;
      const [attributes, listed] = await Promise.all([
        ctx.call(elbv2Calls.DescribeLoadBalancerAttributes, () => elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn }))),
        listFetch(elbv2Calls.DescribeListeners, () => paginateDescribeListeners({ client: elb }, { LoadBalancerArn: arn }), (page) => page.Listeners),
      ]);
      // Deleted since it was listed: there is nothing left to judge.
      if (attributes.kind === 'absent') return;
      if (listed.kind === 'failed' && elbv2Calls.DescribeListeners.absentOn.includes(listed.failure.code)) return;
      const draft = ctx.draft({ type: 'aws.elbv2.load-balancer', id: name, arn, name });
      setFields(draft, loadBalancerFields(lb), elbv2Calls.DescribeLoadBalancers.label);
      let type: ReturnType<typeof loadBalancerType> | undefined;
      try {
        type = loadBalancerType(lb);
      } catch (error) {
        if (!(error instanceof UnreadableAnswer)) throw error;
      }
      if (attributes.kind === 'failed') for (const path of attributePaths) draft.fail(path, attributes.failure);
      // Which keys belong to the load balancer depends on its type; without it none can be judged present or absent.
      else if (type === undefined) for (const path of attributePaths) draft.fail(path, { code: 'IncompleteResponse', message: 'the load balancer\'s Type is unknown, so which attributes it has is too', operation: elbv2Calls.DescribeLoadBalancerAttributes.label });
      else setFields(draft, attributeFields(type, attributes.value.Attributes), elbv2Calls.DescribeLoadBalancerAttributes.label);
      if (listed.kind === 'ok') setFields(draft, { listeners: () => listeners(listed.value) }, elbv2Calls.DescribeListeners.label);
      else draft.unanswered('listeners', listed);
      ctx.emit(draft.build());
    });
  },
});
