/**
 * Account-wide and IAM types: the account and its regions' settings, users
 * with keys and MFA of every age, roles and policies from least privilege to
 * `*:*`, server certificates expired and not.
 */
import { account } from '../../src/resources/types/account.js';
import { guarddutyDetector } from '../../src/resources/types/guardduty-detector.js';
import { iamPolicy } from '../../src/resources/types/iam-policy.js';
import { iamRole } from '../../src/resources/types/iam-role.js';
import { iamServerCertificate } from '../../src/resources/types/iam-server-certificate.js';
import { iamUser } from '../../src/resources/types/iam-user.js';
import { region } from '../../src/resources/types/region.js';
import { daysAgo, daysAhead, defineRecipe, denied, type Recipe, type Variation } from './recipe.js';
import { ec2Suffix } from './rng.js';

const iamArn = (place: { account: string }, resource: string): string => `arn:aws:iam::${place.account}:${resource}`;

export const accountRecipe: Recipe = defineRecipe({
  definition: account,
  weight: 0,
  vary(rng): Variation<typeof account.data> {
    const weak = rng.chance(0.4);
    return {
      data: {
        passwordPolicy: rng.chance(0.15) ? null : weak
          ? { minimumPasswordLength: rng.pick([8, 10, 12]), requireSymbols: false, passwordReusePrevention: null, expirePasswords: true, maxPasswordAge: 90 }
          : { minimumPasswordLength: rng.pick([14, 16, 20]) },
        summary: { accountAccessKeysPresent: rng.chance(0.1), accountMfaEnabled: rng.chance(0.9), users: rng.int(0, 400), roles: rng.int(10, 900) },
        rootVirtualMfa: rng.chance(0.5),
        s3PublicAccessBlock: rng.chance(0.3) ? null : { blockPublicPolicy: rng.chance(0.8) },
        securityContact: rng.chance(0.25) ? null : {},
        organization: rng.chance(0.2) ? null : {},
      },
      ...(rng.chance(0.1) ? { errors: [denied('passwordPolicy', 'iam:GetAccountPasswordPolicy')] } : {}),
    };
  },
  identify(_seq, place) {
    return { id: place.account, name: `account-${place.account}`, data: {} };
  },
});

const recorder = {
  name: 'default',
  roleArn: 'arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
  recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [], exclusionResourceTypes: [], recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES' as const },
  recordingFrequency: 'CONTINUOUS' as const,
};

export const regionRecipe: Recipe = defineRecipe({
  definition: region,
  weight: 0,
  vary(rng): Variation<typeof region.data> {
    const recording = rng.chance(0.7);
    return {
      data: {
        ebsEncryptionByDefault: rng.chance(0.6),
        vpcBlockPublicAccess: rng.chance(0.7)
          ? { internetGatewayBlockMode: 'off', state: 'default-state', exclusionsAllowed: null, managedBy: null }
          : { internetGatewayBlockMode: rng.pick(['block-bidirectional', 'block-ingress'] as const), state: rng.chance(0.9) ? 'update-complete' : 'update-in-progress', exclusionsAllowed: 'allowed', managedBy: 'account' },
        emrBlockPublicAccess: {
          blockPublicSecurityGroupRules: rng.chance(0.85),
          permittedPublicPortRanges: rng.pick([[], [{ minRange: 22, maxRange: 22 }], [{ minRange: 22, maxRange: 22 }], [{ minRange: 22, maxRange: 22 }, { minRange: 8443, maxRange: 8443 }]]),
        },
        configRecorders: rng.chance(0.15) ? [] : [{
          ...recorder,
          status: { recording, lastStatus: recording ? 'Success' : 'Failure', lastStartTime: daysAgo(400), lastStopTime: recording ? null : daysAgo(rng.int(1, 90)), lastErrorCode: null, lastErrorMessage: null },
        }],
        deliveryChannels: rng.chance(0.15) ? [] : region.example.deliveryChannels,
        accessAnalyzers: rng.chance(0.35) ? [] : region.example.accessAnalyzers,
        securityHub: rng.chance(0.3) ? { enabled: false, hubArn: null, subscribedAt: null, autoEnableControls: null, standards: [] } : {},
        ssmAutomationLogDestination: rng.chance(0.6) ? { settingValue: 'None', status: 'Default' } : region.example.ssmAutomationLogDestination,
        ssmDocumentPublicSharing: rng.chance(0.5) ? { settingValue: 'Enable', status: 'Default' } : region.example.ssmDocumentPublicSharing,
        inspector: rng.chance(0.4)
          ? { ec2: 'DISABLED', ecr: 'DISABLED', lambda: 'DISABLED', lambdaCode: 'DISABLED' }
          : { ecr: rng.chance(0.8) ? 'ENABLED' : 'SUSPENDED', lambdaCode: rng.chance(0.5) ? 'ENABLED' : 'DISABLED' },
        macie: rng.chance(0.5) ? { status: null, automatedDiscovery: null } : { status: rng.chance(0.9) ? 'ENABLED' : 'PAUSED', automatedDiscovery: rng.chance(0.5) ? 'ENABLED' : 'DISABLED' },
      },
      ...(rng.chance(0.1) ? { errors: [denied('securityHub', 'securityhub:DescribeHub', 'AccessDeniedException')] } : {}),
    };
  },
  identify(_seq, place) {
    return { id: place.region, data: { regionName: place.region } };
  },
});

