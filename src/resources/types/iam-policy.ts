import { defineResourceType } from '../define.js';
import { bool, int, list, obj, policyDocument, str, timestamp } from '../fields.js';

const names = (what: string) => list(str(`${what} name.`), `${what}s the policy is attached to (ListEntitiesForPolicy).`);

export const iamPolicy = defineResourceType({
  type: 'aws.iam.policy',
  service: 'iam',
  scope: 'global',
  awsTypes: ['AWS::IAM::Policy'],
  description: 'A customer managed IAM policy with its default version document and the users, groups and roles it is attached to.',
  idDescription: 'the policy name',
  data: obj({
    policyName: str('Policy name.'),
    policyId: str('Stable unique policy id (ANPA…).'),
    path: str('IAM path, "/" when none.'),
    description: str('Policy description (GetPolicy); empty when none.'),
    defaultVersionId: str('Id of the default version, e.g. v3.'),
    document: policyDocument('The default version\'s policy document (GetPolicyVersion), URL-decoded and parsed.'),
    attachmentCount: int('Number of users, groups and roles the policy is attached to.', { minimum: 0 }),
    permissionsBoundaryUsageCount: int('Number of users and roles that use the policy as their permissions boundary.', { minimum: 0 }),
    isAttachable: bool('Whether the policy can be attached to users, groups or roles.'),
    createDate: timestamp('When the policy was created.'),
    updateDate: timestamp('When the policy was last updated (a version was created or the default changed).'),
    attachedTo: obj({
      users: names('User'),
      groups: names('Group'),
      roles: names('Role'),
    }, 'Entities the policy is attached to, by name (ListEntitiesForPolicy).'),
  }, 'Customer managed policy settings.'),
  example: {
    policyName: 'DevelopersS3ReadOnly',
    policyId: 'ANPAEXAMPLEPOLICYID01',
    path: '/',
    description: 'Read-only access to the application data bucket',
    defaultVersionId: 'v1',
    document: {
      Version: '2012-10-17',
      Statement: [{
        Sid: 'ReadAppData',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: ['arn:aws:s3:::example-bucket', 'arn:aws:s3:::example-bucket/*'],
      }],
    },
    attachmentCount: 1,
    permissionsBoundaryUsageCount: 0,
    isAttachable: true,
    createDate: '2024-01-10T08:30:00.000Z',
    updateDate: '2024-01-10T08:30:00.000Z',
    attachedTo: { users: [], groups: ['developers'], roles: [] },
  },
});
