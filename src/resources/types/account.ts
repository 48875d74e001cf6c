import { defineResourceType } from '../define.js';
import { accountId, bool, int, nullable, obj, oneOf, str } from '../fields.js';
import { credentialReportRow } from './shared-credential-report.js';

const count = (description: string) => int(description, { minimum: 0 });

export const account = defineResourceType({
  type: 'aws.account',
  service: 'iam',
  scope: 'global',
  description: 'An AWS account: password policy, root user credentials, account-level S3 Block Public Access, security contact and organization membership.',
  idDescription: 'the 12-digit account id',
  data: obj({
    passwordPolicy: nullable(obj({
      minimumPasswordLength: int('Minimum number of characters in an IAM user password.', { minimum: 6, maximum: 128 }),
      requireSymbols: bool('Whether passwords must contain a non-alphanumeric character.'),
      requireNumbers: bool('Whether passwords must contain a digit.'),
      requireUppercaseCharacters: bool('Whether passwords must contain an uppercase letter (A-Z).'),
      requireLowercaseCharacters: bool('Whether passwords must contain a lowercase letter (a-z).'),
      allowUsersToChangePassword: bool('Whether IAM users may change their own password.'),
      expirePasswords: bool('Whether passwords expire (true exactly when maxPasswordAge is set).'),
      maxPasswordAge: nullable(int('Days a password stays valid; null when passwords never expire.', { minimum: 1, maximum: 1095 })),
      passwordReusePrevention: nullable(int('Number of previous passwords users may not reuse; null when reuse is not restricted.', { minimum: 1, maximum: 24 })),
      hardExpiry: bool('Whether an expired password can only be reset by an administrator.'),
    }, 'IAM account password policy (GetAccountPasswordPolicy); null when none is set (NoSuchEntity).')),
    summary: obj({
      accountMfaEnabled: bool('Whether the root user has an MFA device (AccountMFAEnabled = 1).'),
      accountAccessKeysPresent: bool('Whether the root user has access keys (AccountAccessKeysPresent = 1).'),
      accountSigningCertificatesPresent: bool('Whether the root user has X.509 signing certificates (AccountSigningCertificatesPresent = 1).'),
      accountPasswordPresent: bool('Whether the root user has a console password (AccountPasswordPresent = 1).'),
      users: count('Number of IAM users (Users).'),
      groups: count('Number of IAM groups (Groups).'),
      roles: count('Number of IAM roles (Roles).'),
      policies: count('Number of customer managed policies (Policies).'),
      mfaDevices: count('Number of MFA devices, assigned or not (MFADevices).'),
      mfaDevicesInUse: count('Number of MFA devices assigned to a user or the root user (MFADevicesInUse).'),
    }, 'IAM entity usage and root credential flags (GetAccountSummary SummaryMap).'),
    rootVirtualMfa: bool('Whether the root user\'s MFA is a virtual device: ListVirtualMFADevices lists a device whose User.Arn is the root ARN; false when root has a hardware/FIDO device or no MFA.'),
    rootCredentialReport: nullable(credentialReportRow('The <root_account> row of the IAM credential report. IAM always lists the root user, so a report without the row is recorded as a collection error, not null (null only in snapshots written before Assay did so).')),
    s3PublicAccessBlock: nullable(obj({
      blockPublicAcls: bool('Rejects requests that add public ACLs to any bucket or object in the account.'),
      ignorePublicAcls: bool('Ignores public ACLs on all buckets and objects in the account.'),
      blockPublicPolicy: bool('Rejects bucket policies that grant public access.'),
      restrictPublicBuckets: bool('Limits access under a public bucket policy to AWS principals and authorized users of the account.'),
    }, 'Account-level S3 Block Public Access (s3control:GetPublicAccessBlock); null when none is set (NoSuchPublicAccessBlockConfiguration).')),
    securityContact: nullable(obj({
      name: str('Name of the security contact.'),
      title: str('Title of the security contact.'),
      emailAddress: str('E-mail address of the security contact.'),
      phoneNumber: str('Phone number of the security contact.'),
    }, 'Alternate contact of type SECURITY (account:GetAlternateContact); null when none is set (ResourceNotFoundException).')),
    organization: nullable(obj({
      id: str('Organization id, e.g. o-exampleorgid.', { pattern: '^o-[a-z0-9]{10,32}$' }),
      arn: str('Organization ARN.'),
      managementAccountId: accountId('Account id of the organization\'s management account (MasterAccountId).'),
      featureSet: oneOf(['ALL', 'CONSOLIDATED_BILLING'], 'Feature set: ALL enables SCPs and other policies; CONSOLIDATED_BILLING only shares billing.'),
      isManagementAccount: bool('Whether this account is the organization\'s management account.'),
    }, 'Organization membership (organizations:DescribeOrganization); null when the account is not in an organization (AWSOrganizationsNotInUseException).')),
  }, 'Account-wide settings.'),
  example: {
    passwordPolicy: {
      minimumPasswordLength: 14,
      requireSymbols: true,
      requireNumbers: true,
      requireUppercaseCharacters: true,
      requireLowercaseCharacters: true,
      allowUsersToChangePassword: true,
      expirePasswords: false,
      maxPasswordAge: null,
      passwordReusePrevention: 24,
      hardExpiry: false,
    },
    summary: {
      accountMfaEnabled: true, accountAccessKeysPresent: false, accountSigningCertificatesPresent: false, accountPasswordPresent: true,
      users: 1, groups: 1, roles: 4, policies: 1, mfaDevices: 2, mfaDevicesInUse: 2,
    },
    rootVirtualMfa: false,
    rootCredentialReport: {
      user: '<root_account>',
      arn: 'arn:aws:iam::123456789012:root',
      userCreationTime: '2023-03-01T08:00:00.000Z',
      passwordEnabled: null, passwordLastUsed: '2023-03-01T08:20:00.000Z', passwordLastChanged: null, passwordNextRotation: null,
      mfaActive: true,
      accessKey1Active: false, accessKey1LastRotated: null, accessKey1LastUsedDate: null, accessKey1LastUsedRegion: null, accessKey1LastUsedService: null,
      accessKey2Active: false, accessKey2LastRotated: null, accessKey2LastUsedDate: null, accessKey2LastUsedRegion: null, accessKey2LastUsedService: null,
      cert1Active: false, cert1LastRotated: null, cert2Active: false, cert2LastRotated: null,
    },
    s3PublicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
    securityContact: { name: 'Security Operations', title: 'Security Team', emailAddress: 'security@example.com', phoneNumber: '+1-206-555-0100' },
    organization: {
      id: 'o-a1b2c3d4e5',
      arn: 'arn:aws:organizations::111111111111:organization/o-a1b2c3d4e5',
      managementAccountId: '111111111111',
      featureSet: 'ALL',
      isManagementAccount: false,
    },
  },
});
