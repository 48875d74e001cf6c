/**
 * Redshift Serverless: a compliant analytics workgroup and namespace, a
 * sandbox on the console's loosest settings (public, routed over the
 * internet, require_ssl off, administrator admin, no log exports), and an
 * EU reporting pair with the edge cases: a workgroup whose require_ssl could
 * not be read (RedshiftServerless.2 is ERROR, never a pass), and a namespace
 * created without an administrator (nothing to guess: .5 passes) that
 * exports its connection log but not its user log (.6 fails).
 */
import { redshiftServerlessNamespace } from '../../src/resources/types/redshift-serverless-namespace.js';
import { redshiftServerlessWorkgroup } from '../../src/resources/types/redshift-serverless-workgroup.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, keys, make, securityGroups as sg, type DemoRegion, type Overrides } from './demo.js';

function workgroup(region: DemoRegion, name: string, id: string, data: Overrides<typeof redshiftServerlessWorkgroup>, errors?: Resource['errors']): Resource {
  return make(redshiftServerlessWorkgroup, {
    id: name, region, arn: arn.in('redshift-serverless', region, `workgroup/${id}`), data: { workgroupName: name, workgroupId: id, namespaceName: name, ...data }, ...(errors === undefined ? {} : { errors }),
  });
}

function namespace(region: DemoRegion, name: string, id: string, data: Overrides<typeof redshiftServerlessNamespace>): Resource {
  return make(redshiftServerlessNamespace, { id: name, region, arn: arn.in('redshift-serverless', region, `namespace/${id}`), data: { namespaceName: name, namespaceId: id, ...data } });
}

export function redshiftServerlessWorkgroups(): Resource[] {
  return [
    workgroup('us-east-1', 'analytics', '4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b', { securityGroupIds: [sg.appDb] }),
    workgroup('us-east-1', 'sandbox', '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d', { publiclyAccessible: true, enhancedVpcRouting: false, requireSsl: false, securityGroupIds: [sg.debugWideOpen] }),
    workgroup('eu-west-1', 'eu-reporting', '8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f', { securityGroupIds: [sg.ordersDbEu] }, [
      { path: 'requireSsl', code: 'IncompleteResponse', message: 'the workgroup\'s configParameters have no require_ssl', operation: 'redshift-serverless:ListWorkgroups' },
    ]),
  ];
}

export function redshiftServerlessNamespaces(): Resource[] {
  return [
    namespace('us-east-1', 'analytics', '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', { adminUsername: 'analytics_owner', kmsKeyId: keys.appData }),
    namespace('us-east-1', 'sandbox', '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a', { adminUsername: 'admin', kmsKeyId: 'AWS_OWNED_KMS_KEY', logExports: [] }),
    namespace('eu-west-1', 'eu-reporting', '5f6a7b8c-9d0e-4f1a-9b2c-3d4e5f6a7b8c', { adminUsername: null, dbName: 'reports', kmsKeyId: keys.euData, logExports: ['connectionlog'] }),
  ];
}
