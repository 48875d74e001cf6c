/**
 * Credentials for collection: the SDK's default chain (environment, shared
 * config and SSO profiles, web identity for GitHub OIDC, container and
 * instance roles), optionally a named profile, optionally a role assumed on
 * top with an external id. Assay never prints or stores the credentials
 * themselves; only the caller's ARN and account id are shown.
 */
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

export interface CredentialOptions {
  readonly profile?: string;
  readonly roleArn?: string;
  readonly externalId?: string;
  readonly sessionName?: string;
  /** Region for the STS calls of role assumption. */
  readonly region: string;
}

export function credentialProvider(options: CredentialOptions): AwsCredentialIdentityProvider {
  const base = fromNodeProviderChain(options.profile === undefined ? {} : { profile: options.profile });
  if (options.roleArn === undefined) return base;
  return sharedCredentials(fromTemporaryCredentials({
    masterCredentials: base,
    params: {
      RoleArn: options.roleArn,
      RoleSessionName: options.sessionName ?? 'assay-scan',
      ...(options.externalId === undefined ? {} : { ExternalId: options.externalId }),
      DurationSeconds: 3600,
    },
    clientConfig: { region: options.region },
  }));
}

export interface MemberRoleOptions {
  readonly account: string;
  readonly partition: string;
  /** Role name, optionally with a path: OrganizationAccountAccessRole, security/AssayAudit. */
  readonly roleName: string;
  readonly externalId?: string;
  readonly sessionName: string;
  readonly region: string;
}

export const memberRoleArn = (options: Pick<MemberRoleOptions, 'account' | 'partition' | 'roleName'>): string => `arn:${options.partition}:iam::${options.account}:role/${options.roleName}`;

/** Refreshed this long before they expire, so no call is signed with credentials about to lapse. */
const REFRESH_BEFORE_MS = 5 * 60_000;

/**
 * One set of credentials shared by every client of an account: without it
 * each client (a service in a region) assumes the role again — twenty
 * AssumeRole calls per account, against STS's rate limits. A failure is not
 * kept, so the next call tries again.
 */
export function sharedCredentials(provider: AwsCredentialIdentityProvider, now: () => number = Date.now): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> | undefined;
  return async () => {
    const pending = current ?? (current = provider());
    try {
      const identity = await pending;
      if (identity.expiration !== undefined && identity.expiration.getTime() - now() < REFRESH_BEFORE_MS) {
        if (current === pending) current = undefined;
        return await (current ??= provider());
      }
      return identity;
    } catch (error) {
      if (current === pending) current = undefined;
      throw error;
    }
  };
}

/** Credentials inside a member account: its role assumed with the credentials Assay starts from, once for all its clients. */
export function memberRoleCredentials(base: AwsCredentialIdentityProvider, options: MemberRoleOptions): AwsCredentialIdentityProvider {
  return sharedCredentials(fromTemporaryCredentials({
    masterCredentials: base,
    params: {
      RoleArn: memberRoleArn(options),
      RoleSessionName: options.sessionName,
      ...(options.externalId === undefined ? {} : { ExternalId: options.externalId }),
      DurationSeconds: 3600,
    },
    clientConfig: { region: options.region },
  }));
}
