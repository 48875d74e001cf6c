/**
 * One row of the IAM credential report (iam:GenerateCredentialReport +
 * iam:GetCredentialReport, a CSV), shared by `aws.account` (the
 * `<root_account>` row) and `aws.iam.user`. Columns are camelCased; the
 * report's placeholder words become `null` so policies compare real values:
 * dates are `null` for `N/A`, `no_information` or `not_supported`, booleans
 * `null` for `not_supported`, region and service names `null` for `N/A`.
 */
import type { Static, TObject } from '@sinclair/typebox';
import { bool, nullable, obj, str, timestamp } from '../fields.js';

const date = (what: string) =>
  nullable(timestamp(`${what}; null when the report says N/A, no_information or not_supported (none, never used, or not applicable).`));
const flag = (what: string) => nullable(bool(`${what}; null when the report says not_supported.`));
const label = (what: string) => nullable(str(`${what}; null when the report says N/A (never used).`));

const columns = {
  user: str('user: the IAM user name, or <root_account> for the root user.'),
  arn: str('arn: the user ARN, or arn:aws:iam::<account>:root for the root user.'),
  userCreationTime: timestamp('user_creation_time: when the user (or the account, for root) was created.'),
  passwordEnabled: nullable(bool('password_enabled: whether the user has a console password; null when the report says not_supported, as on the root row.')),
  passwordLastUsed: date('password_last_used: when the password last signed in to the console'),
  passwordLastChanged: date('password_last_changed: when the password was last set'),
  passwordNextRotation: date('password_next_rotation: when the password policy requires the next change'),
  mfaActive: flag('mfa_active: whether an MFA device is enabled for the user'),
  accessKey1Active: flag('access_key_1_active: whether access key 1 exists and is Active'),
  accessKey1LastRotated: date('access_key_1_last_rotated: when access key 1 was created or last changed'),
  accessKey1LastUsedDate: date('access_key_1_last_used_date: when access key 1 last signed an API request'),
  accessKey1LastUsedRegion: label('access_key_1_last_used_region: region where access key 1 was last used'),
  accessKey1LastUsedService: label('access_key_1_last_used_service: service namespace access key 1 last called, e.g. s3'),
  accessKey2Active: flag('access_key_2_active: whether access key 2 exists and is Active'),
  accessKey2LastRotated: date('access_key_2_last_rotated: when access key 2 was created or last changed'),
  accessKey2LastUsedDate: date('access_key_2_last_used_date: when access key 2 last signed an API request'),
  accessKey2LastUsedRegion: label('access_key_2_last_used_region: region where access key 2 was last used'),
  accessKey2LastUsedService: label('access_key_2_last_used_service: service namespace access key 2 last called, e.g. s3'),
  cert1Active: flag('cert_1_active: whether X.509 signing certificate 1 exists and is Active'),
  cert1LastRotated: date('cert_1_last_rotated: when signing certificate 1 was created or last changed'),
  cert2Active: flag('cert_2_active: whether X.509 signing certificate 2 exists and is Active'),
  cert2LastRotated: date('cert_2_last_rotated: when signing certificate 2 was created or last changed'),
};

/** The row schema; `description` says which row it is and what `null` means where it is used. */
export const credentialReportRow = (description: string): TObject<typeof columns> => obj(columns, description);

export type CredentialReportRow = Static<ReturnType<typeof credentialReportRow>>;
