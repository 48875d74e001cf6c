/**
 * aws.ssm.managed-instance: every node Systems Manager manages in the region
 * (DescribeInstanceInformation), with its patch and association compliance
 * summaries. Each compliance type is one ListResourceComplianceSummaries
 * listing per region, joined by ResourceId: when that listing fails, even
 * part-way, the field fails on every node of the region, never reads as
 * "no summary".
 */
import { paginateDescribeInstanceInformation, paginateListResourceComplianceSummaries, SSMClient } from '@aws-sdk/client-ssm';
import { setFields, UnreadableAnswer } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import type { CallFailure } from '../../failure.js';
import { listResources, listedId, readPages } from '../../listing.js';
import { COMPLIANCE_TYPES, complianceSummary, INSTANCE_FIELDS, instanceFields, summariesByResource, type ComplianceType } from './map.js';
import type { ResourceComplianceSummaryItem } from '@aws-sdk/client-ssm';

export const managedInstanceCalls = callTable('SSM', 'ssm', {
  DescribeInstanceInformation: { iam: 'ssm:DescribeInstanceInformation', fills: [...INSTANCE_FIELDS] },
  ListResourceComplianceSummaries: { iam: 'ssm:ListResourceComplianceSummaries', fills: ['patchCompliance', 'associationCompliance'] },
});

export const ssmManagedInstances = defineCollector({
  type: 'aws.ssm.managed-instance',
  scope: 'regional',
  calls: [managedInstanceCalls],
  async collect(ctx) {
    const ssm = ctx.clients.get(SSMClient, ctx.region);
    const call = managedInstanceCalls.ListResourceComplianceSummaries;
    const summaries = async (type: ComplianceType): Promise<Map<string, ResourceComplianceSummaryItem> | CallFailure> => {
      const listing = await readPages(call, paginateListResourceComplianceSummaries({ client: ssm, pageSize: 50 }, { Filters: [{ Key: 'ComplianceType', Values: [type], Type: 'EQUAL' }] }), (page) => page.ResourceComplianceSummaryItems);
      if (listing.failure !== undefined) return listing.failure;
      try {
        return summariesByResource(listing.items, type);
      } catch (error) {
        if (error instanceof UnreadableAnswer) return { code: error.code, message: error.message, operation: call.label };
        throw error;
      }
    };
    const [instances, patch, association] = await Promise.all([
      listResources(ctx, managedInstanceCalls.DescribeInstanceInformation, () => paginateDescribeInstanceInformation({ client: ssm, pageSize: 50 }, {}), (page) => page.InstanceInformationList),
      summaries('Patch'),
      summaries('Association'),
    ]);
    const joined = { Patch: patch, Association: association };
    for (const info of instances) {
      const id = listedId(ctx, info.InstanceId, managedInstanceCalls.DescribeInstanceInformation, 'a managed node', 'InstanceId');
      if (id === undefined) continue;
      const arn = info.ResourceType === 'EC2Instance'
        ? `arn:${ctx.partition}:ec2:${ctx.region}:${ctx.account}:instance/${id}`
        : `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:managed-instance/${id}`;
      const draft = ctx.draft({ type: 'aws.ssm.managed-instance', id, arn, tags: {} });
      setFields(draft, instanceFields(info), managedInstanceCalls.DescribeInstanceInformation.label);
      for (const type of Object.keys(COMPLIANCE_TYPES) as ComplianceType[]) {
        const field = COMPLIANCE_TYPES[type];
        const found = joined[type];
        if (!(found instanceof Map)) draft.fail(field, found);
        else {
          const item = found.get(id);
          setFields(draft, { [field]: () => (item === undefined ? null : complianceSummary(item)) }, call.label);
        }
      }
      ctx.emit(draft.build());
    }
  },
});
