/**
 * IAM users. Each is written as its credentials (console password, MFA,
 * access keys); `user()` derives the credential-report row from them, so the
 * two views AWS gives of one user never contradict each other.
 */
import type { Static } from '@sinclair/typebox';
import { iamUser } from '../../src/resources/types/iam-user.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, daysAgo, make } from './demo.js';

type UserData = Static<typeof iamUser.data>;
type AccessKey = UserData['accessKeys'][number];

interface UserSpec {
  readonly name: string;
  readonly userId: string;
  readonly created: string;
  /** Console password: when it was set and last used (null: never). */
  readonly console?: { readonly created: string; readonly lastUsed: string | null };
  readonly mfa?: UserData['mfaDevices'];
  readonly keys?: readonly AccessKey[];
  readonly groups?: readonly string[];
  readonly attachedPolicies?: UserData['attachedPolicies'];
  readonly inlinePolicies?: UserData['inlinePolicies'];
  readonly tags?: Readonly<Record<string, string>>;
}

function key(id: string, status: AccessKey['status'], created: string, lastUsed: string | null, service = 's3', region = 'us-east-1'): AccessKey {
  return { accessKeyId: id, status, createDate: created, lastUsedDate: lastUsed, lastUsedService: lastUsed === null ? null : service, lastUsedRegion: lastUsed === null ? null : region };
}

function keyColumns(k: AccessKey | undefined) {
  return {
    active: k?.status === 'Active',
    lastRotated: k?.createDate ?? null,
    lastUsedDate: k?.lastUsedDate ?? null,
    lastUsedRegion: k?.lastUsedRegion ?? null,
    lastUsedService: k?.lastUsedService ?? null,
  };
}

function user(spec: UserSpec): Resource {
  const keys = [...(spec.keys ?? [])];
  const mfa = spec.mfa ?? [];
  const [k1, k2] = [keyColumns(keys[0]), keyColumns(keys[1])];
  const userArn = arn.iam(`user/${spec.name}`);
  return make(iamUser, {
    id: spec.name,
    arn: userArn,
    tags: spec.tags ?? {},
    data: {
      userName: spec.name,
      userId: spec.userId,
      createDate: spec.created,
      passwordLastUsed: spec.console?.lastUsed ?? null,
      loginProfile: spec.console === undefined ? null : { createDate: spec.console.created, passwordResetRequired: false },
      mfaDevices: mfa,
      accessKeys: keys,
      attachedPolicies: spec.attachedPolicies ?? [],
      inlinePolicies: spec.inlinePolicies ?? [],
      groups: [...(spec.groups ?? [])],
      credentialReport: {
        user: spec.name,
        arn: userArn,
        userCreationTime: spec.created,
        passwordEnabled: spec.console !== undefined,
        passwordLastUsed: spec.console?.lastUsed ?? null,
        passwordLastChanged: spec.console?.created ?? null,
        passwordNextRotation: null,
        mfaActive: mfa.length > 0,
        accessKey1Active: k1.active, accessKey1LastRotated: k1.lastRotated, accessKey1LastUsedDate: k1.lastUsedDate,
        accessKey1LastUsedRegion: k1.lastUsedRegion, accessKey1LastUsedService: k1.lastUsedService,
        accessKey2Active: k2.active, accessKey2LastRotated: k2.lastRotated, accessKey2LastUsedDate: k2.lastUsedDate,
        accessKey2LastUsedRegion: k2.lastUsedRegion, accessKey2LastUsedService: k2.lastUsedService,
      },
    },
  });
}

const virtualMfa = (name: string, enabled: string) => ({ serialNumber: arn.iam(`mfa/${name}`), enableDate: enabled, type: 'virtual' as const });

export function iamUsers(): Resource[] {
  return [
    // Compliant console user: MFA, a 30-day-old key in use, permissions through a group only.
    user({
      name: 'alice', userId: 'AIDAQ3EXAMPLEALICE001', created: '2023-03-02T09:14:00.000Z',
      console: { created: '2023-03-02T09:20:00.000Z', lastUsed: daysAgo(0.5) },
      mfa: [virtualMfa('alice', '2023-03-02T09:25:00.000Z')],
      keys: [key('AKIAQ3EXAMPLEALICE01', 'Active', daysAgo(30), daysAgo(1))],
      groups: ['developers'], tags: { team: 'platform' },
    }),
    // Edge case 7: a console user (login profile set) without MFA — CIS 1.10 fails.
    user({
      name: 'bob', userId: 'AIDAQ3EXAMPLEBOB00001', created: '2025-11-17T15:02:00.000Z',
      console: { created: '2025-11-17T15:05:00.000Z', lastUsed: daysAgo(3) },
      groups: ['developers'], tags: { team: 'data' },
    }),
    // Edge case 8: an active access key 200 days old (created 2026-04-15) — CIS 1.14 (rotate within 90 days) fails.
    user({
      name: 'ci-deploy', userId: 'AIDAQ3EXAMPLECIDEPLOY', created: '2024-09-03T11:00:00.000Z',
      keys: [key('AKIAQ3EXAMPLECIDEPLY', 'Active', daysAgo(200), daysAgo(0.2), 'cloudformation')],
      inlinePolicies: [{
        policyName: 'deploy-stacks',
        document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['cloudformation:*', 'iam:PassRole'], Resource: '*' }] },
      }],
      tags: { owner: 'platform', purpose: 'ci' },
    }),
    // A policy attached directly to the user, not through a group — CIS 1.15 fails.
    user({
      name: 'carol', userId: 'AIDAQ3EXAMPLECAROL001', created: '2024-02-20T10:00:00.000Z',
      console: { created: '2024-02-20T10:05:00.000Z', lastUsed: daysAgo(2) },
      mfa: [{ serialNumber: 'GAHT12345678', enableDate: '2024-02-20T10:10:00.000Z', type: 'hardware' }],
      attachedPolicies: [{ policyName: 'AmazonS3FullAccess', policyArn: arn.awsPolicy('AmazonS3FullAccess') }],
      tags: { team: 'analytics' },
    }),
    // Dormant user: password unused for 140 days and a key never used since creation — CIS 1.12 fails.
    user({
      name: 'dave', userId: 'AIDAQ3EXAMPLEDAVE0001', created: '2023-08-07T13:30:00.000Z',
      console: { created: '2023-08-07T13:31:00.000Z', lastUsed: daysAgo(140) },
      mfa: [virtualMfa('dave', '2023-08-07T13:40:00.000Z')],
      keys: [key('AKIAQ3EXAMPLEDAVE001', 'Active', daysAgo(120), null)],
      groups: ['developers'],
    }),
    // Programmatic service user with two keys, one rotated out (Inactive) — only one active key (CIS 1.13).
    user({
      name: 'svc-reporting', userId: 'AIDAQ3EXAMPLESVCREPT1', created: '2025-01-09T08:00:00.000Z',
      keys: [
        key('AKIAQ3EXAMPLESVCREP1', 'Inactive', daysAgo(95), daysAgo(60), 's3', 'eu-west-1'),
        key('AKIAQ3EXAMPLESVCREP2', 'Active', daysAgo(60), daysAgo(0.1), 's3', 'eu-west-1'),
      ],
      groups: ['developers'],
    }),
  ];
}
