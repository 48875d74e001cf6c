/**
 * Pure mapping from Amazon Inspector and Amazon Macie answers to the
 * aws.region fields `inspector` and `macie`, one reader per leaf, so one
 * scan type AWS left out fails alone (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - BatchGetAccountStatus answers every scan type's status for an account
 *   that never enabled Inspector too (DISABLED), so a scan type it leaves
 *   out is unknown, never disabled; Lambda and Lambda code are optional in
 *   the model, and where AWS leaves them out the policies read ERROR.
 * - Macie answers every call of a region where it is not enabled with
 *   AccessDeniedException "Macie is not enabled": that is the "not
 *   configured" answer (null), told apart from a denied permission, which
 *   carries the same code, by its message only. GetMacieSession's
 *   ResourceNotFoundException (no session; moto answers so) is off too.
 */
import { knownValue, required, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CallFailure } from '../../failure.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { BatchGetAccountStatusResponse, State } from '@aws-sdk/client-inspector2';
import type { GetAutomatedDiscoveryConfigurationResponse, GetMacieSessionResponse } from '@aws-sdk/client-macie2';

type RegionData = CatalogData['aws.region'];

const inspectorStatuses = ['ENABLING', 'ENABLED', 'DISABLING', 'DISABLED', 'SUSPENDING', 'SUSPENDED'] as const;

/**
 * The scan types of `account`, the one account the collector asks
 * BatchGetAccountStatus about. An account the answer lists among
 * failedAccounts, or does not list at all, is unreadable.
 */
export function inspectorScans(answer: BatchGetAccountStatusResponse, account: string): ReadersOf<RegionData> {
  const find = () => {
    const failed = answer.failedAccounts?.find((f) => f.accountId === account);
    if (failed !== undefined) throw new UnreadableAnswer('IncompleteResponse', `BatchGetAccountStatus could not read account ${account}: ${String(failed.errorCode)} ${String(failed.errorMessage)}`);
    const state = required(answer.accounts, 'accounts').find((a) => a.accountId === account);
    return required(state?.resourceState, `resourceState for account ${account}`);
  };
  const scan = (pick: (state: NonNullable<ReturnType<typeof find>>) => State | undefined, what: string) => () =>
    knownValue(pick(find())?.status, inspectorStatuses, `resourceState.${what}.status`);
  return {
    'inspector.ec2': scan((s) => s.ec2, 'ec2'),
    'inspector.ecr': scan((s) => s.ecr, 'ecr'),
    'inspector.lambda': scan((s) => s.lambda, 'lambda'),
    'inspector.lambdaCode': scan((s) => s.lambdaCode, 'lambdaCode'),
  };
}

/** Macie's answer for a region where it is not enabled; the same code with any other message is a denied permission. */
export function macieNotEnabled(failure: CallFailure): boolean {
  return failure.code === 'AccessDeniedException' && /macie is not enabled/i.test(failure.message);
}

export const macieOff: RegionData['macie'] = { status: null, automatedDiscovery: null };

export function macieStatus(session: GetMacieSessionResponse): NonNullable<RegionData['macie']['status']> {
  return knownValue(session.status, ['ENABLED', 'PAUSED'], 'status');
}

export function automatedDiscovery(configuration: GetAutomatedDiscoveryConfigurationResponse): NonNullable<RegionData['macie']['automatedDiscovery']> {
  return knownValue(configuration.status, ['ENABLED', 'DISABLED'], 'status');
}
