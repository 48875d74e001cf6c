import { defineResourceType } from '../define.js';
import { int, nullable, obj, oneOf, str, timestamp } from '../fields.js';

/** One compliance type's summary for the instance (ListResourceComplianceSummaries); null when Systems Manager holds none. */
const complianceSummary = (kind: string, counted: string, description: string) => nullable(obj({
  status: oneOf(['COMPLIANT', 'NON_COMPLIANT'], `Overall ${kind} compliance status of the instance (Status).`),
  overallSeverity: nullable(oneOf(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNSPECIFIED'], `Highest severity among the instance's non-compliant ${kind} items (OverallSeverity); null when AWS answers none.`)),
  compliantCount: int(`Number of compliant ${counted} (CompliantSummary.CompliantCount).`, { minimum: 0 }),
  nonCompliantCount: int(`Number of non-compliant ${counted} (NonCompliantSummary.NonCompliantCount).`, { minimum: 0 }),
  executionTime: timestamp(`When the ${kind} compliance data was last reported (ExecutionSummary.ExecutionTime).`),
}, description));

export const ssmManagedInstance = defineResourceType({
  type: 'aws.ssm.managed-instance',
  service: 'ssm',
  scope: 'regional',
  awsTypes: ['AWS::SSM::ManagedInstanceInventory', 'AWS::SSM::PatchCompliance', 'AWS::SSM::AssociationCompliance'],
  description: 'A node Systems Manager manages (an EC2 instance or a hybrid node running the SSM Agent): its agent connection, platform, and patch and association compliance summaries.',
  idDescription: 'the managed node id: the EC2 instance id (i-…) or the hybrid node id (mi-…)',
  data: obj({
    instanceId: str('Managed node id (InstanceId): the EC2 instance id for an EC2 instance, mi-… for a hybrid node.'),
    resourceType: oneOf(['EC2Instance', 'ManagedInstance'], 'Kind of node (ResourceType): an EC2 instance or a hybrid (on-premises) node.'),
    pingStatus: oneOf(['Online', 'ConnectionLost', 'Inactive'], 'Whether the SSM Agent is reaching Systems Manager (PingStatus): Online, ConnectionLost (the agent stopped answering) or Inactive.'),
    lastPingDateTime: nullable(timestamp('When the agent last reached Systems Manager (LastPingDateTime); null when AWS answers none.')),
    agentVersion: nullable(str('SSM Agent version on the node (AgentVersion); null when AWS answers none.')),
    platformType: nullable(oneOf(['Linux', 'MacOS', 'Windows'], 'Operating system family (PlatformType); null when AWS answers none.')),
    platformName: nullable(str('Operating system name (PlatformName); null when AWS answers none.')),
    patchCompliance: complianceSummary('patch', 'patches', 'Patch compliance summary (ListResourceComplianceSummaries, ComplianceType Patch); null when Systems Manager holds no patch compliance data for the node (Patch Manager never scanned or patched it).'),
    associationCompliance: complianceSummary('association', 'associations', 'Association compliance summary (ListResourceComplianceSummaries, ComplianceType Association); null when Systems Manager holds no association compliance data for the node (no State Manager association ran on it).'),
  }, 'Systems Manager managed node.'),
  example: {
    instanceId: 'i-0a1b2c3d4e5f67890',
    resourceType: 'EC2Instance',
    pingStatus: 'Online',
    lastPingDateTime: '2026-06-01T08:00:00.000Z',
    agentVersion: '3.3.987.0',
    platformType: 'Linux',
    platformName: 'Amazon Linux',
    patchCompliance: { status: 'COMPLIANT', overallSeverity: 'UNSPECIFIED', compliantCount: 412, nonCompliantCount: 0, executionTime: '2026-06-01T03:00:00.000Z' },
    associationCompliance: { status: 'COMPLIANT', overallSeverity: 'UNSPECIFIED', compliantCount: 2, nonCompliantCount: 0, executionTime: '2026-06-01T03:05:00.000Z' },
  },
});
