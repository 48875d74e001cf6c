/**
 * Pure mapping from IAM API answers to the aws.iam.* catalog shapes. A value
 * the API reference marks as always present but that is missing throws
 * UnreadableAnswer (see answers.ts); the collector records it on the field.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - A user's PasswordLastUsed absent is null: ListUsers omits it when the
 *   password was never used, or there is none (User, IAM API Reference).
 * - LoginProfile.PasswordResetRequired absent is false: IAM's service
 *   model gives it the default false (iam-2010-05-08).
 * - GetAccessKeyLastUsed's LastUsedDate absent, and "N/A" for its service
 *   and region, mean "not used since IAM began tracking" (AccessKeyLastUsed).
 * - GetRole's RoleLastUsed without LastUsedDate means not used in the
 *   tracking period (RoleLastUsed).
 * - A role's Description and a policy's Description absent are "": both
 *   are optional, and GetPolicy answers Description only when one was set.
 * - A customer managed policy's Path absent is "/": "If it is not included,
 *   it defaults to a slash (/)" (CreatePolicy); a user's, role's and server
 *   certificate's Path is required in the model, so absent is unknown
 *   (a role's path decides whether it is a service-linked role).
 * - ListEntitiesForPolicy answers its three lists (PolicyUsers, PolicyGroups,
 *   PolicyRoles) on every page, empty ones included: a page without one is
 *   unknown, never "attached to nobody".
 */
