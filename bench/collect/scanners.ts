/**
 * Amazon Inspector and Amazon Macie (REST-JSON) for the fake estate, varied
 * by region as GuardDuty is: even-indexed regions scan EC2, ECR and Lambda
 * but not Lambda code, and run Macie without automated discovery; odd ones
 * never enabled either (every scan type DISABLED, "Macie is not enabled").
 */
import { accountOfKey } from './organization.js';
import type { Estate } from './estate.js';
import { restJson, restJsonError, type Answer, type WireRequest } from './wire.js';

const enabledIn = (r: number): boolean => r >= 0 && r % 2 === 0;

/** The REST operation an Inspector or Macie request is, from method and path. */
export function scannerOperation(request: WireRequest): string {
  const route = `${request.service} ${request.method} ${request.path}`;
  if (route === 'inspector2 POST /status/batch/get') return 'BatchGetAccountStatus';
  if (route === 'macie2 GET /macie') return 'GetMacieSession';
  if (route === 'macie2 GET /automated-discovery/configuration') return 'GetAutomatedDiscoveryConfiguration';
  return `${request.method} ${request.path}`;
}

export function answerScanners(estate: Estate, request: WireRequest, operation: string): Answer {
  const on = enabledIn(estate.regionIndex(request.region));
  if (operation === 'BatchGetAccountStatus') {
    const status = (enabled: boolean) => ({ status: enabled ? 'ENABLED' : 'DISABLED' });
    return restJson({
      accounts: [{ accountId: accountOfKey(request.accessKey), state: status(on), resourceState: { ec2: status(on), ecr: status(on), lambda: status(on), lambdaCode: status(false) } }],
      failedAccounts: [],
    });
  }
  if (!on) return restJsonError('AccessDeniedException', 'Macie is not enabled.', 403);
  if (operation === 'GetMacieSession') return restJson({ status: 'ENABLED', findingPublishingFrequency: 'FIFTEEN_MINUTES', createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-01T10:00:00.000Z' });
  if (operation === 'GetAutomatedDiscoveryConfiguration') return restJson({ status: 'DISABLED', autoEnableOrganizationMembers: 'NONE' });
  return restJson({});
}
