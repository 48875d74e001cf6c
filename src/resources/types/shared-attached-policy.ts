/** A managed policy attached to an IAM user, group or role (ListAttached{User,Group,Role}Policies), shared by those types. */
import { obj, str } from '../fields.js';

export const attachedPolicy = obj({
  policyName: str('Managed policy name, e.g. AWSSupportAccess.'),
  policyArn: str('Managed policy ARN; arn:aws:iam::aws:policy/… for AWS managed policies.'),
}, 'One attached managed policy.');
