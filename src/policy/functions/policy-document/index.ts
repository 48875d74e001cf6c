/** Reading IAM and resource policy documents, and the analyses built on the reader. */
export { actionMatches, coversAnyAction } from './actions.js';
export { coversEveryResource, everyResourceGrants, serviceWideGrants, type BroadGrant, type ResourceKind } from './broad-grants.js';
export { fullAdminGrants, type FullAdminGrant } from './full-admin.js';
export { limitingCondition, whyNotLimiting } from './limiting-conditions.js';
export { everyoneIn } from './principals.js';
export { publicGrants, type PublicGrant } from './public-grants.js';
export { parseOperator, readStatements, type ConditionTest, type PolicyStatement, type PrincipalSet } from './read.js';
