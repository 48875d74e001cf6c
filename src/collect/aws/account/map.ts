/** Pure mapping from the answers behind aws.account to its catalog shape. */
import type { DescribeOrganizationResponse } from '@aws-sdk/client-organizations';
import type { GetAlternateContactResponse } from '@aws-sdk/client-account';
import type { PasswordPolicy, VirtualMFADevice } from '@aws-sdk/client-iam';
import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3-control';
import { required, UnreadableAnswer } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type AccountData = CatalogData['aws.account'];

/**
 * GetAccountPasswordPolicy. What absence is read as, and why:
 * - RequireSymbols, RequireNumbers, RequireUppercaseCharacters,
 *   RequireLowercaseCharacters and AllowUsersToChangePassword absent are
 *   false: IAM's service model gives each the default false (PasswordPolicy,
 *   iam-2010-05-08).
 * - HardExpiry absent is false: the model gives it no default, but AWS
 *   documents false as the setting's value when it was never specified
 *   (UpdateAccountPasswordPolicy), and IAM's own examples answer without it.
 * - MaxPasswordAge and PasswordReusePrevention absent (or 0) are null, "not
 *   set": ExpirePasswords is "false if MaxPasswordAge is 0 or not present",
 *   and a reuse count left unspecified is 0, "not prevented from reusing"
 *   (UpdateAccountPasswordPolicy). expirePasswords is derived from
 *   MaxPasswordAge, as AWS defines it, so the two never disagree.
 * MinimumPasswordLength has no default in the answer's model and IAM always
 * sends it: absent is unknown, not the length a new policy would get.
 */
export function passwordPolicy(policy: PasswordPolicy | undefined): NonNullable<AccountData['passwordPolicy']> {
  const found = required(policy, 'PasswordPolicy');
  const positive = (n: number | undefined): number | null => (n !== undefined && n > 0 ? n : null);
  const maxPasswordAge = positive(found.MaxPasswordAge);
  return {
    minimumPasswordLength: required(found.MinimumPasswordLength, 'PasswordPolicy.MinimumPasswordLength'),
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
export function summary(map: Partial<Record<string, number>> | undefined): { value: Partial<AccountData['summary']>; missing: { field: string; key: string }[] } {
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

/**
 * Whether a virtual MFA device is assigned to the root user
 * (ListVirtualMFADevices, AssignmentStatus Assigned): one whose User is the
 * root ARN, or whose serial is the one the CIS audit names for root's
 * virtual device (arn:…:mfa/root-account-mfa-device). An assigned device the
 * answer gives without its user could be root's: the answer is unknown
 * unless another device already decides it.
 */
export function rootHasVirtualMfa(devices: readonly VirtualMFADevice[], partition: string, account: string): boolean {
  const root = rootArn(partition, account);
  const cisSerial = `arn:${partition}:iam::${account}:mfa/root-account-mfa-device`;
  if (devices.some((device) => device.User?.Arn === root || device.SerialNumber === cisSerial)) return true;
  if (devices.some((device) => device.User?.Arn === undefined)) {
    throw new UnreadableAnswer('IncompleteResponse', 'ListVirtualMFADevices answered an assigned device without its User, so whether it is the root user\'s is unknown');
  }
  return false;
}

/** S3 Control GetPublicAccessBlock: a setting AWS leaves out is off, the default S3 Control's service model gives each (s3-control-2018-08-20). */
export function publicAccessBlock(config: PublicAccessBlockConfiguration | undefined): NonNullable<AccountData['s3PublicAccessBlock']> {
  const found = required(config, 'PublicAccessBlockConfiguration');
  return {
    blockPublicAcls: found.BlockPublicAcls ?? false,
    ignorePublicAcls: found.IgnorePublicAcls ?? false,
    blockPublicPolicy: found.BlockPublicPolicy ?? false,
    restrictPublicBuckets: found.RestrictPublicBuckets ?? false,
  };
}

export function securityContact(answer: GetAlternateContactResponse): NonNullable<AccountData['securityContact']> {
  const contact = required(answer.AlternateContact, 'AlternateContact');
  return {
    name: required(contact.Name, 'AlternateContact.Name'),
    title: required(contact.Title, 'AlternateContact.Title'),
    emailAddress: required(contact.EmailAddress, 'AlternateContact.EmailAddress'),
    phoneNumber: required(contact.PhoneNumber, 'AlternateContact.PhoneNumber'),
  };
}

export function organization(answer: DescribeOrganizationResponse, account: string): NonNullable<AccountData['organization']> {
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
