/** Pure mapping from the answers behind aws.account to its catalog shape. */
import type { DescribeOrganizationResponse } from '@aws-sdk/client-organizations';
import type { GetAlternateContactResponse } from '@aws-sdk/client-account';
import type { PasswordPolicy, VirtualMFADevice } from '@aws-sdk/client-iam';
import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3-control';
import { required, UnreadableAnswer } from '../../answers.js';

/**
 * GetAccountPasswordPolicy. A flag AWS leaves out is AWS's default for it
 * (false; minimum length 6). expirePasswords is derived from MaxPasswordAge,
 * as AWS defines it ("true if MaxPasswordAge contains a value greater than
 * 0"), so the two never disagree; 0 for an age or reuse count means unset.
 */
export function passwordPolicy(policy: PasswordPolicy | undefined): Record<string, unknown> {
  const found = required(policy, 'PasswordPolicy');
  const positive = (n: number | undefined): number | null => (n !== undefined && n > 0 ? n : null);
  const maxPasswordAge = positive(found.MaxPasswordAge);
  return {
    minimumPasswordLength: found.MinimumPasswordLength ?? 6,
    requireSymbols: found.RequireSymbols ?? false,
    requireNumbers: found.RequireNumbers ?? false,
    requireUppercaseCharacters: found.RequireUppercaseCharacters ?? false,
    requireLowercaseCharacters: found.RequireLowercaseCharacters ?? false,
    allowUsersToChangePassword: found.AllowUsersToChangePassword ?? false,
    expirePasswords: maxPasswordAge !== null,
    maxPasswordAge,
    passwordReusePrevention: positive(found.PasswordReusePrevention),
    hardExpiry: found.HardExpiry ?? false,
  };
}

/** summary field → SummaryMap key, and whether the value is a 0/1 flag or a count. */
const summaryKeys: readonly (readonly [string, string, 'flag' | 'count'])[] = [
  ['accountMfaEnabled', 'AccountMFAEnabled', 'flag'],
  ['accountAccessKeysPresent', 'AccountAccessKeysPresent', 'flag'],
  ['accountSigningCertificatesPresent', 'AccountSigningCertificatesPresent', 'flag'],
  ['accountPasswordPresent', 'AccountPasswordPresent', 'flag'],
  ['users', 'Users', 'count'],
  ['groups', 'Groups', 'count'],
  ['roles', 'Roles', 'count'],
  ['policies', 'Policies', 'count'],
  ['mfaDevices', 'MFADevices', 'count'],
  ['mfaDevicesInUse', 'MFADevicesInUse', 'count'],
];

/**
 * GetAccountSummary's SummaryMap. A key the map lacks is not read as 0:
 * it is returned in `missing` (field and key) so the collector records that
 * one field as not collected — e.g. AccountPasswordPresent, which older
 * answers and moto omit, stays unknown rather than "root has no password".
 */
export function summary(map: Partial<Record<string, number>> | undefined): { value: Record<string, unknown>; missing: { field: string; key: string }[] } {
  const value: Record<string, unknown> = {};
  const missing: { field: string; key: string }[] = [];
  for (const [field, key, kind] of summaryKeys) {
    const n = map?.[key];
    if (n === undefined) missing.push({ field, key });
    else value[field] = kind === 'flag' ? n > 0 : n;
  }
  return { value, missing };
}

export const rootArn = (partition: string, account: string): string => `arn:${partition}:iam::${account}:root`;

/** Whether a virtual MFA device is assigned to the root user (ListVirtualMFADevices). */
export function rootHasVirtualMfa(devices: readonly VirtualMFADevice[], partition: string, account: string): boolean {
  const root = rootArn(partition, account);
  return devices.some((device) => device.User?.Arn === root);
}

/** S3 Control GetPublicAccessBlock: a setting AWS leaves out is off. */
export function publicAccessBlock(config: PublicAccessBlockConfiguration | undefined): Record<string, unknown> {
  const found = required(config, 'PublicAccessBlockConfiguration');
  return {
    blockPublicAcls: found.BlockPublicAcls ?? false,
    ignorePublicAcls: found.IgnorePublicAcls ?? false,
    blockPublicPolicy: found.BlockPublicPolicy ?? false,
    restrictPublicBuckets: found.RestrictPublicBuckets ?? false,
  };
}

export function securityContact(answer: GetAlternateContactResponse): Record<string, unknown> {
  const contact = required(answer.AlternateContact, 'AlternateContact');
  return {
    name: required(contact.Name, 'AlternateContact.Name'),
    title: required(contact.Title, 'AlternateContact.Title'),
    emailAddress: required(contact.EmailAddress, 'AlternateContact.EmailAddress'),
    phoneNumber: required(contact.PhoneNumber, 'AlternateContact.PhoneNumber'),
  };
}

export function organization(answer: DescribeOrganizationResponse, account: string): Record<string, unknown> {
  const org = required(answer.Organization, 'Organization');
  // Typed as the two known values, but a newer answer may carry another.
  const featureSet: string = required(org.FeatureSet, 'Organization.FeatureSet');
  if (featureSet !== 'ALL' && featureSet !== 'CONSOLIDATED_BILLING') {
    throw new UnreadableAnswer('UnexpectedResponse', `organization feature set "${featureSet}" is not ALL or CONSOLIDATED_BILLING`);
  }
  const managementAccountId = required(org.MasterAccountId, 'Organization.MasterAccountId');
  return {
    id: required(org.Id, 'Organization.Id'),
    arn: required(org.Arn, 'Organization.Arn'),
    managementAccountId,
    featureSet,
    isManagementAccount: managementAccountId === account,
  };
}
