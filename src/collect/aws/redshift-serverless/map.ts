/**
 * Pure mapping from Redshift Serverless answers to the
 * aws.redshift-serverless.* catalog shapes, one reader per field
 * (answers.ts). ListWorkgroups and ListNamespaces answer every flag below
 * for every entry, so one left out is unknown, never its default
 * (publiclyAccessible false would pass RedshiftServerless.3 on nothing).
 *
 * What absence is read as, and why:
 * - creationDate absent is null: a workgroup or namespace being created
 *   has none yet.
 * - adminUsername, dbName, kmsKeyId absent are null: a namespace may be
 *   created without an administrator or a named first database, and names
 *   a key only when it has one.
 * - require_ssl missing from configParameters, or configParameters absent,
 *   is unknown: every workgroup has the parameter.
 * - logExports absent is unknown, not "none": an absent list says nothing
 *   about what is exported.
 * - adminPasswordSecretArn and the password itself are never read.
 */
import type { ConfigParameter, Namespace, Workgroup } from '@aws-sdk/client-redshift-serverless';
import { emptyToNull, isoOrNull, knownValue, required, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type ServerlessWorkgroup = CatalogData['aws.redshift-serverless.workgroup'];
type ServerlessNamespace = CatalogData['aws.redshift-serverless.namespace'];

/** require_ssl as the workgroup's configParameters answer it: the text true or false, anything else unknown. */
export function requireSsl(parameters: readonly ConfigParameter[] | undefined): boolean {
  const parameter = required(parameters, 'configParameters').find((p) => p.parameterKey === 'require_ssl');
  if (parameter === undefined) throw new UnreadableAnswer('IncompleteResponse', 'the workgroup\'s configParameters have no require_ssl');
  return knownValue(parameter.parameterValue?.toLowerCase(), ['true', 'false'], 'require_ssl parameterValue') === 'true';
}

export function workgroupFields(workgroup: Workgroup): ReadersOf<ServerlessWorkgroup> {
  return {
    workgroupName: () => text(workgroup.workgroupName, 'workgroupName'),
    workgroupId: () => text(workgroup.workgroupId, 'workgroupId'),
    namespaceName: () => text(workgroup.namespaceName, 'namespaceName'),
    status: () => text(workgroup.status, 'status'),
    creationDate: () => isoOrNull(workgroup.creationDate),
    publiclyAccessible: () => required(workgroup.publiclyAccessible, 'publiclyAccessible'),
    enhancedVpcRouting: () => required(workgroup.enhancedVpcRouting, 'enhancedVpcRouting'),
    requireSsl: () => requireSsl(workgroup.configParameters),
    securityGroupIds: () => [...required(workgroup.securityGroupIds, 'securityGroupIds')],
  };
}

export function namespaceFields(namespace: Namespace): ReadersOf<ServerlessNamespace> {
  return {
    namespaceName: () => text(namespace.namespaceName, 'namespaceName'),
    namespaceId: () => text(namespace.namespaceId, 'namespaceId'),
    status: () => text(namespace.status, 'status'),
    creationDate: () => isoOrNull(namespace.creationDate),
    adminUsername: () => emptyToNull(namespace.adminUsername),
    dbName: () => emptyToNull(namespace.dbName),
    kmsKeyId: () => emptyToNull(namespace.kmsKeyId),
    logExports: () => required(namespace.logExports, 'logExports').map((log) => knownValue(log, ['connectionlog', 'useractivitylog', 'userlog'], 'logExports[]')),
  };
}
