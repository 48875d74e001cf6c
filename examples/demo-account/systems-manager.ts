/**
 * Systems Manager: the nodes it manages, the documents the account owns,
 * and (on aws.region, in account.ts) the Automation logging and document
 * sharing settings. us-east-1's app server is managed, patched and in
 * line with its associations; eu-west-1's app server has lost its agent's
 * connection and is missing critical patches; an on-premises build server
 * (a hybrid mi- node) was never patched by Patch Manager (no summary, not
 * applicable) and failed an association. legacy-reports is running but
 * Systems Manager does not list it at all. Documents: one shared with a
 * named account, one shared with every AWS account, and one whose
 * permissions could not be read (ERROR, never "not public").
 */
import { ssmDocument } from '../../src/resources/types/ssm-document.js';
import { ssmManagedInstance } from '../../src/resources/types/ssm-managed-instance.js';
import type { Resource, ResourceError } from '../../src/resources/resource.js';
import { arn, instances, make, scannerRole, type DemoRegion, type Overrides } from './demo.js';

const buildServer = 'mi-0c4d5e6f7a8b90123';

function node(region: DemoRegion, id: string, data: Overrides<typeof ssmManagedInstance>): Resource {
  const nodeArn = id.startsWith('mi-') ? arn.in('ssm', region, `managed-instance/${id}`) : arn.ec2(region, 'instance', id);
  return make(ssmManagedInstance, { id, region, arn: nodeArn, data: { instanceId: id, ...data } });
}

function document(region: DemoRegion, name: string, data: Overrides<typeof ssmDocument>, errors?: ResourceError[]): Resource {
  return make(ssmDocument, {
    id: name, region, arn: arn.in('ssm', region, `document/${name}`), tags: { team: 'platform' },
    data: { name, ...data },
    ...(errors === undefined ? {} : { errors }),
  });
}

export function ssmManagedInstances(): Resource[] {
  return [
    // Managed, agent online, patched and every association succeeded (SSM.1-3 pass).
    node('us-east-1', instances.appUsEast1, { lastPingDateTime: '2026-06-01T07:55:00.000Z' }),
    // The agent lost its connection (SSM.1 fails) and the last scan found three critical patches missing (SSM.2 fails); no association targets it.
    node('eu-west-1', instances.appEuWest1, {
      pingStatus: 'ConnectionLost', lastPingDateTime: '2026-05-12T22:40:00.000Z',
      patchCompliance: { status: 'NON_COMPLIANT', overallSeverity: 'CRITICAL', compliantCount: 389, nonCompliantCount: 3, executionTime: '2026-05-12T03:00:00.000Z' },
      associationCompliance: null,
    }),
    // Edge case: a hybrid node Patch Manager never scanned (SSM.2 not applicable), whose inventory association failed (SSM.3 fails).
    node('us-east-1', buildServer, {
      resourceType: 'ManagedInstance', platformName: 'Ubuntu', agentVersion: '3.3.1142.0',
      patchCompliance: null,
      associationCompliance: { status: 'NON_COMPLIANT', overallSeverity: 'UNSPECIFIED', compliantCount: 0, nonCompliantCount: 1, executionTime: '2026-06-01T02:30:00.000Z' },
    }),
  ];
}

export function ssmDocuments(): Resource[] {
  return [
    // Shared with the tooling account only (SSM.4 passes).
    document('us-east-1', 'Acme-DeployApp', { sharedWithAccountIds: ['210987654321'] }),
    // Shared with every AWS account (SSM.4 fails).
    document('us-east-1', 'Acme-RotateLogs', { documentType: 'Automation', documentFormat: 'JSON', documentVersion: '1', sharedWithAccountIds: ['all'] }),
    // Edge case: a permission the scanner may not read — ERROR, never "not public".
    document('eu-west-1', 'Acme-CollectDiagnostics', { documentVersion: '2' }, [{
      path: 'sharedWithAccountIds', code: 'AccessDeniedException',
      message: `User: ${scannerRole} is not authorized to perform: ssm:DescribeDocumentPermission on resource: ${arn.in('ssm', 'eu-west-1', 'document/Acme-CollectDiagnostics')}`,
      operation: 'ssm:DescribeDocumentPermission',
    }]),
  ];
}

