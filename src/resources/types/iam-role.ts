import { defineResourceType } from '../define.js';
import { int, list, nullable, obj, policyDocument, str, timestamp } from '../fields.js';
import { attachedPolicy } from './shared-attached-policy.js';

export const iamRole = defineResourceType({
  type: 'aws.iam.role',
  service: 'iam',
  scope: 'global',
  awsTypes: ['AWS::IAM::Role'],
  description: 'An IAM role with its trust policy, attached and inline policies, instance profiles and last use.',
  idDescription: 'the role name',
  data: obj({
    roleName: str('Role name.'),
    roleId: str('Stable unique role id (AROA…).'),
    path: str('IAM path, "/" when none; service-linked roles use /aws-service-role/….'),
    description: str('Role description; empty when none.'),
    createDate: timestamp('When the role was created.'),
    maxSessionDuration: int('Maximum session duration in seconds for assumed-role sessions.', { minimum: 3600, maximum: 43200 }),
    assumeRolePolicyDocument: policyDocument('Trust policy: who may assume the role (GetRole AssumeRolePolicyDocument), URL-decoded and parsed.'),
    attachedPolicies: list(attachedPolicy, 'Managed policies attached to the role (ListAttachedRolePolicies).'),
    inlinePolicyNames: list(str('Inline policy name.'), 'Names of the inline policies embedded in the role (ListRolePolicies).'),
    instanceProfileNames: list(str('Instance profile name.'), 'Instance profiles the role belongs to (ListInstanceProfilesForRole).'),
    lastUsed: nullable(obj({
      lastUsedDate: timestamp('When the role was last assumed.'),
      region: str('Region in which the role was last used.'),
    }, 'Last use of the role (GetRole RoleLastUsed); null when not used within the IAM tracking period (400 days).')),
  }, 'IAM role settings.'),
  example: {
    roleName: 'AWSSupportRole',
    roleId: 'AROAEXAMPLEROLEID0001',
    path: '/',
    description: 'Lets the incident team manage cases with AWS Support',
    createDate: '2024-01-10T08:00:00.000Z',
    maxSessionDuration: 3600,
    assumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::123456789012:root' },
        Action: 'sts:AssumeRole',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      }],
    },
    attachedPolicies: [{ policyName: 'AWSSupportAccess', policyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' }],
    inlinePolicyNames: [],
    instanceProfileNames: [],
    lastUsed: { lastUsedDate: '2024-06-20T16:30:00.000Z', region: 'us-east-1' },
  },
});
