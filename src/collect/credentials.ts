/**
 * Credentials for collection: the SDK's default chain (environment, shared
 * config and SSO profiles, web identity for GitHub OIDC, container and
 * instance roles), optionally a named profile, optionally a role assumed on
 * top with an external id. Assay never prints or stores the credentials
 * themselves; only the caller's ARN and account id are shown.
 */
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentityProvider } from '@smithy/types';

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
  return fromTemporaryCredentials({
    masterCredentials: base,
    params: {
      RoleArn: options.roleArn,
      RoleSessionName: options.sessionName ?? 'assay-scan',
      ...(options.externalId === undefined ? {} : { ExternalId: options.externalId }),
      DurationSeconds: 3600,
    },
    clientConfig: { region: options.region },
  });
}
