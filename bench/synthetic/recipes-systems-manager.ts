/**
 * Systems Manager: managed nodes (most of them EC2 instances, whose ids
 * repeat the instance recipe's so SSM.1 finds some of them, a few hybrid
 * mi- nodes), agents online or not, patch and association summaries
 * compliant, not or absent; and owned documents, private, shared with named
 * accounts or public.
 */
import { ssmDocument } from '../../src/resources/types/ssm-document.js';
import { ssmManagedInstance } from '../../src/resources/types/ssm-managed-instance.js';
import { defineRecipe, daysAgo, field, type Recipe, type Variation } from './recipe.js';
import { ec2Suffix, type Rng } from './rng.js';

const summary = (rng: Rng, compliantChance: number) => {
  const compliant = rng.chance(compliantChance);
  const missing = compliant ? 0 : rng.int(1, 12);
  return { status: compliant ? 'COMPLIANT' as const : 'NON_COMPLIANT' as const, overallSeverity: compliant ? 'UNSPECIFIED' as const : rng.pick(['CRITICAL', 'HIGH', 'MEDIUM'] as const), compliantCount: rng.int(0, 500), nonCompliantCount: missing, executionTime: daysAgo(rng.int(0, 30)) };
};

export const ssmManagedInstanceRecipe: Recipe = defineRecipe({
  definition: ssmManagedInstance,
  weight: 100,
  vary(rng): Variation<typeof ssmManagedInstance.data> {
    return {
      data: {
        resourceType: rng.chance(0.9) ? 'EC2Instance' : 'ManagedInstance',
        pingStatus: rng.pick(['Online', 'Online', 'Online', 'Online', 'ConnectionLost', 'Inactive'] as const),
        platformType: rng.pick(['Linux', 'Linux', 'Windows'] as const),
        patchCompliance: rng.chance(0.2) ? null : summary(rng, 0.7),
        associationCompliance: rng.chance(0.4) ? null : summary(rng, 0.85),
      },
      ...(rng.chance(0.03) ? { errors: [{ path: 'patchCompliance', code: 'AccessDeniedException', message: 'not authorized to perform: ssm:ListResourceComplianceSummaries', operation: 'ssm:ListResourceComplianceSummaries' }] } : {}),
    };
  },
  identify(seq, place, template) {
    const hybrid = field(template, 'resourceType') === 'ManagedInstance';
    const id = hybrid ? `mi-${ec2Suffix(seq)}` : `i-${ec2Suffix(seq)}`;
    return {
      id,
      arn: hybrid ? `arn:aws:ssm:${place.region}:${place.account}:managed-instance/${id}` : `arn:aws:ec2:${place.region}:${place.account}:instance/${id}`,
      data: { instanceId: id },
    };
  },
});

export const ssmDocumentRecipe: Recipe = defineRecipe({
  definition: ssmDocument,
  weight: 6,
  vary(rng): Variation<typeof ssmDocument.data> {
    return {
      data: {
        documentType: rng.pick(['Command', 'Command', 'Automation', 'Session'] as const),
        sharedWithAccountIds: rng.pick([[], [], ['210987654321'], ['210987654321', '109876543210'], ['all']]),
      },
      ...(rng.chance(0.03) ? { errors: [{ path: 'sharedWithAccountIds', code: 'AccessDeniedException', message: 'not authorized to perform: ssm:DescribeDocumentPermission', operation: 'ssm:DescribeDocumentPermission' }] } : {}),
    };
  },
  identify(seq, place) {
    const name = `Runbook-${seq}`;
    return { id: name, arn: `arn:aws:ssm:${place.region}:${place.account}:document/${name}`, data: { name } };
  },
});