/** GuardDuty per account and region: on with every feature, on with some features off, suspended, or never enabled (no detector). */
export const guarddutyDetectorRecipe: Recipe = defineRecipe({
  definition: guarddutyDetector,
  weight: 0,
  vary(rng): Variation<typeof guarddutyDetector.data> {
    if (rng.chance(0.25)) {
      return { data: { detectorId: null, status: null, findingPublishingFrequency: null, serviceRole: null, createdAt: null, updatedAt: null, features: [], organization: null } };
    }
    const features = guarddutyDetector.example.features.map((f) => (rng.chance(0.2) ? { ...f, status: 'DISABLED' as const } : f));
    return {
      data: { detectorId: rng.hex(32), status: rng.chance(0.1) ? 'DISABLED' : 'ENABLED', features },
      ...(rng.chance(0.05) ? { errors: [denied('features', 'guardduty:GetDetector', 'AccessDeniedException')] } : {}),
    };
  },
  identify(_seq, place, template) {
    const detectorId = template.data.detectorId;
    return { id: place.region, ...(typeof detectorId === 'string' ? { arn: `arn:aws:guardduty:${place.region}:${place.account}:detector/${detectorId}` } : {}), data: {} };
  },
});

const adminDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const readOnlyDocument = { Version: '2012-10-17', Statement: [{ Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'] }] };
const managed = [
  { policyName: 'AdministratorAccess', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
  { policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
  { policyName: 'AWSSupportAccess', policyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' },
  { policyName: 'AmazonS3ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' },
];

export const iamUserRecipe: Recipe = defineRecipe({
  definition: iamUser,
  weight: 50,
  vary(rng): Variation<typeof iamUser.data> {
    const console = rng.chance(0.6);
    const keyCount = rng.int(0, 2);
    const accessKeys = Array.from({ length: keyCount }, (_, k) => {
      const age = rng.pick([10, 45, 120, 400, 900]);
      const used = rng.chance(0.8);
      return {
        accessKeyId: `AKIA${rng.hex(16).toUpperCase()}`,
        status: rng.chance(0.85) ? 'Active' as const : 'Inactive' as const,
        createDate: daysAgo(age + k),
        lastUsedDate: used ? daysAgo(rng.int(0, age)) : null,
        lastUsedService: used ? 's3' : null,
        lastUsedRegion: used ? 'us-east-1' : null,
      };
    });
    const mfa = console && rng.chance(0.7);
    return {
      data: {
        passwordLastUsed: console ? daysAgo(rng.pick([1, 30, 95, 200])) : null,
        loginProfile: console ? {} : null,
        mfaDevices: mfa ? [{ serialNumber: 'arn:aws:iam::123456789012:mfa/user', enableDate: daysAgo(300), type: rng.pick(['virtual', 'hardware'] as const) }] : [],
        accessKeys,
        attachedPolicies: rng.chance(0.2) ? rng.sample(managed, rng.int(1, 2)) : [],
        inlinePolicies: rng.chance(0.1) ? [{ policyName: 'inline', document: rng.chance(0.5) ? adminDocument : readOnlyDocument }] : [],
        groups: rng.sample(['developers', 'ops', 'auditors', 'admins'], rng.int(0, 2)),
        credentialReport: {
          passwordEnabled: console,
          mfaActive: mfa,
          accessKey1Active: accessKeys[0]?.status === 'Active',
          accessKey1LastRotated: accessKeys[0]?.createDate ?? null,
          accessKey1LastUsedDate: accessKeys[0]?.lastUsedDate ?? null,
          accessKey2Active: accessKeys[1]?.status === 'Active',
          accessKey2LastRotated: accessKeys[1]?.createDate ?? null,
        },
      },
      ...(rng.chance(0.05) ? { errors: [denied('accessKeys', 'iam:ListAccessKeys')] } : {}),
    };
  },
  identify(seq, place, template) {
    const userName = `user-${seq}`;
    const arn = iamArn(place, `user/${userName}`);
    const report = template.data.credentialReport;
    return {
      id: userName,
      arn,
      data: {
        userName,
        userId: `AIDA${ec2Suffix(seq).toUpperCase()}`,
        ...(typeof report === 'object' && report !== null ? { credentialReport: { ...report, user: userName, arn } } : {}),
      },
    };
  },
});

export const iamRoleRecipe: Recipe = defineRecipe({
  definition: iamRole,
  weight: 90,
  vary(rng): Variation<typeof iamRole.data> {
    const service = rng.chance(0.6);
    return {
      data: {
        path: service && rng.chance(0.3) ? '/aws-service-role/' : '/',
        assumeRolePolicyDocument: service
          ? { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: rng.pick(['ec2.amazonaws.com', 'lambda.amazonaws.com', 'ecs-tasks.amazonaws.com']) }, Action: 'sts:AssumeRole' }] }
          : { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: rng.chance(0.1) ? '*' : 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole', ...(rng.chance(0.5) ? { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } } : {}) }] },
        attachedPolicies: rng.sample(managed, rng.int(0, 3)),
        inlinePolicyNames: rng.chance(0.3) ? ['inline-access'] : [],
        instanceProfileNames: service && rng.chance(0.5) ? ['app-profile'] : [],
        lastUsed: rng.chance(0.2) ? null : { lastUsedDate: daysAgo(rng.pick([1, 20, 100, 380])), region: 'us-east-1' },
      },
    };
  },
  identify(seq, place) {
    const roleName = `role-${seq}`;
    return { id: roleName, arn: iamArn(place, `role/${roleName}`), data: { roleName, roleId: `AROA${ec2Suffix(seq).toUpperCase()}` } };
  },
});

export const iamPolicyRecipe: Recipe = defineRecipe({
  definition: iamPolicy,
  weight: 50,
  vary(rng): Variation<typeof iamPolicy.data> {
    const statements = Array.from({ length: rng.int(1, 4) }, (_, s) => (rng.chance(0.1)
      ? { Sid: `Admin${s}`, Effect: 'Allow', Action: '*', Resource: '*' }
      : { Sid: `Scoped${s}`, Effect: rng.chance(0.9) ? 'Allow' : 'Deny', Action: rng.sample(['s3:GetObject', 's3:PutObject', 'ec2:Describe*', 'kms:Decrypt', 'logs:PutLogEvents', 'iam:PassRole'], rng.int(1, 3)), Resource: `arn:aws:s3:::bucket-${s}/*` }));
    const attached = rng.int(0, 4);
    return {
      data: {
        document: { Version: '2012-10-17', Statement: statements },
        attachmentCount: attached,
        attachedTo: { users: attached > 2 ? ['user-1'] : [], groups: attached > 0 ? ['developers'] : [], roles: attached > 1 ? ['role-1'] : [] },
        updateDate: daysAgo(rng.int(1, 700)),
      },
    };
  },
  identify(seq, place) {
    const policyName = `policy-${seq}`;
    return { id: policyName, arn: iamArn(place, `policy/${policyName}`), data: { policyName, policyId: `ANPA${ec2Suffix(seq).toUpperCase()}` } };
  },
});

export const iamServerCertificateRecipe: Recipe = defineRecipe({
  definition: iamServerCertificate,
  weight: 5,
  vary(rng): Variation<typeof iamServerCertificate.data> {
    const expired = rng.chance(0.3);
    return { data: { uploadDate: daysAgo(rng.int(400, 900)), expiration: expired ? daysAgo(rng.int(1, 300)) : daysAhead(rng.int(5, 400)) } };
  },
  identify(seq, place) {
    const name = `cert-${seq}`;
    return { id: name, arn: iamArn(place, `server-certificate/${name}`), data: { serverCertificateName: name, serverCertificateId: `ASCA${ec2Suffix(seq).toUpperCase()}` } };
  },
});
