/**
 * aws.iam.user: every IAM user with console password, MFA devices, access
 * keys (and when each was last used), attached and inline policies, groups
 * and credential-report row. Each comes from its own call and fails on its
 * own — recorded on that user, at the narrowest path (one key's last use,
 * one inline policy's document). The credential report is shared with
 * aws.account; only its calls take slots, so waiting for IAM to generate it
 * never holds a slot other calls need.
 */
import {
  GetAccessKeyLastUsedCommand, GetLoginProfileCommand, GetUserPolicyCommand, IAMClient, paginateListAccessKeys, paginateListAttachedUserPolicies,
  paginateListGroupsForUser, paginateListMFADevices, paginateListUserPolicies, paginateListUsers, type User,
} from '@aws-sdk/client-iam';
import { callTable } from '../../calls.js';
import type { CollectContext, DataOf, ResourceDraft } from '../../context.js';
import { defineCollector, type Collector } from '../../define.js';
import { asIs, failureOf, mapped, policyDocument, required, setFields } from '../../answers.js';
import { credentialReport, credentialReportCalls, defaultPolling, reportRow, type ReportPolling } from './credential-report.js';
import { listFetch, listResources } from '../../listing.js';
import { inWindow } from '../../window.js';
import { accessKeyFields, accessKeyLastUsed, accessKeyLastUsedPaths, attachedPolicies, loginProfile, mfaDevices, userFields } from './map.js';

type Iam = IAMClient;
type UserData = DataOf<'aws.iam.user'>;

export const userCalls = callTable('IAM', 'iam', {
  ListUsers: { iam: 'iam:ListUsers', fills: ['userName', 'userId', 'path', 'createDate', 'passwordLastUsed'] },
  GetLoginProfile: { iam: 'iam:GetLoginProfile', absentOn: ['NoSuchEntity', 'NoSuchEntityException'], fills: ['loginProfile'] },
  ListMFADevices: { iam: 'iam:ListMFADevices', fills: ['mfaDevices'] },
  ListAccessKeys: { iam: 'iam:ListAccessKeys', fills: ['accessKeys'] },
  GetAccessKeyLastUsed: { iam: 'iam:GetAccessKeyLastUsed', fills: ['accessKeys'] },
  ListAttachedUserPolicies: { iam: 'iam:ListAttachedUserPolicies', fills: ['attachedPolicies'] },
  ListUserPolicies: { iam: 'iam:ListUserPolicies', fills: ['inlinePolicies'] },
  GetUserPolicy: { iam: 'iam:GetUserPolicy', fills: ['inlinePolicies'] },
  ListGroupsForUser: { iam: 'iam:ListGroupsForUser', fills: ['groups'] },
});

export function iamUsersCollector(polling: ReportPolling = defaultPolling): Collector {
  return defineCollector({
    type: 'aws.iam.user',
    scope: 'global',
    calls: [userCalls, credentialReportCalls('credentialReport')],
    async collect(ctx) {
      const iam = ctx.clients.get(IAMClient, ctx.region);
      const report = credentialReport(ctx, polling);
      const users = await listResources(ctx, userCalls.ListUsers, () => paginateListUsers({ client: iam }, {}), (page) => page.Users);
      const named = users.filter((user): user is User & { UserName: string } => user.UserName !== undefined && user.UserName !== '');
      if (named.length < users.length) ctx.listingFailed({ code: 'IncompleteResponse', message: 'ListUsers answered a user without UserName', operation: userCalls.ListUsers.label }, true);
      const drafts = await inWindow(named, async (user) => ({ name: user.UserName, draft: await describeUser(ctx, iam, user) }));
      const settled = await report;
      // Emitted in listing order, however the calls raced.
      for (const { name, draft } of drafts) {
        draft.field('credentialReport', reportRow(settled, name), asIs);
        ctx.emit(draft.build());
      }
    },
  });
}

export const iamUsers = iamUsersCollector();

