/**
 * aws.iam.policy: customer managed policies (ListPolicies Scope=Local) with
 * their description and tags (GetPolicy — ListPolicies omits both; its
 * answer also completes the listed fields), default version document
 * (GetPolicyVersion) and the users, groups and roles they are attached to
 * as a permissions policy (ListEntitiesForPolicy with
 * PolicyUsageFilter=PermissionsPolicy: use as a permissions boundary is not
 * an attachment). AWS managed policies are not collected: they are the same
 * in every account.
 */
import {
  GetPolicyCommand, GetPolicyVersionCommand, IAMClient, paginateListEntitiesForPolicy, paginateListPolicies, type ListEntitiesForPolicyCommandOutput, type Policy,
} from '@aws-sdk/client-iam';
import type { Resource } from '../../../resources/resource.js';
import { callTable } from '../../calls.js';
import type { CollectContext } from '../../context.js';
import { defineCollector } from '../../define.js';
import { asIs, mapped, policyDocument, required, setFields, tagMap } from '../../answers.js';
import { listFetch, listResources } from '../../listing.js';
import { attachedTo, completePolicy, policyFields } from './map.js';
import { inWindow } from '../../window.js';

export const policyCalls = callTable('IAM', 'iam', {
  ListPolicies: {
    iam: 'iam:ListPolicies',
    fills: ['policyName', 'policyId', 'path', 'defaultVersionId', 'attachmentCount', 'permissionsBoundaryUsageCount', 'isAttachable', 'createDate', 'updateDate'],
  },
  // ListPolicies omits the description and tags.
  GetPolicy: { iam: 'iam:GetPolicy', fills: ['description'] },
  GetPolicyVersion: { iam: 'iam:GetPolicyVersion', fills: ['document'] },
  ListEntitiesForPolicy: { iam: 'iam:ListEntitiesForPolicy', fills: ['attachedTo'] },
});

export const iamPolicies = defineCollector({
  type: 'aws.iam.policy',
  scope: 'global',
  calls: [policyCalls],
  async collect(ctx) {
    const iam = ctx.clients.get(IAMClient, ctx.region);
    const policies = await listResources(ctx, policyCalls.ListPolicies, () => paginateListPolicies({ client: iam }, { Scope: 'Local' }), (page) => page.Policies);
    const usable = policies.filter((p): p is Policy & { PolicyName: string; Arn: string } => p.PolicyName !== undefined && p.PolicyName !== '' && p.Arn !== undefined);
    if (usable.length < policies.length) ctx.listingFailed({ code: 'IncompleteResponse', message: 'ListPolicies answered a policy without PolicyName or Arn', operation: policyCalls.ListPolicies.label }, true);
    const resources = await inWindow(usable, (policy) => describePolicy(ctx, iam, policy));
    // Emitted in listing order, however the calls raced.
    for (const resource of resources) ctx.emit(resource);
  },
});

async function describePolicy(ctx: CollectContext, iam: IAMClient, policy: Policy & { PolicyName: string; Arn: string }): Promise<Resource> {
  const PolicyArn = policy.Arn;
  const got = await ctx.call(policyCalls.GetPolicy, () => iam.send(new GetPolicyCommand({ PolicyArn })));
  const tags = got.kind === 'ok' ? tagMap(got.value.Policy?.Tags) : {};
  const draft = ctx.draft({ type: 'aws.iam.policy', id: policy.PolicyName, arn: PolicyArn, tags });
  setFields(draft, policyFields(completePolicy(policy, got.kind === 'ok' ? got.value.Policy : undefined)), policyCalls.ListPolicies.label);
  draft.field('description', mapped(got, (a) => required(a.Policy, 'Policy').Description ?? '', policyCalls.GetPolicy.label), asIs);

  if (policy.DefaultVersionId === undefined) {
    draft.fail('document', { code: 'IncompleteResponse', message: 'the answer has no DefaultVersionId', operation: policyCalls.ListPolicies.label });
  } else {
    const VersionId = policy.DefaultVersionId;
    const version = await ctx.call(policyCalls.GetPolicyVersion, () => iam.send(new GetPolicyVersionCommand({ PolicyArn, VersionId })));
    draft.field('document', mapped(version, (a) => policyDocument(a.PolicyVersion?.Document, `policy version ${VersionId}`), policyCalls.GetPolicyVersion.label), asIs);
  }

  const entities = await listFetch(policyCalls.ListEntitiesForPolicy, () => paginateListEntitiesForPolicy({ client: iam }, { PolicyArn, PolicyUsageFilter: 'PermissionsPolicy' }), (page: ListEntitiesForPolicyCommandOutput) => [page]);
  draft.field('attachedTo', mapped(entities, (pages) => attachedTo({
    users: pages.flatMap((p) => required(p.PolicyUsers, 'PolicyUsers')),
    groups: pages.flatMap((p) => required(p.PolicyGroups, 'PolicyGroups')),
    roles: pages.flatMap((p) => required(p.PolicyRoles, 'PolicyRoles')),
  }), policyCalls.ListEntitiesForPolicy.label), asIs);
  return draft.build();
}