import type {
  AccessKeyLastUsed, AccessKeyMetadata, AttachedPolicy, LoginProfile, MFADevice, Policy, PolicyGroup, PolicyRole, PolicyUser,
  Role, ServerCertificateMetadata, User,
} from '@aws-sdk/client-iam';
import { iso, isoOrNull, policyDocument, required, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type IamUser = CatalogData['aws.iam.user'];
type IamRole = CatalogData['aws.iam.role'];
type IamPolicy = CatalogData['aws.iam.policy'];


// ── users ─────────────────────────────────────────────────────────────────

/** The fields ListUsers answers for every user. */
export function userFields(user: User): ReadersOf<IamUser> {
  return {
    userName: () => required(user.UserName, 'UserName'),
    userId: () => required(user.UserId, 'UserId'),
    path: () => required(user.Path, 'Path'),
    createDate: () => iso(user.CreateDate, 'CreateDate'),
    // ListUsers omits PasswordLastUsed when the password was never used (or there is none).
    passwordLastUsed: () => isoOrNull(user.PasswordLastUsed),
  };
}

export function loginProfile(profile: LoginProfile | undefined): NonNullable<IamUser['loginProfile']> {
  const found = required(profile, 'LoginProfile');
  return { createDate: iso(found.CreateDate, 'LoginProfile.CreateDate'), passwordResetRequired: found.PasswordResetRequired ?? false };
}

/** Virtual devices have serials of the form arn:…:mfa/…; TOTP tokens have plain serials and FIDO keys arn:…:u2f/…. */
export function mfaDeviceType(serialNumber: string): 'virtual' | 'hardware' {
  return /^arn:[^:]+:iam::\d{12}:mfa\//.test(serialNumber) ? 'virtual' : 'hardware';
}

export function mfaDevices(devices: readonly MFADevice[]): IamUser['mfaDevices'] {
  return devices.map((device) => {
    const serialNumber = required(device.SerialNumber, 'MFADevice.SerialNumber');
    return { serialNumber, enableDate: iso(device.EnableDate, 'MFADevice.EnableDate'), type: mfaDeviceType(serialNumber) };
  });
}

const accessKeyStatuses = new Set(['Active', 'Inactive', 'Expired']);

/** The fields of one access key that ListAccessKeys answers. */
export function accessKeyFields(key: AccessKeyMetadata): Pick<IamUser['accessKeys'][number], 'accessKeyId' | 'status' | 'createDate'> {
  const status = required(key.Status, 'AccessKeyMetadata.Status');
  if (!accessKeyStatuses.has(status)) throw new UnreadableAnswer('UnexpectedResponse', `access key status "${status}" is not Active, Inactive or Expired`);
  return { accessKeyId: required(key.AccessKeyId, 'AccessKeyMetadata.AccessKeyId'), status, createDate: iso(key.CreateDate, 'AccessKeyMetadata.CreateDate') };
}

/** GetAccessKeyLastUsed: LastUsedDate is omitted and Region/ServiceName say N/A for a key never used. */
export function accessKeyLastUsed(lastUsed: AccessKeyLastUsed | undefined): Pick<IamUser['accessKeys'][number], (typeof accessKeyLastUsedPaths)[number]> {
  const label = (value: string | undefined): string | null => (value === undefined || value === '' || value === 'N/A' ? null : value);
  return {
    lastUsedDate: isoOrNull(lastUsed?.LastUsedDate),
    lastUsedService: label(lastUsed?.ServiceName),
    lastUsedRegion: label(lastUsed?.Region),
  };
}

export const accessKeyLastUsedPaths = ['lastUsedDate', 'lastUsedService', 'lastUsedRegion'] as const;

export function attachedPolicies(policies: readonly AttachedPolicy[]): IamRole['attachedPolicies'] {
  return policies.map((p) => ({ policyName: required(p.PolicyName, 'AttachedPolicy.PolicyName'), policyArn: required(p.PolicyArn, 'AttachedPolicy.PolicyArn') }));
}

// ── roles ─────────────────────────────────────────────────────────────────

/** The fields ListRoles answers for every role, its trust policy included. */
export function roleFields(role: Role): ReadersOf<IamRole> {
  return {
    roleName: () => required(role.RoleName, 'RoleName'),
    roleId: () => required(role.RoleId, 'RoleId'),
    path: () => required(role.Path, 'Path'),
    description: () => role.Description ?? '',
    createDate: () => iso(role.CreateDate, 'CreateDate'),
    maxSessionDuration: () => required(role.MaxSessionDuration, 'MaxSessionDuration'),
    assumeRolePolicyDocument: () => policyDocument(role.AssumeRolePolicyDocument, 'AssumeRolePolicyDocument'),
  };
}

/** GetRole RoleLastUsed: empty (no LastUsedDate) when the role was not used in the tracking period. */
export function roleLastUsed(role: Role | undefined): IamRole['lastUsed'] {
  const lastUsed = required(role, 'Role').RoleLastUsed;
  if (lastUsed?.LastUsedDate === undefined) return null;
  return { lastUsedDate: lastUsed.LastUsedDate.toISOString(), region: required(lastUsed.Region, 'RoleLastUsed.Region') };
}

// ── policies ──────────────────────────────────────────────────────────────

/** The policy's own fields (ListPolicies, completed by GetPolicy), all but description and document. */
export function policyFields(policy: Policy): ReadersOf<IamPolicy> {
  return {
    policyName: () => required(policy.PolicyName, 'PolicyName'),
    policyId: () => required(policy.PolicyId, 'PolicyId'),
    path: () => policy.Path ?? '/',
    defaultVersionId: () => required(policy.DefaultVersionId, 'DefaultVersionId'),
    attachmentCount: () => required(policy.AttachmentCount, 'AttachmentCount'),
    permissionsBoundaryUsageCount: () => required(policy.PermissionsBoundaryUsageCount, 'PermissionsBoundaryUsageCount'),
    isAttachable: () => required(policy.IsAttachable, 'IsAttachable'),
    createDate: () => iso(policy.CreateDate, 'CreateDate'),
    updateDate: () => iso(policy.UpdateDate, 'UpdateDate'),
  };
}

/** The listed policy with what GetPolicy answered laid over it (GetPolicy is the complete, newer view). */
export function completePolicy(listed: Policy, got: Policy | undefined): Policy {
  const defined = Object.fromEntries(Object.entries(got ?? {}).filter(([, v]) => v !== undefined)) as Policy;
  return { ...listed, ...defined };
}

export interface PolicyEntities {
  readonly groups: readonly PolicyGroup[];
  readonly users: readonly PolicyUser[];
  readonly roles: readonly PolicyRole[];
}

export function attachedTo(entities: PolicyEntities): IamPolicy['attachedTo'] {
  const sorted = (names: string[]): string[] => names.sort();
  return {
    users: sorted(entities.users.map((u) => required(u.UserName, 'PolicyUser.UserName'))),
    groups: sorted(entities.groups.map((g) => required(g.GroupName, 'PolicyGroup.GroupName'))),
    roles: sorted(entities.roles.map((r) => required(r.RoleName, 'PolicyRole.RoleName'))),
  };
}

// ── server certificates ───────────────────────────────────────────────────

export function serverCertificateFields(cert: ServerCertificateMetadata): ReadersOf<CatalogData['aws.iam.server-certificate']> {
  return {
    serverCertificateName: () => required(cert.ServerCertificateName, 'ServerCertificateName'),
    serverCertificateId: () => required(cert.ServerCertificateId, 'ServerCertificateId'),
    path: () => required(cert.Path, 'Path'),
    uploadDate: () => iso(cert.UploadDate, 'UploadDate'),
    expiration: () => iso(cert.Expiration, 'Expiration'),
  };
}
