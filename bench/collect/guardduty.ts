/**
 * GuardDuty (REST-JSON) for the fake account: one detector in every
 * even-indexed region of the estate, none in the odd ones, so a collection
 * sees both "on" and "no detector". Of the detectors, every other one has
 * Lambda and RDS protection off, and the account is no organization's
 * GuardDuty administrator (DescribeOrganizationConfiguration answers so).
 */
import { ACCOUNT, type Estate } from './estate.js';
import { restJson, restJsonError, type Answer, type WireRequest } from './wire.js';

const detectorIdOf = (r: number): string => `bench${r.toString(16).padStart(4, '0')}0000000000000000000000000`;
const hasDetector = (r: number): boolean => r >= 0 && r % 2 === 0;

function detector(r: number): Record<string, unknown> {
  const off = r % 4 === 2 ? new Set(['LAMBDA_NETWORK_LOGS', 'RDS_LOGIN_EVENTS']) : new Set<string>();
  const names = ['CLOUD_TRAIL', 'DNS_LOGS', 'FLOW_LOGS', 'S3_DATA_EVENTS', 'EKS_AUDIT_LOGS', 'EBS_MALWARE_PROTECTION', 'RDS_LOGIN_EVENTS', 'LAMBDA_NETWORK_LOGS'];
  return {
    createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z', findingPublishingFrequency: 'FIFTEEN_MINUTES', status: 'ENABLED',
    serviceRole: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`, tags: {},
    features: [
      ...names.map((name) => ({ name, status: off.has(name) ? 'DISABLED' : 'ENABLED', updatedAt: 1_740_823_200 })),
      { name: 'RUNTIME_MONITORING', status: 'ENABLED', updatedAt: 1_740_823_200, additionalConfiguration: [{ name: 'EKS_ADDON_MANAGEMENT', status: 'ENABLED', updatedAt: 1_740_823_200 }] },
    ],
  };
}

/** The REST operation a GuardDuty request is, from method and path. */
export function guarddutyOperation(request: WireRequest): string {
  if (request.method !== 'GET') return `${request.method} ${request.path}`;
  if (request.path === '/detector') return 'ListDetectors';
  if (/^\/detector\/[^/]+$/.test(request.path)) return 'GetDetector';
  if (/^\/detector\/[^/]+\/admin$/.test(request.path)) return 'DescribeOrganizationConfiguration';
  return `GET ${request.path}`;
}

export function answerGuardDuty(estate: Estate, request: WireRequest, operation: string): Answer {
  const r = estate.regionIndex(request.region);
  if (operation === 'ListDetectors') return restJson({ detectorIds: hasDetector(r) ? [detectorIdOf(r)] : [] });
  const id = request.path.split('/')[2] ?? '';
  if (!hasDetector(r) || id !== detectorIdOf(r)) return restJsonError('BadRequestException', 'The request is rejected because the input detectorId is not owned by the current account.', 400);
  if (operation === 'GetDetector') return restJson(detector(r));
  if (operation === 'DescribeOrganizationConfiguration') return restJsonError('BadRequestException', 'The request is rejected because the current account is not the GuardDuty administrator account.', 400);
  return restJson({});
}
