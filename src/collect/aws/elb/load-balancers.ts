/**
 * aws.elb.load-balancer: the Classic Load Balancers of the region, each with
 * its attributes and, when it has HTTPS or SSL listeners, the SSL
 * negotiation policy each of them uses (DescribeLoadBalancerPolicies; a load
 * balancer without such listeners is not asked). A call that fails records
 * the fields it fills on the load balancer's errors; a load balancer deleted
 * while it is read (LoadBalancerNotFound) is not emitted.
 */
import { DescribeLoadBalancerAttributesCommand, DescribeLoadBalancerPoliciesCommand, ElasticLoadBalancingClient, paginateDescribeLoadBalancers } from '@aws-sdk/client-elastic-load-balancing';
import { known, setFields, type ReadersOf } from '../../answers.js';
import { callTable } from '../../calls.js';
import type { Fetch } from '../../context.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { attributeFields, attributePaths, loadBalancerFields, sslNegotiation, tlsListeners } from './map.js';

export const elbCalls = callTable('ElasticLoadBalancing', 'elasticloadbalancing', {
  DescribeLoadBalancers: { iam: 'elasticloadbalancing:DescribeLoadBalancers', fills: ['name', 'dnsName', 'scheme', 'vpcId', 'availabilityZones', 'subnets', 'securityGroups', 'listeners'] },
  DescribeLoadBalancerAttributes: { iam: 'elasticloadbalancing:DescribeLoadBalancerAttributes', absentOn: ['LoadBalancerNotFound'], fills: [...attributePaths] },
  DescribeLoadBalancerPolicies: { iam: 'elasticloadbalancing:DescribeLoadBalancerPolicies', absentOn: ['LoadBalancerNotFound'], fills: ['sslNegotiation'] },
});

export const elbLoadBalancers = defineCollector({
  type: 'aws.elb.load-balancer',
  scope: 'regional',
  calls: [elbCalls],
  async collect(ctx) {
    const elb = ctx.clients.get(ElasticLoadBalancingClient, ctx.region);
    const listed = await listResources(ctx, elbCalls.DescribeLoadBalancers, () => paginateDescribeLoadBalancers({ client: elb }, {}), (page) => page.LoadBalancerDescriptions);
    await inWindow(listed, async (lb) => {
      const name = listedId(ctx, lb.LoadBalancerName, elbCalls.DescribeLoadBalancers, 'a load balancer', 'LoadBalancerName');
      if (name === undefined) return;
      const [attributes, policies] = await Promise.all([
        ctx.call(elbCalls.DescribeLoadBalancerAttributes, () => elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: name }))),
        tlsListeners(lb).length === 0
          ? Promise.resolve<Fetch<{ PolicyDescriptions?: [] }>>(known({ PolicyDescriptions: [] }))
          : ctx.call(elbCalls.DescribeLoadBalancerPolicies, () => elb.send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: name }))),
      ]);
      // Deleted since it was listed: there is nothing left to judge.
      if (attributes.kind === 'absent' || policies.kind === 'absent') return;
      const draft = ctx.draft({ type: 'aws.elb.load-balancer', id: name, arn: `arn:${ctx.partition}:elasticloadbalancing:${ctx.region}:${ctx.account}:loadbalancer/${name}`, name });
      setFields(draft, loadBalancerFields(lb), elbCalls.DescribeLoadBalancers.label);
      if (attributes.kind === 'ok') setFields(draft, attributeFields(attributes.value.LoadBalancerAttributes), elbCalls.DescribeLoadBalancerAttributes.label);
      else for (const path of attributePaths) draft.fail(path, attributes.failure);
      if (policies.kind === 'ok') setFields(draft, { sslNegotiation: () => sslNegotiation(lb, policies.value.PolicyDescriptions) } satisfies ReadersOf<CatalogData['aws.elb.load-balancer']>, elbCalls.DescribeLoadBalancerPolicies.label);
      else draft.fail('sslNegotiation', policies.failure);
      ctx.emit(draft.build());
    });
  },
});
