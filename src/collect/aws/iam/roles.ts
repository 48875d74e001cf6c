/**
 * aws.iam.role: every IAM role with its trust policy, attached and inline
 * policy names, instance profiles and last use. ListRoles omits last use and
 * tags, so each role is also read with GetRole; when that fails, lastUsed is
 * recorded as failed and the role's tags are empty.
 */
import {
  GetRoleCommand, IAMClient, paginateListAttachedRolePolicies, paginateListInstanceProfilesForRole, paginateListRolePolicies, paginateListRoles, type Role,
} from '@aws-sdk/client-iam';
import type { Resource } from '../../../resources/resource.js';
import { callTable } from '../../calls.js';
import type { CollectContext } from '../../context.js';
import { defineCollector } from '../../define.js';
import { asIs, mapped, required, setFields, tagMap } from '../../answers.js';
import { listFetch, listResources } from '../../listing.js';
import { attachedPolicies, roleFields, roleLastUsed } from './map.js';
import { inWindow } from '../../window.js';

export const roleCalls = callTable('IAM', 'iam', {
  ListRoles: { iam: 'iam:ListRoles', fills: ['roleName', 'roleId', 'path', 'description', 'createDate', 'maxSessionDuration', 'assumeRolePolicyDocument'] },
  // ListRoles omits last use and tags.
  GetRole: { iam: 'iam:GetRole', fills: ['lastUsed'] },
  ListAttachedRolePolicies: { iam: 'iam:ListAttachedRolePolicies', fills: ['attachedPolicies'] },
  ListRolePolicies: { iam: 'iam:ListRolePolicies', fills: ['inlinePolicyNames'] },
  ListInstanceProfilesForRole: { iam: 'iam:ListInstanceProfilesForRole', fills: ['instanceProfileNames'] },
});

export const iamRoles = defineCollector({
  type: 'aws.iam.role',
  scope: 'global',
  calls: [roleCalls],
  async collect(ctx) {
    const iam = ctx.clients.get(IAMClient, ctx.region);
    const roles = await listResources(ctx, roleCalls.ListRoles, () => paginateListRoles({ client: iam }, {}), (page) => page.Roles);
    const named = roles.filter((role): role is Role & { RoleName: string } => role.RoleName !== undefined && role.RoleName !== '');
    if (named.length < roles.length) ctx.listingFailed({ code: 'IncompleteResponse', message: 'ListRoles answered a role without RoleName', operation: roleCalls.ListRoles.label }, true);
    const resources = await inWindow(named, (role) => describeRole(ctx, iam, role));
    // Emitted in listing order, however the calls raced.
    for (const resource of resources) ctx.emit(resource);
  },
});

async function describeRole(ctx: CollectContext, iam: IAMClient, role: Role & { RoleName: string }): Promise<Resource> {
  const RoleName = role.RoleName;
  const got = await ctx.call(roleCalls.GetRole, () => iam.send(new GetRoleCommand({ RoleName })));
  const tags = got.kind === 'ok' ? tagMap(got.value.Role?.Tags) : {};
  const draft = ctx.draft({ type: 'aws.iam.role', id: RoleName, ...(role.Arn === undefined ? {} : { arn: role.Arn }), tags });
  setFields(draft, roleFields(role), roleCalls.ListRoles.label);

  const attached = await listFetch(roleCalls.ListAttachedRolePolicies, () => paginateListAttachedRolePolicies({ client: iam }, { RoleName }), (page) => page.AttachedPolicies);
  draft.field('attachedPolicies', mapped(attached, attachedPolicies, roleCalls.ListAttachedRolePolicies.label), asIs);

  const inline = await listFetch(roleCalls.ListRolePolicies, () => paginateListRolePolicies({ client: iam }, { RoleName }), (page) => page.PolicyNames);
  draft.field('inlinePolicyNames', inline, asIs);

  const profiles = await listFetch(roleCalls.ListInstanceProfilesForRole, () => paginateListInstanceProfilesForRole({ client: iam }, { RoleName }), (page) => page.InstanceProfiles);
  draft.field('instanceProfileNames', mapped(profiles, (list) => list.map((p) => required(p.InstanceProfileName, 'InstanceProfile.InstanceProfileName')), roleCalls.ListInstanceProfilesForRole.label), asIs);
  draft.field('lastUsed', mapped(got, (a) => roleLastUsed(a.Role), roleCalls.GetRole.label), asIs);
  return draft.build();
}