async function describeUser(ctx: CollectContext, iam: Iam, user: User & { UserName: string }): Promise<ResourceDraft<UserData>> {
  const UserName = user.UserName;
  // Each part of the user is its own chain of calls, independent of the others: all are sent side by side,
  // and each answers how to record itself, applied below in a fixed order so the user reads the same however they raced.
  const parts = await Promise.all([
    ctx.call(userCalls.GetLoginProfile, () => iam.send(new GetLoginProfileCommand({ UserName })))
      .then((profile) => (draft: Draft) => { draft.field('loginProfile', mapped(profile, (a) => loginProfile(a.LoginProfile), userCalls.GetLoginProfile.label), asIs); }),
    listFetch(userCalls.ListMFADevices, () => paginateListMFADevices({ client: iam }, { UserName }), (page) => page.MFADevices)
      .then((devices) => (draft: Draft) => { draft.field('mfaDevices', mapped(devices, mfaDevices, userCalls.ListMFADevices.label), asIs); }),
    accessKeys(ctx, iam, UserName),
    listFetch(userCalls.ListAttachedUserPolicies, () => paginateListAttachedUserPolicies({ client: iam }, { UserName }), (page) => page.AttachedPolicies)
      .then((attached) => (draft: Draft) => { draft.field('attachedPolicies', mapped(attached, attachedPolicies, userCalls.ListAttachedUserPolicies.label), asIs); }),
    inlinePolicies(ctx, iam, UserName),
    listFetch(userCalls.ListGroupsForUser, () => paginateListGroupsForUser({ client: iam }, { UserName }), (page) => page.Groups)
      .then((groups) => (draft: Draft) => { draft.field('groups', mapped(groups, (list) => list.map((g) => required(g.GroupName, 'Group.GroupName')), userCalls.ListGroupsForUser.label), asIs); }),
  ]);
  const draft = ctx.draft({ type: 'aws.iam.user', id: UserName, ...(user.Arn === undefined ? {} : { arn: user.Arn }) });
  setFields(draft, userFields(user), userCalls.ListUsers.label);
  for (const record of parts) record(draft);
  return draft;
}

type Draft = ResourceDraft<UserData>;
/** How one part of a user is recorded on its draft, once its calls have answered. */
type Part = (draft: Draft) => void;

/** Keys from ListAccessKeys; each key's last use from its own call (the keys' calls side by side), failing only that key's last-use fields. */
async function accessKeys(ctx: CollectContext, iam: Iam, UserName: string): Promise<Part> {
  const listed = await listFetch(userCalls.ListAccessKeys, () => paginateListAccessKeys({ client: iam }, { UserName }), (page) => page.AccessKeyMetadata);
  const keys = mapped(listed, (list) => list.map(accessKeyFields), userCalls.ListAccessKeys.label);
  if (keys.kind !== 'ok') return (draft) => { draft.unanswered('accessKeys', keys); };
  const answered = await Promise.all(keys.value.map(async (key) => ({
    key,
    lastUsed: mapped(await ctx.call(userCalls.GetAccessKeyLastUsed, () => iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.accessKeyId }))),
      (a) => accessKeyLastUsed(a.AccessKeyLastUsed), userCalls.GetAccessKeyLastUsed.label),
  })));
  return (draft) => {
    const entries: UserData['accessKeys'] = [];
    for (const [i, { key, lastUsed }] of answered.entries()) {
      if (lastUsed.kind === 'ok') {
        entries.push({ ...key, ...lastUsed.value });
      } else {
        // Without its last use: those leaves fail at their own paths just below.
        entries.push(key as UserData['accessKeys'][number]);
        for (const path of accessKeyLastUsedPaths) draft.fail(`accessKeys[${i}].${path}`, failureOf(lastUsed, userCalls.GetAccessKeyLastUsed.label));
      }
    }
    draft.set('accessKeys', entries);
  };
}

/** Names from ListUserPolicies; each document from GetUserPolicy (side by side), failing only that policy's document. */
async function inlinePolicies(ctx: CollectContext, iam: Iam, UserName: string): Promise<Part> {
  const names = await listFetch(userCalls.ListUserPolicies, () => paginateListUserPolicies({ client: iam }, { UserName }), (page) => page.PolicyNames);
  if (names.kind !== 'ok') return (draft) => { draft.unanswered('inlinePolicies', names); };
  const answered = await Promise.all(names.value.map(async (PolicyName) => ({
    PolicyName,
    document: mapped(await ctx.call(userCalls.GetUserPolicy, () => iam.send(new GetUserPolicyCommand({ UserName, PolicyName }))),
      (a) => policyDocument(a.PolicyDocument, `inline policy ${PolicyName}`), userCalls.GetUserPolicy.label),
  })));
  return (draft) => {
    const entries: UserData['inlinePolicies'] = [];
    for (const [i, { PolicyName, document }] of answered.entries()) {
      if (document.kind === 'ok') {
        entries.push({ policyName: PolicyName, document: document.value });
      } else {
        // Without its document, which fails at its own path just below.
        entries.push({ policyName: PolicyName } as UserData['inlinePolicies'][number]);
        draft.fail(`inlinePolicies[${i}].document`, failureOf(document, userCalls.GetUserPolicy.label));
      }
    }
    draft.set('inlinePolicies', entries);
  };
}
